// The endpoint catalogue and find_endpoint(): which Data API endpoint a request is, from its
// method and a template or concrete path, so its scopes can be looked up. The table and the
// route index find_endpoint() walks are generated (endpoint_table.hpp).
#ifndef WEBFLOW_SCOPES_ENDPOINTS_HPP
#define WEBFLOW_SCOPES_ENDPOINTS_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "webflow/scopes/detail/chars.hpp"
#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/endpoint.hpp"
#include "webflow/scopes/endpoint_table.hpp"
#include "webflow/scopes/http_method.hpp"
#include "webflow/scopes/result.hpp"
#include "webflow/scopes/route_index.hpp"
#include "webflow/scopes/suggest.hpp"

namespace webflow::scopes {

// Every catalogued endpoint, sorted by path then method.
inline constexpr std::size_t endpoint_count = detail::endpoint_table.size();
inline constexpr const auto& endpoints = detail::endpoint_table;

enum class endpoint_lookup_error : std::uint8_t {
    none,
    malformed_path,      // empty segment ("//"), stray brace, space or control character
    foreign_host,        // an absolute URL for a host other than api.webflow.com
    no_such_path,        // no endpoint has this path
    method_not_allowed,  // endpoints have this path, none with this method
};
template <>
inline constexpr auto detail::enum_rows<endpoint_lookup_error> =
    rows_through<endpoint_lookup_error::method_not_allowed>({"none"sv, "malformed_path"sv, "foreign_host"sv,
                                                             "no_such_path"sv, "method_not_allowed"sv});

// The endpoint, or why there is none.
using endpoint_lookup = result<const endpoint*, endpoint_lookup_error>;

namespace detail {

// Deeper requests cannot be endpoints and are turned away before any matching (the
// endpoint table's checks keep every template shallower).
inline constexpr std::size_t max_request_segments = 12;

struct request_segments {
    std::array<std::string_view, max_request_segments> items{};
    std::size_t size = 0;
    endpoint_lookup_error error = endpoint_lookup_error::none;
};

[[nodiscard]] constexpr bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) noexcept {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (to_lower_ascii(text[i]) != prefix[i]) return false;
    }
    return true;
}

// A placeholder in a request: "{site_id}", "{siteId}". It matches parameters only.
[[nodiscard]] constexpr bool is_request_placeholder(std::string_view s) noexcept {
    if (s.size() < 3 || s.front() != '{' || s.back() != '}') return false;
    for (std::size_t i = 1; i + 1 < s.size(); ++i) {
        const char c = s[i];
        if (!(is_lower_letter(c) || is_upper_letter(c) || is_digit(c) || c == '_')) return false;
    }
    return true;
}

// A segment of a request: printable ASCII without braces, or a whole placeholder.
[[nodiscard]] constexpr bool is_request_segment(std::string_view s) noexcept {
    if (s.empty()) return false;
    if (is_request_placeholder(s)) return true;
    // A loop: std::ranges::all_of would bring <algorithm> to every user of the catalogue.
    for (const char c : s) {  // NOLINT(readability-use-anyofallof)
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F || c == '{' || c == '}') return false;
    }
    return true;
}

// Where the query or fragment starts: the first '?' or '#', else text.size(). At run time
// eight bytes at a time (find_first_of would be a memchr per character).
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

inline constexpr std::string_view v2_segment = "v2";
inline constexpr std::string_view beta_segment = "beta";

