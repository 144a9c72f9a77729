// The end of the OAuth flow: the redirect back to the app (?code=...&state=... or
// ?error=...&error_description=...), read from a full URL or a bare query string, and the
// state compared with the one the app sent in time that does not depend on where they differ.
#ifndef WEBFLOW_SCOPES_REDIRECT_HPP
#define WEBFLOW_SCOPES_REDIRECT_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/percent.hpp"
#include "webflow/scopes/result.hpp"

namespace webflow::scopes {

// Why a redirect cannot be read.
enum class redirect_errc : std::uint8_t {
    none,
    empty_input,          // ""
    no_query,             // a URL without '?' ("https://app.example/callback")
    duplicate_parameter,  // code, state, error or error_description twice: which one is meant?
    bad_percent_escape,   // "%3", "%zz" in one of those four values
    no_code_or_error,     // neither a non-empty code nor an error
};
template <>
inline constexpr auto detail::enum_rows<redirect_errc> = rows_through<redirect_errc::no_code_or_error>({
    name_and_message{"none"sv, "no error"sv},
    name_and_message{"empty_input"sv, "empty redirect"sv},
    name_and_message{"no_query"sv, "URL has no query string"sv},
    name_and_message{"duplicate_parameter"sv, "parameter given twice"sv},
    name_and_message{"bad_percent_escape"sv, "bad percent escape: expected % and two hex digits"sv},
    name_and_message{"no_code_or_error"sv, "redirect has neither code nor error"sv},
});
inline constexpr std::size_t redirect_errc_count = detail::enum_rows<redirect_errc>.size();
inline constexpr detail::from_string_fn<redirect_errc> redirect_errc_from_string{};

// What went wrong and where (offset and length into the input).
struct redirect_error {
    redirect_errc code = redirect_errc::none;
    std::size_t offset = 0;
    std::size_t length = 0;
    [[nodiscard]] constexpr std::string_view message() const noexcept { return scopes::message(code); }
    friend constexpr bool operator==(const redirect_error&, const redirect_error&) noexcept = default;
};

// One query value as it appears in the input (still percent-encoded, '+' still a '+').
struct redirect_param {
    std::string_view raw{};
    std::size_t offset = 0;  // of raw in the input
    bool present = false;    // "state=" is present and empty; no state at all is not present

