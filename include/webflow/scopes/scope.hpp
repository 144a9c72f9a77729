// One scope as a value: a resource and an access it offers, e.g. cms:read. Its strings and
// indices are derived from the registry at compile time; a scope is one byte.
#ifndef WEBFLOW_SCOPES_SCOPE_HPP
#define WEBFLOW_SCOPES_SCOPE_HPP

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "webflow/scopes/registry.hpp"

namespace webflow::scopes {

namespace detail {

struct scope_entry {
    resource res;
    access acc;
    std::uint16_t offset;  // into scope_text
    std::uint8_t size;
};

[[nodiscard]] consteval std::size_t count_registry_scopes() {
    std::size_t n = 0;
    for (const auto& row : registry_rows) {
        for (std::size_t a = 0; a < access_count; ++a) n += row.offers.contains(static_cast<access>(a)) ? 1 : 0;
    }
    return n;
}
[[nodiscard]] consteval std::size_t registry_scope_text_size() {
    std::size_t n = 0;
    for (const auto& row : registry_rows) {
        for (std::size_t a = 0; a < access_count; ++a) {
            if (row.offers.contains(static_cast<access>(a))) {
                n += row.name.size() + 1 + to_string(static_cast<access>(a)).size();
            }
        }
    }
    return n;
}

inline constexpr std::size_t registry_scope_count = count_registry_scopes();
static_assert(registry_scope_count <= 64, "scope_set keeps one bit per scope in a 64-bit word");

// Every scope string back to back ("assets:readassets:write..."), so to_string(scope) is a
// view into static storage.
inline constexpr auto scope_text = [] {
    std::array<char, registry_scope_text_size()> text{};
    std::size_t at = 0;
    for (const auto& row : registry_rows) {
        for (std::size_t a = 0; a < access_count; ++a) {
            if (!row.offers.contains(static_cast<access>(a))) continue;
            for (char c : row.name) text[at++] = c;
            text[at++] = ':';
            for (char c : to_string(static_cast<access>(a))) text[at++] = c;
        }
    }
    return text;
}();

// Scope index i in registry order: resource, then read before write.
inline constexpr auto scope_entries = [] {
    std::array<scope_entry, registry_scope_count> entries{};
    std::size_t i = 0;
    std::size_t at = 0;
    for (const auto& row : registry_rows) {
        for (std::size_t a = 0; a < access_count; ++a) {
            const auto acc = static_cast<access>(a);
            if (!row.offers.contains(acc)) continue;
            const auto size = row.name.size() + 1 + to_string(acc).size();
            entries[i++] = {row.id, acc, static_cast<std::uint16_t>(at), static_cast<std::uint8_t>(size)};
            at += size;
        }
    }
    return entries;
}();

inline constexpr std::uint8_t no_scope = 0xFF;

// scope_index_of[resource][access], or no_scope where the resource does not offer it.
inline constexpr auto scope_index_of = [] {
    std::array<std::array<std::uint8_t, access_count>, resource_count> table{};
    for (auto& row : table) row.fill(no_scope);
    for (std::size_t i = 0; i < registry_scope_count; ++i) {
        table[index_of(scope_entries[i].res)][index_of(scope_entries[i].acc)] = static_cast<std::uint8_t>(i);
    }
    return table;
}();

[[nodiscard]] constexpr std::string_view scope_string(std::size_t index) noexcept {
    return {scope_text.data() + scope_entries[index].offset, scope_entries[index].size};
}

// Called in a constant expression only when scope{resource, access} names a scope the
// registry does not have, so the build fails with this name in the message.
inline void resource_does_not_offer_this_access() {}

}  // namespace detail

inline constexpr std::size_t scope_count = detail::registry_scope_count;

class scope_set;

class scope {
public:
    // scope{resource::cms, access::read}: checked at compile time.
    consteval scope(resource r, access a) : index_(detail::scope_index_of[detail::index_of(r)][detail::index_of(a)]) {
        if (index_ == detail::no_scope) detail::resource_does_not_offer_this_access();
    }

    // The run-time way in: nullopt where the resource does not offer that access.
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
[[nodiscard]] constexpr std::optional<scope> scope_from_string(std::string_view text) noexcept {
    std::size_t lo = 0;
    std::size_t hi = scope_count;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        const auto cmp = detail::scope_string(mid).compare(text);
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
