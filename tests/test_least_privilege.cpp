// least_privilege.hpp: the union of what a plan's endpoints and triggers need, at compile
// time and at run time, and the token notes checked by validate().
#include <catch2/catch.hpp>

#include <array>
#include <span>
#include <string>
#include <vector>

#include <webflow/scopes.hpp>
#include <webflow/scopes/least_privilege.hpp>

using namespace webflow::scopes;
using namespace webflow::scopes::literals;

namespace {
constexpr std::array<endpoint_ref, 4> sync_calls{{
    {http_method::get, "/v2/sites/{site_id}/collections"},
    {http_method::post, "/v2/collections/{collection_id}/items"},
    {http_method::get, "/v2/token/introspect"},
    {http_method::post, "/v2/sites/{site_id}/webhooks"},
}};
constexpr std::array<trigger_type, 2> sync_triggers{trigger_type::form_submission,
                                                    trigger_type::collection_item_changed};
}  // namespace

TEST_CASE("required_scopes at compile time", "[least_privilege]") {
    STATIC_REQUIRE(required_scopes({{http_method::get, "/v2/sites/{site_id}/collections"}},
                                   {trigger_type::form_submission}) == "cms:read forms:read"_scopes);
    STATIC_REQUIRE(required_scopes({{http_method::get, "/v2/sites"}}) == "sites:read"_scopes);
    STATIC_REQUIRE(required_scopes({}, {trigger_type::ecomm_new_order}) == "ecommerce:read"_scopes);
    STATIC_REQUIRE(required_scopes({}) == scope_set{});
    // Introspect needs no scope.
    STATIC_REQUIRE(required_scopes({{http_method::get, "/v2/token/introspect"}}) == scope_set{});
    // Repeats and order do not matter; concrete paths and full URLs work.
    STATIC_REQUIRE(
        required_scopes({{http_method::get, "https://api.webflow.com/v2/sites/580e63e98c9a982ac9b8b741/forms"},
                         {http_method::get, "/v2/forms/{form_id}/submissions"},
                         {http_method::get, "/v2/sites/{site_id}/forms"}}) == "forms:read"_scopes);
    STATIC_REQUIRE(required_scopes(sync_calls, sync_triggers) == "cms:read cms:write forms:read sites:write"_scopes);
    // Write does not imply read: asking for both is the plan's business.
    STATIC_REQUIRE(required_scopes({{http_method::post, "/v2/collections/{collection_id}/items"}}) ==
                   "cms:write"_scopes);
    // Least privilege: the set holds exactly what some entry needs.
    constexpr scope_set plan = required_scopes(sync_calls, sync_triggers);
    STATIC_REQUIRE(!plan.contains("sites:read"_scope));
    STATIC_REQUIRE(plan.size() == 4);
}

TEST_CASE("plan_scopes: the bool twin of required_scopes", "[least_privilege]") {
    STATIC_REQUIRE(plan_scopes(sync_calls, sync_triggers).has_value());
    STATIC_REQUIRE(*plan_scopes(sync_calls, sync_triggers) == required_scopes(sync_calls, sync_triggers));

    constexpr plan_result typo = plan_scopes(
        {{http_method::get, "/v2/sites/{site_id}/collections"}, {http_method::get, "/v2/sites/{site_id}/colections"}});
    STATIC_REQUIRE(!typo);
    STATIC_REQUIRE(typo.error() == plan_error{plan_errc::unknown_endpoint, 1});
    STATIC_REQUIRE((*typo).empty());  // an error holds no half-made set

    STATIC_REQUIRE(plan_scopes({{http_method::put, "/v2/sites"}}).error().code == plan_errc::method_not_allowed);
    STATIC_REQUIRE(plan_scopes({{http_method::get, "/v2//sites"}}).error().code == plan_errc::malformed_path);
    STATIC_REQUIRE(plan_scopes({{http_method::get, "https://example.com/v2/sites"}}).error().code ==
                   plan_errc::foreign_host);

    constexpr plan_result removed =
        plan_scopes({{http_method::get, "/v2/sites"}}, {trigger_type::site_publish, trigger_type::user_account_added});
    STATIC_REQUIRE(removed.error() == plan_error{plan_errc::removed_trigger, 1});
    STATIC_REQUIRE(message(plan_errc::removed_trigger) == "Webflow no longer sends this trigger");
    STATIC_REQUIRE(to_string(plan_errc::removed_trigger) == "removed_trigger");
}

