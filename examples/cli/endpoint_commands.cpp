// The commands about endpoints and what a token holds: endpoints, plan and diff.
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <webflow/scopes/fmt.hpp>

#include "common.hpp"
#include "input.hpp"

namespace webflow_cli {

using namespace webflow::scopes;

// ---- endpoints -----------------------------------------------------------------------------

namespace {

bool belongs_to(const endpoint& e, const resource_info& row) {
    switch (row.requirement) {
        case scope_requirement::scoped:
            return e.scopes.intersects(scopes_of(row.id));
        case scope_requirement::none:
            return e.scopes.empty();
        case scope_requirement::per_trigger_type:
            return e.topic == row.id;  // the webhook endpoints themselves (they need sites:*)
    }
    return false;
}

}  // namespace

int run_endpoints(const command& cmd, const parsed_args& args) {
    if (const int code = no_positionals(cmd, args)) return code;
    const auto res = read_name_option<resource>(cmd, args, "--resource", resource_from_string, registry());
    if (res.bad) return exit_usage;
    const auto selected = [&res](const endpoint& e) { return !res.value || belongs_to(e, info(*res.value)); };
    if (args.has("--json")) {
        json_writer json;
        json.begin_object().key("endpoints").begin_array();
        for (const endpoint& e : endpoints) {
            if (selected(e)) json_endpoint(json, e);
        }
        json.end_array().end_object().print();
        return exit_yes;
    }
    for (const endpoint& e : endpoints) {
        if (selected(e)) print_endpoint_line(e);
    }
    return exit_yes;
}

// ---- plan ----------------------------------------------------------------------------------

namespace {

struct plan_word {
    std::string_view text;
    bool from_stdin = false;
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Whitespace-separated words; a word starting with '#' comments out the rest of its line.
void append_words(std::string_view text, std::vector<plan_word>& words) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && is_blank(text[pos])) ++pos;
        if (pos == text.size()) break;
        if (text[pos] == '#') {
            while (pos < text.size() && text[pos] != '\n') ++pos;
            continue;
        }
        const std::size_t start = pos;
        while (pos < text.size() && !is_blank(text[pos])) ++pos;
        words.push_back({text.substr(start, pos - start), true});
    }
}

// The positional arguments, with "-" replaced by the words of standard input.
std::optional<std::vector<plan_word>> plan_words(const command& cmd, const parsed_args& args) {
    std::vector<plan_word> words;
    for (const std::string_view arg : args.positionals) {
        if (arg != stdin_argument) {
            words.push_back({arg, false});
            continue;
        }
        const stdin_text read = read_stdin();
        if (!read.error.empty()) {
            usage_error(cmd, read.error);
            return std::nullopt;
        }
        append_words(read.text, words);
    }
    return words;
}

// GET, POST, ... in any case.
std::optional<http_method> method_argument(std::string_view arg) {
    if (arg.size() > 8) return std::nullopt;
    std::string upper(arg);
    for (char& c : upper) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return http_method_from_string(upper);
}

// METHOD PATH... into calls; a METHOD applies to the paths after it. 0, or a usage error's exit code.
int read_plan_calls(const command& cmd, const parsed_args& args, std::vector<endpoint_ref>& calls) {
    const auto words = plan_words(cmd, args);
    if (!words) return exit_usage;
    std::optional<http_method> method;
    bool method_has_path = true;
    for (const auto& [word, from_stdin] : *words) {
        const std::string_view where = from_stdin ? " in standard input" : "";
        if (const auto m = method_argument(word)) {
            if (!method_has_path) return usage_error(cmd, fmt::format("no PATH after {}{}", *method, where));
            method = m;
            method_has_path = false;
            continue;
        }
        const bool no_slash = word.find('/') == std::string_view::npos;
        const std::string method_hint = no_slash ? did_you_mean(word, method_names) : std::string();
        if (!method) {
            if (!method_hint.empty()) {
                return usage_error(cmd, fmt::format("unknown method {}{}{}", quoted(word), where, method_hint));
            }
            return usage_error(cmd, fmt::format("expected a METHOD ({}) before {}{}", joined_names(method_names),
                                                quoted(word), where));
        }
        if (word.empty()) return usage_error(cmd, fmt::format("the path after {} is empty{}", *method, where));
        if (!method_hint.empty() && !lookup_endpoint(*method, word)) {
            return usage_error(cmd, fmt::format("unknown method {}{}{}", quoted(word), where, method_hint));
        }
        calls.push_back({*method, word});
        method_has_path = true;
    }
    if (method && !method_has_path) return usage_error(cmd, fmt::format("no PATH after {}", *method));
    return 0;
}

