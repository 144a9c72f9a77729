// Token rules: the scopes reference's "For Data Client apps and site tokens, refer to the
// site-level scopes. For workspace tokens, refer to the workspace-level scopes", plus the
// custom code rule and the rules each registry row infers (docs/sources.md).
#include <catch2/catch.hpp>

#include <string_view>

#include <webflow/scopes.hpp>

using namespace webflow::scopes;

TEST_CASE("site tokens: site-level scopes except custom code", "[token]") {
    constexpr scope_set site = allowed_scopes(token_type::site_token);
    STATIC_REQUIRE(site.contains("cms:read cms:write assets:read pages:write site_config:write"_scopes));
    STATIC_REQUIRE_FALSE(site.contains("custom_code:read"_scope));
    STATIC_REQUIRE_FALSE(site.contains("custom_code:write"_scope));
    STATIC_REQUIRE_FALSE(
        site.intersects("workspace_activity:read workspace_members:read workspace_members:write"_scopes));
    // Workspace is in the site-level tab, which site tokens use.
    STATIC_REQUIRE(site.contains("workspace:read workspace:write"_scopes));
    // (A named scope: clang 14 crashes on a literal and a defaulted argument in one expression.)
    constexpr scope custom_code_write = "custom_code:write"_scope;
    STATIC_REQUIRE(rejection_of(custom_code_write, token_type::site_token) ==
                   token_rejection::not_offered_to_this_token_type);
    CHECK(rejection_reason(custom_code_write, token_type::site_token).find("only to Data Client apps") !=
          std::string_view::npos);
    constexpr scope cms_read = "cms:read"_scope;
    CHECK(rejection_reason(cms_read, token_type::site_token).empty());
    constexpr scope activity = "workspace_activity:read"_scope;
    STATIC_REQUIRE(rejection_of(activity, token_type::site_token) == token_rejection::site_token_holds_site_level_only);
}

TEST_CASE("workspace tokens: workspace-level scopes", "[token]") {
    constexpr scope_set ws = allowed_scopes(token_type::workspace_token);
    STATIC_REQUIRE(ws.contains("workspace_activity:read workspace_members:read workspace_members:write"_scopes));
    // Inferred from List Workspaces, which supports workspace API tokens (the row says so).
    STATIC_REQUIRE(ws.contains("workspace:read"_scope));
    STATIC_REQUIRE(info(resource::workspace).inferred.contains(inferred_rule::level));
    STATIC_REQUIRE_FALSE(ws.contains("cms:read"_scope));
    STATIC_REQUIRE_FALSE(ws.intersects(scopes_of(resource::branches)));
    constexpr scope sites_read = "sites:read"_scope;
    CHECK(rejection_reason(sites_read, token_type::workspace_token) ==
          message(token_rejection::workspace_token_holds_workspace_level_only));
}

TEST_CASE("Data Client apps: site level, plus workspace level when registered for it", "[token]") {
    constexpr scope_set site_app = allowed_scopes(token_type::data_client_app);
    constexpr scope_set ws_app = allowed_scopes(token_type::data_client_app, app_access_level::site_and_workspace);
    STATIC_REQUIRE(site_app.contains("custom_code:read custom_code:write cms:read workspace:read"_scopes));
    STATIC_REQUIRE(site_app.contains("branches:merge site_plans:write app_subscriptions:read"_scopes));
    STATIC_REQUIRE_FALSE(site_app.contains("workspace_activity:read"_scope));
    STATIC_REQUIRE(ws_app == scope_set::all());
    STATIC_REQUIRE(site_app == ((scope_set::all() - scopes_at(level::workspace)) | scopes_of(resource::workspace)));
    constexpr scope members_read = "workspace_members:read"_scope;
    STATIC_REQUIRE(rejection_of(members_read, token_type::data_client_app) ==
                   token_rejection::app_needs_workspace_access);
    STATIC_REQUIRE(rejection_of(members_read, token_type::data_client_app, app_access_level::site_and_workspace) ==
                   token_rejection::none);
}

TEST_CASE("beta resources follow the same rules; app subscriptions are for Data Client apps", "[token][beta]") {
    STATIC_REQUIRE(allowed_scopes(token_type::site_token).contains(scopes_of(resource::branches)));
    STATIC_REQUIRE_FALSE(allowed_scopes(token_type::site_token).contains("app_subscriptions:read"_scope));
    STATIC_REQUIRE(info(resource::app_subscriptions).inferred.contains(inferred_rule::tokens));
}

TEST_CASE("validate reports exactly the scopes a token cannot hold", "[token]") {
    constexpr auto requested = "cms:read custom_code:write workspace_activity:read"_scopes;
    constexpr validation_result result = validate(requested, token_type::site_token);
    STATIC_REQUIRE_FALSE(result.has_value());
    STATIC_REQUIRE(result.error() == "custom_code:write workspace_activity:read"_scopes);
    STATIC_REQUIRE(validate("cms:read"_scopes, token_type::site_token).has_value());
    STATIC_REQUIRE(*validate("cms:read"_scopes, token_type::site_token) == "cms:read"_scopes);
    STATIC_REQUIRE(validate(scope_set{}, token_type::workspace_token).has_value());
    STATIC_REQUIRE(static_cast<bool>(validate("custom_code:write"_scopes, token_type::data_client_app)));
    for (scope s : result.error()) CHECK_FALSE(rejection_reason(s, token_type::site_token).empty());
}

TEST_CASE("require_allowed is the compile-time check; its failures are in compile_fail/", "[token]") {
    STATIC_REQUIRE(require_allowed<token_type::site_token, "cms:read forms:read"_scopes>());
    STATIC_REQUIRE(require_allowed<token_type::data_client_app, "cms:read custom_code:read"_scopes>());
    STATIC_REQUIRE(require_allowed<token_type::data_client_app, "workspace_members:read"_scopes,
                                   app_access_level::site_and_workspace>());
    STATIC_REQUIRE(require_allowed<token_type::workspace_token, scope_set{}>());
}

TEST_CASE("every rejection reason has a name and a message", "[token]") {
    for (auto r : {token_rejection::none, token_rejection::not_offered_to_this_token_type,
                   token_rejection::app_needs_workspace_access, token_rejection::site_token_holds_site_level_only,
                   token_rejection::workspace_token_holds_workspace_level_only}) {
        CHECK_FALSE(to_string(r).empty());
        CHECK_FALSE(message(r).empty());
    }
}

TEST_CASE("allowed_scopes is may_hold() over every row", "[token]") {
    for (std::size_t t = 0; t < token_type_count; ++t) {
        for (std::size_t a = 0; a < app_access_level_count; ++a) {
            const auto type = static_cast<token_type>(t);
            const auto app = static_cast<app_access_level>(a);
            scope_set expected;
            for (const resource_info& row : registry()) {
                if (may_hold(type, row, app)) expected |= scopes_of(row.id);
            }
            INFO(to_string(type) << " " << to_string(app));
            CHECK(allowed_scopes(type, app) == expected);
        }
    }
}
