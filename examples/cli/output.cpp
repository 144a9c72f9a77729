// Output helpers for webflow-scopes (see output.hpp).
#include "output.hpp"

#include <iterator>

#include <webflow/scopes/fmt.hpp>
#include <webflow/scopes/percent.hpp>

#include "args.hpp"

namespace webflow_cli {

using namespace webflow::scopes;

void print_error_at(std::string_view message, marked_input where) {
    const auto [input, offset, length] = where;
    std::string line;
    std::string carets;
    const std::size_t end = offset + (length == 0 ? 1 : length);
    for (std::size_t i = 0; i <= input.size(); ++i) {
        // One past the end stands for "after the input" (an empty list, a trailing comma).
        const std::string shown = i < input.size() ? printable(input.substr(i, 1)) : std::string(1, ' ');
        if (i < input.size()) line += shown;
        if (i >= offset && i < end) {
            carets.append(shown.size(), '^');
        } else if (i < offset) {
            carets.append(shown.size(), ' ');
        }
    }
    err("error: {}\n{}\n{}\n", message, line, carets);
}

std::string joined_or_none(scope_set scopes) {
    return scopes.empty() ? std::string("(none)") : fmt::format("{}", scopes);
}

span_in_input find_scope_in_input(std::string_view input, scope s) {
    const std::string_view wanted = to_string(s);
    std::size_t pos = 0;
    while (pos < input.size()) {
        const std::size_t start = pos;
        std::string token;
        while (pos < input.size()) {
            const decoded_unit unit = decode_unit(input, pos);
            const bool separator =
                unit.valid && (unit.byte == ' ' || unit.byte == ',' || (unit.byte == '+' && !unit.escaped()));
            if (separator) break;
            token.push_back(static_cast<char>(unit.byte));
            pos += unit.length == 0 ? 1 : unit.length;
        }
        if (token == wanted) return {start, pos - start};
        if (pos == start) pos += decode_unit(input, pos).length;  // a separator
    }
    return {input.size(), 0};
}

void json_writer::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) text_ += ',';
        first_.back() = false;
    }
}

json_writer& json_writer::open(char bracket) {
    before_value();
    text_ += bracket;
    first_.push_back(true);
    return *this;
}
json_writer& json_writer::close(char bracket) {
    text_ += bracket;
    first_.pop_back();
    return *this;
}
json_writer& json_writer::begin_object() { return open('{'); }
json_writer& json_writer::end_object() { return close('}'); }
json_writer& json_writer::begin_array() { return open('['); }
json_writer& json_writer::end_array() { return close(']'); }
json_writer& json_writer::key(std::string_view name) {
    string(name);
    text_ += ':';
    after_key_ = true;
    return *this;
}
json_writer& json_writer::number(std::size_t value) {
    before_value();
    fmt::format_to(std::back_inserter(text_), "{}", value);
    return *this;
}
json_writer& json_writer::boolean(bool value) {
    before_value();
    text_ += value ? "true" : "false";
    return *this;
}
json_writer& json_writer::null() {
    before_value();
    text_ += "null";
    return *this;
}
json_writer& json_writer::scopes(scope_set value) {
    begin_array();
    for (scope s : value) string(to_string(s));
    return end_array();
}

namespace {

// The length of the valid UTF-8 sequence starting at text[i] (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF), or 0 when the byte there does not start one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&text](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char b0 = byte(i);
    std::size_t n = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        n = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        n = 3;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        n = 4;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (text.size() - i < n) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < n; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    }
    return n;
}

}  // namespace

json_writer& json_writer::string(std::string_view value) {
    before_value();
    text_ += '"';
    for (std::size_t i = 0; i < value.size();) {
        const auto u = static_cast<unsigned char>(value[i]);
        if (u >= 0x80) {
            const std::size_t n = utf8_sequence_length(value, i);
            if (n == 0) {
                text_ += "\\ufffd";
                ++i;
            } else {
                text_.append(value.substr(i, n));
                i += n;
            }
            continue;
        }
        switch (u) {
            case '"':
                text_ += "\\\"";
                break;
            case '\\':
                text_ += "\\\\";
                break;
            case '\n':
                text_ += "\\n";
                break;
            case '\r':
                text_ += "\\r";
                break;
            case '\t':
                text_ += "\\t";
                break;
            default:
                if (u < 0x20 || u == 0x7F) {
                    fmt::format_to(std::back_inserter(text_), "\\u{:04x}", u);
                } else {
                    text_ += static_cast<char>(u);
                }
        }
        ++i;
    }
    text_ += '"';
    return *this;
}

void json_writer::print() const { out("{}\n", text_); }

}  // namespace webflow_cli
