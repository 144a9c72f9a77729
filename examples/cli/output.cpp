// Output helpers for webflow-scopes (see output.hpp).
#include "output.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <webflow/scopes/fmt.hpp>

#include "args.hpp"

namespace webflow_cli {

using namespace webflow::scopes;

namespace {

bool stdout_failed = false;
int stdout_errno = 0;

}  // namespace

void write_out(std::string_view text) {
    if (stdout_failed || text.empty()) return;
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) {
        stdout_failed = true;
        stdout_errno = errno;
    }
}

void write_err(std::string_view text) {
    if (!stdout_failed && std::fflush(stdout) != 0) {
        stdout_failed = true;
        stdout_errno = errno;
    }
    (void)std::fwrite(text.data(), 1, text.size(), stderr);
}

bool finish_output() {
    if (!stdout_failed && (std::fflush(stdout) != 0 || std::ferror(stdout) != 0)) {
        stdout_failed = true;
        stdout_errno = errno;
    }
    if (!stdout_failed) return true;
    const std::string reason = stdout_errno != 0 ? std::string(std::strerror(stdout_errno)) : "write error";
    err("error: cannot write the output: {}\n", reason);
    return false;
}

namespace {

// The bytes [lo, hi) of an input that an echo shows.
struct echo_window {
    std::size_t lo = 0;
    std::size_t hi = 0;
};

// All of the input when it fits in max_echo_columns; else up to half the room before the
// marked part [offset, end) (end may be one past the input: a caret after it), the rest
// after it, and what is left over before it again.
echo_window window_around(std::string_view input, std::size_t offset, std::size_t end) {
    const std::size_t size = input.size();
    const std::size_t after = end > size ? 1 : 0;  // the column of a caret after the input
    const auto width = [&input](std::size_t i) { return shown_width(input[i]); };
    std::size_t total = after;
    for (std::size_t i = 0; i < size; ++i) total += width(i);
    if (total <= max_echo_columns) return {0, size};

    const std::size_t room = max_echo_columns - after;
    std::size_t marked = 0;
    for (std::size_t i = offset; i < std::min(end, size); ++i) marked += width(i);
    const std::size_t before = marked + 16 >= room ? 12 : (room - marked) / 2;
    echo_window w{offset, offset};
    std::size_t used = 0;
    while (w.lo > 0 && used + width(w.lo - 1) <= before) used += width(--w.lo);
    while (w.hi < size && used + width(w.hi) <= room) used += width(w.hi++);
    while (w.hi == size && w.lo > 0 && used + width(w.lo - 1) <= room) used += width(--w.lo);
    return w;
}

}  // namespace

echo echo_around(marked_input where) {
    const std::string_view input = where.input;
    const std::size_t offset = std::min(where.offset, input.size());
    const std::size_t end = offset + std::max<std::size_t>(where.length, 1);  // may be input.size() + 1
    const echo_window w = window_around(input, offset, end);

    echo out;
    if (w.lo > 0) {
        out.line = "...";
        out.carets = "   ";
    }
    for (std::size_t i = w.lo; i < w.hi; ++i) {
        const std::string shown = printable(input.substr(i, 1));
        out.line += shown;
        if (i >= offset && i < end) {
            out.carets.append(shown.size(), '^');
        } else if (i < offset) {
            out.carets.append(shown.size(), ' ');
        }
    }
    if (end > input.size() && w.hi == input.size()) out.carets += '^';
    if (w.hi < input.size()) out.line += "...";
    return out;
}

void print_error_at(std::string_view message, marked_input where) {
    const echo shown = echo_around(where);
    err("error: {}\n{}\n{}\n", message, shown.line, shown.carets);
}

std::string joined_or_none(scope_set scopes) {
    return scopes.empty() ? std::string("(none)") : fmt::format("{}", scopes);
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
json_writer& json_writer::string_or_null(std::string_view value) { return value.empty() ? null() : string(value); }
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
