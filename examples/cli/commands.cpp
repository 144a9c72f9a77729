// The webflow-scopes command table: each command's options and help text. The lists of
// names in the help ({tokens}, {triggers}, ...) are filled in from the library's tables.
#include "commands.hpp"

#include <array>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "common.hpp"
#include "output.hpp"

namespace webflow_cli {

using namespace webflow::scopes;

namespace {

// ---- Options and help texts ----------------------------------------------------------------

constexpr std::array list_options{option_spec{"--token", true}, option_spec{"--workspace-access"},
                                  option_spec{"--level", true}, option_spec{"--json"}};
constexpr std::array check_options{option_spec{"--token", true}, option_spec{"--workspace-access"},
                                   option_spec{"--json"}};
constexpr std::array url_options{option_spec{"--client-id", true}, option_spec{"--scopes", true},
                                 option_spec{"--redirect-uri", true}, option_spec{"--state", true},
                                 option_spec{"--json"}};
constexpr std::array endpoints_options{option_spec{"--resource", true}, option_spec{"--json"}};
constexpr std::array plan_options{option_spec{"--trigger", true, true}, option_spec{"--token", true},
                                  option_spec{"--workspace-access"}, option_spec{"--json"}};
constexpr std::array diff_options{option_spec{"--granted", true}, option_spec{"--required", true},
                                  option_spec{"--token", true}, option_spec{"--workspace-access"},
                                  option_spec{"--json"}};

constexpr std::string_view list_help = R"(Lists the scopes in canonical order: scope, resource, level(s) and status, one
of: {statuses}. A deprecated scope's status says why.

options:
  --token TYPE        only the scopes this token type may hold: {tokens}
  --workspace-access  with --token {app}: the app is registered with
                      workspace-level access (it may also hold workspace scopes)
  --level LEVEL       only the scopes of resources at this level: {levels}
  --json              one JSON object: {"scopes": [{"scope", "resource",
                      "resource_name", "access", "levels", "status",
                      "status_note"}]}

exit status: 0 listed, 2 usage error, 3 output not written
)";

constexpr std::string_view check_help = R"(Parses SCOPES strictly, as an app's scope parameter: scopes separated by one
space, '+', %20 or a comma (and one space), percent-encoding decoded. SCOPES '-'
reads the list from standard input (at most 1 MiB, trailing newlines dropped).
Prints `ok: ...`, or `error: MESSAGE`, the input and a caret line under the
offending part. A note on stderr names each scope that is deprecated, beta or
Enterprise-only; it does not change the exit status.

options:
  --token TYPE        also check that this token type may hold every scope:
                      {tokens}
  --workspace-access  with --token {app}: the app is registered with
                      workspace-level access
  --json              one JSON object: {"valid", "input", "scopes", "notes",
                      and with --token "token", "workspace_access", "rejected":
                      [{"scope", "rejection", "reason", "offset", "length"}]},
                      or for a parse error {"valid", "input", "error": {"code",
                      "message", "offset", "length", "suggestion"}}

exit status: 0 valid (and allowed), 1 invalid or not allowed, 2 usage error,
3 output not written
)";

constexpr std::string_view url_help = R"(Prints the {authorize} URL: response_type=code,
client_id, redirect_uri and state when given, and scope in the docs' encoding
(%3A, %20). Every value is percent-encoded, so no value can add a parameter.
Notes on stderr as for check.

options:
  --client-id ID      the app's client id (required)
  --scopes S          the scopes to request, read as check reads them; '-'
                      reads them from standard input (required)
  --redirect-uri U    the redirect URI registered for the app
  --state S           an unguessable value to check on the way back
  --json              one JSON object: {"url", "scopes", "notes"}, or {"option",
                      "input", "error": {...}} for --scopes that do not parse,
                      or {"error": {"code", "message"}}

exit status: 0 printed, 2 usage error (also an empty --client-id or --scopes
that do not parse), 3 output not written
)";

