// static_string<N>: a string of at most N chars stored inline, so it can be built in a
// constexpr function and kept as a constant (static_join(), parse_error::describe()).
#ifndef WEBFLOW_SCOPES_STATIC_STRING_HPP
#define WEBFLOW_SCOPES_STATIC_STRING_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <cstddef>
#include <string_view>

namespace webflow::scopes {

template <std::size_t Capacity>
class static_string {
public:
    constexpr static_string() noexcept = default;

    [[nodiscard]] constexpr std::string_view view() const noexcept { return {data_.data(), size_}; }
    [[nodiscard]] constexpr const char* data() const noexcept { return data_.data(); }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] static constexpr std::size_t capacity() noexcept { return Capacity; }
    // NOLINTNEXTLINE(google-explicit-constructor): a string is a string
    constexpr operator std::string_view() const noexcept { return view(); }

    // Appends as much of text as fits; false when something was cut off.
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

}  // namespace webflow::scopes

#endif
