// find_endpoint()/lookup_endpoint() on arbitrary requests (the first byte picks the method,
// the rest is the path): never crashes, and an independent matcher (split the path, compare
// with every template segment by segment) confirms each answer: a match's template matches
// the path and has the method; no_such_path means no template matches; malformed and
// foreign-host verdicts agree with an independent reading of the path.
#include <algorithm>
#include <cstddef>
#include <cstdint>
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

// too_deep: more segments than any template has, seen before any malformed one (a lookup
// stops reading there: such a path cannot match whatever follows).
enum class reading { ok, foreign_host, empty, malformed, too_deep };
constexpr std::size_t deepest_template = 7;  // no template is deeper (checked in the target)

struct request {
    reading kind = reading::ok;
    std::vector<std::string_view> segments;
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
    r.segments = split(text);
    const std::size_t skipped_v2 = r.segments.front() == "v2" ? 1 : 0;
    for (std::size_t i = 0; i < r.segments.size(); ++i) {
        if (!is_placeholder(r.segments[i]) && !is_plain_segment(r.segments[i])) return {reading::malformed, {}};
        if (i >= skipped_v2 + deepest_template) return {reading::too_deep, {}};
    }
    if (skipped_v2 == 1) r.segments.erase(r.segments.begin());
    return r;
}

bool template_matches(std::string_view path_template, const std::vector<std::string_view>& segments) {
    std::vector<std::string_view> parts = split(path_template.substr(1));  // "/v2/..." -> "v2", ...
    parts.erase(parts.begin());
    if (parts.size() != segments.size()) return false;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const bool parameter = parts[i].front() == '{';
        if (parameter) continue;  // any segment, concrete or a placeholder
        if (parts[i] != segments[i]) return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const auto method = static_cast<http_method>(data[0] % http_method_count);
    const std::string_view path = fuzz::as_text(data + 1, size - 1);

    static const bool depth_checked = [] {
        std::size_t deepest = 0;
        for (const endpoint& e : endpoints) deepest = std::max(deepest, split(e.path).size() - 2);  // "", "v2"
        FUZZ_CHECK(deepest <= deepest_template);  // the lookup reads at most this many
        return true;
    }();
    FUZZ_CHECK(depth_checked);

    const endpoint_lookup found = lookup_endpoint(method, path);
    FUZZ_CHECK(find_endpoint(method, path) == found.match);
    FUZZ_CHECK((found.match != nullptr) == (found.error == endpoint_lookup_error::none));

    const request req = read_request(path);
    bool any_template = false;
    if (req.kind == reading::ok) {
        for (const endpoint& e : endpoints) any_template = any_template || template_matches(e.path, req.segments);
    }
    switch (found.error) {
        case endpoint_lookup_error::none:
            FUZZ_CHECK(req.kind == reading::ok);
            FUZZ_CHECK(found.match->method == method);
            FUZZ_CHECK(template_matches(found.match->path, req.segments));
            FUZZ_CHECK(found.match >= endpoints.data() && found.match < endpoints.data() + endpoints.size());
            // The template itself names the same endpoint.
            FUZZ_CHECK(find_endpoint(method, found.match->path) == found.match);
            break;
        case endpoint_lookup_error::foreign_host:
            FUZZ_CHECK(req.kind == reading::foreign_host);
            break;
        case endpoint_lookup_error::malformed_path:
            FUZZ_CHECK(req.kind == reading::malformed);
            break;
        case endpoint_lookup_error::no_such_path:
            FUZZ_CHECK(req.kind == reading::empty || req.kind == reading::too_deep ||
                       (req.kind == reading::ok && !any_template));
            break;
        case endpoint_lookup_error::method_not_allowed:
            FUZZ_CHECK(req.kind == reading::ok && any_template);
            break;
    }
    return 0;
}
