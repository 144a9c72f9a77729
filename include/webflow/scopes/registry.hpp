// The registry: every Webflow Data API resource and the scopes it offers, in one table.
// Scope strings, scope_set::all(), token rules and the parser's lookups are all derived
// from it at compile time, so a change to Webflow's scopes is a change to one row.
#ifndef WEBFLOW_SCOPES_REGISTRY_HPP
#define WEBFLOW_SCOPES_REGISTRY_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "webflow/scopes/access.hpp"
#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/level.hpp"
#include "webflow/scopes/token_type.hpp"

namespace webflow::scopes {

// Named like the scope prefix. Declared in registry order (alphabetical, the order the
// docs' example lists scopes in); detail/registry_checks.hpp, run by the tests, keeps the
// two in step.
enum class resource : std::uint8_t {
    assets,
    authorization_info,  // GET /v2/token/introspect: no scope required
    authorized_user,
    cms,
    comments,
    components,
    custom_code,
    ecommerce,
    forms,
    pages,
    site_access,
    site_activity,
    site_config,
    sites,
    users,
    webhooks,  // the scope depends on the trigger type (webhooks.hpp)
    workspace,
    workspace_activity,
    workspace_members,
};
inline constexpr std::size_t resource_count = 19;

enum class resource_status : std::uint8_t {
    ga,          // generally available
    enterprise,  // Enterprise plans only
    deprecated,  // the API behind it was removed; the scope strings still exist in spec and SDK
};

// Whether a resource has scopes of its own. Two rows of Webflow's scope table have none,
// and we keep them rather than pretend they do not exist.
enum class scope_requirement : std::uint8_t {
    scoped,            // resource:read / resource:write
    none,              // reachable with any token, no scope needed
    per_trigger_type,  // webhooks: the trigger type decides (required_scope(trigger_type))
};

struct resource_info {
    resource id;
    std::string_view name;  // the scope prefix, e.g. "cms"
    std::string_view display_name;
    level_set levels;
    access_set offers;
    token_type_set tokens;  // the token types that may hold its scopes (if the level fits)
    resource_status status;
    scope_requirement requirement;
    std::string_view reference;
    std::string_view note;  // why a token is excluded, what is unverified, ...
};

namespace detail {

inline constexpr level_set site_level{level::site};
inline constexpr level_set workspace_level{level::workspace};
inline constexpr access_set read_only{access::read};
inline constexpr access_set read_write{access::read, access::write};
inline constexpr token_type_set any_token{token_type::data_client_app, token_type::site_token,
                                          token_type::workspace_token};

// Source: Webflow Data API v2 reference, "Scopes" (developers.webflow.com/data/reference/scopes),
// Site-level and Workspace-level tabs, with later additions from the changelog; see
// ../shared/webflow-facts.md section 1.
// clang-format off
inline constexpr std::array<resource_info, resource_count> registry_rows{{
//   id                            name                    display name            levels                           offers      tokens                                                      status                       requirement                          reference                                                               note
    {resource::assets,             "assets"sv,             "Assets"sv,             site_level,                      read_write, any_token,                                                  resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/assets"sv,               ""sv},
    {resource::authorization_info, "authorization_info"sv, "Authorization info"sv, site_level,                      {},         any_token,                                                  resource_status::ga,         scope_requirement::none,             "https://developers.webflow.com/data/reference/token/introspect"sv,     "GET /v2/token/introspect needs no scope"sv},
    {resource::authorized_user,    "authorized_user"sv,    "Authorized User"sv,    site_level,                      read_only,  any_token,                                                  resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/token/authorized-by"sv,  ""sv},
    {resource::cms,                "cms"sv,                "CMS"sv,                site_level,                      read_write, any_token,                                                  resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/cms"sv,                  ""sv},
    {resource::comments,           "comments"sv,           "Comments"sv,           site_level,                      read_write, any_token,                                                  resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/comments"sv,             "added 2025-03"sv},
    {resource::components,         "components"sv,         "Components"sv,         site_level,                      read_write, any_token,                                                  resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/pages-and-components"sv, "added 2024-09; missing from the JS SDK's OauthScope"sv},
    {resource::custom_code,        "custom_code"sv,        "Custom Code"sv,        site_level,                      read_write, {token_type::data_client_app},                              resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/custom-code"sv,          "custom code scopes are for Data Client apps only: site tokens cannot reach custom code endpoints"sv},
    {resource::ecommerce,          "ecommerce"sv,          "Ecommerce"sv,          site_level,                      read_write, any_token,                                                  resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/ecommerce"sv,            ""sv},
    {resource::forms,              "forms"sv,              "Forms"sv,              site_level,                      read_write, any_token,                                                  resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/forms"sv,                ""sv},
    {resource::pages,              "pages"sv,              "Pages"sv,              site_level,                      read_write, any_token,                                                  resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/pages-and-components"sv, "the OpenAPI spec's security blocks misspell it page:read"sv},
    {resource::site_access,        "site_access"sv,        "Site Access"sv,        site_level,                      read_write, any_token,                                                  resource_status::enterprise, scope_requirement::scoped,           "https://developers.webflow.com/data/reference/enterprise"sv,           "added 2026-09-29; site level is UNVERIFIED (inferred from /v2/sites/{site_id}/members)"sv},
    {resource::site_activity,      "site_activity"sv,      "Site Activity"sv,      site_level,                      read_only,  any_token,                                                  resource_status::enterprise, scope_requirement::scoped,           "https://developers.webflow.com/data/reference/enterprise"sv,           ""sv},
    {resource::site_config,        "site_config"sv,        "Site Configuration"sv, site_level,                      read_write, any_token,                                                  resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/site-configuration"sv,   "robots.txt, well-known files; redirects use sites:*"sv},
    {resource::sites,              "sites"sv,              "Sites"sv,              site_level,                      read_write, any_token,                                                  resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/sites"sv,                ""sv},
    {resource::users,              "users"sv,              "Users"sv,              site_level,                      read_write, any_token,                                                  resource_status::deprecated, scope_requirement::scoped,           "https://developers.webflow.com/data/reference/scopes"sv,               "the User Accounts API was removed on 2026-01-29"sv},
    {resource::webhooks,           "webhooks"sv,           "Webhooks"sv,           site_level,                      {},         any_token,                                                  resource_status::ga,         scope_requirement::per_trigger_type, "https://developers.webflow.com/data/reference/webhooks"sv,             "the scope depends on trigger_type"sv},
    {resource::workspace,          "workspace"sv,          "Workspace"sv,          {level::site, level::workspace}, read_write, {token_type::data_client_app, token_type::workspace_token}, resource_status::enterprise, scope_requirement::scoped,           "https://developers.webflow.com/data/reference/enterprise"sv,           "in the site-level tab, but List Workspaces accepts workspace tokens and Data Client apps only"sv},
    {resource::workspace_activity, "workspace_activity"sv, "Workspace Activity"sv, workspace_level,                 read_only,  any_token,                                                  resource_status::enterprise, scope_requirement::scoped,           "https://developers.webflow.com/data/reference/enterprise"sv,           "audit logs"sv},
    {resource::workspace_members,  "workspace_members"sv,  "Workspace Members"sv,  workspace_level,                 read_write, any_token,                                                  resource_status::enterprise, scope_requirement::scoped,           "https://developers.webflow.com/data/reference/enterprise"sv,           "added 2026-09-29; workspace level is UNVERIFIED"sv},
}};
// clang-format on

}  // namespace detail

[[nodiscard]] constexpr const resource_info& info(resource r) noexcept {
    return detail::registry_rows[detail::index_of(r) < resource_count ? detail::index_of(r) : 0];
}
// Every row, in registry order. The array itself rather than a std::span: building a span in
// a header cost g++ 190 million instructions in every translation unit (its constructors'
// concept checks); the array converts to a span where a caller wants one.
[[nodiscard]] constexpr const std::array<resource_info, resource_count>& registry() noexcept {
    return detail::registry_rows;
}
[[nodiscard]] constexpr std::string_view to_string(resource r) noexcept {
    return detail::index_of(r) < resource_count ? detail::registry_rows[detail::index_of(r)].name : std::string_view{};
}
inline constexpr detail::from_string_fn<resource, detail::registry_rows> resource_from_string{};

namespace detail {
inline constexpr std::array<std::string_view, 3> resource_status_names{"ga"sv, "enterprise"sv, "deprecated"sv};
inline constexpr std::array<std::string_view, 3> scope_requirement_names{"scoped"sv, "none"sv, "per_trigger_type"sv};
}  // namespace detail

[[nodiscard]] constexpr std::string_view to_string(resource_status s) noexcept {
    return detail::name_of(s, detail::resource_status_names);
}
inline constexpr detail::from_string_fn<resource_status, detail::resource_status_names> resource_status_from_string{};
[[nodiscard]] constexpr std::string_view to_string(scope_requirement s) noexcept {
    return detail::name_of(s, detail::scope_requirement_names);
}
inline constexpr detail::from_string_fn<scope_requirement, detail::scope_requirement_names>
    scope_requirement_from_string{};

}  // namespace webflow::scopes

#endif
