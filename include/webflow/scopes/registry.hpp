// The registry: every Webflow Data API resource and the scopes it offers, in one table.
// Scope strings, scope_set::all(), token rules and the parser's lookups are all derived
// from it at compile time, so a change to Webflow's scopes is a change to one row.
#ifndef WEBFLOW_SCOPES_REGISTRY_HPP
#define WEBFLOW_SCOPES_REGISTRY_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "webflow/scopes/access.hpp"
#include "webflow/scopes/level.hpp"
#include "webflow/scopes/token_type.hpp"

namespace webflow::scopes {

// Named like the scope prefix. Declared in registry order (alphabetical, the order the
// docs' example lists scopes in); the registry checks below keep the two in step.
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
//   id                            name                   display name           levels                               offers       tokens                                                        status                      requirement                          reference
    {resource::assets,             "assets",              "Assets",              site_level,                          read_write,  any_token,                                                    resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/assets",         ""},
    {resource::authorization_info, "authorization_info",  "Authorization info",  site_level,                          {},          any_token,                                                    resource_status::ga,         scope_requirement::none,             "https://developers.webflow.com/data/reference/token/introspect", "GET /v2/token/introspect needs no scope"},
    {resource::authorized_user,    "authorized_user",     "Authorized User",     site_level,                          read_only,   any_token,                                                    resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/token/authorized-by", ""},
    {resource::cms,                "cms",                 "CMS",                 site_level,                          read_write,  any_token,                                                    resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/cms",            ""},
    {resource::comments,           "comments",            "Comments",            site_level,                          read_write,  any_token,                                                    resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/comments",       "added 2025-03"},
    {resource::components,         "components",          "Components",          site_level,                          read_write,  any_token,                                                    resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/pages-and-components", "added 2024-09; missing from the JS SDK's OauthScope"},
    {resource::custom_code,        "custom_code",         "Custom Code",         site_level,                          read_write,  {token_type::data_client_app},                                resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/custom-code",    "custom code scopes are for Data Client apps only: site tokens cannot reach custom code endpoints"},
    {resource::ecommerce,          "ecommerce",           "Ecommerce",           site_level,                          read_write,  any_token,                                                    resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/ecommerce",      ""},
    {resource::forms,              "forms",               "Forms",               site_level,                          read_write,  any_token,                                                    resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/forms",          ""},
    {resource::pages,              "pages",               "Pages",               site_level,                          read_write,  any_token,                                                    resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/pages-and-components", "the OpenAPI spec's security blocks misspell it page:read"},
    {resource::site_access,        "site_access",         "Site Access",         site_level,                          read_write,  any_token,                                                    resource_status::enterprise, scope_requirement::scoped,           "https://developers.webflow.com/data/reference/enterprise",     "added 2026-09-29; site level is UNVERIFIED (inferred from /v2/sites/{site_id}/members)"},
    {resource::site_activity,      "site_activity",       "Site Activity",       site_level,                          read_only,   any_token,                                                    resource_status::enterprise, scope_requirement::scoped,           "https://developers.webflow.com/data/reference/enterprise",     ""},
    {resource::site_config,        "site_config",         "Site Configuration",  site_level,                          read_write,  any_token,                                                    resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/site-configuration", "robots.txt, well-known files; redirects use sites:*"},
    {resource::sites,              "sites",               "Sites",               site_level,                          read_write,  any_token,                                                    resource_status::ga,         scope_requirement::scoped,           "https://developers.webflow.com/data/reference/sites",          ""},
    {resource::users,              "users",               "Users",               site_level,                          read_write,  any_token,                                                    resource_status::deprecated, scope_requirement::scoped,           "https://developers.webflow.com/data/reference/scopes",         "the User Accounts API was removed on 2026-01-29"},
    {resource::webhooks,           "webhooks",            "Webhooks",            site_level,                          {},          any_token,                                                    resource_status::ga,         scope_requirement::per_trigger_type, "https://developers.webflow.com/data/reference/webhooks",       "the scope depends on trigger_type"},
    {resource::workspace,          "workspace",           "Workspace",           {level::site, level::workspace},     read_write,  {token_type::data_client_app, token_type::workspace_token},   resource_status::enterprise, scope_requirement::scoped,           "https://developers.webflow.com/data/reference/enterprise",     "in the site-level tab, but List Workspaces accepts workspace tokens and Data Client apps only"},
    {resource::workspace_activity, "workspace_activity",  "Workspace Activity",  workspace_level,                     read_only,   any_token,                                                    resource_status::enterprise, scope_requirement::scoped,           "https://developers.webflow.com/data/reference/enterprise",     "audit logs"},
    {resource::workspace_members,  "workspace_members",   "Workspace Members",   workspace_level,                     read_write,  any_token,                                                    resource_status::enterprise, scope_requirement::scoped,           "https://developers.webflow.com/data/reference/enterprise",     "added 2026-09-29; workspace level is UNVERIFIED"},
}};
// clang-format on

// ---- Checks on a registry table -------------------------------------------------------
// One pass finds the first problem; then only that problem's function is named, which is
// deliberately not constexpr, so the compiler quotes its name (the reason) and the template
// argument (the row) in its diagnostic. One pass, not a template per row: every program that
// includes the library pays for these checks when it compiles.
// clang-format off
template <std::size_t Row> void registry_row_id_is_out_of_order() {}
template <std::size_t Row> void registry_row_name_is_not_a_lower_case_scope_prefix() {}
template <std::size_t Row> void registry_rows_are_not_sorted_by_name_or_repeat_a_name() {}
template <std::size_t Row> void registry_row_scope_is_not_an_rfc6749_scope_token() {}
template <std::size_t Row> void registry_row_scope_string_is_not_unique() {}
template <std::size_t Row> void registry_row_offers_do_not_match_its_requirement() {}
template <std::size_t Row> void registry_row_has_no_level_or_no_token_type() {}
// clang-format on

[[nodiscard]] constexpr bool is_lower_alnum(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}
[[nodiscard]] constexpr bool is_scope_prefix(std::string_view name) noexcept {
    if (name.empty() || name.front() < 'a' || name.front() > 'z') return false;
    return std::ranges::all_of(name, is_lower_alnum);
}
// RFC 6749 section 3.3: scope-token = 1*NQCHAR, NQCHAR = %x21 / %x23-5B / %x5D-7E.
[[nodiscard]] constexpr bool is_rfc6749_scope_token(std::string_view token) noexcept {
    return !token.empty() && std::ranges::all_of(token, [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x21 && u != 0x22 && u != 0x5C && u <= 0x7E;
    });
}

enum class registry_problem_code : std::uint8_t {
    none,
    id_out_of_order,
    bad_name,
    unsorted,
    no_level_or_token,
    offers_mismatch,
    not_rfc6749,
    not_unique,
};
struct registry_problem {
    registry_problem_code code = registry_problem_code::none;
    std::size_t row = 0;
};

// Every registry check in one pass over the rows, in the order the diagnostics are documented.
template <std::size_t N>
// NOLINTNEXTLINE(readability-function-cognitive-complexity)
[[nodiscard]] consteval registry_problem find_registry_problem(const std::array<resource_info, N>& rows) {
    using code = registry_problem_code;
    for (std::size_t r = 0; r < N; ++r) {
        const resource_info& row = rows[r];
        if (index_of(row.id) != r) return {code::id_out_of_order, r};
        if (!is_scope_prefix(row.name)) return {code::bad_name, r};
        if (r > 0 && !(rows[r - 1].name < row.name)) return {code::unsorted, r};
        if (row.levels.empty() || row.tokens.empty()) return {code::no_level_or_token, r};
        if ((row.requirement == scope_requirement::scoped) == row.offers.empty()) return {code::offers_mismatch, r};
        for (std::size_t a = 0; a < access_count; ++a) {
            if (!row.offers.contains(static_cast<access>(a))) continue;
            // The scope string is name ':' access; the name is a checked prefix, so only the
            // access name is left to check.
            if (!is_rfc6749_scope_token(to_string(static_cast<access>(a)))) return {code::not_rfc6749, r};
            // A prefix has no ':', so two scope strings are equal exactly when their names and
            // accesses are: sorted unique names already rule this out, and this says so
            // directly, so the guarantee survives a change of ordering rule.
            for (std::size_t other = 0; other < N; ++other) {
                if (other != r && rows[other].name == row.name && rows[other].offers.contains(static_cast<access>(a))) {
                    return {code::not_unique, r};
                }
            }
        }
    }
    return {};
}

template <registry_problem_code Code, std::size_t Row>
consteval bool report_registry_problem() {
    using code = registry_problem_code;
    if constexpr (Code == code::id_out_of_order) {
        registry_row_id_is_out_of_order<Row>();
    } else if constexpr (Code == code::bad_name) {
        registry_row_name_is_not_a_lower_case_scope_prefix<Row>();
    } else if constexpr (Code == code::unsorted) {
        registry_rows_are_not_sorted_by_name_or_repeat_a_name<Row>();
    } else if constexpr (Code == code::no_level_or_token) {
        registry_row_has_no_level_or_no_token_type<Row>();
    } else if constexpr (Code == code::offers_mismatch) {
        registry_row_offers_do_not_match_its_requirement<Row>();
    } else if constexpr (Code == code::not_rfc6749) {
        registry_row_scope_is_not_an_rfc6749_scope_token<Row>();
    } else if constexpr (Code == code::not_unique) {
        registry_row_scope_string_is_not_unique<Row>();
    }
    return true;
}

// True for a well-formed table; a broken row fails the build naming the reason and the row.
template <const auto& Rows>
consteval bool verify_registry() {
    constexpr registry_problem problem = find_registry_problem(Rows);
    return report_registry_problem<problem.code, problem.row>();
}

static_assert(verify_registry<registry_rows>());

}  // namespace detail

[[nodiscard]] constexpr const resource_info& info(resource r) noexcept {
    return detail::registry_rows[detail::index_of(r) < resource_count ? detail::index_of(r) : 0];
}
[[nodiscard]] constexpr std::span<const resource_info> registry() noexcept { return detail::registry_rows; }
[[nodiscard]] constexpr std::string_view to_string(resource r) noexcept {
    return detail::index_of(r) < resource_count ? detail::registry_rows[detail::index_of(r)].name : std::string_view{};
}
[[nodiscard]] constexpr std::optional<resource> resource_from_string(std::string_view text) noexcept {
    for (const auto& row : detail::registry_rows) {
        if (row.name == text) return row.id;
    }
    return std::nullopt;
}

namespace detail {
inline constexpr std::array<std::string_view, 3> resource_status_names{"ga", "enterprise", "deprecated"};
inline constexpr std::array<std::string_view, 3> scope_requirement_names{"scoped", "none", "per_trigger_type"};
}  // namespace detail

[[nodiscard]] constexpr std::string_view to_string(resource_status s) noexcept {
    return detail::name_of(s, detail::resource_status_names);
}
[[nodiscard]] constexpr std::optional<resource_status> resource_status_from_string(std::string_view text) noexcept {
    return detail::enum_from_name<resource_status>(text, detail::resource_status_names);
}
[[nodiscard]] constexpr std::string_view to_string(scope_requirement s) noexcept {
    return detail::name_of(s, detail::scope_requirement_names);
}
[[nodiscard]] constexpr std::optional<scope_requirement> scope_requirement_from_string(std::string_view text) noexcept {
    return detail::enum_from_name<scope_requirement>(text, detail::scope_requirement_names);
}

}  // namespace webflow::scopes

#endif
