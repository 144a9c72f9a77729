// least_privilege.hpp: the union of what a plan's endpoints and triggers need, at compile
// time and at run time, and the token notes checked by validate().
#include <catch2/catch.hpp>

#include <array>
#include <span>
#include <string>
#include <vector>

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

// Compile-fail cases, each built on its own by a test in tests/CMakeLists.txt that checks the
// compiler names the reason and the entry's index.
#if defined(WEBFLOW_SCOPES_COMPILE_FAIL_UNKNOWN_ENDPOINT)
// expect: unknown_endpoint_in_plan 1
[[maybe_unused]] constexpr scope_set typo = required_scopes(
    {{http_method::get, "/v2/sites/{site_id}/collections"}, {http_method::get, "/v2/sites/{site_id}/colections"}});
#elif defined(WEBFLOW_SCOPES_COMPILE_FAIL_METHOD)
// expect: method_not_allowed_for_endpoint_in_plan 0
[[maybe_unused]] constexpr scope_set wrong_method = required_scopes({{http_method::put, "/v2/sites/{site_id}"}});
#elif defined(WEBFLOW_SCOPES_COMPILE_FAIL_MALFORMED)
// expect: malformed_path_in_plan 2
[[maybe_unused]] constexpr scope_set malformed = required_scopes(
    {{http_method::get, "/v2/sites"}, {http_method::get, "/v2/sites/{site_id}"}, {http_method::get, "/v2//sites"}});
#elif defined(WEBFLOW_SCOPES_COMPILE_FAIL_FOREIGN_HOST)
// expect: foreign_host_in_plan 0
[[maybe_unused]] constexpr scope_set foreign =
    required_scopes({{http_method::get, "https://api-cdn.webflow.com/v2/sites"}});
#elif defined(WEBFLOW_SCOPES_COMPILE_FAIL_REMOVED_TRIGGER)
// expect: removed_trigger_in_plan 1
[[maybe_unused]] constexpr scope_set removed =
    required_scopes({}, {trigger_type::site_publish, trigger_type::user_account_added});
#elif defined(WEBFLOW_SCOPES_COMPILE_FAIL_SANITY)
// expect: compiles (the same build with a good plan)
[[maybe_unused]] constexpr scope_set fine = required_scopes({{http_method::get, "/v2/sites/{site_id}/collections"}});
#endif

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
    STATIC_REQUIRE(plan_scopes(sync_calls, sync_triggers).ok());
    STATIC_REQUIRE(plan_scopes(sync_calls, sync_triggers).scopes == required_scopes(sync_calls, sync_triggers));

    constexpr plan_result typo = plan_scopes(
        {{http_method::get, "/v2/sites/{site_id}/collections"}, {http_method::get, "/v2/sites/{site_id}/colections"}});
    STATIC_REQUIRE(!typo);
    STATIC_REQUIRE(typo.error == plan_errc::unknown_endpoint);
    STATIC_REQUIRE(typo.index == 1);
    STATIC_REQUIRE(typo.scopes == "cms:read"_scopes);  // what came before the bad entry

    STATIC_REQUIRE(plan_scopes({{http_method::put, "/v2/sites"}}).error == plan_errc::method_not_allowed);
    STATIC_REQUIRE(plan_scopes({{http_method::get, "/v2//sites"}}).error == plan_errc::malformed_path);
    STATIC_REQUIRE(plan_scopes({{http_method::get, "https://example.com/v2/sites"}}).error == plan_errc::foreign_host);

    constexpr plan_result removed =
        plan_scopes({{http_method::get, "/v2/sites"}}, {trigger_type::site_publish, trigger_type::user_account_added});
    STATIC_REQUIRE(removed.error == plan_errc::removed_trigger);
    STATIC_REQUIRE(removed.index == 1);
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
    REQUIRE(result.scopes == "assets:write pages:read pages:write"_scopes);

    calls.push_back({http_method::get, "/v2/sites/x/users"});  // the removed User Accounts API
    const plan_result bad = plan_scopes(calls, listens);
    REQUIRE_FALSE(bad);
    REQUIRE(bad.error == plan_errc::unknown_endpoint);
    REQUIRE(bad.index == 3);
}

TEST_CASE("validate a plan against a token type", "[least_privilege][validate]") {
    // The sync app creates webhooks: only a Data Client app may.
    STATIC_REQUIRE(validate(sync_calls, token_type::data_client_app).ok());
    constexpr plan_validation site = validate(sync_calls, token_type::site_token);
    STATIC_REQUIRE(!site);
    STATIC_REQUIRE(site.excluded == 2);        // introspect and webhook create
    STATIC_REQUIRE(site.first_excluded == 2);  // introspect comes first
    STATIC_REQUIRE(site.rejected.empty());     // the scopes themselves are fine for a site token

    // Audit logs need a workspace token, even for an app with workspace-level access.
    constexpr std::array<endpoint_ref, 1> audit{{{http_method::get, "/v2/workspaces/acme/audit_logs"}}};
    STATIC_REQUIRE(validate(audit, token_type::workspace_token).ok());
    STATIC_REQUIRE(validate(audit, token_type::data_client_app, app_access_level::site_and_workspace).excluded == 1);
    STATIC_REQUIRE(validate(audit, token_type::site_token).rejected == "workspace_activity:read"_scopes);

    // Custom code: the registry says site tokens cannot hold the scopes.
    constexpr plan_validation code =
        validate({{http_method::put, "/v2/sites/{site_id}/custom_code"}}, token_type::site_token);
    STATIC_REQUIRE(code.excluded == 0);
    STATIC_REQUIRE(code.rejected == "custom_code:write"_scopes);

    // Workspace members: workspace-level, so an app needs workspace-level access.
    constexpr std::array<endpoint_ref, 1> members{{{http_method::get, "/v2/workspaces/{workspace_id}/members"}}};
    STATIC_REQUIRE(validate(members, token_type::data_client_app).rejected == "workspace_members:read"_scopes);
    STATIC_REQUIRE(validate(members, token_type::data_client_app, app_access_level::site_and_workspace).ok());

    // List Workspaces: Data Client apps and workspace tokens, not site tokens.
    STATIC_REQUIRE(validate({{http_method::get, "/v2/workspaces"}}, token_type::site_token).excluded == 1);

    // Unknown entries are reported, not ignored.
    constexpr plan_validation unknown =
        validate({{http_method::get, "/v2/sites"}, {http_method::get, "/v2/nope"}}, token_type::data_client_app);
    STATIC_REQUIRE(!unknown);
    STATIC_REQUIRE(unknown.error == plan_errc::unknown_endpoint);
    STATIC_REQUIRE(unknown.error_index == 1);
}