constexpr std::string_view endpoints_help = R"(Lists the endpoint catalogue: method, path, required scopes, and in
parentheses the token rule of its docs when it restricts the token types.

options:
  --resource R        only the endpoints that need a scope of resource R (for
                      a resource without scopes those needing none, for
                      webhooks the webhook endpoints); R is one of: {resources}
  --json              one JSON object: {"endpoints": [{"method", "path", "name",
                      "scopes", "tokens", "status", "api", "topic"}]}

exit status: 0 listed, 2 usage error, 3 output not written
)";

constexpr std::string_view plan_help = R"(Prints the scopes each endpoint and webhook trigger needs, and the smallest
scope set for all of them with its scope parameter. A METHOD applies to the
PATHs after it, until the next METHOD:
  plan GET /v2/sites/{site_id} /v2/sites/{site_id}/forms POST /v2/sites/{site_id}/webhooks
METHOD is one of {methods} (any case).
A PATH is a template or a concrete path, with or without https://api.webflow.com,
in /v2 (the default) or /beta. An argument '-' reads METHOD and PATH words from
standard input (at most 1 MiB; '#' starts a comment that ends with the line).

options:
  --trigger T         a webhook trigger type (repeat the option or separate
                      with commas): {triggers}
  --token TYPE        also check that this token type can make every call and
                      hold every scope: {tokens}
  --workspace-access  with --token {app}: the app is registered with
                      workspace-level access
  --json              one JSON object: {"calls": [{"method", "path", "endpoint",
                      "name", "scopes", "tokens", "status"}], "triggers":
                      [{"trigger", "scope"}], "scopes", "scope_param", and with
                      --token "token", "workspace_access", "allowed", "rejected",
                      "cannot_call", "cannot_receive"}, or {"error": {"code",
                      "message", "index", ...}}

exit status: 0 planned (and the token type can make every call), 1 the token
type cannot make every call, 2 usage error or an entry that is no catalogued
endpoint or current trigger, 3 output not written
)";

constexpr std::string_view diff_help = R"(Compares what a token was granted (read leniently, as introspect returns it:
commas and/or spaces; tokens that are no scopes are listed and ignored) with
what the app requires (read strictly, as check reads it). Prints the missing
scopes with how many endpoints each one blocks, and the granted scopes the app
does not need. One of the two lists may be '-', read from standard input.

options:
  --granted S         the granted scopes (required)
  --required S        the scopes the app needs (required)
  --token TYPE        also check that this token type may hold every required
                      scope: {tokens}
  --workspace-access  with --token {app}: the app is registered with
                      workspace-level access
  --json              one JSON object: {"satisfied", "missing", "unneeded",
                      "ignored_granted": [{"text", "reason", "offset",
                      "length"}], "ignored_granted_count", "blocked_endpoints",
                      and with --token "token", "workspace_access", "allowed",
                      "rejected"}, or {"option", "input", "error": {...}}

exit status: 0 nothing missing (and allowed), 1 scopes missing (or not allowed
for the token type), 2 usage error or a list that does not parse, 3 output not
written
)";

constexpr std::string_view exit_help = R"(exit status:
  0  yes: the scopes are valid and allowed, nothing is missing, or the command
     printed what was asked
  1  no: check found the scopes invalid or not allowed; diff found scopes
     missing (or not allowed for --token); plan --token found calls the token
     type cannot make
  2  a usage error, or an argument that cannot be read: an unknown command,
     option or name, a typo in --granted, --required or --scopes, an unknown
     endpoint or removed trigger in a plan, standard input over 1 MiB
  3  the output could not be written
)";

