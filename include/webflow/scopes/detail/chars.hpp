// The character classes the library's grammars share, each written once: Webflow's names
// (scope prefixes, actions, path segments), RFC 6749's scope tokens, the separators of a
// scope list, ASCII case.
#ifndef WEBFLOW_SCOPES_DETAIL_CHARS_HPP
#define WEBFLOW_SCOPES_DETAIL_CHARS_HPP

#include "webflow/scopes/detail/config.hpp"

#include <cstddef>

namespace webflow::scopes::detail {

[[nodiscard]] constexpr bool is_lower_letter(char c) noexcept { return c >= 'a' && c <= 'z'; }
[[nodiscard]] constexpr bool is_upper_letter(char c) noexcept { return c >= 'A' && c <= 'Z'; }
[[nodiscard]] constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

[[nodiscard]] constexpr char to_lower_ascii(char c) noexcept {
    return is_upper_letter(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// Webflow writes scope prefixes, actions and path segments in lower case with digits, '_'
// and '-' (agent-instructions:read); every such byte is at least '-', every separator below.
[[nodiscard]] constexpr bool is_name_char(char c) noexcept {
    return is_lower_letter(c) || is_digit(c) || c == '_' || c == '-';
}
inline constexpr char lowest_name_char = '-';
// A scope prefix has 1 to this many name characters.
inline constexpr std::size_t max_prefix_chars = 48;

// RFC 6749 section 3.3: scope-token = 1*NQCHAR, NQCHAR = %x21 / %x23-5B / %x5D-7E.
[[nodiscard]] constexpr bool is_scope_token_char(unsigned char c) noexcept {
    return c >= 0x21 && c != 0x22 && c != 0x5C && c <= 0x7E;
}

// The separators of a scope list as bytes: a space, a '+' (a space in form encoding) and a
// comma (introspect's lists). All are below lowest_name_char.
[[nodiscard]] constexpr bool is_plain_separator(char c) noexcept { return c == ' ' || c == '+' || c == ','; }

}  // namespace webflow::scopes::detail

#endif
