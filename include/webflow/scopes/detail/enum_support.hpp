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
// sv literal hands the compiler the length instead. This is the only using-directive for it:
// it holds for namespace detail wherever that is reopened, and every header with a table
// includes this one.
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

// The name of a row: a name table holds the names themselves, the registry and trigger tables
// rows with a .name (in enum order, which their checks in the tests keep).
[[nodiscard]] constexpr std::string_view name_in(std::string_view name) noexcept { return name; }
template <class Row>
[[nodiscard]] constexpr std::string_view name_in(const Row& row) noexcept {
    return row.name;
}

// The index of the row named text, or Table.size() when there is none (and for "", which is
// no enumerator's name).
template <class Table>
[[nodiscard]] constexpr std::size_t index_of_name(std::string_view text, const Table& table) noexcept {
    if (text.empty()) return table.size();
    std::size_t i = 0;
    while (i < table.size() && name_in(table[i]) != text) ++i;
    return i;
}

// The parse back of to_string, as a function object: access_from_string("read") and the rest.
// The call operator is a template over the enum, so it (and with it std::optional<Enum>) is
// instantiated only in translation units that call it. As plain functions the 14 of them
// instantiated 14 std::optional types in every translation unit that includes the library,
// about 20 million instructions each in g++ 12 and clang 14 (callgrind). Being objects, they
// can also be handed to algorithms. Exact match; "" is no enumerator's name.
template <class Enum, const auto& Table>
struct from_string_fn {
    template <class E = Enum>
    requires std::is_same_v<E, Enum>
    [[nodiscard]] constexpr std::optional<E> operator()(std::string_view text) const noexcept {
        const std::size_t i = index_of_name(text, Table);
        if (i == Table.size()) return std::nullopt;
        return static_cast<E>(i);
    }
};

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