    // Size after decoding (%XX -> 1 byte); raw has been checked, so every escape is valid.
    [[nodiscard]] constexpr std::size_t decoded_size() const noexcept {
        std::size_t n = 0;
        for (std::size_t pos = 0; pos < raw.size(); pos += decode_unit(raw, pos).length) ++n;
        return n;
    }
    // Form decoding, as browsers and URLSearchParams read a query: '+' is a space.
    [[nodiscard]] std::string decoded() const {
        std::string out(decoded_size(), '\0');
        (void)percent_decode_to(out.data(), raw, true);
        return out;
    }
};

struct redirect_view {
    redirect_param code;
    redirect_param state;
    redirect_param error;
    redirect_param error_description;
    // The user denied access or the request was bad (invalid_scope, access_denied, ...).
    [[nodiscard]] constexpr bool is_error() const noexcept { return error.present; }
};

// The still-encoded view, or why the redirect cannot be read; usable in constant expressions.
using redirect_view_result = result<redirect_view, redirect_error>;

namespace detail {

// Whether the still-encoded key decodes to name ("c%6Fde" is "code", as URLSearchParams
// reads it). A key with a bad escape is none of ours.
[[nodiscard]] constexpr bool key_is(std::string_view raw_key, std::string_view name) noexcept {
    std::size_t pos = 0;
    std::size_t i = 0;
    while (pos < raw_key.size()) {
        const decoded_unit unit = decode_unit(raw_key, pos);
        if (!unit.valid || i == name.size()) return false;
        const char c = unit.length == 1 && unit.byte == '+' ? ' ' : static_cast<char>(unit.byte);
        if (c != name[i]) return false;
        ++i;
        pos += unit.length;
    }
    return i == name.size();
}

}  // namespace detail

// Reads the redirect without decoding or allocating. Accepts a full URL
// ("https://app.example/cb?code=...&state=...#frag") or a query string, with or without its
// leading '?'. The fragment is dropped (browsers never send it). Unknown parameters are
// ignored; one of ours given twice is an error rather than a guess, since a second value is
// how parameter pollution gets a state check to pass.
// One pass over the query; split up, the duplicate-parameter checks would be scattered.
// NOLINTNEXTLINE(readability-function-cognitive-complexity)
[[nodiscard]] constexpr redirect_view_result parse_redirect_view(std::string_view url_or_query) noexcept {
    const auto fail = [](redirect_errc code, std::size_t offset, std::size_t length) {
        return redirect_view_result{unexpect, redirect_error{code, offset, length}};
    };
    if (url_or_query.empty()) return fail(redirect_errc::empty_input, 0, 0);
    const std::size_t hash = url_or_query.find('#');
    const std::string_view text = url_or_query.substr(0, hash);
    // A URL (scheme:// before any '=' or '&', or a path from '/') has its query after the
    // first '?'; anything else is the query itself, where a '?' is only data ("code=a?b").
    const std::size_t scheme = text.find("://");
    const bool url = (scheme != std::string_view::npos && scheme < text.find_first_of("=&")) ||
                     (!text.empty() && text.front() == '/');
    std::size_t begin = 0;
    if (!text.empty() && text.front() == '?') {
        begin = 1;
    } else if (url) {
        const std::size_t question = text.find('?');
        if (question == std::string_view::npos) return fail(redirect_errc::no_query, text.size(), 0);
        begin = question + 1;
    }
    redirect_view view;
    constexpr std::array<std::string_view, 4> names{"code", "state", "error", "error_description"};
    const std::array<redirect_param*, 4> slots{&view.code, &view.state, &view.error, &view.error_description};
    std::size_t pos = begin;
    while (pos <= text.size()) {
        std::size_t end = text.find('&', pos);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view piece = text.substr(pos, end - pos);
        const std::size_t equals = piece.find('=');
        const std::string_view key = piece.substr(0, equals);
        const std::string_view value = equals == std::string_view::npos ? std::string_view{} : piece.substr(equals + 1);
        const std::size_t value_offset = equals == std::string_view::npos ? end : pos + equals + 1;
        for (std::size_t k = 0; k < names.size() && !piece.empty(); ++k) {
            if (!detail::key_is(key, names[k])) continue;
            if (slots[k]->present) return fail(redirect_errc::duplicate_parameter, pos, piece.size());
            for (std::size_t at = 0; at < value.size();) {
                const decoded_unit unit = decode_unit(value, at);
                if (!unit.valid) return fail(redirect_errc::bad_percent_escape, value_offset + at, unit.length);
                at += unit.length;
            }
            *slots[k] = {value, value_offset, true};
        }
        pos = end + 1;
    }
    if (!view.error.present && view.code.raw.empty()) {
        return fail(redirect_errc::no_code_or_error, begin, text.size() - begin);
    }
    return view;
}

// The redirect's values, decoded. Absent values are "".
struct redirect {
    std::string code;
    std::string state;
    std::string error;  // "access_denied", "invalid_scope", ...
    std::string error_description;
    bool has_error = false;  // error was present (even if empty)
    [[nodiscard]] bool is_error() const noexcept { return has_error; }
};

using redirect_result = result<redirect, redirect_error>;

[[nodiscard]] inline redirect_result parse_redirect(std::string_view url_or_query) {
    const redirect_view_result view = parse_redirect_view(url_or_query);
    if (!view) return {unexpect, view.error()};
    return redirect{view->code.decoded(), view->state.decoded(), view->error.decoded(),
                    view->error_description.decoded(), view->is_error()};
}

// Whether the state that came back is the one the app sent. The time taken depends on
// received.size() only, never on where the two differ, so an attacker cannot find the state
// byte by byte. An empty expected state never matches: an app that sent none has nothing to check.
[[nodiscard]] constexpr bool state_matches(std::string_view received, std::string_view expected) noexcept {
    unsigned difference = received.size() == expected.size() ? 0U : 1U;
    for (std::size_t i = 0; i < received.size(); ++i) {
        // The index comparison depends on the sizes only, not on the content.
        const unsigned char want = i < expected.size() ? static_cast<unsigned char>(expected[i]) : 0U;
        difference |= static_cast<unsigned>(static_cast<unsigned char>(received[i]) ^ want);
    }
    return difference == 0 && !expected.empty();
}

}  // namespace webflow::scopes

#endif