TEST_CASE("plan_scopes at run time", "[least_privilege]") {
    // A tool reading the plan from a file: paths known only at run time.
    const std::vector<std::string> paths{"/v2/sites/580e63e98c9a982ac9b8b741/pages",
                                         "https://api.webflow.com/v2/pages/63c720f9347c2139b248e552?locale=fr",
                                         "/v2/sites/580e63e98c9a982ac9b8b741/assets/"};
    std::vector<endpoint_ref> calls;
    calls.push_back({http_method::get, paths[0]});
    calls.push_back({http_method::put, paths[1]});
    calls.push_back({http_method::post, paths[2]});
    const std::vector<trigger_type> listens{trigger_type::page_created, trigger_type::page_deleted};

    const plan_result result = plan_scopes(calls, listens);
    REQUIRE(result);
    REQUIRE(*result == "assets:write pages:read pages:write"_scopes);

    calls.push_back({http_method::get, "/v2/sites/x/users"});  // the removed User Accounts API
    const plan_result bad = plan_scopes(calls, listens);
    REQUIRE_FALSE(bad);
    REQUIRE(bad.error() == plan_error{plan_errc::unknown_endpoint, 3});
}

TEST_CASE("validate a plan against a token type", "[least_privilege][validate]") {
    // The sync app creates webhooks: only a Data Client app may.
    STATIC_REQUIRE(validate(sync_calls, token_type::data_client_app).has_value());
    STATIC_REQUIRE(*validate(sync_calls, token_type::data_client_app) == required_scopes(sync_calls));
    constexpr plan_validation site = validate(sync_calls, token_type::site_token);
    STATIC_REQUIRE(!site);
    STATIC_REQUIRE(site.error().excluded == 1);        // webhook create (introspect accepts any token)
    STATIC_REQUIRE(site.error().first_excluded == 3);  // its index in the plan
    STATIC_REQUIRE(site.error().rejected.empty());     // the scopes themselves are fine for a site token

    // Audit logs need a workspace token, even for an app with workspace-level access.
    constexpr std::array<endpoint_ref, 1> audit{{{http_method::get, "/v2/workspaces/acme/audit_logs"}}};
    STATIC_REQUIRE(validate(audit, token_type::workspace_token).has_value());
    STATIC_REQUIRE(
        validate(audit, token_type::data_client_app, app_access_level::site_and_workspace).error().excluded == 1);
    STATIC_REQUIRE(validate(audit, token_type::site_token).error().rejected == "workspace_activity:read"_scopes);

    // Custom code: the registry says site tokens cannot hold the scopes.
    constexpr plan_validation code =
        validate({{http_method::put, "/v2/sites/{site_id}/custom_code"}}, token_type::site_token);
    STATIC_REQUIRE(code.error().excluded == 0);
    STATIC_REQUIRE(code.error().rejected == "custom_code:write"_scopes);

    // Workspace members: workspace-level, so an app needs workspace-level access.
    constexpr std::array<endpoint_ref, 1> members{{{http_method::get, "/v2/workspaces/{workspace_id}/members"}}};
    STATIC_REQUIRE(validate(members, token_type::data_client_app).error().rejected == "workspace_members:read"_scopes);
    STATIC_REQUIRE(validate(members, token_type::data_client_app, app_access_level::site_and_workspace).has_value());

    // List Workspaces: Data Client apps and workspace tokens, not site tokens.
    STATIC_REQUIRE(validate({{http_method::get, "/v2/workspaces"}}, token_type::site_token).error().excluded == 1);

    // The beta API: a site token may hold branches:create (a site-level scope).
    STATIC_REQUIRE(
        validate({{http_method::post, "/beta/sites/{site_id}/branches"}}, token_type::site_token).has_value());
    // App subscriptions: Data Client apps only, by the endpoint's page.
    STATIC_REQUIRE(validate({{http_method::get, "/beta/app_subscriptions"}}, token_type::site_token).error().excluded ==
                   1);

    // Unknown entries are reported, not ignored.
    constexpr plan_validation unknown =
        validate({{http_method::get, "/v2/sites"}, {http_method::get, "/v2/nope"}}, token_type::data_client_app);
    STATIC_REQUIRE(!unknown);
    STATIC_REQUIRE(unknown.error().code == plan_errc::unknown_endpoint);
    STATIC_REQUIRE(unknown.error().index == 1);
}

TEST_CASE("required_scopes knows the beta API", "[least_privilege][beta]") {
    STATIC_REQUIRE(required_scopes({{http_method::post, "/beta/sites/{site_id}/branches"},
                                    {http_method::post, "/beta/sites/{site_id}/branches/{branch_id}/merge"},
                                    {http_method::get, "/beta/sites/{site_id}/collections"}},
                                   {trigger_type::branch_merged}) ==
                   "branches:create branches:merge branches:read cms:read"_scopes);
    STATIC_REQUIRE(plan_scopes({{http_method::post, "/v2/sites/{site_id}/branches"}}).error().code ==
                   plan_errc::unknown_endpoint);
}