// Every --trigger (repeated, or a comma list) into listens. 0, or a usage error's exit code.
int read_plan_triggers(const command& cmd, const parsed_args& args, std::vector<trigger_type>& listens) {
    for (const std::string_view value : args.values("--trigger")) {
        std::string_view rest = value;
        while (true) {
            const std::size_t comma = rest.find(',');
            const std::string_view name = rest.substr(0, comma);
            if (name.empty()) return usage_error(cmd, "empty trigger name in --trigger " + quoted(value));
            const auto t = trigger_type_from_string(name);
            if (!t) {
                std::string hint = did_you_mean(name, triggers());
                if (hint.empty()) hint = " (one of: " + current_trigger_names() + ")";
                return usage_error(cmd, "unknown trigger " + quoted(name) + hint);
            }
            listens.push_back(*t);
            if (comma == std::string_view::npos) break;
            rest.remove_prefix(comma + 1);
        }
    }
    return 0;
}

// The methods the endpoints with this path take ("POST"), for method_not_allowed.
std::vector<http_method> methods_of_path(std::string_view path) {
    std::vector<http_method> methods;
    for (std::size_t i = 0; i < http_method_count; ++i) {
        const auto m = static_cast<http_method>(i);
        if (lookup_endpoint(m, path)) methods.push_back(m);
    }
    return methods;
}

// The call or trigger a failed plan stopped at, as text or JSON; exit 2.
int report_plan_error(const plan_error& error, std::span<const endpoint_ref> calls,
                      std::span<const trigger_type> listens, bool as_json) {
    json_writer json;
    json.begin_object().key("error").begin_object();
    json.key("code").string(to_string(error.code)).key("message").string(message(error.code));
    json.key("index").number(error.index);
    if (error.code == plan_errc::removed_trigger) {
        const trigger_type t = listens[error.index];
        json.key("trigger").string(to_string(t)).end_object().end_object();
        if (as_json) {
            json.print();
        } else {
            err("error: {}: {}\n", message(error.code), t);
        }
        return exit_usage;
    }
    const endpoint_ref call = calls[error.index];
    json.key("method").string(to_string(call.method)).key("path").string(call.path);
    std::string hint;
    if (error.code == plan_errc::unknown_endpoint) {
        const endpoint* near = suggest_endpoint(call.method, call.path);
        json.key("suggestion");
        if (near != nullptr) {
            json.begin_object().key("method").string(to_string(near->method)).key("path").string(near->path);
            json.end_object();
            hint = near->method == call.method ? fmt::format(" (did you mean '{}'?)", near->path)
                                               : fmt::format(" (did you mean '{} {}'?)", near->method, near->path);
        } else {
            json.null();
        }
    } else if (error.code == plan_errc::method_not_allowed) {
        const std::vector<http_method> methods = methods_of_path(call.path);
        json.key("methods").begin_array();
        for (const http_method m : methods) json.string(to_string(m));
        json.end_array();
        if (!methods.empty()) hint = fmt::format(" (this path takes {})", fmt::join(methods, ", "));
    }
    json.end_object().end_object();
    if (as_json) {
        json.print();
    } else {
        err("error: {}: {} {}{}\n", message(error.code), call.method, quoted(call.path), hint);
    }
    return exit_usage;
}

// What a token type cannot do of a plan, from the library's validate(calls, token) and
// validate(scopes, token) for the triggers' scopes.
struct plan_token_report {
    bool allowed = true;
    scope_set rejected;  // the plan's scopes the token type cannot hold
    std::vector<std::size_t> cannot_call;
    std::vector<std::size_t> cannot_receive;
};

plan_token_report check_plan_token(std::span<const endpoint_ref> calls, std::span<const trigger_type> listens,
                                   const token_choice& token) {
    plan_token_report report;
    const plan_validation for_calls = validate(calls, *token.type, token.app);
    scope_set trigger_scopes;
    for (const trigger_type t : listens) trigger_scopes.insert(required_scope(t));
    const validation_result for_triggers = validate(trigger_scopes, *token.type, token.app);
    report.allowed = for_calls.has_value() && for_triggers.has_value();
    if (!for_calls) report.rejected |= for_calls.error().rejected;
    if (!for_triggers) report.rejected |= for_triggers.error();
    for (std::size_t i = 0; i < calls.size(); ++i) {
        const endpoint* e = find_endpoint(calls[i].method, calls[i].path);
        if (e != nullptr && !usable_with(*e, *token.type, token.app)) report.cannot_call.push_back(i);
    }
    for (std::size_t i = 0; i < listens.size(); ++i) {
        if (report.rejected.contains(required_scope(listens[i]))) report.cannot_receive.push_back(i);
    }
    return report;
}

