// The endpoint catalogue and find_endpoint(): which Data API v2 endpoint a request is, from its
// method and a template or concrete path, so its scopes can be looked up. The table is
// generated (endpoint_table.hpp); the route index below is built from it at compile time.
#ifndef WEBFLOW_SCOPES_ENDPOINTS_HPP
#define WEBFLOW_SCOPES_ENDPOINTS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>

#include "webflow/scopes/endpoint.hpp"
#include "webflow/scopes/endpoint_table.hpp"

namespace webflow::scopes {

// Every catalogued endpoint, sorted by path then method.
inline constexpr std::span<const endpoint> endpoints{detail::endpoint_table};
inline constexpr std::size_t endpoint_count = std::size(detail::endpoint_table);

enum class endpoint_lookup_error : std::uint8_t {
    none,
    malformed_path,      // empty segment ("//"), stray brace, space or control character
    foreign_host,        // an absolute URL for a host other than api.webflow.com
    no_such_path,        // no endpoint has this path
    method_not_allowed,  // endpoints have this path, none with this method
};
inline constexpr std::size_t endpoint_lookup_error_count = 5;

namespace detail {
inline constexpr std::array<std::string_view, endpoint_lookup_error_count> endpoint_lookup_error_names{
    "none", "malformed_path", "foreign_host", "no_such_path", "method_not_allowed"};
}

[[nodiscard]] constexpr std::string_view to_string(endpoint_lookup_error e) noexcept {
    return detail::name_of(e, detail::endpoint_lookup_error_names);
}

struct endpoint_lookup {
    const endpoint* match = nullptr;  // null unless error == none
    endpoint_lookup_error error = endpoint_lookup_error::no_such_path;

    [[nodiscard]] constexpr bool ok() const noexcept { return error == endpoint_lookup_error::none; }
    constexpr explicit operator bool() const noexcept { return ok(); }
};

namespace detail {

// Templates have at most this many segments after /v2 (the table checks below keep it true);
// a request with more cannot match and is rejected before any matching.
inline constexpr std::size_t max_template_segments = 7;

[[nodiscard]] constexpr bool is_template_literal_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// "{site_id}" in a template: a lower-case snake_case name in braces.
[[nodiscard]] constexpr bool is_template_parameter(std::string_view s) noexcept {
    if (s.size() < 3 || s.front() != '{' || s.back() != '}' || s[1] < 'a' || s[1] > 'z') return false;
    for (std::size_t i = 1; i + 1 < s.size(); ++i) {
        if (!is_template_literal_char(s[i])) return false;
    }
    return true;
}

struct template_segments {
    std::array<std::string_view, max_template_segments> items{};
    std::size_t size = 0;
    bool well_formed = false;
};

// "/v2/sites/{site_id}/collections" -> {"sites", "{site_id}", "collections"}.
[[nodiscard]] constexpr template_segments split_template(std::string_view path) noexcept {
    template_segments out;
    constexpr std::string_view prefix = "/v2/";
    if (path.size() <= prefix.size() || path.substr(0, prefix.size()) != prefix) return out;
    std::size_t at = prefix.size();
    while (at <= path.size()) {
        const std::size_t slash = path.find('/', at);
        const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
        const std::string_view segment = path.substr(at, end - at);
        if (segment.empty() || out.size == max_template_segments) return out;
        bool literal = true;
        for (char c : segment) literal = literal && is_template_literal_char(c);
        if (!literal && !is_template_parameter(segment)) return out;
        out.items[out.size++] = segment;
        at = end + 1;
    }
    out.well_formed = true;
    return out;
}

// ---- The route index: a trie over path segments, built at compile time -------------------
// Each node's literal children are contiguous and sorted, so a segment is found by binary
// search; all parameters at one position share one child. Lookups allocate nothing.

inline constexpr std::uint16_t no_node = 0xFFFF;
inline constexpr std::uint8_t no_row = 0xFF;
static_assert(endpoint_count < no_row, "route rows are stored in one byte");

struct route_node {
    std::string_view text;  // the literal segment; empty for parameters and the root
    std::uint16_t literals_begin = 0;
    std::uint16_t literals_end = 0;
    std::uint16_t parameter = no_node;
    std::array<std::uint8_t, http_method_count> row{no_row, no_row, no_row, no_row, no_row};

