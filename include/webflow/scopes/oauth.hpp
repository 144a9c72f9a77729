// The start of the OAuth flow: the authorize URL a Data Client app sends its user to. Every
// value is percent-encoded (RFC 3986 unreserved set only), so no input can add, remove or
// change a parameter; a URL without a client_id or without scopes is an error, never built.
#ifndef WEBFLOW_SCOPES_OAUTH_HPP
#define WEBFLOW_SCOPES_OAUTH_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/join.hpp"
#include "webflow/scopes/percent.hpp"
#include "webflow/scopes/result.hpp"
#include "webflow/scopes/scope_set.hpp"

namespace webflow::scopes {

inline constexpr std::string_view authorize_endpoint = "https://webflow.com/oauth/authorize";

// Plain (unencoded) values; authorize_url() does all the encoding. redirect_uri and state
// are left out of the URL when empty (the app's registered redirect URI is then used).
struct authorize_request {
    std::string_view client_id;
    scope_set scopes;
    std::string_view redirect_uri{};
    std::string_view state{};
};

// Why no URL is built.
enum class authorize_errc : std::uint8_t {
    none,
    empty_client_id,  // Webflow cannot tell which app is asking
    empty_scopes,     // an authorization that grants nothing
};
template <>
inline constexpr auto detail::enum_rows<authorize_errc> = rows_through<authorize_errc::empty_scopes>({
    name_and_message{"none"sv, "no error"sv},
    name_and_message{"empty_client_id"sv, "client_id is empty"sv},
    name_and_message{"empty_scopes"sv, "no scopes requested"sv},
});
inline constexpr std::size_t authorize_errc_count = detail::enum_rows<authorize_errc>.size();
inline constexpr detail::from_string_fn<authorize_errc> authorize_errc_from_string{};
// A sentence for people ("client_id is empty"); to_string() gives the enumerator's name.

// What prevents the URL, or authorize_errc::none.
[[nodiscard]] constexpr authorize_errc check(const authorize_request& request) noexcept {
    if (request.client_id.empty()) return authorize_errc::empty_client_id;
    if (request.scopes.empty()) return authorize_errc::empty_scopes;
    return authorize_errc::none;
}

namespace detail {

// The one place that knows the parameter order: response_type, client_id, redirect_uri,
// state, scope (the docs' order, with the optional ones where OAuth examples put them).
// `write(text, encode)` receives each piece; the caller decides whether to count or copy.
template <class Writer>
constexpr void visit_authorize_url(const authorize_request& request, Writer&& write) {
    write(authorize_endpoint, false);
    write("?response_type=code&client_id=", false);
    write(request.client_id, true);
    if (!request.redirect_uri.empty()) {
        write("&redirect_uri=", false);
        write(request.redirect_uri, true);
    }
    if (!request.state.empty()) {
        write("&state=", false);
        write(request.state, true);
    }
    write("&scope=", false);
}

template <class OutputIt>
constexpr OutputIt write_authorize_url(OutputIt out, const authorize_request& request) {
    visit_authorize_url(request, [&out](std::string_view text, bool encode) {
        if (encode) {
            out = percent_encode_to(out, text);
        } else {
            for (char c : text) *out++ = c;
        }
    });
    // The scope value in the docs' own encoding: %3A for colons, %20 between scopes.
    return encode_scope_param_to(out, request.scopes);
}

}  // namespace detail

// The exact length of the URL, or 0 when check() fails.
[[nodiscard]] constexpr std::size_t authorize_url_size(const authorize_request& request) noexcept {
    if (check(request) != authorize_errc::none) return 0;
    std::size_t n = 0;
    detail::visit_authorize_url(
        request, [&n](std::string_view text, bool encode) { n += encode ? percent_encoded_size(text) : text.size(); });
    return n + encoded_scope_param_size(request.scopes);
}

// Writes the URL into out without allocating; returns its length, or 0 (nothing written)
// when check() fails or out is too small. No NUL is appended.
[[nodiscard]] constexpr std::size_t authorize_url_to(const authorize_request& request, std::span<char> out) noexcept {
    const std::size_t n = authorize_url_size(request);
    if (n == 0 || out.size() < n) return 0;
    detail::write_authorize_url(out.data(), request);
    return n;
}

// The URL, or the authorize_errc that prevents it.
using authorize_result = result<std::string, authorize_errc>;

namespace detail {
#if WEBFLOW_SCOPES_COMPILED
// The body of try_authorize_url(), compiled once in the webflow::scopes_compiled library.
[[nodiscard]] authorize_result compiled_authorize_url(const authorize_request& request);
#endif
[[nodiscard]] inline authorize_result build_authorize_url(const authorize_request& request) {
    if (const authorize_errc problem = check(request); problem != authorize_errc::none) return {unexpect, problem};
    std::string url(authorize_url_size(request), '\0');
    write_authorize_url(url.data(), request);
    return url;
}
}  // namespace detail

[[nodiscard]] inline authorize_result try_authorize_url(const authorize_request& request) {
#if WEBFLOW_SCOPES_COMPILED
    return detail::compiled_authorize_url(request);
#else
    return detail::build_authorize_url(request);
#endif
}

// The URL, or "" when check() fails: a URL without client_id or scopes is never built.
[[nodiscard]] inline std::string authorize_url(const authorize_request& request) {
    return try_authorize_url(request).value_or({});
}

}  // namespace webflow::scopes

#endif
