// One Data API v2 endpoint as data: HTTP method, path template, the scopes its docs require
// and the token notes its docs state. The catalogue itself is endpoint_table.hpp (generated
// by tools/gen_endpoints.py); lookups live in endpoints.hpp.
#ifndef WEBFLOW_SCOPES_ENDPOINT_HPP
#define WEBFLOW_SCOPES_ENDPOINT_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/literals.hpp"
#include "webflow/scopes/registry.hpp"
#include "webflow/scopes/scope_set.hpp"
#include "webflow/scopes/token_rules.hpp"
#include "webflow/scopes/token_type.hpp"

namespace webflow::scopes {

// The methods the Data API uses. delete_ because delete is a keyword.
enum class http_method : std::uint8_t { get, post, put, patch, delete_ };
inline constexpr std::size_t http_method_count = 5;

// Which token types an endpoint's docs allow, on top of what its scopes allow. Most endpoints
// say nothing (any); a few carry a note such as "requires a bearer token from a Data Client App".
enum class token_rule : std::uint8_t {
    any,
    data_client_app_only,                // webhook create, introspect, delete custom code
    workspace_token_only,                // workspace audit logs
    data_client_app_or_workspace_token,  // List Workspaces
};
inline constexpr std::size_t token_rule_count = 4;

namespace detail {
inline constexpr std::array<std::string_view, http_method_count> http_method_names{"GET"sv, "POST"sv, "PUT"sv,
                                                                                   "PATCH"sv, "DELETE"sv};
inline constexpr std::array<std::string_view, token_rule_count> token_rule_names{
    "any"sv, "data_client_app_only"sv, "workspace_token_only"sv, "data_client_app_or_workspace_token"sv};
}  // namespace detail

// "GET", "POST", ...
[[nodiscard]] constexpr std::string_view to_string(http_method m) noexcept {
    return detail::name_of(m, detail::http_method_names);
}
// Exact and upper case, as on the wire (RFC 9110 methods are case-sensitive): "get" is nullopt.
inline constexpr detail::from_string_fn<http_method, detail::http_method_names> http_method_from_string{};

[[nodiscard]] constexpr std::string_view to_string(token_rule r) noexcept {
    return detail::name_of(r, detail::token_rule_names);
}
inline constexpr detail::from_string_fn<token_rule, detail::token_rule_names> token_rule_from_string{};

[[nodiscard]] constexpr token_type_set allowed_token_types(token_rule r) noexcept {
    switch (r) {
        case token_rule::any:
            return {token_type::data_client_app, token_type::site_token, token_type::workspace_token};
        case token_rule::data_client_app_only:
            return {token_type::data_client_app};
        case token_rule::workspace_token_only:
            return {token_type::workspace_token};
        case token_rule::data_client_app_or_workspace_token:
            return {token_type::data_client_app, token_type::workspace_token};
    }
    return {};
}
[[nodiscard]] constexpr bool allows(token_rule r, token_type t) noexcept { return allowed_token_types(r).contains(t); }

struct endpoint {
    http_method method;
    std::string_view path;    // template, e.g. "/v2/sites/{site_id}/collections"
    scope_set scopes;         // what the docs require; empty for GET /v2/token/introspect
    std::string_view name;    // the SDK's client.<name>(), e.g. "collections.items.listItems"
    token_rule tokens;        // token notes from the docs
    resource_status status;   // ga or enterprise ("This endpoint requires an Enterprise workspace")
    std::string_view source;  // "sdk:<Client.d.ts>:<line>" or the docs page of a supplement row

    friend constexpr bool operator==(const endpoint&, const endpoint&) noexcept = default;
};

// Whether a token of type t can call e: its docs allow the token type and the token type may
// hold every scope e needs (the registry's rules, see token_rules.hpp).
[[nodiscard]] constexpr bool usable_with(const endpoint& e, token_type t,
                                         app_access_level app = app_access_level::site) noexcept {
    return allows(e.tokens, t) && validate(e.scopes, t, app).ok();
}

}  // namespace webflow::scopes

#endif