    [[nodiscard]] constexpr bool has_endpoint() const noexcept {
        for (auto r : row) {
            if (r != no_row) return true;
        }
        return false;
    }
};

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

inline constexpr std::size_t route_node_count = build_draft_trie<endpoint_table>().size;

// Breadth-first layout of the draft trie: children of each node contiguous, literals sorted.
[[nodiscard]] consteval std::array<route_node, route_node_count> build_routes() {
    const draft_trie<endpoint_table> draft = build_draft_trie<endpoint_table>();
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

inline constexpr std::array<route_node, route_node_count> routes = build_routes();

// ---- Checks on the table -------------------------------------------------------------------
// A failure calls a function that is deliberately not constexpr, so the compiler quotes its
// name (the reason) and Row (the index into endpoint_table) in its diagnostic.
// clang-format off
template <std::size_t Row> void endpoint_template_is_malformed() {}
template <std::size_t Row> void endpoint_template_repeats_a_parameter_name() {}
template <std::size_t Row> void endpoint_table_is_not_sorted_by_path_then_method() {}
template <std::size_t Row> void endpoint_repeats_method_and_path_of_an_earlier_row() {}
template <std::size_t Row> void endpoint_is_ambiguous_with_an_earlier_row() {}
template <std::size_t Row> void endpoint_name_is_not_unique() {}
template <std::size_t Row> void endpoint_has_no_scope_but_is_not_introspect() {}
// clang-format on

enum class table_problem_code : std::uint8_t {
    none,
    malformed,
    repeated_parameter,
    unsorted,
    repeated_method_and_path,
    ambiguous,
    repeated_name,
    missing_scope,
};
struct table_problem {
    table_problem_code code = table_problem_code::none;
    std::size_t row = 0;
};

template <const auto& Table>
[[nodiscard]] consteval table_problem find_table_problem() {
    for (std::size_t r = 0; r < std::size(Table); ++r) {
        const endpoint& e = Table[r];
        const template_segments segments = split_template(e.path);
        if (!segments.well_formed) return {table_problem_code::malformed, r};
        for (std::size_t a = 0; a < segments.size; ++a) {
            for (std::size_t b = a + 1; b < segments.size; ++b) {
                if (is_template_parameter(segments.items[a]) && segments.items[a] == segments.items[b]) {
                    return {table_problem_code::repeated_parameter, r};
                }
            }
        }
        if (e.scopes.empty() && !(e.method == http_method::get && e.path == "/v2/token/introspect")) {
            return {table_problem_code::missing_scope, r};
        }
        if (r > 0) {
            const endpoint& p = Table[r - 1];
            if (p.path == e.path && p.method == e.method) return {table_problem_code::repeated_method_and_path, r};
            if (p.path > e.path || (p.path == e.path && index_of(p.method) > index_of(e.method))) {
                return {table_problem_code::unsorted, r};
            }
        }
        for (std::size_t q = 0; q < r; ++q) {
            if (Table[q].name == e.name) return {table_problem_code::repeated_name, r};
        }
    }
    const std::size_t clash = build_draft_trie<Table>().clash;
    if (clash != std::size(Table)) return {table_problem_code::ambiguous, clash};
    return {};
}

template <table_problem_code Code, std::size_t Row>
consteval bool report_table_problem() {
    if constexpr (Code == table_problem_code::malformed)
        endpoint_template_is_malformed<Row>();
    else if constexpr (Code == table_problem_code::repeated_parameter)
        endpoint_template_repeats_a_parameter_name<Row>();
    else if constexpr (Code == table_problem_code::unsorted)
        endpoint_table_is_not_sorted_by_path_then_method<Row>();
    else if constexpr (Code == table_problem_code::repeated_method_and_path)
        endpoint_repeats_method_and_path_of_an_earlier_row<Row>();
    else if constexpr (Code == table_problem_code::ambiguous)
        endpoint_is_ambiguous_with_an_earlier_row<Row>();
    else if constexpr (Code == table_problem_code::repeated_name)
        endpoint_name_is_not_unique<Row>();
    else if constexpr (Code == table_problem_code::missing_scope)
        endpoint_has_no_scope_but_is_not_introspect<Row>();
    return true;
}

inline constexpr table_problem endpoint_table_problem = find_table_problem<endpoint_table>();
static_assert(report_table_problem<endpoint_table_problem.code, endpoint_table_problem.row>());

// ---- Request paths ---------------------------------------------------------------------------

// One more than the templates: a leading "v2".
inline constexpr std::size_t max_request_segments = max_template_segments + 1;

struct request_segments {
    std::array<std::string_view, max_request_segments> items{};
    std::size_t size = 0;
    endpoint_lookup_error error = endpoint_lookup_error::none;
};

[[nodiscard]] constexpr char ascii_lower(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
[[nodiscard]] constexpr bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) noexcept {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (ascii_lower(text[i]) != prefix[i]) return false;
    }
    return true;
}
[[nodiscard]] constexpr bool equals_ignoring_case(std::string_view a, std::string_view b) noexcept {
    return a.size() == b.size() && starts_with_ignoring_case(a, b);
}

// A placeholder in a request: "{site_id}", "{siteId}". It matches parameters only.
[[nodiscard]] constexpr bool is_request_placeholder(std::string_view s) noexcept {
    if (s.size() < 3 || s.front() != '{' || s.back() != '}') return false;
    for (std::size_t i = 1; i + 1 < s.size(); ++i) {
        const char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    return true;
}

// A segment of a request: printable ASCII without braces, or a whole placeholder.
[[nodiscard]] constexpr bool is_request_segment(std::string_view s) noexcept {
    if (s.empty()) return false;
    if (is_request_placeholder(s)) return true;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F || c == '{' || c == '}') return false;
    }
    return true;
}

// Strips query and fragment, the https://api.webflow.com origin, a leading "v2" segment and
// one trailing slash; splits the rest into segments. One pass over the text.
[[nodiscard]] constexpr request_segments split_request(std::string_view text) noexcept {
    request_segments out;
    for (std::size_t i = 0; i < text.size(); ++i) {  // not find_first_of: one memchr per character
        if (text[i] == '?' || text[i] == '#') {
            text = text.substr(0, i);
            break;
        }
    }
    for (std::string_view scheme : {std::string_view{"https://"}, std::string_view{"http://"}}) {
        if (!starts_with_ignoring_case(text, scheme)) continue;
        text.remove_prefix(scheme.size());
        const std::size_t slash = text.find('/');
        const std::string_view host = text.substr(0, slash);
        if (!equals_ignoring_case(host, "api.webflow.com")) {
            out.error = endpoint_lookup_error::foreign_host;
            return out;
        }
        text = slash == std::string_view::npos ? std::string_view{} : text.substr(slash);
        break;
    }
    if (!text.empty() && text.front() == '/') text.remove_prefix(1);
    if (!text.empty() && text.back() == '/') text.remove_suffix(1);
    if (text.empty()) {
        out.error = endpoint_lookup_error::no_such_path;
        return out;
    }
    bool first = true;
    while (true) {
        const std::size_t slash = text.find('/');
        const std::string_view segment = text.substr(0, slash);
        if (!is_request_segment(segment)) {
            out.error = endpoint_lookup_error::malformed_path;
            return out;
        }
        if (!(first && segment == "v2")) {
            if (out.size == max_template_segments) {
                out.error = endpoint_lookup_error::no_such_path;
                return out;
            }
            out.items[out.size++] = segment;
        }
        first = false;
        if (slash == std::string_view::npos) break;
        text.remove_prefix(slash + 1);
    }
    return out;
}

// Depth-first, literals before the parameter, so a literal segment wins over a parameter
// whenever both lead to a complete path ("items/live" is not "items/{item_id}"). A node
// matches when it ends the path and some endpoint, of any method, has it.
[[nodiscard]] constexpr std::uint16_t match_route(std::uint16_t node, const request_segments& request,
                                                  std::size_t i) noexcept {
    if (i == request.size) return routes[node].has_endpoint() ? node : no_node;
    const std::string_view segment = request.items[i];
    const route_node& here = routes[node];
    if (!is_request_placeholder(segment)) {
        std::size_t lo = here.literals_begin;
        std::size_t hi = here.literals_end;
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            const int cmp = routes[mid].text.compare(segment);
            if (cmp == 0) {
                const std::uint16_t found = match_route(static_cast<std::uint16_t>(mid), request, i + 1);
                if (found != no_node) return found;
                break;
            }
            if (cmp < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
    }
    if (here.parameter == no_node) return no_node;
    return match_route(here.parameter, request, i + 1);
}

}  // namespace detail

// Which catalogued endpoint a request is, and if none, why. The path may be a template
// ("/v2/sites/{site_id}/collections") or concrete ("/v2/sites/580e63e98c9a982ac9b8b741/collections"),
// with or without "https://api.webflow.com" and "/v2", with one trailing slash, a query
// string or a fragment. The whole path picks the endpoint's path first, literal segments
// before parameters; the method then picks among the endpoints with that path, so
// "GET .../items/publish" is method_not_allowed rather than an item whose id is "publish".
// Allocates nothing; reads each character of `path` a bounded number of times.
[[nodiscard]] constexpr endpoint_lookup lookup_endpoint(http_method method, std::string_view path) noexcept {
    if (detail::index_of(method) >= http_method_count) return {nullptr, endpoint_lookup_error::method_not_allowed};
    const detail::request_segments request = detail::split_request(path);
    if (request.error != endpoint_lookup_error::none) return {nullptr, request.error};
    const std::uint16_t node = detail::match_route(0, request, 0);
    if (node == detail::no_node) return {nullptr, endpoint_lookup_error::no_such_path};
    const std::uint8_t row = detail::routes[node].row[detail::index_of(method)];
    if (row == detail::no_row) return {nullptr, endpoint_lookup_error::method_not_allowed};
    return {&detail::endpoint_table[row], endpoint_lookup_error::none};
}

// The endpoint a request is, or nullptr; lookup_endpoint() says why not.
[[nodiscard]] constexpr const endpoint* find_endpoint(http_method method, std::string_view path) noexcept {
    return lookup_endpoint(method, path).match;
}

// By the SDK-style name ("collections.items.listItems"), or nullptr.
[[nodiscard]] constexpr const endpoint* find_endpoint_by_name(std::string_view name) noexcept {
    for (const endpoint& e : endpoints) {
        if (e.name == name) return &e;
    }
    return nullptr;
}

}  // namespace webflow::scopes

#endif
