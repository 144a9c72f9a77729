// Optional fmt support: fmt::formatter for our enums, scope, scope_set (the joined scope
// parameter), parse_error, redirect_error and endpoint ("GET /v2/..."), with the full
// string format spec ({:>20}, {:*^12}). The only header that needs fmt (9 or later).
#ifndef WEBFLOW_SCOPES_FMT_HPP
#define WEBFLOW_SCOPES_FMT_HPP

#include "webflow/scopes/detail/config.hpp"

#include <fmt/format.h>

#include <string_view>
#include <type_traits>

#include "webflow/scopes/all.hpp"

namespace webflow::scopes::detail {

// Room for any joined scope_set or message without touching the heap.
using fmt_text_buffer = fmt::basic_memory_buffer<char, 512>;

inline void append(fmt_text_buffer& out, std::string_view text) { out.append(text.data(), text.data() + text.size()); }

// Enums and scope: their to_string() (found by ADL).
template <class T>
void write_text(fmt_text_buffer& out, const T& value) {
    append(out, to_string(value));
}
inline void write_text(fmt_text_buffer& out, const scope_set& value) { append(out, static_join(value).view()); }
inline void write_text(fmt_text_buffer& out, const endpoint& value) {
    fmt::format_to(fmt::appender(out), "{} {}", to_string(value.method), value.path);
}
// What parse_error::describe() says without the input: the problem, where, and the guess.
inline void write_text(fmt_text_buffer& out, const parse_error& value) {
    append(out, value.message());
    if (value.code != errc::empty_input) fmt::format_to(fmt::appender(out), " at offset {}", value.offset);
    if (value.suggestion) fmt::format_to(fmt::appender(out), " (did you mean '{}'?)", to_string(*value.suggestion));
}
inline void write_text(fmt_text_buffer& out, const redirect_error& value) {
    append(out, value.message());
    fmt::format_to(fmt::appender(out), " at offset {}", value.offset);
}

// Formats T as the text write_text() gives, with everything formatter<string_view> parses
// (fill, align, width, precision), by inheriting its parse().
template <class T>
struct text_formatter : fmt::formatter<std::string_view> {
    template <class FormatContext>
    auto format(const T& value, FormatContext& ctx) const -> decltype(ctx.out()) {
        fmt_text_buffer text;
        write_text(text, value);
        return fmt::formatter<std::string_view>::format(std::string_view{text.data(), text.size()}, ctx);
    }
};

}  // namespace webflow::scopes::detail

namespace webflow::scopes::detail {
// Our own types only, the enums being those with a name table: a blanket formatter for every
// enum breaks other libraries' formatters (magic_enum issues #397, #379).
template <class T>
concept formatted_type = named_enum<T> || std::is_same_v<T, scope> || std::is_same_v<T, scope_set> ||
    std::is_same_v<T, parse_error> || std::is_same_v<T, redirect_error> || std::is_same_v<T, endpoint>;
}  // namespace webflow::scopes::detail

template <webflow::scopes::detail::formatted_type T>
struct fmt::formatter<T> : webflow::scopes::detail::text_formatter<T> {};

#endif