void print_plan_token_report(const plan_token_report& report, std::span<const endpoint_ref> calls,
                             std::span<const trigger_type> listens, const token_choice& token) {
    if (report.allowed) {
        out("ok: a {} may hold these scopes{}\n", *token.type, calls.empty() ? "" : " and make these calls");
        return;
    }
    err("error: a {} cannot {}\n", *token.type,
        report.cannot_call.empty() ? "receive every webhook of this plan" : "make every call of this plan");
    for (const std::size_t i : report.cannot_call) {
        const endpoint& e = *find_endpoint(calls[i].method, calls[i].path);
        std::vector<std::string> why;
        if (!allows(e.tokens, *token.type)) why.push_back(fmt::format("token rule {}", e.tokens));
        if (const scope_set needs = e.scopes & report.rejected; !needs.empty()) {
            why.push_back(fmt::format("needs {}", needs));
        }
        err("cannot call: {} ({})\n", e, fmt::join(why, "; "));
    }
    for (const std::size_t i : report.cannot_receive) {
        err("cannot receive: webhook {} (needs {})\n", listens[i], required_scope(listens[i]));
    }
    for (const scope s : report.rejected) err("cannot hold: {}: {}\n", s, rejection_text(s, token));
}

void json_plan_token_report(json_writer& json, const plan_token_report& report, std::span<const endpoint_ref> calls,
                            std::span<const trigger_type> listens, const token_choice& token) {
    json_token(json, token);
    json.key("allowed").boolean(report.allowed);
    json_rejections(json, report.rejected, token);
    json.key("cannot_call").begin_array();
    for (const std::size_t i : report.cannot_call) {
        const endpoint& e = *find_endpoint(calls[i].method, calls[i].path);
        json.begin_object().key("index").number(i);
        json.key("method").string(to_string(e.method)).key("path").string(calls[i].path).key("endpoint").string(e.path);
        json.key("tokens").string(to_string(e.tokens));
        json.key("token_rule_excludes").boolean(!allows(e.tokens, *token.type));
        json.key("needs").scopes(e.scopes & report.rejected).end_object();
    }
    json.end_array().key("cannot_receive").begin_array();
    for (const std::size_t i : report.cannot_receive) {
        json.begin_object().key("index").number(i).key("trigger").string(to_string(listens[i]));
        json.key("scope").string(to_string(required_scope(listens[i]))).end_object();
    }
    json.end_array();
}

}  // namespace

int run_plan(const command& cmd, const parsed_args& args) {
    token_choice token;
    if (!read_token(cmd, args, token)) return exit_usage;
    std::vector<endpoint_ref> calls;
    if (const int code = read_plan_calls(cmd, args, calls)) return code;
    std::vector<trigger_type> listens;
    if (const int code = read_plan_triggers(cmd, args, listens)) return code;
    if (calls.empty() && listens.empty()) return usage_error(cmd, "nothing to plan: give METHOD PATH or --trigger");

    const plan_result plan = plan_scopes(calls, listens);
    const bool as_json = args.has("--json");
    if (!plan) return report_plan_error(plan.error(), calls, listens, as_json);
    const scope_set scopes = *plan;
    std::optional<plan_token_report> report;
    if (token.type) report = check_plan_token(calls, listens, token);
    const int code = !report || report->allowed ? exit_yes : exit_no;

    if (as_json) {
        json_writer json;
        json.begin_object().key("calls").begin_array();
        for (const endpoint_ref& call : calls) {
            const endpoint& e = *find_endpoint(call.method, call.path);
            json.begin_object();
            json.key("method").string(to_string(call.method)).key("path").string(call.path);
            json.key("endpoint").string(e.path).key("name").string(e.name).key("scopes").scopes(e.scopes);
            json.key("tokens").string(to_string(e.tokens)).key("status").string(to_string(e.status));
            json.end_object();
        }
        json.end_array().key("triggers").begin_array();
        for (const trigger_type t : listens) {
            json.begin_object().key("trigger").string(to_string(t));
            json.key("scope").string(to_string(required_scope(t))).end_object();
        }
        json.end_array().key("scopes").scopes(scopes);
        json.key("scope_param").string(encode_scope_param(scopes));
        if (report) json_plan_token_report(json, *report, calls, listens, token);
        json.end_object().print();
        return code;
    }
    for (const endpoint_ref& call : calls) print_endpoint_line(*find_endpoint(call.method, call.path));
    for (const trigger_type t : listens) {
        out("{:<{}}{}\n", fmt::format("webhook {}", t), method_column + path_column(), required_scope(t));
    }
    out("\nleast privilege: {} scope{}: {}\n", scopes.size(), scopes.size() == 1 ? "" : "s", joined_or_none(scopes));
    if (!scopes.empty()) out("scope={}\n", encode_scope_param(scopes));
    if (report) print_plan_token_report(*report, calls, listens, token);
    return code;
}

