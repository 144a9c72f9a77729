// The registry: every Webflow Data API resource and the scopes it offers, in one table.
// Scope strings, scope_set::all(), the token rules and the parser's tables are derived from
// it at compile time, so a new scope is one row here (and its enum line) plus
// tools/regenerate. docs/sources.md cites the page behind every row.
#ifndef WEBFLOW_SCOPES_REGISTRY_HPP
#define WEBFLOW_SCOPES_REGISTRY_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "webflow/scopes/access.hpp"
#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/level.hpp"
#include "webflow/scopes/token_type.hpp"

namespace webflow::scopes {

// Named like the scope prefix ('-' becomes '_'), in the order of the registry's rows.
enum class resource : std::uint8_t {
    app_subscriptions,
    assets,
    authorization_info,  // Get Authorization Info: no scope required
    authorized_user,
    branches,
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
    site_plans,
    sites,
    users,
    webhooks,  // the scope depends on the trigger type (webhooks.hpp)
    workspace,
    workspace_activity,
    workspace_members,
};

enum class resource_status : std::uint8_t {
    ga,          // generally available
    enterprise,  // Enterprise workspaces only
    beta,        // the beta API (https://api.webflow.com/beta) only
    deprecated,  // the API behind it was removed; the scope strings are still documented
};
template <>
inline constexpr auto detail::enum_rows<resource_status> = rows_through<resource_status::deprecated>({
    name_and_message{"ga"sv, "generally available"sv},
    name_and_message{"enterprise"sv, "for Enterprise workspaces only"sv},
    name_and_message{"beta"sv, "on the beta API only (https://api.webflow.com/beta)"sv},
    name_and_message{"deprecated"sv, "deprecated: the API behind it was removed"sv},
});
inline constexpr std::size_t resource_status_count = detail::enum_rows<resource_status>.size();
inline constexpr detail::from_string_fn<resource_status> resource_status_from_string{};

// Whether a resource has scopes of its own. Two rows of Webflow's scope table have none,
// and are kept rather than pretended away.
enum class scope_requirement : std::uint8_t {
    scoped,            // resource:action
    none,              // reachable with any token, no scope needed
    per_trigger_type,  // webhooks: the trigger type decides (required_scope(trigger_type))
};
template <>
inline constexpr auto detail::enum_rows<scope_requirement> =
    rows_through<scope_requirement::per_trigger_type>({"scoped"sv, "none"sv, "per_trigger_type"sv});
inline constexpr detail::from_string_fn<scope_requirement> scope_requirement_from_string{};

// A rule of a row that no source states, which the row infers (its note says from what).
enum class inferred_rule : std::uint8_t {
    level,   // which tab (level) of the scopes reference the resource is in
    tokens,  // which token types may hold its scopes
};
template <>
inline constexpr auto detail::enum_rows<inferred_rule> = rows_through<inferred_rule::tokens>({"level"sv, "tokens"sv});
using inferred_rule_set = detail::enum_set<inferred_rule>;

struct resource_info {
    resource id;
    std::string_view name;  // the scope prefix, e.g. "cms"
    std::string_view display_name;
    level_set levels;
    access_set offers;
    token_type_set tokens;  // the token types that may hold its scopes (if the level fits)
    resource_status status;
    scope_requirement requirement;
    inferred_rule_set inferred;  // empty: every rule is stated by the source
    std::string_view reference;  // the page the row's facts come from
    std::string_view note;       // why a token is excluded, what is inferred, ...
};

namespace detail {

inline constexpr level_set site_level{level::site};
inline constexpr level_set workspace_level{level::workspace};
inline constexpr access_set read_only{access::read};
inline constexpr access_set read_write{access::read, access::write};
inline constexpr access_set no_scopes{};
inline constexpr token_type_set any_token = all_token_types;
inline constexpr token_type_set data_client_apps{token_type::data_client_app};
inline constexpr inferred_rule_set stated{};
inline constexpr auto ga = resource_status::ga;
inline constexpr auto enterprise = resource_status::enterprise;
inline constexpr auto beta = resource_status::beta;
inline constexpr auto scoped = scope_requirement::scoped;
inline constexpr std::string_view scopes_page = "https://developers.webflow.com/data/reference/scopes"sv;

// Rows sorted as their scope strings sort (the order of the docs' example URL). Sources:
// the scopes reference's Site-level and Workspace-level tabs, the changelog, and the beta
// API's pages; docs/sources.md quotes each.
// clang-format off
inline constexpr auto registry_rows = std::to_array<resource_info>({
//   id                            name                    display name            levels                           offers                                                                                             tokens            status                       requirement                          inferred                                        reference                                                                                                      note
    {resource::app_subscriptions,  "app_subscriptions"sv,  "App Subscriptions"sv,  site_level,                      read_only,                                                                                         data_client_apps, beta,                        scoped,                              {inferred_rule::level, inferred_rule::tokens}, "https://developers.webflow.com/data/v2.0.0-beta/reference/app-subscriptions/app-subscriptions"sv,     "its one endpoint requires a Data Client App token; level and token rule inferred from it"sv},
    {resource::assets,             "assets"sv,             "Assets"sv,             site_level,                      read_write,                                                                                        any_token,        ga,                          scoped,                              stated,                                         scopes_page,                                                                                                   ""sv},
    {resource::authorization_info, "authorization_info"sv, "Authorization info"sv, site_level,                      no_scopes,                                                                                         any_token,        ga,                          scope_requirement::none,             stated,                                         scopes_page,                                                                                                   "none required"sv},
    {resource::authorized_user,    "authorized_user"sv,    "Authorized User"sv,    site_level,                      read_only,                                                                                         any_token,        ga,                          scoped,                              stated,                                         scopes_page,                                                                                                   ""sv},
    {resource::branches,           "branches"sv,           "Branches"sv,           site_level,                      {access::read, access::create, access::update, access::merge, access::publish, access::delete_}, any_token,        beta,                        scoped,                              {inferred_rule::level},                         "https://developers.webflow.com/data/v2.0.0-beta/reference/enterprise/branches/overview"sv,                 "Enterprise sites with page branching; site level inferred from /beta/sites/{site_id}/branches"sv},
    {resource::cms,                "cms"sv,                "CMS"sv,                site_level,                      read_write,                                                                                        any_token,        ga,                          scoped,                              stated,                                         scopes_page,                                                                                                   "some pages misspell it CMS:read"sv},
    {resource::comments,           "comments"sv,           "Comments"sv,           site_level,                      read_write,                                                                                        any_token,        ga,                          scoped,                              stated,                                         scopes_page,                                                                                                   ""sv},
    {resource::components,         "components"sv,         "Components"sv,         site_level,                      read_write,                                                                                        any_token,        ga,                          scoped,                              stated,                                         scopes_page,                                                                                                   ""sv},
    {resource::custom_code,        "custom_code"sv,        "Custom Code"sv,        site_level,                      read_write,                                                                                        data_client_apps, ga,                          scoped,                              stated,                                         scopes_page,                                                                                                   "custom code scopes are available only to Data Client apps: site tokens cannot access custom code endpoints"sv},
    {resource::ecommerce,          "ecommerce"sv,          "Ecommerce"sv,          site_level,                      read_write,                                                                                        any_token,        ga,                          scoped,                              stated,                                         scopes_page,                                                                                                   ""sv},
    {resource::forms,              "forms"sv,              "Forms"sv,              site_level,                      read_write,                                                                                        any_token,        ga,                          scoped,                              stated,                                         scopes_page,                                                                                                   ""sv},
    {resource::pages,              "pages"sv,              "Pages"sv,              site_level,                      read_write,                                                                                        any_token,        ga,                          scoped,                              stated,                                         scopes_page,                                                                                                   "the OpenAPI spec's security blocks misspell it page:read"sv},
    {resource::site_access,        "site_access"sv,        "Site Access"sv,        site_level,                      read_write,                                                                                        any_token,        enterprise,                  scoped,                              {inferred_rule::level},                         "https://developers.webflow.com/home/changelog/2026/9/29"sv,                                                 "site level inferred from /v2/sites/{site_id}/members"sv},
    {resource::site_activity,      "site_activity"sv,      "Site Activity"sv,      site_level,                      read_only,                                                                                         any_token,        enterprise,                  scoped,                              stated,                                         scopes_page,                                                                                                   ""sv},
    {resource::site_config,        "site_config"sv,        "Site Configuration"sv, site_level,                      read_write,                                                                                        any_token,        enterprise,                  scoped,                              stated,                                         scopes_page,                                                                                                   "every endpoint is Enterprise Only; redirects use sites:*"sv},
    {resource::site_plans,         "site_plans"sv,         "Site Plans"sv,         site_level,                      read_write,                                                                                        any_token,        beta,                        scoped,                              {inferred_rule::level},                         "https://developers.webflow.com/data/v2.0.0-beta/reference/enterprise/workspace-management/cancel-site-plan"sv, "Enterprise self-provisioning; site level inferred from /beta/sites/{site_id}/plan"sv},
    {resource::sites,              "sites"sv,              "Sites"sv,              site_level,                      read_write,                                                                                        any_token,        ga,                          scoped,                              stated,                                         scopes_page,                                                                                                   ""sv},
    {resource::users,              "users"sv,              "Users"sv,              site_level,                      read_write,                                                                                        any_token,        resource_status::deprecated, scoped,                              stated,                                         "https://developers.webflow.com/home/changelog/2026/1/29"sv,                                                 "the User Accounts API was removed on 2026-01-29"sv},
    {resource::webhooks,           "webhooks"sv,           "Webhooks"sv,           site_level,                      no_scopes,                                                                                         any_token,        ga,                          scope_requirement::per_trigger_type, stated,                                         scopes_page,                                                                                                   "depends on trigger_type"sv},
    {resource::workspace,          "workspace"sv,          "Workspace"sv,          {level::site, level::workspace}, read_write,                                                                                        any_token,        enterprise,                  scoped,                              {inferred_rule::level},                         scopes_page,                                                                                                   "in the site-level tab; the workspace level is inferred from List Workspaces, which supports workspace API tokens"sv},
    {resource::workspace_activity, "workspace_activity"sv, "Workspace Activity"sv, workspace_level,                 read_only,                                                                                         any_token,        enterprise,                  scoped,                              stated,                                         scopes_page,                                                                                                   "audit logs; a page misspells it workspace_activity: read"sv},
    {resource::workspace_members,  "workspace_members"sv,  "Workspace Members"sv,  workspace_level,                 read_write,                                                                                        any_token,        enterprise,                  scoped,                              {inferred_rule::level},                         "https://developers.webflow.com/home/changelog/2026/9/29"sv,                                                 "workspace level inferred from /v2/workspaces/{workspace_id}/members"sv},
});
// clang-format on
}  // namespace detail
template <>
inline constexpr const auto& detail::enum_rows<resource> = detail::registry_rows;

inline constexpr std::size_t resource_count = detail::registry_rows.size();

[[nodiscard]] constexpr const resource_info& info(resource r) noexcept {
    return detail::registry_rows[detail::index_of(r) < resource_count ? detail::index_of(r) : 0];
}
// Every row, in registry order.
[[nodiscard]] constexpr const auto& registry() noexcept { return detail::registry_rows; }
inline constexpr detail::from_string_fn<resource> resource_from_string{};

}  // namespace webflow::scopes

#endif
