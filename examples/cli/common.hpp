// Pieces the webflow-scopes commands share: the library's names as lists, options whose
// value is a name, --token, scope-list arguments (or standard input), status notes, parse
// errors and endpoints as text or JSON.
#ifndef WEBFLOW_SCOPES_CLI_COMMON_HPP
#define WEBFLOW_SCOPES_CLI_COMMON_HPP

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <webflow/scopes/all.hpp>

#include "args.hpp"
#include "commands.hpp"
#include "output.hpp"

namespace webflow_cli {

namespace ws = webflow::scopes;

// ---- Names from the library's tables -------------------------------------------------------

// to_string() of every value of an enum whose values are 0 .. Count-1.
template <class E, std::size_t Count>
[[nodiscard]] constexpr std::array<std::string_view, Count> enum_names() {
    std::array<std::string_view, Count> names{};
    for (std::size_t i = 0; i < Count; ++i) names[i] = to_string(static_cast<E>(i));
    return names;
}
inline constexpr auto token_type_names = enum_names<ws::token_type, ws::token_type_count>();
inline constexpr auto level_names = enum_names<ws::level, ws::level_count>();
inline constexpr auto method_names = enum_names<ws::http_method, ws::http_method_count>();
inline constexpr auto status_names = enum_names<ws::resource_status, ws::resource_status_count>();

// "a, b, c" from names or rows with a .name.
template <class Table>
[[nodiscard]] std::string joined_names(const Table& table) {
    std::string out;
    for (const auto& row : table) {
        if (!out.empty()) out += ", ";
        out += row_name(row);
    }
    return out;
}
// The trigger types Webflow still sends.
[[nodiscard]] std::string current_trigger_names();

// ---- Options -------------------------------------------------------------------------------

// The value of an option that names one of table's rows, parsed by from_string (one of the
// library's *_from_string). Sets bad (after printing a usage error) when it names none.
template <class E>
struct name_option {
    std::optional<E> value;
    bool bad = false;
};
template <class E, class FromString, class Table>
[[nodiscard]] name_option<E> read_name_option(const command& cmd, const parsed_args& args, std::string_view option,
                                              FromString from_string, const Table& table) {
    const auto text = args.value(option);
    if (!text) return {};
    if (auto v = from_string(*text)) return {v, false};
    std::string hint = did_you_mean(*text, table);
    if (hint.empty()) hint = " (one of: " + joined_names(table) + ")";
    usage_error(cmd, "unknown value " + quoted(*text) + " for " + std::string(option) + hint);
    return {std::nullopt, true};
}

// --token TYPE and --workspace-access.
struct token_choice {
    std::optional<ws::token_type> type;
    ws::app_access_level app = ws::app_access_level::site;
};
// False after printing a usage error.
[[nodiscard]] bool read_token(const command& cmd, const parsed_args& args, token_choice& out);

// A usage error for the first positional argument, if there is one.
[[nodiscard]] int no_positionals(const command& cmd, const parsed_args& args);

// ---- Scope lists ---------------------------------------------------------------------------

// A scope list as given: an argument, or standard input for "-".
struct list_text {
    std::string_view text;
    std::string what;  // for messages: "--required", "--required (standard input)", "standard input" or ""
};
// The text of the argument arg of option ("" for a positional); nullopt after a usage error.
[[nodiscard]] std::optional<list_text> read_list_argument(const command& cmd, std::string_view option,
                                                          std::string_view arg);
// A required list option, read and parsed: as a granted list (parse_granted: lenient, as a
// server answers) or as the app's own text (parse: strict, so that a typo is reported).
enum class list_kind { granted, requested };
struct parsed_list {
    list_text list;
    ws::parse_result scopes;
};
// nullopt after a usage error (the option is missing, stdin cannot be read) or a parse error,
// both reported.
[[nodiscard]] std::optional<parsed_list> parse_list_option(const command& cmd, const parsed_args& args,
                                                           std::string_view option, list_kind kind, bool as_json);

// `error: [WHAT: ]DESCRIPTION` with the input and a caret line, or with --json the document
// {["option",] "input", "error": {...}}.
void report_parse_error(const list_text& list, std::string_view option, const ws::parse_error& error, bool as_json);
void json_parse_error(json_writer& json, const ws::parse_error& error);

// ---- Status notes --------------------------------------------------------------------------

// Why the status matters, for a row that is not ga: the library's phrase for the status, or a
// deprecated row's own note ("the User Accounts API was removed on 2026-01-29"); "" for ga.
[[nodiscard]] std::string_view status_note(const ws::resource_info& row);
// `note: users:read is deprecated: ...` on stderr for each scope that is not ga.
void print_status_notes(ws::scope_set scopes);
// "notes": [{"scope", "status", "note"}] for each scope that is not ga.
void json_status_notes(json_writer& json, ws::scope_set scopes);

// ---- Token rejections ----------------------------------------------------------------------

// Why t cannot hold s, with the flag to pass when the app is registered with workspace access.
[[nodiscard]] std::string rejection_text(ws::scope s, const token_choice& token);
// "rejected": [{"scope", "rejection", "reason"}]
void json_rejections(json_writer& json, ws::scope_set rejected, const token_choice& token);
// "token", "workspace_access"
void json_token(json_writer& json, const token_choice& token);

// ---- Endpoints -----------------------------------------------------------------------------

inline constexpr std::size_t method_column = 8;  // "DELETE" and two spaces
// Wide enough for every catalogued path, plus two spaces.
[[nodiscard]] std::size_t path_column();
// METHOD  PATH  SCOPES [(TOKEN RULE)]
void print_endpoint_line(const ws::endpoint& e);
// {"method", "path", "name", "scopes", "tokens", "status", "api", "topic"}
void json_endpoint(json_writer& json, const ws::endpoint& e);

// ---- The commands --------------------------------------------------------------------------

int run_list(const command& cmd, const parsed_args& args);
int run_check(const command& cmd, const parsed_args& args);
int run_url(const command& cmd, const parsed_args& args);
int run_endpoints(const command& cmd, const parsed_args& args);
int run_plan(const command& cmd, const parsed_args& args);
int run_diff(const command& cmd, const parsed_args& args);

}  // namespace webflow_cli

#endif