// ---- diff ----------------------------------------------------------------------------------

namespace {

// The granted tokens a lenient read skipped, and why: 'nosuch:read' (unknown scope).
void print_ignored_granted(const parse_result& granted, std::string_view granted_text) {
    if (granted.skipped_count() == 0) return;
    std::string text;
    for (const skipped_scope& s : granted.skipped()) {
        if (!text.empty()) text += ", ";
        text += fmt::format("{} ({})", quoted(granted_text.substr(s.offset, s.length)), message(s.reason));
    }
    if (const std::size_t more = granted.skipped_count() - granted.skipped().size(); more != 0) {
        text += fmt::format(" and {} more", more);
    }
    out("ignored granted scopes: {}\n", text);
}

void print_diff_json(const parsed_list& granted, const scope_diff& d, scope_set rejected, const token_choice& token) {
    json_writer json;
    json.begin_object().key("satisfied").boolean(d.missing.empty());
    json.key("missing").scopes(d.missing).key("unneeded").scopes(d.unneeded);
    json.key("ignored_granted").begin_array();
    for (const skipped_scope& s : granted.scopes.skipped()) {
        json.begin_object().key("text").string(granted.list.text.substr(s.offset, s.length));
        json.key("reason").string(to_string(s.reason)).key("offset").number(s.offset);
        json.key("length").number(s.length).end_object();
    }
    json.end_array().key("ignored_granted_count").number(granted.scopes.skipped_count());
    json.key("blocked_endpoints").begin_array();
    for (const endpoint& e : blocked_endpoints(d)) json_endpoint(json, e);
    json.end_array();
    if (token.type) {
        json_token(json, token);
        json.key("allowed").boolean(rejected.empty());
        json_rejections(json, rejected, token);
    }
    json.end_object().print();
}

void print_diff_text(const parsed_list& granted, const scope_diff& d, scope_set rejected, const token_choice& token) {
    out("missing: {}\n", joined_or_none(d.missing));
    for (scope s : d.missing) {
        const auto blocked = blocked_endpoints(scope_set{s});
        const auto n = static_cast<std::size_t>(std::ranges::distance(blocked.begin(), blocked.end()));
        out("  without {} {} endpoint{} fail{} with 403 missing_scopes\n", s, n, n == 1 ? "" : "s", n == 1 ? "s" : "");
    }
    out("unneeded: {}\n", joined_or_none(d.unneeded));
    print_ignored_granted(granted.scopes, granted.list.text);
    if (!rejected.empty()) {
        err("error: a {} cannot hold every required scope\n", *token.type);
        for (const scope s : rejected) err("cannot hold: {}: {}\n", s, rejection_text(s, token));
    }
}

}  // namespace

int run_diff(const command& cmd, const parsed_args& args) {
    if (const int code = no_positionals(cmd, args)) return code;
    token_choice token;
    if (!read_token(cmd, args, token)) return exit_usage;
    const bool as_json = args.has("--json");
    const auto granted = parse_list_option(cmd, args, "--granted", list_kind::granted, as_json);
    if (!granted) return exit_usage;
    const auto required = parse_list_option(cmd, args, "--required", list_kind::requested, as_json);
    if (!required) return exit_usage;

    const scope_diff d = diff(*granted->scopes, *required->scopes);
    scope_set rejected;
    if (token.type) {
        if (const validation_result valid = validate(*required->scopes, *token.type, token.app); !valid) {
            rejected = valid.error();
        }
    }
    const int code = d.missing.empty() && rejected.empty() ? exit_yes : exit_no;

    if (as_json) {
        print_diff_json(*granted, d, rejected, token);
    } else {
        print_diff_text(*granted, d, rejected, token);
    }
    return code;
}

}  // namespace webflow_cli
