// The commands about scopes themselves: list, check and url.
#include <algorithm>
#include <string>

#include <fmt/format.h>
#include <webflow/scopes/fmt.hpp>

#include "common.hpp"

namespace webflow_cli {

using namespace webflow::scopes;

namespace {

// "site, workspace". (A loop: enum_set's iterator has no value_type, so fmt::join cannot take it.)
std::string levels_text(level_set levels) {
    std::string out;
    for (const level l : levels) {
        if (!out.empty()) out += ", ";
        out += to_string(l);
    }
    return out;
}

// check --json for a list that parses.
void print_check_json(std::string_view input, scope_set scopes, const token_choice& token, scope_set rejected) {
    json_writer json;
    json.begin_object().key("valid").boolean(rejected.empty()).key("input").string(input);
    json.key("scopes").scopes(scopes);
    if (token.type) {
        json_token(json, token);
        json.key("rejected").begin_array();
        for (scope s : rejected) {
            const scope_location at = locate_scope(input, s);
            json.begin_object().key("scope").string(to_string(s));
            json.key("rejection").string(to_string(rejection_of(s, *token.type, token.app)));
            json.key("reason").string(rejection_reason(s, *token.type, token.app));
            json.key("offset").number(at.offset).key("length").number(at.length);
            json.end_object();
        }
        json.end_array();
    }
    json_status_notes(json, scopes);
    json.end_object().print();
}

}  // namespace

// ---- list ----------------------------------------------------------------------------------

int run_list(const command& cmd, const parsed_args& args) {
    if (const int code = no_positionals(cmd, args)) return code;
    token_choice token;
    if (!read_token(cmd, args, token)) return exit_usage;
    const auto lvl = read_name_option<level>(cmd, args, "--level", level_from_string, level_names);
    if (lvl.bad) return exit_usage;

    scope_set selected = scope_set::all();
    if (token.type) selected &= allowed_scopes(*token.type, token.app);
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
            for (const level l : row.levels) json.string(to_string(l));
            json.end_array();
            json.key("status").string(to_string(row.status));
            json.key("status_note").string_or_null(status_note(row));
            json.end_object();
        }
        json.end_array().end_object().print();
        return exit_yes;
    }
    std::size_t scope_width = 0;
    std::size_t name_width = 0;
    std::size_t levels_width = 0;
    for (const scope s : scope_set::all()) scope_width = std::max(scope_width, to_string(s).size());
    for (const resource_info& row : registry()) {
        name_width = std::max(name_width, row.display_name.size());
        levels_width = std::max(levels_width, levels_text(row.levels).size());
    }
    for (const scope s : selected) {
        const resource_info& row = info(s);
        const std::string status = row.status == resource_status::deprecated
                                       ? fmt::format("{}: {}", row.status, status_note(row))
                                       : fmt::format("{}", row.status);
        out("{:<{}}{:<{}}{:<{}}{}\n", s, scope_width + 2, row.display_name, name_width + 2, levels_text(row.levels),
            levels_width + 2, status);
    }
    return exit_yes;
}

// ---- check ---------------------------------------------------------------------------------

int run_check(const command& cmd, const parsed_args& args) {
    if (args.positionals.empty()) return usage_error(cmd, "missing SCOPES");
    if (args.positionals.size() > 1) {
        return usage_error(cmd, fmt::format("unexpected argument {} (quote the list as one argument: \"{} {}\")",
                                            quoted(args.positionals[1]), printable(args.positionals[0].substr(0, 40)),
                                            printable(args.positionals[1].substr(0, 40))));
    }
    token_choice token;
    if (!read_token(cmd, args, token)) return exit_usage;
    const auto list = read_list_argument(cmd, "", args.positionals.front());
    if (!list) return exit_usage;
    const bool as_json = args.has("--json");

    const parse_result parsed = parse(list->text);
    if (!parsed) {
        if (as_json) {
            json_writer json;
            json.begin_object().key("valid").boolean(false).key("input").string(list->text);
            json_parse_error(json, parsed.error());
            json.end_object().print();
        } else {
            report_parse_error(*list, "", parsed.error(), false);
        }
        return exit_no;
    }
    const scope_set scopes = *parsed;
    scope_set rejected;
    if (token.type) {
        if (const validation_result valid = validate(scopes, *token.type, token.app); !valid) rejected = valid.error();
    }

    if (as_json) {
        print_check_json(list->text, scopes, token, rejected);
        return rejected.empty() ? exit_yes : exit_no;
    }
    for (scope s : rejected) {
        const scope_location at = locate_scope(list->text, s);
        print_error_at(fmt::format("a {} cannot hold {}: {}", *token.type, s, rejection_text(s, token)),
                       {list->text, at.offset, at.length});
    }
    if (rejected.empty()) {
        const std::string_view plural = scopes.size() == 1 ? "" : "s";
        if (token.type) {
            out("ok: {} scope{}, all allowed for a {}: {}\n", scopes.size(), plural, *token.type,
                joined_or_none(scopes));
        } else {
            out("ok: {} scope{}: {}\n", scopes.size(), plural, joined_or_none(scopes));
        }
    }
    print_status_notes(scopes);
    return rejected.empty() ? exit_yes : exit_no;
}

// ---- url -----------------------------------------------------------------------------------

int run_url(const command& cmd, const parsed_args& args) {
    if (const int code = no_positionals(cmd, args)) return code;
    const auto client_id = args.value("--client-id");
    if (!client_id) return usage_error(cmd, "missing --client-id");
    const bool as_json = args.has("--json");
    const auto requested = parse_list_option(cmd, args, "--scopes", list_kind::requested, as_json);
    if (!requested) return exit_usage;
    const authorize_result url =
        try_authorize_url({*client_id, *requested->scopes, args.value("--redirect-uri").value_or(""),
                           args.value("--state").value_or("")});
    if (!url) {
        if (as_json) {
            json_writer json;
            json.begin_object().key("error").begin_object();
            json.key("code").string(to_string(url.error())).key("message").string(message(url.error()));
            json.end_object().end_object().print();
        } else {
            const bool no_client = url.error() == authorize_errc::empty_client_id;
            err("error: {} ({})\n", message(url.error()), no_client ? "--client-id" : "--scopes");
        }
        return exit_usage;
    }
    if (as_json) {
        json_writer json;
        json.begin_object().key("url").string(*url).key("scopes").scopes(*requested->scopes);
        json_status_notes(json, *requested->scopes);
        json.end_object().print();
        return exit_yes;
    }
    out("{}\n", *url);
    print_status_notes(*requested->scopes);
    return exit_yes;
}

}  // namespace webflow_cli
