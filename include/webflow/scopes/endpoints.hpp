// The endpoint catalogue and find_endpoint(): which Data API v2 endpoint a request is, from its
// method and a template or concrete path, so its scopes can be looked up. The table is
// generated (endpoint_table.hpp), and so is the route index that find_endpoint() walks.
#ifndef WEBFLOW_SCOPES_ENDPOINTS_HPP
#define WEBFLOW_SCOPES_ENDPOINTS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string_view>

#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/detail/route_node.hpp"
#include "webflow/scopes/endpoint.hpp"
#include "webflow/scopes/endpoint_table.hpp"

namespace webflow::scopes {

// Every catalogued endpoint, sorted by path then method (an array, not a std::span, for the
// reason registry() gives).
inline constexpr std::size_t endpoint_count = detail::endpoint_table.size();
inline constexpr const std::array<endpoint, endpoint_count>& endpoints = detail::endpoint_table;

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
    "none"sv, "malformed_path"sv, "foreign_host"sv, "no_such_path"sv, "method_not_allowed"sv};
}  // namespace detail

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

// Templates have at most this many segments after /v2 (detail/endpoint_checks.hpp keeps it
// true); a request with more cannot match and is rejected before any matching.
inline constexpr std::size_t max_template_segments = 7;

static_assert(endpoint_count < no_row, "route rows are stored in one byte");

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
    // A loop rather than std::ranges::all_of, as in route_node::has_endpoint().
    for (const char c : s) {  // NOLINT(readability-use-anyofallof)
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F || c == '{' || c == '}') return false;
    }
    return true;
}

// Where the query or fragment starts: the first '?' or '#', else text.size(). At run time
// eight bytes at a time (a byte loop was a quarter of find_endpoint()'s time; find_first_of
// is one memchr per character).
[[nodiscard]] constexpr std::size_t find_query_or_fragment(std::string_view text) noexcept {
    std::size_t i = 0;
    if (!std::is_constant_evaluated()) {
        constexpr std::uint64_t ones = 0x0101010101010101ULL;
        constexpr std::uint64_t high = ones * 0x80;
        for (; i + 8 <= text.size(); i += 8) {
            std::uint64_t word = 0;
            std::memcpy(&word, text.data() + i, 8);
            const std::uint64_t query = word ^ (ones * '?');     // a zero byte where word has '?'
            const std::uint64_t fragment = word ^ (ones * '#');  // and where it has '#'
            if (((((query - ones) & ~query) | ((fragment - ones) & ~fragment)) & high) != 0) break;  // one of them
        }
    }
    for (; i < text.size(); ++i) {
        if (text[i] == '?' || text[i] == '#') return i;
    }
    return text.size();
}

// Strips query and fragment, the https://api.webflow.com origin, a leading "v2" segment and
// one trailing slash; splits the rest into segments. One pass over the text, kept whole
// because the order of the steps is the URL grammar.
// NOLINTNEXTLINE(readability-function-cognitive-complexity)
[[nodiscard]] constexpr request_segments split_request(std::string_view text) noexcept {
    request_segments out;
    text = text.substr(0, find_query_or_fragment(text));
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
