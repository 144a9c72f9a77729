// The endpoint table's own checks, and the route index rebuilt from the table, for the tests:
// the table and the index are generated (tools/gen_endpoints.py), so these run where the
// generated header is tested rather than in every translation unit that includes it. Each
// failure goes through one reporter whose template arguments name the reason and the row.
#ifndef WEBFLOW_SCOPES_TESTS_ENDPOINT_CHECKS_HPP
#define WEBFLOW_SCOPES_TESTS_ENDPOINT_CHECKS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

#include <webflow/scopes/detail/chars.hpp>
#include <webflow/scopes/endpoints.hpp>
#include <webflow/scopes/route_index.hpp>

namespace webflow::scopes::detail {

// "{site_id}" in a template: a lower-case snake_case name in braces.
[[nodiscard]] constexpr bool is_template_parameter(std::string_view s) noexcept {
    if (s.size() < 3 || s.front() != '{' || s.back() != '}' || !is_lower_letter(s[1])) return false;
    for (std::size_t i = 1; i + 1 < s.size(); ++i) {
        if (!is_name_char(s[i]) || s[i] == '-') return false;
    }
    return true;
}

struct template_segments {
    std::array<std::string_view, max_request_segments> items{};
    std::size_t size = 0;
    bool well_formed = false;
};

// "/v2/sites/{site_id}/collections" -> {"v2", "sites", "{site_id}", "collections"}: the
// namespace ("v2" or "beta"), then literal segments of Webflow's name characters and
// parameters, fewer than find_endpoint() accepts.
[[nodiscard]] constexpr template_segments split_template(std::string_view path) noexcept {
    template_segments out;
    if (path.empty() || path.front() != '/') return out;
    std::size_t at = 1;
    while (at <= path.size()) {
        const std::size_t slash = path.find('/', at);
        const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
        const std::string_view segment = path.substr(at, end - at);
        if (segment.empty() || out.size == max_request_segments) return out;
        if (out.size == 0 && segment != v2_segment && segment != beta_segment) return out;
        bool literal = true;
        for (char c : segment) literal = literal && is_name_char(c);
        if (!literal && !is_template_parameter(segment)) return out;
        out.items[out.size++] = segment;
        at = end + 1;
    }
    out.well_formed = out.size > 1;
    return out;
}

// ---- The route index, rebuilt from the table ------------------------------------------------
// The index and the checks below take the table as a template argument, so that the tests
// can run the checks on deliberately broken tables.
template <const auto& Table>
[[nodiscard]] consteval std::size_t count_template_segments() {
    std::size_t n = 0;
    for (const endpoint& e : Table) n += split_template(e.path).size;
    return n;
}

struct draft_node {
    std::string_view text;
    bool parameter = false;
    std::uint16_t first_child = no_node;
    std::uint16_t next_sibling = no_node;
    std::array<std::uint8_t, http_method_count> row{no_row, no_row, no_row, no_row, no_row};
};

template <const auto& Table>
struct draft_trie {
    std::array<draft_node, count_template_segments<Table>() + 1> nodes{};
    std::size_t size = 1;  // node 0 is the root
    // The first row that repeats a (method, path shape) of an earlier row, or the row count.
    std::size_t clash = std::size(Table);
};

template <const auto& Table>
[[nodiscard]] consteval draft_trie<Table> build_draft_trie() {
    draft_trie<Table> trie;
    for (std::size_t r = 0; r < std::size(Table); ++r) {
        const template_segments segments = split_template(Table[r].path);
        std::uint16_t at = 0;
        for (std::size_t i = 0; i < segments.size; ++i) {
            const std::string_view segment = segments.items[i];
            const bool parameter = is_template_parameter(segment);
            std::uint16_t child = trie.nodes[at].first_child;
            while (child != no_node &&
                   !(trie.nodes[child].parameter == parameter && (parameter || trie.nodes[child].text == segment))) {
                child = trie.nodes[child].next_sibling;
            }
            if (child == no_node) {
                child = static_cast<std::uint16_t>(trie.size++);
                trie.nodes[child].text = parameter ? std::string_view{} : segment;
                trie.nodes[child].parameter = parameter;
                trie.nodes[child].next_sibling = trie.nodes[at].first_child;
                trie.nodes[at].first_child = child;
            }
            at = child;
        }
        auto& slot = trie.nodes[at].row[index_of(Table[r].method)];
        if (slot != no_row && trie.clash == std::size(Table)) trie.clash = r;
        if (slot == no_row) slot = static_cast<std::uint8_t>(r);
    }
    return trie;
}

// Breadth-first layout of the draft trie: children of each node contiguous, literals sorted.
template <const auto& Table>
[[nodiscard]] consteval auto build_routes() {
    constexpr std::size_t route_node_count = build_draft_trie<Table>().size;
    const draft_trie<Table> draft = build_draft_trie<Table>();
    std::array<route_node, route_node_count> out{};
    std::array<std::uint16_t, route_node_count> order{};  // order[final index] = draft index
    std::size_t placed = 1;
    for (std::size_t i = 0; i < placed; ++i) {
        const draft_node& node = draft.nodes[order[i]];
        out[i].text = node.text;
        out[i].row = node.row;
        std::array<std::uint16_t, route_node_count> literals{};
        std::size_t literal_count = 0;
        std::uint16_t parameter = no_node;
        for (std::uint16_t c = node.first_child; c != no_node; c = draft.nodes[c].next_sibling) {
            if (draft.nodes[c].parameter) {
                parameter = c;
            } else {
                literals[literal_count++] = c;
            }
        }
        for (std::size_t a = 1; a < literal_count; ++a) {  // insertion sort by text
            for (std::size_t b = a; b > 0 && draft.nodes[literals[b]].text < draft.nodes[literals[b - 1]].text; --b) {
                const std::uint16_t t = literals[b];
                literals[b] = literals[b - 1];
                literals[b - 1] = t;
            }
        }
        out[i].literals_begin = static_cast<std::uint16_t>(placed);
        for (std::size_t k = 0; k < literal_count; ++k) order[placed++] = literals[k];
        out[i].literals_end = static_cast<std::uint16_t>(placed);
        if (parameter != no_node) {
            out[i].parameter = static_cast<std::uint16_t>(placed);
            order[placed++] = parameter;
        }
    }
    return out;
}

// The generated index is the one this table gives.
template <const auto& Table, const auto& Routes>
[[nodiscard]] consteval bool routes_match_table() {
    constexpr auto built = build_routes<Table>();
    if (built.size() != std::size(Routes)) return false;
    for (std::size_t i = 0; i < built.size(); ++i) {
        if (!(built[i] == Routes[i])) return false;
    }
    return true;
}

// ---- Checks on the table -------------------------------------------------------------------

enum class table_problem_code : std::uint8_t {
    none,
    template_is_malformed,
    template_repeats_a_parameter_name,
    rows_not_sorted_by_path_then_method,
    repeats_method_and_path_of_an_earlier_row,
    ambiguous_with_an_earlier_row,
    name_repeats_an_earlier_row,
    namespace_column_disagrees_with_the_path,
};
struct table_problem {
    table_problem_code code = table_problem_code::none;
    std::size_t row = 0;
};

// Called while compiling only, for a broken table: the compiler prints Reason and Row.
template <table_problem_code Reason, std::size_t Row>
void invalid_endpoint_row() {}

// Every table check in one pass over the rows, in the order the diagnostics are documented.
template <const auto& Table>
// NOLINTNEXTLINE(readability-function-cognitive-complexity)
[[nodiscard]] consteval table_problem find_table_problem() {
    for (std::size_t r = 0; r < std::size(Table); ++r) {
        const endpoint& e = Table[r];
        const template_segments segments = split_template(e.path);
        if (!segments.well_formed) return {table_problem_code::template_is_malformed, r};
        if ((segments.items[0] == beta_segment) != (e.api == api_version::beta)) {
            return {table_problem_code::namespace_column_disagrees_with_the_path, r};
        }
        for (std::size_t a = 0; a < segments.size; ++a) {
            for (std::size_t b = a + 1; b < segments.size; ++b) {
                if (is_template_parameter(segments.items[a]) && segments.items[a] == segments.items[b]) {
                    return {table_problem_code::template_repeats_a_parameter_name, r};
                }
            }
        }
        if (r > 0) {
            const endpoint& p = Table[r - 1];
            if (p.path == e.path && p.method == e.method) {
                return {table_problem_code::repeats_method_and_path_of_an_earlier_row, r};
            }
            if (p.path > e.path || (p.path == e.path && index_of(p.method) > index_of(e.method))) {
                return {table_problem_code::rows_not_sorted_by_path_then_method, r};
            }
        }
        for (std::size_t q = 0; q < r; ++q) {
            if (Table[q].name == e.name) return {table_problem_code::name_repeats_an_earlier_row, r};
        }
    }
    const std::size_t clash = build_draft_trie<Table>().clash;
    if (clash != std::size(Table)) return {table_problem_code::ambiguous_with_an_earlier_row, clash};
    return {};
}

template <const auto& Table>
consteval bool verify_endpoint_table() {
    constexpr table_problem problem = find_table_problem<Table>();
    if constexpr (problem.code != table_problem_code::none) invalid_endpoint_row<problem.code, problem.row>();
    return true;
}

static_assert(verify_endpoint_table<endpoint_table>());

static_assert(routes_match_table<endpoint_table, routes>(),
              "endpoint_table.hpp's route index does not match its table: run tools/regenerate");

}  // namespace webflow::scopes::detail

#endif
