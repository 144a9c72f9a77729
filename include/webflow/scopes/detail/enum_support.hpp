// Name tables and small bit sets for the library's scoped enums. An explicit table per enum
// is cheaper to compile and clearer than name reflection (magic_enum issues #219, #239).
// Each enum's count is its table's size: a table row is the one place an enumerator is named.
#ifndef WEBFLOW_SCOPES_DETAIL_ENUM_SUPPORT_HPP
#define WEBFLOW_SCOPES_DETAIL_ENUM_SUPPORT_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <type_traits>

namespace webflow::scopes::detail {

// Every table cell is written "..."sv: a string_view made from a plain literal measures it
// with an interpreted loop in every constant evaluation. One directive, for all of detail.
using namespace std::string_view_literals;

template <class E>
[[nodiscard]] constexpr std::size_t index_of(E value) noexcept {
    return static_cast<std::size_t>(static_cast<std::underlying_type_t<E>>(value));
}

// A reason with the sentence people read: the rows of the error enums' tables.
struct name_and_message {
    std::string_view name;
    std::string_view message;
};

// The name of a table row: a name table holds the names themselves, other tables rows with
// a .name (in enum order, which the tables' checks keep).
[[nodiscard]] constexpr std::string_view name_in(std::string_view name) noexcept { return name; }
template <class Row>
[[nodiscard]] constexpr std::string_view name_in(const Row& row) noexcept {
    return row.name;
}

// Each enum's table is one specialisation, right after the enum:
// `template <> inline constexpr auto detail::enum_rows<E> = rows_through<E::last>({...});`
// (its initializer is looked up in detail: rows_through, name_and_message and "..."sv need no
// prefix). An enum whose rows are a bigger table (resource, trigger_type) binds a reference
// to it. to_string, message and E_from_string all read enum_rows<E>.
struct no_rows {};
template <class E>
inline constexpr no_rows enum_rows{};  // no table: not a named_enum
// The rows as an array, checked to hold one per enumerator up to Last. A loop, not
// std::to_array: no index sequence to instantiate per table size.
template <auto Last, class Row, std::size_t N>
// NOLINTNEXTLINE(modernize-avoid-c-arrays): a braced list deduces Row and N
consteval std::array<Row, N> rows_through(const Row (&rows)[N]) {
    static_assert(N == index_of(Last) + 1, "an enum's table needs a row for each enumerator, in order");
    std::array<Row, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = rows[i];
    return out;
}
template <class E>
concept named_enum = std::is_enum_v<E> && !std::is_same_v<decltype(enum_rows<E>), const no_rows>;
template <class E>
concept explained_enum = named_enum<E> && requires {
    enum_rows<E>[0].message;
};

// The index of the row named text, or table.size() when there is none ("" is no name).
template <class Table>
[[nodiscard]] constexpr std::size_t index_of_name(std::string_view text, const Table& table) noexcept {
    if (text.empty()) return table.size();
    std::size_t i = 0;
    while (i < table.size() && name_in(table[i]) != text) ++i;
    return i;
}

// The parse back of to_string as a function object (access_from_string("read")). Its call
// operator is a template, so std::optional<Enum> is instantiated only where it is called.
template <named_enum Enum>
struct from_string_fn {
    template <class E = Enum>
    requires std::is_same_v<E, Enum>
    [[nodiscard]] constexpr std::optional<E> operator()(std::string_view text) const noexcept {
        constexpr const auto& table = enum_rows<Enum>;
        const std::size_t i = index_of_name(text, table);
        if (i == table.size()) return std::nullopt;
        return static_cast<E>(i);
    }
};

// The set bits of a word, lowest first, each as Make(its index): how enum_set and scope_set
// iterate. Only Owner makes one from bits, so no iterator holds a bit outside its set.
template <class Owner, class Value, class Word, Value (*Make)(std::size_t) noexcept>
class set_bit_iterator {
public:
    using value_type = Value;
    using difference_type = std::ptrdiff_t;

    constexpr set_bit_iterator() noexcept = default;
    [[nodiscard]] constexpr Value operator*() const noexcept {
        return Make(static_cast<std::size_t>(std::countr_zero(rest_)));
    }
    constexpr set_bit_iterator& operator++() noexcept {
        rest_ = static_cast<Word>(rest_ & (rest_ - 1));  // drop the lowest set bit
        return *this;
    }
    constexpr set_bit_iterator operator++(int) noexcept {
        set_bit_iterator before = *this;
        ++*this;
        return before;
    }
    friend constexpr bool operator==(set_bit_iterator, set_bit_iterator) noexcept = default;

private:
    friend Owner;
    constexpr explicit set_bit_iterator(Word bits) noexcept : rest_(bits) {}
    Word rest_ = 0;
};

// A set of enumerators of E (at most 8), e.g. the actions a resource offers. Iterates in
// enum order.
template <class E>
class enum_set {
    static constexpr E make(std::size_t i) noexcept { return static_cast<E>(i); }

public:
    using iterator = set_bit_iterator<enum_set, E, std::uint8_t, &enum_set::make>;

    constexpr enum_set() noexcept = default;
    constexpr enum_set(std::initializer_list<E> values) noexcept {
        for (E v : values) bits_ = static_cast<std::uint8_t>(bits_ | bit(v));
    }
    [[nodiscard]] constexpr bool contains(E v) const noexcept { return (bits_ & bit(v)) != 0; }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    [[nodiscard]] constexpr bool intersects(enum_set other) const noexcept { return (bits_ & other.bits_) != 0; }
    [[nodiscard]] constexpr std::uint8_t bits() const noexcept { return bits_; }
    [[nodiscard]] constexpr iterator begin() const noexcept { return iterator{bits_}; }
    // NOLINTNEXTLINE(readability-convert-member-functions-to-static): the range interface
    [[nodiscard]] constexpr iterator end() const noexcept { return iterator{}; }
    friend constexpr bool operator==(enum_set, enum_set) noexcept = default;

private:
    static constexpr std::uint8_t bit(E v) noexcept { return static_cast<std::uint8_t>(1U << index_of(v)); }
    std::uint8_t bits_ = 0;
};

}  // namespace webflow::scopes::detail

namespace webflow::scopes {

// The enumerator's name ("read", "GET", "data_client_app"); "" for a value outside the enum.
template <detail::named_enum E>
[[nodiscard]] constexpr std::string_view to_string(E value) noexcept {
    const std::size_t i = detail::index_of(value);
    const auto& rows = detail::enum_rows<E>;
    return i < rows.size() ? detail::name_in(rows[i]) : std::string_view{};
}

// For the error enums and resource_status, a sentence for people ("client_id is empty");
// "" for a value outside the enum.
template <detail::explained_enum E>
[[nodiscard]] constexpr std::string_view message(E value) noexcept {
    const std::size_t i = detail::index_of(value);
    const auto& rows = detail::enum_rows<E>;
    return i < rows.size() ? rows[i].message : std::string_view{};
}

}  // namespace webflow::scopes

#endif
