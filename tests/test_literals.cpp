// The compile-time face: _scopes, _scope, scopes_for and is_valid, the bool twins of the
// hard checks (the hard failures themselves are in compile_fail/).
#include <catch2/catch.hpp>

#include <webflow/scopes.hpp>

using namespace webflow::scopes;

TEST_CASE("good literals work at compile time", "[literals]") {
    constexpr auto s = "cms:read cms:write forms:read"_scopes;
    STATIC_REQUIRE(s.size() == 3);
    STATIC_REQUIRE("cms:read"_scope == scope{resource::cms, access::read});
    STATIC_REQUIRE("cms:read,forms:read"_scopes == "forms:read cms:read"_scopes);
    STATIC_REQUIRE("cms%3Aread%20forms%3Aread"_scopes == "forms:read cms:read"_scopes);
    STATIC_REQUIRE(allowed_scopes(token_type::site_token).contains("cms:read"_scopes));
    STATIC_REQUIRE(scopes_for<token_type::site_token, "cms:read forms:write">() == "cms:read forms:write"_scopes);
    STATIC_REQUIRE(scopes_for<token_type::workspace_token, "workspace_activity:read">().size() == 1);
}

TEST_CASE("beta scopes are scopes: literals, parse, join", "[literals][beta]") {
    constexpr auto branch = "branches:create branches:read"_scopes;
    STATIC_REQUIRE(branch.size() == 2);
    STATIC_REQUIRE("branches:merge"_scope == scope{resource::branches, access::merge});
    STATIC_REQUIRE("branches:delete"_scope == scope{resource::branches, access::delete_});
    constexpr auto beta = "branches:merge site_plans:write app_subscriptions:read"_scopes;
    STATIC_REQUIRE(parse("branches:merge site_plans:write app_subscriptions:read").value() == beta);
    CHECK(parse(join(beta)).value() == beta);
    CHECK(parse(join(scope_set::all())).value() == scope_set::all());
    // Selecting by status: an app can assert that it asks for no beta scope.
    STATIC_REQUIRE(scopes_with_status(resource_status::beta).contains(beta));
    STATIC_REQUIRE_FALSE(scopes_with_status(resource_status::beta).intersects("cms:read sites:write"_scopes));
}

TEST_CASE("literal diagnostics suggest a scope", "[literals]") {
    // What the diagnostic's template arguments are made of (compile_fail/ checks the message).
    constexpr detail::literal_verdict typo = detail::check_scope_literal("sites:read pagez:write");
    STATIC_REQUIRE(typo.code == errc::unknown_scope);
    STATIC_REQUIRE(typo.offset == 11);
    STATIC_REQUIRE(typo.suggestion == "pages:write"_scope);
}

TEST_CASE("bool twins: every hard literal check can be asked without failing the build", "[literals]") {
    STATIC_REQUIRE(is_valid("cms:read cms:write"));
    STATIC_REQUIRE_FALSE(is_valid(""));                          // empty_input
    STATIC_REQUIRE_FALSE(is_valid("cms:read  cms:write"));       // empty_scope
    STATIC_REQUIRE_FALSE(is_valid(" cms:read"));                 // leading_separator
    STATIC_REQUIRE_FALSE(is_valid("cms:read,"));                 // trailing_separator
    STATIC_REQUIRE_FALSE(is_valid("cms"));                       // malformed_scope
    STATIC_REQUIRE_FALSE(is_valid("workspace_activity: read"));  // space_in_scope
    STATIC_REQUIRE_FALSE(is_valid("CMS:read"));                  // wrong_case
    STATIC_REQUIRE_FALSE(is_valid("cms:reed"));                  // unknown_scope
    STATIC_REQUIRE_FALSE(is_valid("authorized_user:write"));     // unsupported_access
    STATIC_REQUIRE_FALSE(is_valid("cms:read cms:read"));         // duplicate_scope
    STATIC_REQUIRE_FALSE(is_valid("cms%3read"));                 // bad_percent_escape
    STATIC_REQUIRE_FALSE(is_valid("cms:read%00"));               // control_character
    STATIC_REQUIRE_FALSE(is_valid("cms:r\xc3\xa9"));             // non_ascii
    STATIC_REQUIRE_FALSE(is_valid("cms:read%2B"));               // invalid_character
    STATIC_REQUIRE(is_valid("nosuch:merge", parse_mode::lenient));
    STATIC_REQUIRE_FALSE(validate("custom_code:read"_scopes, token_type::site_token).has_value());
    STATIC_REQUIRE(require_allowed<token_type::data_client_app, "cms:read custom_code:read"_scopes>());
}

TEST_CASE("compile-time and run-time parse agree, code and offset", "[literals]") {
    constexpr std::string_view input = "cms:read forms:read cms:read";
    constexpr parse_result at_compile_time = parse(input);
    const parse_result at_run_time = parse(input);
    STATIC_REQUIRE(at_compile_time.error().code == errc::duplicate_scope);
    STATIC_REQUIRE(at_compile_time.error().offset == 20);
    CHECK(at_run_time.error() == at_compile_time.error());
}
