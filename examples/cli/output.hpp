// Output helpers for webflow-scopes: stdout/stderr through fmt, a small JSON writer that
// always produces valid JSON (any byte sequence becomes a valid string), and the input line
// with a caret line under the part an error is about.
#ifndef WEBFLOW_SCOPES_CLI_OUTPUT_HPP
#define WEBFLOW_SCOPES_CLI_OUTPUT_HPP

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <webflow/scopes/scope_set.hpp>

namespace webflow_cli {

enum exit_code : int { exit_ok = 0, exit_failed = 1, exit_usage = 2, exit_internal = 3 };

template <class... Args>
void out(fmt::format_string<Args...> format, Args&&... args) {
    fmt::print(stdout, format, std::forward<Args>(args)...);
}
// stdout is flushed first, so `2>&1` keeps the order in which things were printed.
template <class... Args>
void err(fmt::format_string<Args...> format, Args&&... args) {
    std::fflush(stdout);
    fmt::print(stderr, format, std::forward<Args>(args)...);
}

// A range of an input: what the carets of print_error_at mark.
struct marked_input {
    std::string_view input;
    std::size_t offset = 0;
    std::size_t length = 0;
};

// `error: MESSAGE`, then the input, then carets under input[offset, offset + length) (one
// caret when length is 0). Unprintable bytes are shown as \xNN and the carets follow them.
void print_error_at(std::string_view message, marked_input where);

// The joined scopes, or "(none)".
[[nodiscard]] std::string joined_or_none(webflow::scopes::scope_set scopes);

// Where the scope s is written in input (the raw, possibly percent-encoded text that
// parsed into a set holding s): {offset, length}, or {input.size(), 0} if it is not there.
struct span_in_input {
    std::size_t offset = 0;
    std::size_t length = 0;
};
[[nodiscard]] span_in_input find_scope_in_input(std::string_view input, webflow::scopes::scope s);

// Writes compact JSON. Commas are placed automatically; strings are escaped per RFC 8259,
// and bytes that are not valid UTF-8 become U+FFFD, so the output is valid JSON whatever
// argv held.
class json_writer {
public:
    json_writer& begin_object();
    json_writer& end_object();
    json_writer& begin_array();
    json_writer& end_array();
    json_writer& key(std::string_view name);
    json_writer& string(std::string_view value);
    json_writer& number(std::size_t value);
    json_writer& boolean(bool value);
    json_writer& null();
    json_writer& scopes(webflow::scopes::scope_set value);  // an array of scope strings
    // Prints the document and a newline to stdout.
    void print() const;

private:
    void before_value();
    json_writer& open(char bracket);
    json_writer& close(char bracket);
    std::string text_;
    std::vector<bool> first_;  // per open container: nothing written in it yet
    bool after_key_ = false;
};

}  // namespace webflow_cli

#endif
