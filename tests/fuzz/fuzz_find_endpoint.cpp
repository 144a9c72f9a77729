// find_endpoint()/lookup_endpoint() on arbitrary requests (the first byte picks the method,
// the rest is the path): never crashes, and an independent matcher (split the path, compare
// with every template segment by segment) computes the whole answer, which must be the
// lookup's: the namespace (/v2 by default, or /beta, which falls back to /v2), the template
// preferred where several match (a literal segment before a parameter), the method among
// that template's endpoints, and the malformed, foreign-host and too-deep verdicts.
// suggest_endpoint() on the same request: nullptr or a catalogued endpoint of the same depth.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <webflow/scopes/endpoints.hpp>

#include "fuzz_check.hpp"

namespace {

using namespace webflow::scopes;

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }

bool iequals_prefix(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (lower(text[i]) != prefix[i]) return false;
    }
    return true;
}

bool is_placeholder(std::string_view s) {
    if (s.size() < 3 || s.front() != '{' || s.back() != '}') return false;
    const std::string_view inner = s.substr(1, s.size() - 2);
    return inner.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") ==
           std::string_view::npos;
}

bool is_plain_segment(std::string_view s) {
    return !s.empty() && std::ranges::all_of(s, [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x21 && u <= 0x7E && c != '{' && c != '}';
    });
}

std::vector<std::string_view> split(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        const std::size_t slash = text.find('/', start);
        out.push_back(text.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
        if (slash == std::string_view::npos) return out;
        start = slash + 1;
    }
}

// A template's segments, its namespace first: "/v2/sites/{site_id}" -> v2, sites, {site_id}.
std::vector<std::string_view> template_segments(std::string_view path_template) {
    return split(path_template.substr(1));
}

// The lookup reads this many segments, namespace included, and calls a deeper path
// no_such_path; the target checks that every template is shallower.
constexpr std::size_t max_segments = detail::max_request_segments;

enum class reading { ok, foreign_host, empty, malformed, too_deep };

struct request {
    reading kind = reading::ok;
    std::vector<std::string_view> segments;  // namespace first
};

request read_request(std::string_view text) {
    text = text.substr(0, text.find_first_of("?#"));
    for (std::string_view scheme : {std::string_view{"https://"}, std::string_view{"http://"}}) {
        if (!iequals_prefix(text, scheme)) continue;
        text.remove_prefix(scheme.size());
        const std::size_t slash = text.find('/');
        const std::string_view host = text.substr(0, slash);
        if (host.size() != 15 || !iequals_prefix(host, "api.webflow.com")) return {reading::foreign_host, {}};
        text = slash == std::string_view::npos ? std::string_view{} : text.substr(slash);
        break;
    }
    if (!text.empty() && text.front() == '/') text.remove_prefix(1);
    if (!text.empty() && text.back() == '/') text.remove_suffix(1);
    if (text.empty()) return {reading::empty, {}};
    request r;
    const std::vector<std::string_view> raw = split(text);
    // A path that names no namespace is in /v2.
    if (raw.front() != "v2" && raw.front() != "beta") r.segments.emplace_back("v2");
    for (const std::string_view segment : raw) {
        if (!is_placeholder(segment) && !is_plain_segment(segment)) return {reading::malformed, {}};
        if (r.segments.size() == max_segments) return {reading::too_deep, {}};
        r.segments.push_back(segment);
    }
    return r;
}

bool is_parameter(std::string_view template_segment) { return template_segment.front() == '{'; }

bool template_matches(std::string_view path_template, const std::vector<std::string_view>& segments) {
    const std::vector<std::string_view> parts = template_segments(path_template);
    if (parts.size() != segments.size()) return false;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        // A parameter takes any segment, concrete or a placeholder; a literal only itself.
        if (!is_parameter(parts[i]) && parts[i] != segments[i]) return false;
    }
    return true;
}

// Of two templates matching the same request, the one with a literal at the first position
// where they differ wins: negative when a does, positive when b does, 0 for the same route.
// NOLINTNEXTLINE(bugprone-easily-swappable-parameters)
int preference(std::string_view a, std::string_view b) {
    const std::vector<std::string_view> pa = template_segments(a);
    const std::vector<std::string_view> pb = template_segments(b);
    for (std::size_t i = 0; i < pa.size(); ++i) {
        if (is_parameter(pa[i]) != is_parameter(pb[i])) return is_parameter(pa[i]) ? 1 : -1;
    }
    return 0;
}

