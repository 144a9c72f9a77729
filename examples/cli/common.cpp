// Pieces the webflow-scopes commands share (see common.hpp).
#include "common.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <webflow/scopes/fmt.hpp>

#include "input.hpp"

namespace webflow_cli {

using namespace webflow::scopes;

std::string current_trigger_names() {
    std::string out;
    for (const trigger_info& row : triggers()) {
        if (row.status != trigger_status::current) continue;
        if (!out.empty()) out += ", ";
        out += row.name;
    }
    return out;
}

bool read_token(const command& cmd, const parsed_args& args, token_choice& out) {
    const auto type = read_name_option<token_type>(cmd, args, "--token", token_type_from_string, token_type_names);
    if (type.bad) return false;
    out.type = type.value;
    if (args.has("--workspace-access")) {
        if (out.type != token_type::data_client_app) {
            usage_error(cmd, fmt::format("--workspace-access needs --token {}", token_type::data_client_app));
            return false;
        }
        out.app = app_access_level::site_and_workspace;
    }
    return true;
}

int no_positionals(const command& cmd, const parsed_args& args) {
    if (args.positionals.empty()) return exit_yes;
    return usage_error(cmd, "unexpected argument " + quoted(args.positionals.front()));
}

std::optional<list_text> read_list_argument(const command& cmd, std::string_view option, std::string_view arg) {
    if (arg != stdin_argument) return list_text{arg, std::string(option)};
    const stdin_text read = read_stdin();
    if (!read.error.empty()) {
        usage_error(cmd, option.empty() ? read.error : fmt::format("{}: {}", option, read.error));
        return std::nullopt;
    }
    return list_text{read.text,
                     option.empty() ? std::string("standard input") : fmt::format("{} (standard input)", option)};
}

std::optional<parsed_list> parse_list_option(const command& cmd, const parsed_args& args, std::string_view option,
                                             list_kind kind, bool as_json) {
    const auto arg = args.value(option);
    if (!arg) {
        usage_error(cmd, fmt::format("missing {}", option));
        return std::nullopt;
    }
    auto list = read_list_argument(cmd, option, *arg);
    if (!list) return std::nullopt;
    parse_result scopes = kind == list_kind::granted ? parse_granted(list->text) : parse(list->text);
    if (!scopes) {
        report_parse_error(*list, option, scopes.error(), as_json);
        return std::nullopt;
    }
    return parsed_list{std::move(*list), scopes};
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

void report_parse_error(const list_text& list, std::string_view option, const parse_error& error, bool as_json) {
    if (as_json) {
        json_writer json;
        json.begin_object();
        if (!option.empty()) json.key("option").string(option);
        json.key("input").string(list.text);
        json_parse_error(json, error);
        json.end_object().print();
        return;
    }
    const std::string what = list.what.empty() ? std::string() : list.what + ": ";
    print_error_at(what + std::string(error.describe(list.text).view()), {list.text, error.offset, error.length});
}

std::string_view status_note(const resource_info& row) {
    if (row.status == resource_status::ga) return {};
    // A deprecated row says what was removed and when; the status's phrase says the rest.
    return row.status == resource_status::deprecated && !row.note.empty() ? row.note : message(row.status);
}

void print_status_notes(scope_set scopes) {
    for (scope s : scopes) {
        const resource_info& row = info(s);
        if (row.status == resource_status::ga) continue;
        err("note: {} is {}: {}\n", s, row.status, status_note(row));
    }
}

void json_status_notes(json_writer& json, scope_set scopes) {
    json.key("notes").begin_array();
    for (scope s : scopes) {
        const resource_info& row = info(s);
        if (row.status == resource_status::ga) continue;
        json.begin_object().key("scope").string(to_string(s)).key("status").string(to_string(row.status));
        json.key("note").string(status_note(row)).end_object();
    }
    json.end_array();
}

std::string rejection_text(scope s, const token_choice& token) {
    std::string text(rejection_reason(s, *token.type, token.app));
    if (rejection_of(s, *token.type, token.app) == token_rejection::app_needs_workspace_access) {
        text += " (if it is, pass --workspace-access)";
    }
    return text;
}

void json_rejections(json_writer& json, scope_set rejected, const token_choice& token) {
    json.key("rejected").begin_array();
    for (scope s : rejected) {
        json.begin_object().key("scope").string(to_string(s));
        json.key("rejection").string(to_string(rejection_of(s, *token.type, token.app)));
        json.key("reason").string(rejection_reason(s, *token.type, token.app)).end_object();
    }
    json.end_array();
}

void json_token(json_writer& json, const token_choice& token) {
    json.key("token").string(to_string(*token.type));
    json.key("workspace_access").boolean(token.app == app_access_level::site_and_workspace);
}

std::size_t path_column() {
    std::size_t w = 0;
    for (const endpoint& e : endpoints) w = std::max(w, e.path.size());
    return w + 2;
}

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
    json.key("status").string(to_string(e.status));
    json.key("api").string(to_string(e.api));
    json.key("topic").string(to_string(e.topic));
    json.end_object();
}

}  // namespace webflow_cli
