// What a server says a token holds or lacks, as a scope_set: the introspect endpoint's
// authorization.scope value, and the scopes named in a 403 missing_scopes body. Both are
// read leniently (they come from Webflow, not from the app), with unknown scopes reported.
#ifndef WEBFLOW_SCOPES_GRANTED_HPP
#define WEBFLOW_SCOPES_GRANTED_HPP

#include "webflow/scopes/detail/config.hpp"

#include <cstddef>
#include <string_view>

#include "webflow/scopes/detail/chars.hpp"
#include "webflow/scopes/parse.hpp"

namespace webflow::scopes {

// GET /v2/token/introspect's authorization.scope: documented as comma-separated
// ("assets:read,assets:write"), shown space-separated in one spec example
// ("custom_code:read sites:read"); any mix of commas and spaces is accepted, duplicates are
// merged, and scope tokens that are not known scopes are skipped and listed in skipped().
[[nodiscard]] constexpr parse_result parse_granted(std::string_view introspect_scope) noexcept {
    return parse(introspect_scope, parse_mode::lenient);
}

namespace detail {

// Lets granted.hpp merge the results of parsing several pieces of one input, with offsets
// moved back into that input.
struct parse_result_access {
    static constexpr void fail(parse_result& out, parse_error error, std::size_t base) noexcept {
        error.offset += base;
        out.fail(error);
    }
    static constexpr void merge(parse_result& out, const parse_result& part, std::size_t base) noexcept {
        out.value_.insert(*part);
        for (const skipped_scope s : part.skipped()) out.record_skip({s.offset + base, s.length, s.reason});
        // part.skipped() holds at most max_reported_skips; count the rest too.
        out.skipped_count_ += part.skipped_count() - part.skipped().size();
    }
};

struct text_span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// The value of the "message" member when text is the JSON body, else all of text. The value
// ends at the first unescaped quote (or the end, for a cut-off body); escapes stay as they are.
[[nodiscard]] constexpr text_span message_region(std::string_view text) noexcept {
    constexpr std::string_view key = "\"message\"";
    const std::size_t at = text.find(key);
    if (at == std::string_view::npos) return {0, text.size()};
    std::size_t pos = at + key.size();
    const auto skip_blanks = [&] {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r')) {
            ++pos;
        }
    };
    skip_blanks();
    if (pos == text.size() || text[pos] != ':') return {0, text.size()};
    ++pos;
    skip_blanks();
    if (pos == text.size() || text[pos] != '"') return {0, text.size()};
    const std::size_t begin = ++pos;
    while (pos < text.size() && text[pos] != '"') pos += text[pos] == '\\' ? 2U : 1U;
    return {begin, pos < text.size() ? pos : text.size()};
}

// Quotes and brackets around a scope in the message: 'sites:read', \"sites:read\", [a, b].
[[nodiscard]] constexpr bool is_wrapping(char c) noexcept {
    return c == '\'' || c == '"' || c == '\\' || c == '`' || c == '[' || c == ']' || c == '(' || c == ')';
}

}  // namespace detail

// The scopes a 403 missing_scopes response names, from the whole JSON body
// ({"code":"missing_scopes","message":"OAuthForbidden: You are missing the following scopes -
// components:write",...}) or from its message alone. Accepts the quoted form (- 'sites:read')
// and several scopes separated by commas and/or spaces. Without the "missing the following
// scope(s)" phrase the whole message is read as the list, and only known scopes count: a
// message that names none is an error (empty_input). Offsets refer to the input.
// One pass over the body, kept whole so that every offset is computed in one place.
// NOLINTNEXTLINE(readability-function-cognitive-complexity)
[[nodiscard]] constexpr parse_result parse_missing_scopes(std::string_view body_or_message) noexcept {
    parse_result out;
    const detail::text_span region = detail::message_region(body_or_message);
    std::size_t pos = region.begin;
    const std::string_view message = body_or_message.substr(region.begin, region.end - region.begin);
    constexpr std::string_view phrase = "missing the following scope";
    const bool has_phrase = message.find(phrase) != std::string_view::npos;
    if (const std::size_t at = message.find(phrase); at != std::string_view::npos) {
        pos = region.begin + at + phrase.size();
        if (pos < region.end && body_or_message[pos] == 's') ++pos;
        while (pos < region.end && body_or_message[pos] == ' ') ++pos;
        if (pos < region.end && (body_or_message[pos] == '-' || body_or_message[pos] == ':')) ++pos;
    }
    const std::size_t list_begin = pos;
    bool any = false;
    while (pos < region.end) {
        while (pos < region.end && detail::is_plain_separator(body_or_message[pos])) ++pos;
        std::size_t end = pos;
        while (end < region.end && !detail::is_plain_separator(body_or_message[end])) ++end;
        std::size_t first = pos;
        std::size_t last = end;
        pos = end;
        while (first < last && detail::is_wrapping(body_or_message[first])) ++first;
        while (first < last && (detail::is_wrapping(body_or_message[last - 1]) || body_or_message[last - 1] == '.')) {
            --last;
        }
        const std::string_view token = body_or_message.substr(first, last - first);
        if (token.empty() || token == "and") continue;
        const parse_result part = parse(token, parse_mode::lenient);
        if (!part) {
            detail::parse_result_access::fail(out, part.error(), first);
            return out;
        }
        detail::parse_result_access::merge(out, part, first);
        // A scope, or after the phrase a token that is not one (reported in skipped()); a
        // separator alone ("%20") names nothing.
        any = any || !(*part).empty() || (has_phrase && part.skipped_count() > 0);
    }
    // A 403 that names no scope is not something to act on: say so instead of "nothing missing".
    if (!any) detail::parse_result_access::fail(out, {errc::empty_input, list_begin, 0}, 0);
    return out;
}

}  // namespace webflow::scopes

#endif
