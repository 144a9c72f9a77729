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

// A Data Client app is registered with site-level access, or also with workspace-level
// access; only the latter may request workspace-level scopes. Ignored for other tokens.
enum class app_access_level : std::uint8_t { site, site_and_workspace };

namespace detail {
inline constexpr std::array token_type_names{"data_client_app"sv, "site_token"sv, "workspace_token"sv};
inline constexpr std::array app_access_level_names{"site"sv, "site_and_workspace"sv};
template <>
struct enum_table<token_type> : table_is<token_type_names, token_type::workspace_token> {};
template <>
struct enum_table<app_access_level> : table_is<app_access_level_names, app_access_level::site_and_workspace> {};
}  // namespace detail

inline constexpr std::size_t token_type_count = detail::token_type_names.size();
inline constexpr std::size_t app_access_level_count = detail::app_access_level_names.size();

using token_type_set = detail::enum_set<token_type>;
inline constexpr token_type_set all_token_types{token_type::data_client_app, token_type::site_token,
                                                token_type::workspace_token};

inline constexpr detail::from_string_fn<token_type> token_type_from_string{};
inline constexpr detail::from_string_fn<app_access_level> app_access_level_from_string{};

}  // namespace webflow::scopes

#endif
