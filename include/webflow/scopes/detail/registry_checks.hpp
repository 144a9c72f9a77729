// The hand-written tables' own checks: the registry (rows in order, names that are scope
// prefixes, offers that match the requirement, unique RFC 6749 scope strings), the scope
// strings derived from it, the parser's hash table and the webhook trigger table. They run
// where the tables are tested (tests/test_registry.cpp, the registry compile-fail tests)
// rather than in every translation unit that includes the library: every check here is a
// property of the tables alone, which only an edit of this repository can change, and
// evaluating them cost each including build more than any other part of the registry.
#ifndef WEBFLOW_SCOPES_DETAIL_REGISTRY_CHECKS_HPP
#define WEBFLOW_SCOPES_DETAIL_REGISTRY_CHECKS_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "webflow/scopes/parse.hpp"
#include "webflow/scopes/registry.hpp"
#include "webflow/scopes/scope.hpp"
#include "webflow/scopes/webhooks.hpp"

namespace webflow::scopes::detail {

// ---- Checks on a registry table -------------------------------------------------------
// One pass finds the first problem; then only that problem's function is named, which is
// deliberately not constexpr, so the compiler quotes its name (the reason) and the template
// argument (the row) in its diagnostic. One pass, not a template per row.
// clang-format off
template <std::size_t Row> void registry_row_id_is_out_of_order() {}
template <std::size_t Row> void registry_row_name_is_not_a_lower_case_scope_prefix() {}
template <std::size_t Row> void registry_rows_are_not_sorted_by_name_or_repeat_a_name() {}
template <std::size_t Row> void registry_row_scope_is_not_an_rfc6749_scope_token() {}
template <std::size_t Row> void registry_row_scope_string_is_not_unique() {}
template <std::size_t Row> void registry_row_offers_do_not_match_its_requirement() {}
template <std::size_t Row> void registry_row_has_no_level_or_no_token_type() {}
// clang-format on

[[nodiscard]] constexpr bool is_lower_alnum(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}
[[nodiscard]] constexpr bool is_scope_prefix(std::string_view name) noexcept {
    if (name.empty() || name.front() < 'a' || name.front() > 'z') return false;
    return std::ranges::all_of(name, is_lower_alnum);
}
// RFC 6749 section 3.3: scope-token = 1*NQCHAR, NQCHAR = %x21 / %x23-5B / %x5D-7E.
[[nodiscard]] constexpr bool is_rfc6749_scope_token(std::string_view token) noexcept {
    return !token.empty() && std::ranges::all_of(token, [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x21 && u != 0x22 && u != 0x5C && u <= 0x7E;
    });
}

enum class registry_problem_code : std::uint8_t {
    none,
    id_out_of_order,
    bad_name,
    unsorted,
    no_level_or_token,
    offers_mismatch,
    not_rfc6749,
    not_unique,
};
struct registry_problem {
    registry_problem_code code = registry_problem_code::none;
    std::size_t row = 0;
};

// Every registry check in one pass over the rows, in the order the diagnostics are documented.
template <std::size_t N>
// NOLINTNEXTLINE(readability-function-cognitive-complexity)
[[nodiscard]] consteval registry_problem find_registry_problem(const std::array<resource_info, N>& rows) {
    using code = registry_problem_code;
    for (std::size_t r = 0; r < N; ++r) {
        const resource_info& row = rows[r];
        if (index_of(row.id) != r) return {code::id_out_of_order, r};
        if (!is_scope_prefix(row.name)) return {code::bad_name, r};
        if (r > 0 && !(rows[r - 1].name < row.name)) return {code::unsorted, r};
        if (row.levels.empty() || row.tokens.empty()) return {code::no_level_or_token, r};
        if ((row.requirement == scope_requirement::scoped) == row.offers.empty()) return {code::offers_mismatch, r};
        for (std::size_t a = 0; a < access_count; ++a) {
            if (!row.offers.contains(static_cast<access>(a))) continue;
            // The scope string is name ':' access; the name is a checked prefix, so only the
            // access name is left to check.
            if (!is_rfc6749_scope_token(to_string(static_cast<access>(a)))) return {code::not_rfc6749, r};
            // A prefix has no ':', so two scope strings are equal exactly when their names and
            // accesses are: sorted unique names already rule this out, and this says so
            // directly, so the guarantee survives a change of ordering rule.
            for (std::size_t other = 0; other < N; ++other) {
                if (other != r && rows[other].name == row.name && rows[other].offers.contains(static_cast<access>(a))) {
                    return {code::not_unique, r};
                }
            }
        }
    }
    return {};
}

template <registry_problem_code Code, std::size_t Row>
consteval bool report_registry_problem() {
    using code = registry_problem_code;
    if constexpr (Code == code::id_out_of_order) {
        registry_row_id_is_out_of_order<Row>();
    } else if constexpr (Code == code::bad_name) {
        registry_row_name_is_not_a_lower_case_scope_prefix<Row>();
    } else if constexpr (Code == code::unsorted) {
        registry_rows_are_not_sorted_by_name_or_repeat_a_name<Row>();
    } else if constexpr (Code == code::no_level_or_token) {
        registry_row_has_no_level_or_no_token_type<Row>();
    } else if constexpr (Code == code::offers_mismatch) {
        registry_row_offers_do_not_match_its_requirement<Row>();
    } else if constexpr (Code == code::not_rfc6749) {
        registry_row_scope_is_not_an_rfc6749_scope_token<Row>();
    } else if constexpr (Code == code::not_unique) {
        registry_row_scope_string_is_not_unique<Row>();
    }
    return true;
}

// True for a well-formed table; a broken row fails the build naming the reason and the row.
template <const auto& Rows>
consteval bool verify_registry() {
    constexpr registry_problem problem = find_registry_problem(Rows);
    return report_registry_problem<problem.code, problem.row>();
}

static_assert(verify_registry<registry_rows>());

// ---- Tables derived from the registry -------------------------------------------------
// Sorted scope strings let exact lookups use binary search; the registry order (sorted
// names, read before write) gives it, and this keeps it true.
inline constexpr bool scope_strings_are_sorted = [] {
    for (std::size_t i = 1; i < registry_scope_count; ++i) {
        if (!(scope_string(i - 1) < scope_string(i))) return false;
    }
    return true;
}();
static_assert(scope_strings_are_sorted, "registry order must also sort the scope strings");
// The parser's hash table (parse.hpp): every scope string fits the three words a key holds,
// and every scope has the slot its hash names, so a lookup never probes on.
static_assert(
    [] {
        for (std::size_t i = 0; i < scope_count; ++i) {
            if (scope_string(i).size() < min_scope_chars || scope_string(i).size() > max_scope_chars) return false;
        }
        return true;
    }(),
    "the parser packs a scope string into three words: 8 to 24 bytes");
// How many scopes find their home slot taken by another with this multiplier (0: every
// lookup is one probe). tests/test_registry.cpp shows it counts a collision.
[[nodiscard]] constexpr std::size_t scopes_off_their_home_slot(std::uint64_t multiplier) noexcept {
    std::array<bool, scope_hash_slots> taken{};
    std::size_t off = 0;
    for (std::size_t i = 0; i < scope_count; ++i) {
        const scope_words words = key_of(scope_string(i));
        const std::size_t home = scope_hash(words[0], words[1], words[2], multiplier);
        if (taken[home]) ++off;
        taken[home] = true;
    }
    return off;
}
static_assert(scopes_off_their_home_slot(scope_hash_multiplier) == 0,
              "two scopes share a slot of the parser's hash table: run tools/find_scope_hash.py for a new "
              "scope_hash_multiplier");

// ---- The webhook trigger table --------------------------------------------------------
// A failure calls a function that is deliberately not constexpr, so the compiler quotes
// its name (the reason) and Row in the diagnostic.
template <std::size_t Row>
void trigger_row_is_out_of_enum_order() {}
template <std::size_t Row>
void trigger_row_name_is_not_unique() {}

enum class trigger_problem_code : std::uint8_t { none, out_of_order, repeated_name };
struct trigger_problem {
    trigger_problem_code code = trigger_problem_code::none;
    std::size_t row = 0;
};

[[nodiscard]] consteval trigger_problem find_trigger_problem() {
    for (std::size_t r = 0; r < trigger_type_count; ++r) {
        if (index_of(trigger_rows[r].type) != r) return {trigger_problem_code::out_of_order, r};
        for (std::size_t q = 0; q < r; ++q) {
            if (trigger_rows[q].name == trigger_rows[r].name) return {trigger_problem_code::repeated_name, r};
        }
    }
    return {};
}

template <trigger_problem_code Code, std::size_t Row>
consteval bool report_trigger_problem() {
    if constexpr (Code == trigger_problem_code::out_of_order) {
        trigger_row_is_out_of_enum_order<Row>();
    } else if constexpr (Code == trigger_problem_code::repeated_name) {
        trigger_row_name_is_not_unique<Row>();
    }
    return true;
}

inline constexpr trigger_problem trigger_table_problem = find_trigger_problem();
static_assert(report_trigger_problem<trigger_table_problem.code, trigger_table_problem.row>());

}  // namespace webflow::scopes::detail

#endif
