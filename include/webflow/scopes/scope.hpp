// One scope as a value: a resource and an action it offers, e.g. cms:read. Its strings and
// indices are derived from the registry at compile time; a scope is one byte.
#ifndef WEBFLOW_SCOPES_SCOPE_HPP
#define WEBFLOW_SCOPES_SCOPE_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "webflow/scopes/registry.hpp"

namespace webflow::scopes {

namespace detail {

// The actions sorted by name, so that a resource's scopes come out sorted as strings:
// branches:create before branches:delete, read before write. Here and below: C arrays, and
// expressions rather than calls, which constant evaluation interprets in every unit.
struct access_order {
    access by_name[access_count];  // NOLINT(modernize-avoid-c-arrays)
};
inline constexpr access_order actions_by_name = [] {
    access_order order{};
    for (std::size_t i = 0; i < access_count; ++i) {
        std::size_t before = 0;  // the names that sort before action i's
        for (const std::string_view other : enum_rows<access>) {
            before += other.compare(enum_rows<access>[i]) < 0 ? 1U : 0U;
        }
        order.by_name[before] = static_cast<access>(i);
    }
    return order;
}();

struct scope_entry {
    resource res;
    access acc;
    std::string_view name;  // into scope_text
};

// Calls f(row, action, size of the scope string) for every scope in registry order: rows in
// order, each row's actions by name. The scope's string is row.name, ':' and the action's name.
template <class F>
constexpr void for_each_registry_scope(F&& f) {
    for (const resource_info& row : registry_rows) {
        for (access a : actions_by_name.by_name) {
            const auto k = static_cast<std::size_t>(a);  // not index_of(): no call
            if ((row.offers.bits() & (1U << k)) != 0) f(row, a, row.name.size() + 1 + enum_rows<access>[k].size());
        }
    }
}

struct scope_text_size {
    std::size_t scopes = 0;
    std::size_t chars = 0;
    std::size_t longest = 0;
    std::size_t shortest = ~std::size_t{0};
};
inline constexpr scope_text_size registry_scope_text = [] {
    scope_text_size n;
    for_each_registry_scope([&n](const resource_info& /*row*/, access /*a*/, std::size_t size) {
        ++n.scopes;
        n.chars += size;
        if (size > n.longest) n.longest = size;
        if (size < n.shortest) n.shortest = size;
    });
    return n;
}();

// scope_set keeps one bit per scope in a 64-bit word.
inline constexpr std::size_t max_registry_scopes = 64;
static_assert(registry_scope_text.scopes <= max_registry_scopes,
              "registry.hpp offers more than 64 scopes, the most a scope_set (one 64-bit word) can hold");

// Every scope string back to back ("app_subscriptions:readassets:read..."), so to_string()
// is a view into static storage.
struct scope_chars {
    char chars[registry_scope_text.chars];  // NOLINT(modernize-avoid-c-arrays)
};
inline constexpr scope_chars scope_text = [] {
    scope_chars text{};
    std::size_t at = 0;
    for_each_registry_scope([&](const resource_info& row, access a, std::size_t /*size*/) {
        for (char c : row.name) text.chars[at++] = c;
        text.chars[at++] = ':';
        for (char c : enum_rows<access>[index_of(a)]) text.chars[at++] = c;
    });
    return text;
}();

// Scope index i in registry order, with its string.
inline constexpr auto scope_entries = [] {
    std::array<scope_entry, registry_scope_text.scopes> entries{};
    std::size_t i = 0;
    std::size_t at = 0;
    for_each_registry_scope([&](const resource_info& row, access a, std::size_t size) {
        entries[i++] = {row.id, a, std::string_view{&scope_text.chars[at], size}};
        at += size;
    });
    return entries;
}();

inline constexpr std::uint8_t no_scope = 0xFF;

// scope_index_of[resource][access], or no_scope where the resource does not offer it.
inline constexpr auto scope_index_of = [] {
    std::array<std::array<std::uint8_t, access_count>, resource_count> table{};
    for (auto& row : table) row.fill(no_scope);
    for (std::size_t i = 0; i < scope_entries.size(); ++i) {
        table[index_of(scope_entries[i].res)][index_of(scope_entries[i].acc)] = static_cast<std::uint8_t>(i);
    }
    return table;
}();

[[nodiscard]] constexpr std::string_view scope_string(std::size_t index) noexcept { return scope_entries[index].name; }

// Called while compiling only for scope{resource, access} with an action the resource does
// not offer, so the build fails with this name in the message.
inline void resource_does_not_offer_this_action() {}

}  // namespace detail

inline constexpr std::size_t scope_count = detail::registry_scope_text.scopes;
// The longest scope string of the registry.
inline constexpr std::size_t max_scope_size = detail::registry_scope_text.longest;

class scope_set;

class scope {
public:
    // scope{resource::cms, access::read}: checked at compile time.
    consteval scope(resource r, access a) : index_(detail::scope_index_of[detail::index_of(r)][detail::index_of(a)]) {
        if (index_ == detail::no_scope) detail::resource_does_not_offer_this_action();
    }

    // The run-time way in: nullopt where the resource does not offer that action.
    [[nodiscard]] static constexpr std::optional<scope> make(resource r, access a) noexcept {
        if (detail::index_of(r) >= resource_count || detail::index_of(a) >= access_count) return std::nullopt;
        const auto i = detail::scope_index_of[detail::index_of(r)][detail::index_of(a)];
        if (i == detail::no_scope) return std::nullopt;
        return scope{i, unchecked};
    }
    [[nodiscard]] static constexpr std::optional<scope> from_index(std::size_t i) noexcept {
        if (i >= scope_count) return std::nullopt;
        return scope{static_cast<std::uint8_t>(i), unchecked};
    }

    // Position in registry order, 0 <= index() < scope_count.
    [[nodiscard]] constexpr std::size_t index() const noexcept { return index_; }

    friend constexpr bool operator==(scope, scope) noexcept = default;
    // clang-tidy 14 takes the defaulted <=> for a comparison with a literal 0 (a false positive).
    // NOLINTNEXTLINE(modernize-use-nullptr)
    friend constexpr auto operator<=>(scope, scope) noexcept = default;

private:
    friend class scope_set;
    struct unchecked_t {};
    static constexpr unchecked_t unchecked{};
    constexpr scope(std::uint8_t i, unchecked_t /*tag*/) noexcept : index_(i) {}

    std::uint8_t index_;
};

[[nodiscard]] constexpr resource resource_of(scope s) noexcept { return detail::scope_entries[s.index()].res; }
[[nodiscard]] constexpr access access_of(scope s) noexcept { return detail::scope_entries[s.index()].acc; }
[[nodiscard]] constexpr const resource_info& info(scope s) noexcept { return info(resource_of(s)); }
[[nodiscard]] constexpr std::string_view to_string(scope s) noexcept { return detail::scope_string(s.index()); }

// Exact match of one scope string ("cms:read"); anything else, upper case included, is nullopt.
// Scope strings are in sorted order (the registry's tests keep them so).
[[nodiscard]] constexpr std::optional<scope> scope_from_string(std::string_view text) noexcept {
    std::size_t lo = 0;
    std::size_t hi = scope_count;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        const int cmp = detail::scope_string(mid).compare(text);
        if (cmp == 0) return scope::from_index(mid);
        if (cmp < 0) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return std::nullopt;
}

}  // namespace webflow::scopes

#endif
