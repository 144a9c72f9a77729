// The OAuth helpers on arbitrary input. authorize_url(): the URL is decoded by a decoder
// written here, and every value must come back intact, in the documented order, with no
// parameter added or lost, whatever bytes the values hold. The redirect, granted-scope and
// missing-scopes parsers: never crash, errors and skips point inside the input, and what
// they return is part of the input (the decoded redirect values agree with the raw ones).
// Input layout: 8 bytes of scope bits, then client_id, redirect_uri and state, each
// preceded by one length byte; the whole input is also fed to the parsers.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <webflow/scopes.hpp>
#include <webflow/scopes/granted.hpp>
#include <webflow/scopes/oauth.hpp>
#include <webflow/scopes/redirect.hpp>

#include "fuzz_check.hpp"

namespace {

using namespace webflow::scopes;

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

// Form decoding as a browser reads a query ('+' is a space); nullopt for a bad escape.
std::optional<std::string> decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%') {
            if (i + 2 >= s.size() || hex(s[i + 1]) < 0 || hex(s[i + 2]) < 0) return std::nullopt;
            out.push_back(static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2])));
            i += 2;
        } else {
            out.push_back(s[i] == '+' ? ' ' : s[i]);
        }
    }
    return out;
}

bool url_safe(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view{"-._~%=&:/?"}.find(c) != std::string_view::npos;
}

struct cursor {
    std::string_view rest;
    std::string_view take_prefixed() {
        if (rest.empty()) return {};
        const std::size_t n = std::min<std::size_t>(static_cast<unsigned char>(rest[0]), rest.size() - 1);
        const std::string_view out = rest.substr(1, n);
        rest.remove_prefix(1 + n);
        return out;
    }
};

void check_authorize_url(const authorize_request& request) {
    const std::string url = authorize_url(request);
    const authorize_result tried = try_authorize_url(request);
    const authorize_errc problem = check(request);
    std::vector<char> buffer(url.size() + 1);
    if (request.client_id.empty() || request.scopes.empty()) {
        FUZZ_CHECK(problem ==
                   (request.client_id.empty() ? authorize_errc::empty_client_id : authorize_errc::empty_scopes));
        FUZZ_CHECK(url.empty() && !tried && tried.error() == problem);
        FUZZ_CHECK(authorize_url_to(request, buffer) == 0);
        return;
    }
    FUZZ_CHECK(problem == authorize_errc::none && tried && *tried == url && tried.error() == authorize_errc::none);
    FUZZ_CHECK(url.size() == authorize_url_size(request));
    FUZZ_CHECK(authorize_url_to(request, buffer) == url.size());
    FUZZ_CHECK(std::string_view(buffer.data(), url.size()) == url);
    FUZZ_CHECK(authorize_url_to(request, std::span<char>(buffer.data(), url.size() - 1)) == 0);  // too small

    const std::string_view prefix = "https://webflow.com/oauth/authorize?";
    FUZZ_CHECK(url.starts_with(prefix));
    for (char c : url) FUZZ_CHECK(url_safe(c));
    std::vector<std::pair<std::string, std::string>> params;
    std::string_view query = std::string_view{url}.substr(prefix.size());
    while (true) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        const std::size_t eq = pair.find('=');
        FUZZ_CHECK(eq != std::string_view::npos);
        const auto key = decode(pair.substr(0, eq));
        const auto value = decode(pair.substr(eq + 1));
        FUZZ_CHECK(key && value);
        params.emplace_back(*key, *value);
        if (amp == std::string_view::npos) break;
        query.remove_prefix(amp + 1);
    }
    std::vector<std::pair<std::string, std::string>> expected{{"response_type", "code"},
                                                              {"client_id", std::string(request.client_id)}};
    if (!request.redirect_uri.empty()) expected.emplace_back("redirect_uri", std::string(request.redirect_uri));
    if (!request.state.empty()) expected.emplace_back("state", std::string(request.state));
    expected.emplace_back("scope", join(request.scopes));
    FUZZ_CHECK(params == expected);
    FUZZ_CHECK(parse(decode(url.substr(url.rfind("scope=") + 6)).value_or("")).value_or({}) == request.scopes);
}

