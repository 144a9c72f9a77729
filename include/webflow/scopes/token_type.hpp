// The kinds of token that carry scopes. Which scopes each may hold is derived from the
// registry in token_rules.hpp.
#ifndef WEBFLOW_SCOPES_TOKEN_TYPE_HPP
#define WEBFLOW_SCOPES_TOKEN_TYPE_HPP

#include "webflow/scopes/detail/enum_support.hpp"

namespace webflow::scopes {

enum class token_type : std::uint8_t {
    data_client_app,  // OAuth 2.0 authorization code flow
    site_token,       // created by a site admin
    workspace_token,  // Enterprise, created by a workspace admin
};
template <>
inline constexpr auto detail::enum_rows<token_type> =
    rows_through<token_type::workspace_token>({"data_client_app"sv, "site_token"sv, "workspace_token"sv});
inline constexpr std::size_t token_type_count = detail::enum_rows<token_type>.size();

// A Data Client app is registered with site-level access, or also with workspace-level
// access; only the latter may request workspace-level scopes. Ignored for other tokens.
enum class app_access_level : std::uint8_t { site, site_and_workspace };
template <>
inline constexpr auto detail::enum_rows<app_access_level> =
    rows_through<app_access_level::site_and_workspace>({"site"sv, "site_and_workspace"sv});
inline constexpr std::size_t app_access_level_count = detail::enum_rows<app_access_level>.size();

using token_type_set = detail::enum_set<token_type>;
inline constexpr token_type_set all_token_types{token_type::data_client_app, token_type::site_token,
                                                token_type::workspace_token};

inline constexpr detail::from_string_fn<token_type> token_type_from_string{};
inline constexpr detail::from_string_fn<app_access_level> app_access_level_from_string{};

}  // namespace webflow::scopes

#endif