// Same segments, parameters in the same places: one route, whatever the parameters' names.
// Symmetric, so the order of the arguments does not matter.
// NOLINTNEXTLINE(bugprone-easily-swappable-parameters)
bool same_route(std::string_view a, std::string_view b) {
    const std::vector<std::string_view> pa = template_segments(a);
    const std::vector<std::string_view> pb = template_segments(b);
    if (pa.size() != pb.size()) return false;
    for (std::size_t i = 0; i < pa.size(); ++i) {
        if (is_parameter(pa[i]) != is_parameter(pb[i]) || (!is_parameter(pa[i]) && pa[i] != pb[i])) return false;
    }
    return true;
}

struct answer {
    const endpoint* match = nullptr;
    endpoint_lookup_error error = endpoint_lookup_error::none;
};

// The request as the catalogue says: the preferred matching template, then the method.
answer match_in_catalogue(http_method method, const std::vector<std::string_view>& segments) {
    const endpoint* best = nullptr;
    for (const endpoint& e : endpoints) {
        if (template_matches(e.path, segments) && (best == nullptr || preference(e.path, best->path) < 0)) best = &e;
    }
    if (best == nullptr) return {nullptr, endpoint_lookup_error::no_such_path};
    for (const endpoint& e : endpoints) {
        if (e.method == method && same_route(e.path, best->path)) {
            return {&e, endpoint_lookup_error::none};
        }
    }
    return {nullptr, endpoint_lookup_error::method_not_allowed};
}

answer expected_answer(http_method method, const request& req) {
    switch (req.kind) {
        case reading::foreign_host:
            return {nullptr, endpoint_lookup_error::foreign_host};
        case reading::malformed:
            return {nullptr, endpoint_lookup_error::malformed_path};
        case reading::empty:
        case reading::too_deep:
            return {nullptr, endpoint_lookup_error::no_such_path};
        case reading::ok:
            break;
    }
    const answer own = match_in_catalogue(method, req.segments);
    if (own.match != nullptr || req.segments.front() != "beta") return own;
    // /beta serves every /v2 endpoint: a beta request no beta endpoint takes is its v2 twin,
    // unless the beta path exists with other methods and the v2 one does not help.
    std::vector<std::string_view> twin = req.segments;
    twin.front() = "v2";
    const answer v2 = match_in_catalogue(method, twin);
    if (v2.match != nullptr || own.error == endpoint_lookup_error::no_such_path) return v2;
    return own;
}

// Facts about the table the matcher relies on, checked once.
bool table_checked() {
    for (const endpoint& e : endpoints) {
        const std::vector<std::string_view> parts = template_segments(e.path);
        FUZZ_CHECK(parts.size() <= max_segments);  // the depth limit hides no endpoint
        FUZZ_CHECK(parts.front() == to_string(e.api));
        for (const endpoint& other : endpoints) {
            // One endpoint per method and route, or the answer would depend on table order.
            FUZZ_CHECK(&other == &e || other.method != e.method || !same_route(e.path, other.path));
        }
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const auto method = static_cast<http_method>(data[0] % http_method_count);
    const std::string_view path = fuzz::as_text(data + 1, size - 1);

    static const bool checked = table_checked();
    FUZZ_CHECK(checked);

    const endpoint_lookup found = lookup_endpoint(method, path);
    FUZZ_CHECK(find_endpoint(method, path) == *found);
    FUZZ_CHECK(found.has_value() == (*found != nullptr));
    FUZZ_CHECK(found.has_value() == (found.error() == endpoint_lookup_error::none));

    const request req = read_request(path);
    const answer expected = expected_answer(method, req);
    FUZZ_CHECK(found.error() == expected.error);
    FUZZ_CHECK(*found == expected.match);
    if (found) {
        const endpoint* e = *found;
        FUZZ_CHECK(e >= endpoints.data() && e < endpoints.data() + endpoints.size());
        FUZZ_CHECK(e->method == method);
        // The template itself names the same endpoint, with or without its origin.
        FUZZ_CHECK(find_endpoint(method, e->path) == e);
        FUZZ_CHECK(find_endpoint(method, std::string(api_origin) + std::string(e->path)) == e);
    }

    const endpoint* suggestion = suggest_endpoint(method, path);
    if (req.kind != reading::ok) FUZZ_CHECK(suggestion == nullptr);
    if (suggestion != nullptr) {
        FUZZ_CHECK(suggestion >= endpoints.data() && suggestion < endpoints.data() + endpoints.size());
        FUZZ_CHECK(req.kind == reading::ok && template_segments(suggestion->path).size() == req.segments.size());
    }
    // An endpoint found in the request's own namespace is as close as a path can be.
    if (found && template_segments((*found)->path).front() == req.segments.front()) FUZZ_CHECK(suggestion != nullptr);
    return 0;
}
