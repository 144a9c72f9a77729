// A set of scopes: one bit per registry scope in a 64-bit word, so it is constexpr,
// trivially copyable and never allocates. Iteration is in registry (canonical) order.
#ifndef WEBFLOW_SCOPES_SCOPE_SET_HPP
#define WEBFLOW_SCOPES_SCOPE_SET_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <initializer_list>

#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/registry.hpp"
#include "webflow/scopes/scope.hpp"

namespace webflow::scopes {

class scope_set {
    static constexpr scope make(std::size_t i) noexcept {
        return scope{static_cast<std::uint8_t>(i), scope::unchecked};
    }

public:
    using iterator = detail::set_bit_iterator<scope_set, scope, std::uint64_t, &scope_set::make>;
    using const_iterator = iterator;
    using value_type = scope;
    using size_type = std::size_t;

    constexpr scope_set() noexcept = default;
    constexpr scope_set(std::initializer_list<scope> scopes) noexcept {
        for (scope s : scopes) bits_ |= bit(s);
    }
    constexpr scope_set(scope s) noexcept
        : bits_(bit(s)) {}  // NOLINT(google-explicit-constructor): a scope is a one-element set

    [[nodiscard]] static constexpr scope_set all() noexcept { return scope_set{all_bits}; }
    // Bits outside the registry are dropped, so no set ever holds a scope that does not exist.
    [[nodiscard]] static constexpr scope_set from_bits(std::uint64_t bits) noexcept {
        return scope_set{bits & all_bits};
    }
    [[nodiscard]] constexpr std::uint64_t bits() const noexcept { return bits_; }

    [[nodiscard]] constexpr bool contains(scope s) const noexcept { return (bits_ & bit(s)) != 0; }
    // Subset test: every scope of `other` is in this set.
    [[nodiscard]] constexpr bool contains(scope_set other) const noexcept { return (other.bits_ & ~bits_) == 0; }
    [[nodiscard]] constexpr bool intersects(scope_set other) const noexcept { return (bits_ & other.bits_) != 0; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return static_cast<std::size_t>(std::popcount(bits_)); }
    [[nodiscard]] constexpr bool empty() const noexcept { return bits_ == 0; }
    [[nodiscard]] static constexpr std::size_t max_size() noexcept { return scope_count; }

    // True when the scope was not there before.
    constexpr bool insert(scope s) noexcept {
        const bool added = !contains(s);
        bits_ |= bit(s);
        return added;
    }
    constexpr void insert(scope_set other) noexcept { bits_ |= other.bits_; }
    // True when the scope was there.
    constexpr bool erase(scope s) noexcept {
        const bool removed = contains(s);
        bits_ &= ~bit(s);
        return removed;
    }
    constexpr void erase(scope_set other) noexcept { bits_ &= ~other.bits_; }
    constexpr void clear() noexcept { bits_ = 0; }

    [[nodiscard]] constexpr iterator begin() const noexcept { return iterator{bits_}; }
    // Not static: begin() and end() on the object are the range interface.
    // NOLINTNEXTLINE(readability-convert-member-functions-to-static)
    [[nodiscard]] constexpr iterator end() const noexcept { return iterator{}; }

    constexpr scope_set& operator|=(scope_set other) noexcept {
        bits_ |= other.bits_;
        return *this;
    }
    constexpr scope_set& operator&=(scope_set other) noexcept {
        bits_ &= other.bits_;
        return *this;
    }
    constexpr scope_set& operator-=(scope_set other) noexcept {
        bits_ &= ~other.bits_;
        return *this;
    }
    constexpr scope_set& operator^=(scope_set other) noexcept {
        bits_ ^= other.bits_;
        return *this;
    }
    [[nodiscard]] friend constexpr scope_set operator|(scope_set a, scope_set b) noexcept { return a |= b; }
    [[nodiscard]] friend constexpr scope_set operator&(scope_set a, scope_set b) noexcept { return a &= b; }
    [[nodiscard]] friend constexpr scope_set operator-(scope_set a, scope_set b) noexcept { return a -= b; }
    [[nodiscard]] friend constexpr scope_set operator^(scope_set a, scope_set b) noexcept { return a ^= b; }
    // The complement within the registry.
    [[nodiscard]] friend constexpr scope_set operator~(scope_set a) noexcept { return scope_set{~a.bits_ & all_bits}; }
    friend constexpr bool operator==(scope_set, scope_set) noexcept = default;

private:
    static constexpr std::uint64_t all_bits =
        scope_count == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << scope_count) - 1;
    constexpr explicit scope_set(std::uint64_t bits) noexcept : bits_(bits) {}
    static constexpr std::uint64_t bit(scope s) noexcept { return std::uint64_t{1} << s.index(); }

