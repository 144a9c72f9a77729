// The hand-written tables' own checks, for the tests: the registry (enum and rows in step,
// names Webflow's style allows, rows sorted as their scope strings, offers that match the
// requirement), the parser's hash parameters and the webhook trigger table. Only an edit
// of this repository can break them, so they run where the tables are tested (test_registry
// and the compile-fail cases), not in every user's build. Each failure goes through one
// reporter whose template arguments say what is wrong, where, and (in the reason's name)
// what to change.
#ifndef WEBFLOW_SCOPES_TESTS_REGISTRY_CHECKS_HPP
#define WEBFLOW_SCOPES_TESTS_REGISTRY_CHECKS_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <webflow/scopes/detail/chars.hpp>
#include <webflow/scopes/parse.hpp>
#include <webflow/scopes/registry.hpp>
#include <webflow/scopes/scope.hpp>
#include <webflow/scopes/webhooks.hpp>

namespace webflow::scopes::detail {

enum class registry_problem : std::uint8_t {
    none,
    enum_line_and_row_not_at_the_same_position,
    name_is_not_1_to_48_of_lower_case_letters_digits_underscore_hyphen,
    rows_not_sorted_as_their_scope_strings_or_a_name_repeats,
    row_names_no_level_or_no_token_type,
    scoped_row_offers_no_action_or_unscoped_row_offers_one,
};

struct registry_finding {
    registry_problem code = registry_problem::none;
    std::size_t row = 0;
};

// Called while compiling only, for a broken row: the compiler prints Reason and Row.
template <registry_problem Reason, std::size_t Row>
void invalid_registry_row() {}

[[nodiscard]] constexpr bool is_scope_prefix(std::string_view name) noexcept {
    return !name.empty() && name.size() <= max_prefix_chars && std::ranges::all_of(name, is_name_char);
}

// Whether a comes before b as their scope strings do: "site-x:read" sorts before "site:read",
// since '-' is below ':'.
[[nodiscard]] constexpr bool scope_prefix_less(std::string_view a, std::string_view b) noexcept {
    const std::size_t n = a.size() < b.size() ? a.size() : b.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (a[i] != b[i]) return a[i] < b[i];
    }
    // One is a prefix of the other: the shorter one is followed by ':' in its scope strings.
    if (a.size() == b.size()) return false;
    return a.size() < b.size() ? ':' < b[n] : a[n] < ':';
}

// Every registry check in one pass over the rows, in the order of registry_problem.
template <std::size_t N>
[[nodiscard]] constexpr registry_finding find_registry_problem(const std::array<resource_info, N>& rows) noexcept {
    using code = registry_problem;
    for (std::size_t r = 0; r < N; ++r) {
        const resource_info& row = rows[r];
        if (index_of(row.id) != r) return {code::enum_line_and_row_not_at_the_same_position, r};
        if (!is_scope_prefix(row.name)) {
            return {code::name_is_not_1_to_48_of_lower_case_letters_digits_underscore_hyphen, r};
        }
        if (r > 0 && !scope_prefix_less(rows[r - 1].name, row.name)) {
            return {code::rows_not_sorted_as_their_scope_strings_or_a_name_repeats, r};
        }
        if (row.levels.empty() || row.tokens.empty()) return {code::row_names_no_level_or_no_token_type, r};
        if ((row.requirement == scope_requirement::scoped) == row.offers.empty()) {
            return {code::scoped_row_offers_no_action_or_unscoped_row_offers_one, r};
        }
    }
    return {};
}

template <const auto& Rows>
consteval bool verify_registry() {
    constexpr registry_finding finding = find_registry_problem(Rows);
    if constexpr (finding.code != registry_problem::none) invalid_registry_row<finding.code, finding.row>();
    return true;
}

static_assert(verify_registry<registry_rows>());

// The scope strings come out sorted (scope_from_string() searches them), and every action
// name is an RFC 6749 scope token, so every scope string is one.
static_assert(
    [] {
        for (std::size_t i = 1; i < scope_count; ++i) {
            if (!(scope_string(i - 1) < scope_string(i))) return false;
        }
        for (const std::string_view action : enum_rows<access>) {
            for (const char c : action) {
                if (!is_name_char(c)) return false;
            }
        }
        return true;
    }(),
    "registry.hpp: the scope strings must come out sorted; sort the rows as their scope strings sort");

// How many scopes find their home slot taken by another with this multiplier: 0 means every
// lookup of the parse fast path is one probe.
[[nodiscard]] constexpr std::size_t scopes_off_their_home_slot(std::uint64_t multiplier) noexcept {
    std::array<bool, scope_hash_slots> taken{};
    std::size_t off = 0;
    for (std::size_t i = 0; i < scope_count; ++i) {
        const std::size_t home = scope_hash(key_of(scope_string(i)), multiplier);
        if (taken[home]) ++off;
        taken[home] = true;
    }
    return off;
}
static_assert(scopes_off_their_home_slot(scope_hash_multiplier) == 0,
              "two scopes share a slot of the parser's hash table: run tools/regenerate");

// ---- The webhook trigger table ----------------------------------------------------------

enum class trigger_problem : std::uint8_t {
    none,
    enum_line_and_row_not_at_the_same_position,
    name_repeats_an_earlier_row,
};

template <trigger_problem Reason, std::size_t Row>
void invalid_trigger_row() {}

struct trigger_finding {
    trigger_problem code = trigger_problem::none;
    std::size_t row = 0;
};

[[nodiscard]] consteval trigger_finding find_trigger_problem() {
    for (std::size_t r = 0; r < trigger_type_count; ++r) {
        if (index_of(trigger_rows[r].type) != r) {
            return {trigger_problem::enum_line_and_row_not_at_the_same_position, r};
        }
        for (std::size_t q = 0; q < r; ++q) {
            if (trigger_rows[q].name == trigger_rows[r].name) return {trigger_problem::name_repeats_an_earlier_row, r};
        }
    }
    return {};
}

consteval bool verify_triggers() {
    constexpr trigger_finding finding = find_trigger_problem();
    if constexpr (finding.code != trigger_problem::none) invalid_trigger_row<finding.code, finding.row>();
    return true;
}
static_assert(verify_triggers());

}  // namespace webflow::scopes::detail

#endif
