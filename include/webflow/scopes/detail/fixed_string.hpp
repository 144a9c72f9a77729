// A string literal as a class-type template argument (like ctll::fixed_string), so that
// "..."_scopes is checked while the compiler still knows every character and its offset.
#ifndef WEBFLOW_SCOPES_DETAIL_FIXED_STRING_HPP
#define WEBFLOW_SCOPES_DETAIL_FIXED_STRING_HPP

#include "webflow/scopes/detail/config.hpp"

#include <cstddef>
#include <string_view>

namespace webflow::scopes::detail {

// A C array: std::array would be instantiated again for every literal length.
template <std::size_t N>
struct fixed_string {
    char chars[N]{};  // NOLINT(modernize-avoid-c-arrays)
    // Implicit, from a string literal's char array: how "..."_scopes receives its text.
    // NOLINTNEXTLINE(google-explicit-constructor,modernize-avoid-c-arrays)
    consteval fixed_string(const char (&text)[N]) noexcept {
        for (std::size_t i = 0; i < N; ++i) chars[i] = text[i];
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars, N - 1}; }
};

}  // namespace webflow::scopes::detail

#endif
