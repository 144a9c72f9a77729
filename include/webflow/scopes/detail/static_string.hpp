// Fixed-capacity strings that live in constant expressions: the literal's template
// argument (like ctll::fixed_string) and the result of static_join().
#ifndef WEBFLOW_SCOPES_DETAIL_STATIC_STRING_HPP
#define WEBFLOW_SCOPES_DETAIL_STATIC_STRING_HPP

#include <array>
#include <cstddef>
#include <string_view>

namespace webflow::scopes {

// A string of at most Capacity chars stored inline, so it can be built in a constexpr
// function and kept as a constant (no heap, trivially copyable).
template <std::size_t Capacity>
class static_string {
public:
    constexpr static_string() noexcept = default;

    [[nodiscard]] constexpr std::string_view view() const noexcept { return {data_.data(), size_}; }
    [[nodiscard]] constexpr const char* data() const noexcept { return data_.data(); }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] static constexpr std::size_t capacity() noexcept { return Capacity; }
    constexpr operator std::string_view() const noexcept {
        return view();
    }  // NOLINT(google-explicit-constructor): a string is a string

    // Appends as much of `text` as fits; returns false when something was cut off.
    constexpr bool append(std::string_view text) noexcept {
        bool complete = true;
        for (char c : text) {
            if (size_ == Capacity) {
                complete = false;
                break;
            }
            data_[size_++] = c;
        }
        data_[size_] = '\0';
        return complete;
    }
    constexpr bool push_back(char c) noexcept { return append(std::string_view{&c, 1}); }

    friend constexpr bool operator==(const static_string& a, const static_string& b) noexcept {
        return a.view() == b.view();
    }
    friend constexpr bool operator==(const static_string& a, std::string_view b) noexcept { return a.view() == b; }

private:
    std::array<char, Capacity + 1> data_{};  // +1 keeps a terminating NUL for C APIs
    std::size_t size_ = 0;
};

namespace detail {

// A string literal as a class-type template argument (C++20), so "..."_scopes can be
// checked while the compiler still knows every character and its offset.
// A C array rather than std::array: each distinct length would instantiate another std::array.
template <std::size_t N>
struct fixed_string {
    char chars[N]{};  // NOLINT(modernize-avoid-c-arrays)
    // Implicit, from the char array of a string literal: how "..."_scopes receives its text.
    // NOLINTNEXTLINE(google-explicit-constructor,modernize-avoid-c-arrays)
    consteval fixed_string(const char (&text)[N]) noexcept {
        for (std::size_t i = 0; i < N; ++i) chars[i] = text[i];
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars, N - 1}; }
};

}  // namespace detail
}  // namespace webflow::scopes

#endif
