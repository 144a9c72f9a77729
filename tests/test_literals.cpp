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
    STATIC_REQUIRE(is_valid("branches:merge", parse_mode::lenient));
    STATIC_REQUIRE_FALSE(validate("custom_code:read"_scopes, token_type::site_token).ok());
}

TEST_CASE("compile-time and run-time parse agree, code and offset", "[literals]") {
    constexpr std::string_view input = "cms:read forms:read cms:read";
    constexpr parse_result at_compile_time = parse(input);
    const parse_result at_run_time = parse(input);
    STATIC_REQUIRE(at_compile_time.error().code == errc::duplicate_scope);
    STATIC_REQUIRE(at_compile_time.error().offset == 20);
    CHECK(at_run_time.error() == at_compile_time.error());
}
