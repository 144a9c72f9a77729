// Output helpers for webflow-scopes: stdout and stderr through fmt with every write checked
// (a failed write of the output is exit 3), a small JSON writer that always produces valid
// JSON (any byte sequence becomes a valid string), and the echo of an input with a caret
// line under the part an error is about, cut to a short window around it.
#ifndef WEBFLOW_SCOPES_CLI_OUTPUT_HPP
#define WEBFLOW_SCOPES_CLI_OUTPUT_HPP

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <webflow/scopes/scope_set.hpp>

namespace webflow_cli {

// One meaning each (docs/cli.md, "Exit status").
enum exit_code : int {
    exit_yes = 0,     // the answer is yes, or the command printed what was asked
    exit_no = 1,      // the answer is no: invalid or not allowed, scopes missing, calls not possible
    exit_usage = 2,   // a usage error or an argument that cannot be read
    exit_output = 3,  // the output could not be written
};

// Writes to stdout; a failed write is remembered for finish_output().
void write_out(std::string_view text);
// Writes to stderr, after flushing stdout so that `2>&1` keeps the order of the lines.
void write_err(std::string_view text);

template <class... Args>
void out(fmt::format_string<Args...> format, Args&&... args) {
    fmt::memory_buffer text;
    fmt::format_to(std::back_inserter(text), format, std::forward<Args>(args)...);
    write_out({text.data(), text.size()});
}
template <class... Args>
void err(fmt::format_string<Args...> format, Args&&... args) {
    fmt::memory_buffer text;
    fmt::format_to(std::back_inserter(text), format, std::forward<Args>(args)...);
    write_err({text.data(), text.size()});
}

// Flushes stdout. False, with a message on stderr, when some output could not be written.
[[nodiscard]] bool finish_output();

// A range of an input: what the carets of print_error_at mark.
struct marked_input {
    std::string_view input;
    std::size_t offset = 0;
    std::size_t length = 0;  // 0: one caret at offset (input.size() for "after the input")
};

// The input as printable() shows it, cut to about max_echo_columns around the marked part
// with "..." where it is cut, and a line of carets under the marked part.
struct echo {
    std::string line;
    std::string carets;
};
[[nodiscard]] echo echo_around(marked_input where);

// `error: MESSAGE`, then echo_around(where): the input and the caret line.
void print_error_at(std::string_view message, marked_input where);

// The joined scopes, or "(none)".
[[nodiscard]] std::string joined_or_none(webflow::scopes::scope_set scopes);

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
    json_writer& string_or_null(std::string_view value);  // null for ""
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
