// Token rules from webflow-facts.md section 2.
#include <catch2/catch.hpp>

#include <webflow/scopes.hpp>

using namespace webflow::scopes;

TEST_CASE("site tokens: site-level scopes except custom code", "[token]") {
    constexpr scope_set site = allowed_scopes(token_type::site_token);
    STATIC_REQUIRE(site.contains("cms:read cms:write assets:read pages:write site_config:write"_scopes));
    STATIC_REQUIRE_FALSE(site.contains("custom_code:read"_scope));
    STATIC_REQUIRE_FALSE(site.contains("custom_code:write"_scope));
    STATIC_REQUIRE_FALSE(
        site.intersects("workspace_activity:read workspace_members:read workspace_members:write"_scopes));
    // List Workspaces accepts workspace tokens and Data Client apps, not site tokens.
    STATIC_REQUIRE_FALSE(site.contains("workspace:read"_scope));
    // (A named scope: clang 14 crashes on a literal and a defaulted argument in one expression.)
    constexpr scope custom_code_write = "custom_code:write"_scope;
    CHECK(rejection_reason(custom_code_write, token_type::site_token).find("Data Client apps only") !=
          std::string_view::npos);
    CHECK(rejection_reason("cms:read"_scope, token_type::site_token).empty());
}

TEST_CASE("workspace tokens: workspace-level scopes", "[token]") {
    constexpr scope_set ws = allowed_scopes(token_type::workspace_token);
    STATIC_REQUIRE(ws.contains("workspace_activity:read workspace_members:read workspace_members:write"_scopes));
    STATIC_REQUIRE(ws.contains("workspace:read"_scope));
    STATIC_REQUIRE_FALSE(ws.contains("cms:read"_scope));
    STATIC_REQUIRE_FALSE(ws.contains("sites:read"_scope));
    CHECK(rejection_reason("sites:read"_scope, token_type::workspace_token) ==
          "site-level scope: workspace tokens hold workspace-level scopes only");
}

TEST_CASE("Data Client apps: site level, plus workspace level when registered for it", "[token]") {
    constexpr scope_set site_app = allowed_scopes(token_type::data_client_app);
    constexpr scope_set ws_app = allowed_scopes(token_type::data_client_app, app_access_level::site_and_workspace);
    STATIC_REQUIRE(site_app.contains("custom_code:read custom_code:write cms:read workspace:read"_scopes));
    STATIC_REQUIRE_FALSE(site_app.contains("workspace_activity:read"_scope));
    STATIC_REQUIRE(ws_app == scope_set::all());
    STATIC_REQUIRE(site_app ==
                   scope_set::all() - "workspace_activity:read workspace_members:read workspace_members:write"_scopes);
    constexpr scope members_read = "workspace_members:read"_scope;
    CHECK(rejection_reason(members_read, token_type::data_client_app).find("app_access_level::site_and_workspace") !=
          std::string_view::npos);
}

TEST_CASE("validate reports exactly the scopes a token cannot hold", "[token]") {
    constexpr auto requested = "cms:read custom_code:write workspace_activity:read"_scopes;
    constexpr auto result = validate(requested, token_type::site_token);
    STATIC_REQUIRE_FALSE(result.ok());
    STATIC_REQUIRE(result.rejected == "custom_code:write workspace_activity:read"_scopes);
    STATIC_REQUIRE(validate("cms:read"_scopes, token_type::site_token).ok());
    STATIC_REQUIRE(validate(scope_set{}, token_type::workspace_token).ok());
    STATIC_REQUIRE(static_cast<bool>(validate("custom_code:write"_scopes, token_type::data_client_app)));
    for (scope s : result.rejected) CHECK_FALSE(rejection_reason(s, token_type::site_token).empty());
}