// Strips query and fragment, the https://api.webflow.com origin and one trailing slash, and
// splits the rest into segments, the first of which names the namespace: "v2" is added when
// the path starts with neither "v2" nor "beta". One pass, kept whole because the order of the
// steps is the URL grammar.
// NOLINTNEXTLINE(readability-function-cognitive-complexity)
[[nodiscard]] constexpr request_segments split_request(std::string_view text) noexcept {
    request_segments out;
    text = text.substr(0, find_query_or_fragment(text));
    for (std::string_view scheme : {std::string_view{"https://"}, std::string_view{"http://"}}) {
        if (!starts_with_ignoring_case(text, scheme)) continue;
        text.remove_prefix(scheme.size());
        const std::size_t slash = text.find('/');
        const std::string_view host = text.substr(0, slash);
        if (!(host.size() == api_origin.size() - 8 && starts_with_ignoring_case(host, api_origin.substr(8)))) {
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
    while (true) {
        const std::size_t slash = text.find('/');
        const std::string_view segment = text.substr(0, slash);
        if (!is_request_segment(segment)) {
            out.error = endpoint_lookup_error::malformed_path;
            return out;
        }
        if (out.size == 0 && segment != v2_segment && segment != beta_segment) out.items[out.size++] = v2_segment;
        if (out.size == max_request_segments) {
            out.error = endpoint_lookup_error::no_such_path;
            return out;
        }
        out.items[out.size++] = segment;
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

[[nodiscard]] constexpr endpoint_lookup lookup_in(http_method method, const request_segments& request) noexcept {
    const std::uint16_t node = match_route(0, request, 0);
    if (node == no_node) return {unexpect, endpoint_lookup_error::no_such_path};
    const std::uint8_t row = routes[node].row[index_of(method)];
    if (row == no_row) return {unexpect, endpoint_lookup_error::method_not_allowed};
    return &endpoint_table[row];
}

[[nodiscard]] constexpr endpoint_lookup lookup(http_method method, std::string_view path) noexcept {
    if (index_of(method) >= http_method_count) return {unexpect, endpoint_lookup_error::method_not_allowed};
    request_segments request = split_request(path);
    if (request.error != endpoint_lookup_error::none) return {unexpect, request.error};
    const endpoint_lookup found = lookup_in(method, request);
    if (found || request.items[0] != beta_segment) return found;
    // /beta serves every /v2 endpoint too: a beta path that is no beta endpoint is its v2 twin.
    request.items[0] = v2_segment;
    const endpoint_lookup twin = lookup_in(method, request);
    if (twin || found.error() == endpoint_lookup_error::no_such_path) return twin;
    return found;
}

#if WEBFLOW_SCOPES_COMPILED
// The run-time body of lookup_endpoint(), compiled once in the webflow::scopes_compiled library.
[[nodiscard]] endpoint_lookup compiled_lookup(http_method method, std::string_view path) noexcept;
#endif

}  // namespace detail

// Which catalogued endpoint a request is, and if none, why. The path may be a template
// ("/v2/sites/{site_id}/collections") or concrete ("/v2/sites/580e63e98c9a982ac9b8b741/collections"),
// with or without "https://api.webflow.com", in /v2 (the default when the path names no
// namespace) or /beta, with one trailing slash, a query string or a fragment. The whole path
// picks the endpoint's path first, literal segments before parameters; the method then picks
// among the endpoints with that path, so "GET .../items/publish" is method_not_allowed
// rather than an item whose id is "publish". A /beta path that no beta endpoint has is
// looked up in /v2, which /beta serves too. Allocates nothing.
[[nodiscard]] constexpr endpoint_lookup lookup_endpoint(http_method method, std::string_view path) noexcept {
#if WEBFLOW_SCOPES_COMPILED
    if (!std::is_constant_evaluated()) return detail::compiled_lookup(method, path);
#endif
    return detail::lookup(method, path);
}

// The endpoint a request is, or nullptr; lookup_endpoint() says why not.
[[nodiscard]] constexpr const endpoint* find_endpoint(http_method method, std::string_view path) noexcept {
    return *lookup_endpoint(method, path);
}

// By the SDK-style name ("collections.items.listItems"), or nullptr.
[[nodiscard]] constexpr const endpoint* find_endpoint_by_name(std::string_view name) noexcept {
    for (const endpoint& e : endpoints) {
        if (e.name == name) return &e;
    }
    return nullptr;
}

// The catalogued endpoint whose path is closest to one that lookup_endpoint() did not find:
// the same number of segments, parameters matching anything, and literal segments within a
// few edits in all (/v2/sites/{site_id}/colections -> /v2/sites/{site_id}/collections);
// endpoints with this method first. nullptr when none is close or the path is malformed.
[[nodiscard]] constexpr const endpoint* suggest_endpoint(http_method method, std::string_view path) noexcept {
    const detail::request_segments request = detail::split_request(path);
    if (request.error != endpoint_lookup_error::none) return nullptr;
    const endpoint* best = nullptr;
    std::size_t best_cost = ~std::size_t{0};  // no pointer compare: g++'s UBSan makes one non-constant
    for (const endpoint& e : endpoints) {
        const detail::request_segments candidate = detail::split_request(e.path);
        if (candidate.size != request.size) continue;
        std::size_t cost = e.method == method ? 0 : 1;
        std::size_t typed = 0;  // the literal characters compared
        for (std::size_t i = 0; i < candidate.size; ++i) {
            if (detail::is_request_placeholder(candidate.items[i])) continue;
            typed += request.items[i].size();
            cost += detail::is_request_placeholder(request.items[i])
                        ? max_suggestion_chars
                        : edit_distance(request.items[i], candidate.items[i]);
        }
        if (cost <= max_suggestion_edits(typed) && cost < best_cost) {
            best = &e;
            best_cost = cost;
        }
    }
    return best;
}

}  // namespace webflow::scopes

#endif
