// parse_granted() and parse_missing_scopes() on the strings of webflow-facts.md section 5,
// verbatim, plus the variants real servers and proxies produce.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include <webflow/scopes/granted.hpp>
#include <webflow/scopes/literals.hpp>

using namespace webflow::scopes;
using namespace webflow::scopes::literals;
using namespace std::string_view_literals;

namespace {

// webflow-facts.md section 5, verbatim.
constexpr std::string_view facts_body =
    R"({"code":"missing_scopes","message":"OAuthForbidden: You are missing the following scopes - components:write","externalReference":null,"details":[]})";
constexpr std::string_view facts_message = "OAuthForbidden: You are missing the following scopes - components:write";
constexpr std::string_view facts_quoted = "OAuthForbidden: You are missing the following scopes - 'sites:read'";

}  // namespace

TEST_CASE("introspect's authorization.scope: commas and/or spaces", "[granted]") {
    STATIC_REQUIRE(parse_granted("assets:read,assets:write").value() == "assets:read assets:write"_scopes);
    STATIC_REQUIRE(parse_granted("custom_code:read sites:read").value() == "custom_code:read sites:read"_scopes);
    CHECK(parse_granted("sites:read, cms:read ,, forms:read  ").value() == "sites:read cms:read forms:read"_scopes);
    CHECK(parse_granted(" cms:read,cms:read ").value() == "cms:read"_scopes);  // duplicates merged
    CHECK(parse_granted("").value().empty());                                  // a token with no scopes
}

TEST_CASE("introspect: unknown (beta) scopes are skipped and reported", "[granted]") {
    constexpr std::string_view text = "sites:read,branches:merge,cms:read,site_plans:write";
    const parse_result r = parse_granted(text);
    REQUIRE(r);
    CHECK(*r == "sites:read cms:read"_scopes);
    REQUIRE(r.skipped_count() == 2);
    CHECK(text.substr(r.skipped()[0].offset, r.skipped()[0].length) == "branches:merge");
    CHECK(text.substr(r.skipped()[1].offset, r.skipped()[1].length) == "site_plans:write");
}

TEST_CASE("introspect: malformed input is still an error", "[granted]") {
    const parse_result r = parse_granted("sites:read,\"cms:read\"");
    REQUIRE_FALSE(r);
    CHECK(r.error().code == errc::invalid_character);
    CHECK(r.error().offset == 11);
}

TEST_CASE("403 missing_scopes: the whole body and its message", "[granted][missing]") {
    STATIC_REQUIRE(parse_missing_scopes(facts_body).value() == "components:write"_scopes);
    STATIC_REQUIRE(parse_missing_scopes(facts_message).value() == "components:write"_scopes);
    STATIC_REQUIRE(parse_missing_scopes(facts_quoted).value() == "sites:read"_scopes);
}

TEST_CASE("403 missing_scopes: several scopes, quoting styles, spacing", "[granted][missing]") {
    const auto expected = "sites:read cms:write"_scopes;
    for (
        std::string_view text : {
            "OAuthForbidden: You are missing the following scopes - sites:read, cms:write"sv,
            "OAuthForbidden: You are missing the following scopes - sites:read cms:write"sv,
            "OAuthForbidden: You are missing the following scopes - 'sites:read', 'cms:write'"sv,
            "OAuthForbidden: You are missing the following scopes - ['sites:read', 'cms:write']"sv,
            "OAuthForbidden: You are missing the following scopes - sites:read and cms:write."sv,
            "You are missing the following scopes: sites:read,cms:write"sv,
            "missing the following scope - sites:read cms:write"sv,
            R"({"code": "missing_scopes", "message": "OAuthForbidden: You are missing the following scopes - \"sites:read\", \"cms:write\""})"sv,
            "sites:read, cms:write"sv,  // a message without the phrase: read as the list
        }) {
        INFO(std::string(text));
        const parse_result r = parse_missing_scopes(text);
        REQUIRE(r);
        CHECK(*r == expected);
    }
}

TEST_CASE("403 missing_scopes: unknown scopes reported with offsets into the body", "[granted][missing]") {
    constexpr std::string_view text = "You are missing the following scopes - 'branches:merge', cms:read";
    const parse_result r = parse_missing_scopes(text);
    REQUIRE(r);
    CHECK(*r == "cms:read"_scopes);
    REQUIRE(r.skipped_count() == 1);
    CHECK(text.substr(r.skipped()[0].offset, r.skipped()[0].length) == "branches:merge");
}

TEST_CASE("403 missing_scopes: errors say what and where", "[granted][missing]") {
    // No scope named at all.
    constexpr std::string_view empty_list = "OAuthForbidden: You are missing the following scopes - ";
    const parse_result none = parse_missing_scopes(empty_list);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == errc::empty_input);
    CHECK(none.error().offset == empty_list.size() - 1);
    // Garbage where a scope should be, with its offset into the body.
    constexpr std::string_view body = R"({"code":"missing_scopes","message":"missing the following scopes - cms"})";
    const parse_result bad = parse_missing_scopes(body);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == errc::malformed_scope);
    CHECK(body.substr(bad.error().offset, bad.error().length) == "cms");
    CHECK((*bad).empty());
    // Other bodies are errors, never an empty "nothing missing".
    CHECK_FALSE(parse_missing_scopes(""));
    CHECK_FALSE(parse_missing_scopes(R"({"code":"missing_scopes","message":""})"));
    CHECK_FALSE(parse_missing_scopes(R"({"message":)"));
    CHECK_FALSE(parse_missing_scopes("Forbidden"));
}

TEST_CASE("403 missing_scopes: cut-off and hostile bodies stay in bounds", "[granted][missing]") {
    for (std::size_t n = 0; n <= facts_body.size(); ++n) {
        const std::string_view cut = facts_body.substr(0, n);
        const parse_result r = parse_missing_scopes(cut);
        if (!r) {
            CHECK(r.error().offset + r.error().length <= cut.size());
        } else {
            CHECK(r->contains("components:write"_scopes) == (r->size() == 1));
        }
    }
    CHECK(parse_missing_scopes(R"({"message":"missing the following scopes - cms:read\)").value() == "cms:read"_scopes);
}
