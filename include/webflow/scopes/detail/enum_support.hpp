// Name tables and small bit sets for our scoped enums. An explicit table per enum is
// cheaper to compile and clearer than name reflection (see magic_enum issues #219, #239).
#ifndef WEBFLOW_SCOPES_DETAIL_ENUM_SUPPORT_HPP
#define WEBFLOW_SCOPES_DETAIL_ENUM_SUPPORT_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <type_traits>

namespace webflow::scopes::detail {

// The library's tables (these name tables, the registry, the trigger and endpoint tables)
// write their std::string_view cells as "..."sv. A string_view made from a plain literal
// measures it with char_traits::length, which in a constant expression is a loop the compiler
// interprets: about 20,000 instructions a character in g++ 12 and clang 14 alike (callgrind),
// paid for every character of every table in every translation unit that includes them. The
// sv literal hands the compiler the length instead.
using namespace std::string_view_literals;

template <class E>
[[nodiscard]] constexpr std::size_t index_of(E value) noexcept {
    return static_cast<std::size_t>(static_cast<std::underlying_type_t<E>>(value));
}

// names[i] is the name of the enumerator with value i; anything out of range is "".
template <class E, std::size_t N>
[[nodiscard]] constexpr std::string_view name_of(E value, const std::array<std::string_view, N>& names) noexcept {
    const auto i = index_of(value);
    return i < N ? names[i] : std::string_view{};
}

template <class E, std::size_t N>
[[nodiscard]] constexpr std::optional<E> enum_from_name(std::string_view text,
                                                        const std::array<std::string_view, N>& names) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == text) return static_cast<E>(i);
    }
    return std::nullopt;
}

// A set of enumerators of E (at most 8), e.g. the access levels a resource offers.
template <class E>
class enum_set {
public:
    constexpr enum_set() noexcept = default;
    constexpr enum_set(std::initializer_list<E> values) noexcept {
        for (E v : values) bits_ = static_cast<std::uint8_t>(bits_ | bit(v));
    }
    [[nodiscard]] constexpr bool contains(E v) const noexcept { return (bits_ & bit(v)) != 0; }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    [[nodiscard]] constexpr bool intersects(enum_set other) const noexcept { return (bits_ & other.bits_) != 0; }
    [[nodiscard]] constexpr std::uint8_t bits() const noexcept { return bits_; }
    friend constexpr bool operator==(enum_set, enum_set) noexcept = default;

private:
    static constexpr std::uint8_t bit(E v) noexcept { return static_cast<std::uint8_t>(1U << index_of(v)); }
    std::uint8_t bits_ = 0;
};

}  // namespace webflow::scopes::detail

#endif