// Errors and skips inside the input; every scope found is written in it (plainly, or
// percent-encoded somewhere).
void check_parse_result(std::string_view input, const parse_result& r) {
    if (!r) {
        FUZZ_CHECK(r.error().code != errc::none);
        FUZZ_CHECK(r.error().offset <= input.size() && r.error().length <= input.size() - r.error().offset);
        FUZZ_CHECK(r.error().length > 0 || r.error().code == errc::empty_input);
        FUZZ_CHECK((*r).empty());
        return;
    }
    for (const skipped_scope& s : r.skipped()) {
        FUZZ_CHECK(s.offset < input.size() && s.length > 0 && s.length <= input.size() - s.offset);
        // Only tokens that could be scopes are skipped; anything else fails the input.
        FUZZ_CHECK(s.reason != errc::none && s.reason != errc::control_character && s.reason != errc::non_ascii &&
                   s.reason != errc::bad_percent_escape);
    }
    for (scope s : *r) {
        FUZZ_CHECK(input.find(to_string(s)) != std::string_view::npos || input.find('%') != std::string_view::npos);
    }
}

void check_redirect(std::string_view input) {
    const redirect_view_result view = parse_redirect_view(input);
    const redirect_result decoded = parse_redirect(input);
    FUZZ_CHECK(view.has_value() == decoded.has_value());
    if (!view) {
        const redirect_error& e = view.error();
        FUZZ_CHECK(e.code != redirect_errc::none);
        FUZZ_CHECK(e.offset <= input.size() && e.length <= input.size() - e.offset);
        FUZZ_CHECK(e.length > 0 || input.empty() || e.code == redirect_errc::no_query ||
                   e.code == redirect_errc::no_code_or_error);
        FUZZ_CHECK(decoded.error() == e);
        return;
    }
    const auto check_param = [&](const redirect_param& p, const std::string& value) {
        if (!p.present) {
            FUZZ_CHECK(p.raw.empty() && value.empty());
            return;
        }
        FUZZ_CHECK(p.offset <= input.size() && input.substr(p.offset, p.raw.size()) == p.raw);
        const auto mine = decode(p.raw);
        FUZZ_CHECK(mine && *mine == value && p.decoded_size() == value.size());
    };
    check_param(view->code, decoded->code);
    check_param(view->state, decoded->state);
    check_param(view->error, decoded->error);
    check_param(view->error_description, decoded->error_description);
    FUZZ_CHECK(view->is_error() == decoded->is_error());
    FUZZ_CHECK(view->is_error() || !view->code.raw.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = fuzz::as_text(data, size);

    if (size >= 8) {
        std::uint64_t bits = 0;
        for (std::size_t i = 0; i < 8; ++i) bits = (bits << 8) | data[i];
        cursor c{input.substr(8)};
        authorize_request request;
        request.scopes = scope_set::from_bits(bits);
        request.client_id = c.take_prefixed();
        request.redirect_uri = c.take_prefixed();
        request.state = c.take_prefixed();
        check_authorize_url(request);
        // state_matches: equal and non-empty, whatever the bytes.
        FUZZ_CHECK(state_matches(request.state, request.redirect_uri) ==
                   (request.state == request.redirect_uri && !request.redirect_uri.empty()));
        FUZZ_CHECK(state_matches(request.state, request.state) == !request.state.empty());
    }

    check_redirect(input);
    const parse_result granted = parse_granted(input);
    check_parse_result(input, granted);
    // parse_granted() is the lenient parse, skips and all.
    const parse_result lenient = parse(input, parse_mode::lenient);
    FUZZ_CHECK(granted.has_value() == lenient.has_value() && *granted == *lenient &&
               granted.error() == lenient.error() && granted.skipped_count() == lenient.skipped_count());
    FUZZ_CHECK(std::ranges::equal(granted.skipped(), lenient.skipped()));
    const parse_result missing = parse_missing_scopes(input);
    check_parse_result(input, missing);
    FUZZ_CHECK(missing.skipped().size() == std::min(missing.skipped_count(), parse_result::max_reported_skips));
    return 0;
}