    std::uint64_t bits_ = 0;
};

namespace detail {
// A scope_set as a template argument (scope_set itself keeps its bits private, so it is not
// a structural type): require_allowed<token_type::site_token, "cms:read"_scopes>().
struct scope_set_constant {
    std::uint64_t bits = 0;
    // NOLINTNEXTLINE(google-explicit-constructor): how a scope_set becomes the argument
    consteval scope_set_constant(scope_set set) noexcept : bits(set.bits()) {}
    [[nodiscard]] constexpr scope_set value() const noexcept { return scope_set::from_bits(bits); }
};
}  // namespace detail

// Two scopes make a set: cms_read | cms_write.
[[nodiscard]] constexpr scope_set operator|(scope a, scope b) noexcept { return scope_set{a, b}; }

namespace detail {
// The registry's scopes whose entry (resource, action) satisfies keep.
template <class Keep>
[[nodiscard]] constexpr scope_set scopes_where(Keep keep) noexcept {
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < scope_count; ++i) bits |= keep(scope_entries[i]) ? std::uint64_t{1} << i : 0;
    return scope_set::from_bits(bits);
}

// The scopes at each level and those offered to each token type, in one pass by bit tests
// (enum_set's iterators cost far more to evaluate): scopes_at() and allowed_scopes() read them.
struct scope_groups {
    std::array<std::uint64_t, level_count> at_level{};
    std::array<std::uint64_t, token_type_count> offered_to{};
};
inline constexpr scope_groups registry_groups = [] {
    scope_groups groups;
    std::size_t first = 0;  // a row's scopes are consecutive in registry order
    for (const resource_info& row : registry_rows) {
        const auto count = static_cast<std::size_t>(std::popcount(row.offers.bits()));
        const std::uint64_t mine = ((std::uint64_t{1} << count) - 1) << first;
        for (std::size_t l = 0; l < level_count; ++l) {
            if ((row.levels.bits() & (1U << l)) != 0) groups.at_level[l] |= mine;
        }
        for (std::size_t t = 0; t < token_type_count; ++t) {
            if ((row.tokens.bits() & (1U << t)) != 0) groups.offered_to[t] |= mine;
        }
        first += count;
    }
    return groups;
}();
}  // namespace detail

// Every scope of one resource, of one action, of the resources at one level or with one
// status (static_assert(scopes_with_status(resource_status::beta).intersects(wanted) == false)).
[[nodiscard]] constexpr scope_set scopes_of(resource r) noexcept {
    return detail::scopes_where([r](const detail::scope_entry& e) { return e.res == r; });
}
[[nodiscard]] constexpr scope_set scopes_with(access a) noexcept {
    return detail::scopes_where([a](const detail::scope_entry& e) { return e.acc == a; });
}
[[nodiscard]] constexpr scope_set scopes_at(level l) noexcept {
    return detail::index_of(l) < level_count
               ? scope_set::from_bits(detail::registry_groups.at_level[detail::index_of(l)])
               : scope_set{};
}
[[nodiscard]] constexpr scope_set scopes_with_status(resource_status status) noexcept {
    return detail::scopes_where([status](const detail::scope_entry& e) { return info(e.res).status == status; });
}

}  // namespace webflow::scopes

#endif