const std::array<command, 6> command_table{{
    {"list", "the scopes, or those a token type may hold",
     "list [--token TYPE [--workspace-access]] [--level LEVEL] [--json]", list_help, list_options, run_list},
    {"check", "validate a scope list (exit 1 with the error and where)",
     "check SCOPES|- [--token TYPE [--workspace-access]] [--json]", check_help, check_options, run_check},
    {"url", "an OAuth authorize URL for a Data Client app",
     "url --client-id ID --scopes S|- [--redirect-uri U] [--state S] [--json]", url_help, url_options, run_url},
    {"endpoints", "the Data API endpoints and the scopes each needs", "endpoints [--resource R] [--json]",
     endpoints_help, endpoints_options, run_endpoints},
    {"plan", "least-privilege scopes for the endpoints and webhooks an app uses",
     "plan METHOD PATH...|- [--trigger T...] [--token TYPE [--workspace-access]] [--json]", plan_help, plan_options,
     run_plan},
    {"diff", "compare granted scopes with required ones (exit 1 when some are missing)",
     "diff --granted S|- --required S|- [--token TYPE [--workspace-access]] [--json]", diff_help, diff_options,
     run_diff},
}};

// ---- Filling in the names ------------------------------------------------------------------

constexpr std::size_t help_width = 79;

std::vector<std::string> names_for(std::string_view marker) {
    std::vector<std::string> names;
    const auto add_all = [&names](const auto& table) {
        for (const auto& row : table) names.emplace_back(row_name(row));
    };
    if (marker == "{tokens}") add_all(token_type_names);
    if (marker == "{levels}") add_all(level_names);
    if (marker == "{methods}") add_all(method_names);
    if (marker == "{statuses}") add_all(status_names);
    if (marker == "{resources}") add_all(registry());
    if (marker == "{app}") names.emplace_back(to_string(token_type::data_client_app));
    if (marker == "{authorize}") names.emplace_back(authorize_endpoint);
    if (marker == "{triggers}") {
        for (const trigger_info& row : triggers()) {
            if (row.status == trigger_status::current) names.emplace_back(row.name);
        }
    }
    return names;
}

constexpr std::array markers{"{tokens}",    "{levels}", "{methods}",   "{statuses}",
                             "{resources}", "{app}",    "{authorize}", "{triggers}"};

// One line of help with its marker replaced by the names, "a, b, c", wrapped at help_width;
// continuation lines start under an option's description.
void expand_line(std::string_view line, std::string& out) {
    std::size_t at = std::string_view::npos;
    std::string_view marker;
    for (const std::string_view m : markers) {
        if (const std::size_t pos = line.find(m); pos != std::string_view::npos && pos < at) {
            at = pos;
            marker = m;
        }
    }
    if (at == std::string_view::npos) {
        out.append(line);
        out += '\n';
        return;
    }
    const std::vector<std::string> names = names_for(marker);
    const std::size_t indent = line.starts_with("  -") || line.starts_with("    ") ? 22 : 0;
    std::string text(line.substr(0, at));
    std::size_t column = text.size();
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string piece = names[i];
        if (i + 1 < names.size()) piece += ',';
        const bool space = i != 0;
        if (column + (space ? 1 : 0) + piece.size() > help_width && column > indent) {
            while (!text.empty() && text.back() == ' ') text.pop_back();
            text += '\n';
            text.append(indent, ' ');
            column = indent;
        } else if (space) {
            text += ' ';
            ++column;
        }
        text += piece;
        column += piece.size();
    }
    out += text;
    expand_line(line.substr(at + marker.size()), out);  // the rest of the line, which may hold another marker
}

}  // namespace

std::span<const command> commands() { return command_table; }

std::string help_text(const command& cmd) {
    std::string out = fmt::format("usage: webflow-scopes {}\n\n", cmd.usage);
    std::string_view rest = cmd.help;
    while (!rest.empty()) {
        const std::size_t newline = rest.find('\n');
        expand_line(rest.substr(0, newline), out);
        if (newline == std::string_view::npos) break;
        rest.remove_prefix(newline + 1);
    }
    return out;
}

std::string_view exit_status_help() { return exit_help; }

int usage_error(const command& cmd, std::string_view message) {
    err("error: {}\nusage: webflow-scopes {}\nRun 'webflow-scopes {} --help' for more.\n", message, cmd.usage,
        cmd.name);
    return exit_usage;
}

}  // namespace webflow_cli
