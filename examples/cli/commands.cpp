// The webflow-scopes commands. Each one reads its arguments, asks the library, and prints
// either text for people or (with --json) one JSON document for programs.
#include "commands.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <webflow/scopes.hpp>
#include <webflow/scopes/blocked_endpoints.hpp>
#include <webflow/scopes/diff.hpp>
#include <webflow/scopes/fmt.hpp>
#include <webflow/scopes/granted.hpp>
#include <webflow/scopes/oauth.hpp>

#include "output.hpp"

namespace webflow_cli {

using namespace webflow::scopes;

namespace {

// ---- Shared pieces -------------------------------------------------------------------------

const command& find_command(std::string_view name);

int usage_error_in(std::string_view command_name, std::string_view message) {
    return usage_error(find_command(command_name), message);
}

// "a, b, c": the names of an enum's values, for help texts and error messages.
template <class E>
std::string names_of(std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
        if (i != 0) out += ", ";
        out += to_string(static_cast<E>(i));
    }
    return out;
}

// Reads an option whose value is an enum name; nullopt with a usage error when it is not one.
template <class E>
struct enum_option {
    std::optional<E> value;
    bool bad = false;
};
// from_string is one of the library's *_from_string function objects.
template <class E, class FromString>
enum_option<E> read_enum_option(const parsed_args& args, std::string_view command_name, std::string_view option,
                                FromString from_string, std::size_t count) {
    const auto text = args.value(option);
    if (!text) return {};
    if (auto v = from_string(*text)) return {v, false};
    usage_error_in(command_name,
                   fmt::format("unknown value '{}' for {} (one of: {})", printable(*text), option, names_of<E>(count)));
    return {std::nullopt, true};
}

int no_positionals(const parsed_args& args, std::string_view command_name) {
    if (args.positionals.empty()) return exit_ok;
    return usage_error_in(command_name, fmt::format("unexpected argument '{}'", printable(args.positionals.front())));
}

app_access_level app_access(const parsed_args& args) {
    return args.has("--workspace-access") ? app_access_level::site_and_workspace : app_access_level::site;
}

// A parse error as `error: [what: ]MESSAGE`, the input and a caret line.
void print_parse_error(std::string_view what, std::string_view input, const parse_error& error) {
    const std::string message = fmt::format("{}{}", what, error.describe(input).view());
    print_error_at(message, {input, error.offset, error.length});
}

void json_parse_error(json_writer& json, const parse_error& error) {
    json.key("error").begin_object();
    json.key("code").string(to_string(error.code));
    json.key("message").string(error.message());
    json.key("offset").number(error.offset);
    json.key("length").number(error.length);
    json.key("suggestion");
    if (error.suggestion) {
        json.string(to_string(*error.suggestion));
    } else {
        json.null();
    }
    json.end_object();
}

std::string levels_of(const resource_info& row) {
    std::string out;
    for (std::size_t i = 0; i < level_count; ++i) {
        const auto l = static_cast<level>(i);
        if (!row.levels.contains(l)) continue;
        if (!out.empty()) out += ", ";
        out += to_string(l);
    }
    return out;
}

// Column widths that fit every value the catalogue and registry hold, plus two spaces.
std::size_t scope_column() {
    std::size_t w = 0;
    for (scope s : scope_set::all()) w = std::max(w, to_string(s).size());
    return w + 2;
}
std::size_t path_column() {
    std::size_t w = 0;
    for (const endpoint& e : endpoints) w = std::max(w, e.path.size());
    return w + 2;
}
constexpr std::size_t method_column = 8;  // "DELETE" and two spaces

void print_endpoint_line(const endpoint& e) {
    const std::string scopes = joined_or_none(e.scopes);
    if (e.tokens == token_rule::any) {
        out("{:<{}}{:<{}}{}\n", e.method, method_column, e.path, path_column(), scopes);
    } else {
        out("{:<{}}{:<{}}{} ({})\n", e.method, method_column, e.path, path_column(), scopes, e.tokens);
    }
}

void json_endpoint(json_writer& json, const endpoint& e) {
    json.begin_object();
    json.key("method").string(to_string(e.method));
    json.key("path").string(e.path);
    json.key("name").string(e.name);
    json.key("scopes").scopes(e.scopes);
    json.key("tokens").string(to_string(e.tokens));
    json.end_object();
}

// ---- list ----------------------------------------------------------------------------------

int run_list(const parsed_args& args) {
    if (const int code = no_positionals(args, "list")) return code;
    const auto token = read_enum_option<token_type>(args, "list", "--token", token_type_from_string, token_type_count);
    const auto lvl = read_enum_option<level>(args, "list", "--level", level_from_string, level_count);
    if (token.bad || lvl.bad) return exit_usage;

    scope_set selected = scope_set::all();
    if (token.value) selected &= allowed_scopes(*token.value, app_access(args));
    if (lvl.value) selected &= scopes_at(*lvl.value);

    if (args.has("--json")) {
        json_writer json;
        json.begin_object().key("scopes").begin_array();
        for (scope s : selected) {
            const resource_info& row = info(s);
            json.begin_object();
            json.key("scope").string(to_string(s));
            json.key("resource").string(row.name);
            json.key("resource_name").string(row.display_name);
            json.key("access").string(to_string(access_of(s)));
            json.key("levels").begin_array();
            for (std::size_t i = 0; i < level_count; ++i) {
                if (row.levels.contains(static_cast<level>(i))) json.string(to_string(static_cast<level>(i)));
            }
            json.end_array();
            json.key("status").string(to_string(row.status));
            json.end_object();
        }
        json.end_array().end_object().print();
        return exit_ok;
    }
    std::size_t name_width = 0;
    for (const resource_info& row : registry()) name_width = std::max(name_width, row.display_name.size());
    for (scope s : selected) {
        const resource_info& row = info(s);
        out("{:<{}}{:<{}}{:<17}{}\n", s, scope_column(), row.display_name, name_width + 2, levels_of(row), row.status);
    }
    return exit_ok;
}

// ---- check ---------------------------------------------------------------------------------

int run_check(const parsed_args& args) {
    if (args.positionals.size() != 1) {
        return usage_error_in("check", args.positionals.empty()
                                           ? "missing SCOPES"
                                           : fmt::format("unexpected argument '{}'", printable(args.positionals[1])));
    }
    const auto token = read_enum_option<token_type>(args, "check", "--token", token_type_from_string, token_type_count);
    if (token.bad) return exit_usage;
    const std::string_view input = args.positionals.front();
    const bool as_json = args.has("--json");

    const parse_result parsed = parse(input);
    if (!parsed) {
        if (as_json) {
            json_writer json;
            json.begin_object().key("valid").boolean(false).key("input").string(input);
            json_parse_error(json, parsed.error());
            json.end_object().print();
        } else {
            print_parse_error("", input, parsed.error());
        }
        return exit_failed;
    }
    const scope_set scopes = *parsed;
    const scope_set rejected = token.value ? validate(scopes, *token.value, app_access(args)).rejected : scope_set{};

    if (as_json) {
        json_writer json;
        json.begin_object().key("valid").boolean(rejected.empty()).key("input").string(input);
        json.key("scopes").scopes(scopes);
        if (token.value) {
            json.key("token").string(to_string(*token.value));
            json.key("rejected").begin_array();
            for (scope s : rejected) {
                const span_in_input at = find_scope_in_input(input, s);
                json.begin_object();
                json.key("scope").string(to_string(s));
                json.key("reason").string(rejection_reason(s, *token.value, app_access(args)));
                json.key("offset").number(at.offset).key("length").number(at.length);
                json.end_object();
            }
            json.end_array();
        }
        json.end_object().print();
        return rejected.empty() ? exit_ok : exit_failed;
    }
    if (!rejected.empty()) {
        for (scope s : rejected) {
            const span_in_input at = find_scope_in_input(input, s);
            print_error_at(fmt::format("a {} cannot hold {}: {}", *token.value, s,
                                       rejection_reason(s, *token.value, app_access(args))),
                           {input, at.offset, at.length});
        }
        return exit_failed;
    }
    const std::string_view plural = scopes.size() == 1 ? "" : "s";
    if (token.value) {
        out("ok: {} scope{}, all allowed for a {}: {}\n", scopes.size(), plural, *token.value, joined_or_none(scopes));
    } else {
        out("ok: {} scope{}: {}\n", scopes.size(), plural, joined_or_none(scopes));
    }
    return exit_ok;
}

// ---- url -----------------------------------------------------------------------------------

int run_url(const parsed_args& args) {
    if (const int code = no_positionals(args, "url")) return code;
    const auto client_id = args.value("--client-id");
    const auto scopes_text = args.value("--scopes");
    if (!client_id) return usage_error_in("url", "missing --client-id");
    if (!scopes_text) return usage_error_in("url", "missing --scopes");

    const parse_result parsed = parse(*scopes_text);
    if (!parsed) {
        print_parse_error("--scopes: ", *scopes_text, parsed.error());
        return exit_failed;
    }
    const authorize_result url = try_authorize_url(
        {*client_id, *parsed, args.value("--redirect-uri").value_or(""), args.value("--state").value_or("")});
    if (!url) {
        err("error: {}\n", message(url.error()));
        return exit_failed;
    }
    out("{}\n", *url);
    return exit_ok;
}

// ---- endpoints -----------------------------------------------------------------------------

bool belongs_to(const endpoint& e, const resource_info& row) {
    switch (row.requirement) {
        case scope_requirement::scoped:
            return e.scopes.intersects(scopes_of(row.id));
        case scope_requirement::none:
            return e.scopes.empty();
        case scope_requirement::per_trigger_type:
            // The webhook endpoints themselves need sites:*; they are the ones under /webhooks.
            return e.path.find("/webhooks") != std::string_view::npos;
    }
    return false;
}

int run_endpoints(const parsed_args& args) {
    if (const int code = no_positionals(args, "endpoints")) return code;
    const auto res = read_enum_option<resource>(args, "endpoints", "--resource", resource_from_string, resource_count);
    if (res.bad) return exit_usage;
    for (const endpoint& e : endpoints) {
        if (!res.value || belongs_to(e, info(*res.value))) print_endpoint_line(e);
    }
    return exit_ok;
}

// ---- plan ----------------------------------------------------------------------------------

std::optional<http_method> method_argument(std::string_view arg) {
    if (arg.size() > 8) return std::nullopt;
    std::string upper(arg);
    for (char& c : upper) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return http_method_from_string(upper);
}

std::string_view plan_error_text(plan_errc code) {
    switch (code) {
        case plan_errc::none:
            break;
        case plan_errc::malformed_path:
            return "malformed path";
        case plan_errc::foreign_host:
            return "not an api.webflow.com URL";
        case plan_errc::unknown_endpoint:
            return "no such endpoint";
        case plan_errc::method_not_allowed:
            return "the endpoint exists, not with this method";
        case plan_errc::removed_trigger:
            return "Webflow no longer sends this trigger";
    }
    return "ok";
}

// METHOD PATH... into calls; a METHOD applies to the paths after it. 0, or a usage error's exit code.
int read_plan_calls(const parsed_args& args, std::vector<endpoint_ref>& calls) {
    std::optional<http_method> method;
    bool method_has_path = true;
    for (const std::string_view arg : args.positionals) {
        if (const auto m = method_argument(arg)) {
            if (!method_has_path) return usage_error_in("plan", fmt::format("no PATH after {}", *method));
            method = m;
            method_has_path = false;
            continue;
        }
        if (!method) {
            return usage_error_in("plan", fmt::format("expected a METHOD ({}) before '{}'",
                                                      names_of<http_method>(http_method_count), printable(arg)));
        }
        calls.push_back({*method, arg});
        method_has_path = true;
    }
    if (!method_has_path) return usage_error_in("plan", fmt::format("no PATH after {}", *method));
    return 0;
}

// Every --trigger (repeated, or a comma list) into listens. 0, or a usage error's exit code.
int read_plan_triggers(const parsed_args& args, std::vector<trigger_type>& listens) {
    for (const std::string_view value : args.values("--trigger")) {
        std::string_view rest = value;
        while (true) {
            const std::size_t comma = rest.find(',');
            const std::string_view name = rest.substr(0, comma);
            const auto t = trigger_type_from_string(name);
            if (!t) return usage_error_in("plan", fmt::format("unknown trigger '{}'", printable(name)));
            listens.push_back(*t);
            if (comma == std::string_view::npos) break;
            rest.remove_prefix(comma + 1);
        }
    }
    return 0;
}

// The call or trigger a failed plan stopped at, as text or JSON.
int report_plan_error(const plan_result& plan, std::span<const endpoint_ref> calls,
                      std::span<const trigger_type> listens, bool as_json) {
    const bool is_trigger = plan.error == plan_errc::removed_trigger;
    if (as_json) {
        json_writer json;
        json.begin_object().key("error").begin_object();
        json.key("code").string(to_string(plan.error)).key("message").string(plan_error_text(plan.error));
        json.key("index").number(plan.index);
        if (is_trigger) {
            json.key("trigger").string(to_string(listens[plan.index]));
        } else {
            json.key("method").string(to_string(calls[plan.index].method));
            json.key("path").string(calls[plan.index].path);
        }
        json.end_object().end_object().print();
    } else if (is_trigger) {
        err("error: {}: {} ({})\n", plan_error_text(plan.error), listens[plan.index], plan.error);
    } else {
        err("error: {}: {} {} ({})\n", plan_error_text(plan.error), calls[plan.index].method,
            printable(calls[plan.index].path), plan.error);
    }
    return exit_failed;
}

int run_plan(const parsed_args& args) {
    std::vector<endpoint_ref> calls;
    if (const int code = read_plan_calls(args, calls)) return code;
    std::vector<trigger_type> listens;
    if (const int code = read_plan_triggers(args, listens)) return code;
    if (calls.empty() && listens.empty()) {
        return usage_error_in("plan", "nothing to plan: give METHOD PATH or --trigger");
    }

    const plan_result plan = plan_scopes(calls, listens);
    const bool as_json = args.has("--json");
    if (!plan) return report_plan_error(plan, calls, listens, as_json);

    if (as_json) {
        json_writer json;
        json.begin_object().key("calls").begin_array();
        for (const endpoint_ref& call : calls) {
            const endpoint* e = find_endpoint(call.method, call.path);
            json.begin_object();
            json.key("method").string(to_string(call.method)).key("path").string(call.path);
            json.key("endpoint").string(e->path).key("name").string(e->name).key("scopes").scopes(e->scopes);
            json.end_object();
        }
        json.end_array().key("triggers").begin_array();
        for (const trigger_type t : listens) {
            json.begin_object().key("trigger").string(to_string(t));
            json.key("scope").string(to_string(required_scope(t))).end_object();
        }
        json.end_array().key("scopes").scopes(plan.scopes);
        json.key("scope_param").string(encode_scope_param(plan.scopes));
        json.end_object().print();
        return exit_ok;
    }
    for (const endpoint_ref& call : calls) print_endpoint_line(*find_endpoint(call.method, call.path));
    for (const trigger_type t : listens) {
        out("{:<{}}{}\n", fmt::format("webhook {}", t), method_column + path_column(), required_scope(t));
    }
    out("\nleast privilege: {} scope{}: {}\n", plan.scopes.size(), plan.scopes.size() == 1 ? "" : "s",
        joined_or_none(plan.scopes));
    if (!plan.scopes.empty()) out("scope={}\n", encode_scope_param(plan.scopes));
    return exit_ok;
}

// ---- diff ----------------------------------------------------------------------------------

// The granted scopes a lenient read skipped (unknown or beta scopes), if any.
void print_unknown_granted(const parse_result& granted, std::string_view granted_text) {
    if (granted.skipped_count() == 0) return;
    std::string unknown;
    for (const skipped_scope& s : granted.skipped()) {
        if (!unknown.empty()) unknown += ' ';
        unknown += printable(granted_text.substr(s.offset, s.length));
    }
    out("unknown granted scopes (ignored): {}\n", unknown);
}

int run_diff(const parsed_args& args) {
    if (const int code = no_positionals(args, "diff")) return code;
    const auto granted_text = args.value("--granted");
    const auto required_text = args.value("--required");
    if (!granted_text) return usage_error_in("diff", "missing --granted");
    if (!required_text) return usage_error_in("diff", "missing --required");
    const bool as_json = args.has("--json");

    // What a server returns is read leniently (commas, unknown beta scopes); what the app
    // requires is its own text, read strictly so a typo is reported.
    const parse_result granted = parse_granted(*granted_text);
    const parse_result required = parse(*required_text);
    for (const auto& [what, text, result] :
         {std::tuple{"--granted", *granted_text, &granted}, std::tuple{"--required", *required_text, &required}}) {
        if (*result) continue;
        if (as_json) {
            json_writer json;
            json.begin_object().key("option").string(what).key("input").string(text);
            json_parse_error(json, result->error());
            json.end_object().print();
        } else {
            print_parse_error(fmt::format("{}: ", what), text, result->error());
        }
        return exit_failed;
    }

    const scope_diff d = diff(*granted, *required);
    if (as_json) {
        json_writer json;
        json.begin_object().key("satisfied").boolean(d.satisfied());
        json.key("missing").scopes(d.missing).key("unneeded").scopes(d.unneeded);
        json.key("unknown_granted").begin_array();
        for (const skipped_scope& s : granted.skipped()) json.string(granted_text->substr(s.offset, s.length));
        json.end_array();
        json.key("blocked_endpoints").begin_array();
        for (const endpoint& e : blocked_endpoints(d)) json_endpoint(json, e);
        json.end_array().end_object().print();
        return d.satisfied() ? exit_ok : exit_failed;
    }
    out("missing: {}\n", joined_or_none(d.missing));
    for (scope s : d.missing) {
        const auto blocked = blocked_endpoints(scope_set{s});
        const auto n = static_cast<std::size_t>(std::ranges::distance(blocked.begin(), blocked.end()));
        out("  without {} {} endpoint{} fail{} with 403 missing_scopes\n", s, n, n == 1 ? "" : "s", n == 1 ? "s" : "");
    }
    out("unneeded: {}\n", joined_or_none(d.unneeded));
    print_unknown_granted(granted, *granted_text);
    return d.satisfied() ? exit_ok : exit_failed;
}

// ---- The table -----------------------------------------------------------------------------

constexpr std::array list_options{option_spec{"--token", true}, option_spec{"--level", true},
                                  option_spec{"--workspace-access"}, option_spec{"--json"}};
constexpr std::array check_options{option_spec{"--token", true}, option_spec{"--workspace-access"},
                                   option_spec{"--json"}};
constexpr std::array url_options{option_spec{"--client-id", true}, option_spec{"--scopes", true},
                                 option_spec{"--redirect-uri", true}, option_spec{"--state", true}};
constexpr std::array endpoints_options{option_spec{"--resource", true}};
constexpr std::array plan_options{option_spec{"--trigger", true, true}, option_spec{"--json"}};
constexpr std::array diff_options{option_spec{"--granted", true}, option_spec{"--required", true},
                                  option_spec{"--json"}};

const std::array<command, 6> command_table{{
    {"list", "the scopes, or those a token type may hold", "list [--token TYPE] [--level LEVEL] [--json]",
     R"(Lists the scopes in canonical order: scope, resource, level(s), status.

options:
  --token TYPE        only the scopes this token type may hold:
                      data_client_app, site_token, workspace_token
  --workspace-access  with --token data_client_app: an app registered with
                      workspace-level access (it may also hold workspace scopes)
  --level LEVEL       only the scopes of resources at this level: site, workspace
  --json              one JSON object: {"scopes": [{"scope", "resource",
                      "resource_name", "access", "levels", "status"}, ...]}
)",
     list_options, run_list},
    {"check", "validate a scope list (exit 1 with the error and where)", "check SCOPES [--token TYPE] [--json]",
     R"(Parses SCOPES strictly, as an app's scope parameter: separated by one space,
'+', %20 or a comma; percent-encoding decoded. Exit 0 when valid; exit 1 with
`error: MESSAGE`, the input and a caret line under the offending part.

options:
  --token TYPE        also check that this token type may hold every scope:
                      data_client_app, site_token, workspace_token
  --workspace-access  with --token data_client_app: an app registered with
                      workspace-level access
  --json              one JSON object: {"valid", "input", "scopes", "token",
                      "rejected": [{"scope", "reason", "offset", "length"}]}
                      or, for a parse error, {"valid", "input", "error": {"code",
                      "message", "offset", "length", "suggestion"}}
)",
     check_options, run_check},
    {"url", "an OAuth authorize URL for a Data Client app",
     "url --client-id ID --scopes S [--redirect-uri U] [--state S]",
     R"(Prints the https://webflow.com/oauth/authorize URL: response_type=code,
client_id, redirect_uri and state when given, and scope in the docs' encoding
(%3A, %20). Every value is percent-encoded, so no value can add a parameter.
Exit 1 when the scopes do not parse or the client id is empty.

options:
  --client-id ID      the app's client id (required)
  --scopes S          the scopes to request, as for `check` (required)
  --redirect-uri U    the redirect URI registered for the app
  --state S           an unguessable value to check on the way back
)",
     url_options, run_url},
    {"endpoints", "the Data API endpoints and the scope each needs", "endpoints [--resource R]",
     R"(Lists the endpoint catalogue: method, path, required scope, and in
parentheses the token types its docs restrict it to.

options:
  --resource R        only the endpoints that need a scope of resource R (for
                      authorization_info those needing none, for webhooks the
                      webhook endpoints); R is a scope prefix such as cms or forms
)",
     endpoints_options, run_endpoints},
    {"plan", "least-privilege scopes for the endpoints and webhooks an app uses",
     "plan METHOD PATH... [--trigger T...] [--json]",
     R"(Prints the scope each endpoint and webhook trigger needs, and the smallest
scope set for all of them with its scope parameter. METHOD is GET, POST, PUT,
PATCH or DELETE and applies to the PATHs after it, until the next METHOD:
  plan GET /v2/sites/{site_id} /v2/sites/{site_id}/forms POST /v2/sites/{site_id}/webhooks
A PATH is a template or a concrete path, with or without https://api.webflow.com.
Exit 1 when a path is not in the catalogue or a trigger was removed.

options:
  --trigger T         a webhook trigger type, e.g. form_submission (repeat the
                      option or separate with commas)
  --json              one JSON object: {"calls": [{"method", "path", "endpoint",
                      "name", "scopes"}], "triggers": [{"trigger", "scope"}],
                      "scopes", "scope_param"} or {"error": {...}}
)",
     plan_options, run_plan},
    {"diff", "compare granted scopes with required ones (exit 1 when some are missing)",
     "diff --granted S --required S [--json]",
     R"(Compares what a token was granted (read leniently, as introspect returns it:
commas and/or spaces, unknown scopes reported and ignored) with what the app
requires (read strictly). Prints the missing scopes with how many endpoints
each one blocks, and the granted scopes the app does not need. Exit 1 when a
required scope is missing.

options:
  --granted S         the granted scopes (required)
  --required S        the scopes the app needs (required)
  --json              one JSON object: {"satisfied", "missing", "unneeded",
                      "unknown_granted", "blocked_endpoints": [{"method", "path",
                      "name", "scopes", "tokens"}]}
)",
     diff_options, run_diff},
}};

const command& find_command(std::string_view name) {
    for (const command& c : command_table) {
        if (c.name == name) return c;
    }
    return command_table.front();
}

}  // namespace

std::span<const command> commands() { return command_table; }

int usage_error(const command& cmd, std::string_view message) {
    err("error: {}\nusage: webflow-scopes {}\nRun 'webflow-scopes {} --help' for more.\n", message, cmd.usage,
        cmd.name);
    return exit_usage;
}

}  // namespace webflow_cli
