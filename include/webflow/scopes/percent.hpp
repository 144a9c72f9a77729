// Percent-encoding (RFC 3986) for the scope parameter and the OAuth URLs: decode one
// escape at a time without allocating, and encode every byte outside the unreserved set.
#ifndef WEBFLOW_SCOPES_PERCENT_HPP
#define WEBFLOW_SCOPES_PERCENT_HPP

#include "webflow/scopes/detail/config.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "webflow/scopes/detail/chars.hpp"
#include "webflow/scopes/result.hpp"

namespace webflow::scopes {

namespace detail {

[[nodiscard]] constexpr int hex_value(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

inline constexpr std::string_view upper_hex_digits = "0123456789ABCDEF";

}  // namespace detail

// One unit of percent-encoded text: a plain byte, or %XX (either case of hex).
struct decoded_unit {
    unsigned char byte = 0;
    std::uint8_t length = 0;  // raw bytes consumed: 1, or 3 for an escape; for a bad escape, what was looked at
    bool valid = false;       // false for a bad escape: "%", "%3", "%zz"
    [[nodiscard]] constexpr bool escaped() const noexcept { return length == 3 && valid; }
};

// Decodes the unit at text[pos]; pos must be < text.size(). Never reads past the end.
[[nodiscard]] constexpr decoded_unit decode_unit(std::string_view text, std::size_t pos) noexcept {
    const char c = text[pos];
    if (c != '%') return {static_cast<unsigned char>(c), 1, true};
    const std::size_t available = text.size() - pos;
    const int high = available > 1 ? detail::hex_value(text[pos + 1]) : -1;
    const int low = available > 2 ? detail::hex_value(text[pos + 2]) : -1;
    if (high < 0 || low < 0) {
        // Cover the characters that make the escape bad, so a caret can point at them.
        const std::size_t seen = high < 0 ? (available > 1 ? 2 : 1) : (available > 2 ? 3 : 2);
        return {0, static_cast<std::uint8_t>(seen), false};
    }
    return {static_cast<unsigned char>(high * 16 + low), 3, true};
}

// RFC 3986 section 2.3: ALPHA / DIGIT / "-" / "." / "_" / "~" are never encoded.
[[nodiscard]] constexpr bool is_unreserved(unsigned char c) noexcept {
    const auto ch = static_cast<char>(c);
    return detail::is_lower_letter(ch) || detail::is_upper_letter(ch) || detail::is_digit(ch) || ch == '-' ||
           ch == '.' || ch == '_' || ch == '~';
}

[[nodiscard]] constexpr std::size_t percent_encoded_size(std::string_view text) noexcept {
    std::size_t n = 0;
    for (char c : text) n += is_unreserved(static_cast<unsigned char>(c)) ? 1U : 3U;
    return n;
}

// Writes text with every byte outside the unreserved set as %XX (upper-case hex, as the
// Webflow docs write %3A and %20), so the result is safe as any query value.
template <class OutputIt>
constexpr OutputIt percent_encode_to(OutputIt out, std::string_view text) {
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (is_unreserved(u)) {
            *out++ = c;
        } else {
            *out++ = '%';
            *out++ = detail::upper_hex_digits[u >> 4];
            *out++ = detail::upper_hex_digits[u & 0x0F];
        }
    }
    return out;
}

[[nodiscard]] inline std::string percent_encode(std::string_view text) {
    std::string out(percent_encoded_size(text), '\0');
    percent_encode_to(out.data(), text);
    return out;
}

// The first bad escape: where it starts and the bytes that make it bad.
struct percent_error {
    std::size_t offset = 0;
    std::size_t length = 0;
    friend constexpr bool operator==(const percent_error&, const percent_error&) noexcept = default;
};

// The number of bytes written, or the first bad escape.
using percent_decode_result = result<std::size_t, percent_error>;

// Decodes text into out; with plus_is_space (application/x-www-form-urlencoded, as
// URLSearchParams writes queries) a raw '+' becomes a space. Stops at the first bad escape.
template <class OutputIt>
constexpr percent_decode_result percent_decode_to(OutputIt out, std::string_view text, bool plus_is_space = false) {
    std::size_t pos = 0;
    std::size_t written = 0;
    for (; pos < text.size(); ++written) {
        const decoded_unit unit = decode_unit(text, pos);
        if (!unit.valid) return {unexpect, {pos, unit.length}};
        const bool plus = plus_is_space && unit.length == 1 && unit.byte == '+';
        *out++ = plus ? ' ' : static_cast<char>(unit.byte);
        pos += unit.length;
    }
    return written;
}

}  // namespace webflow::scopes

#endif
