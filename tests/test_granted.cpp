// parse_granted() and parse_missing_scopes() on the strings of webflow-facts.md section 5,
// verbatim, plus the variants real servers and proxies produce. Unknown scopes are names
// Webflow will never register (nosuch, no-such).
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

TEST_CASE("introspect: unknown scopes are skipped and reported", "[granted]") {
    constexpr std::string_view text = "sites:read,nosuch:read,cms:read,no-such:merge";
    const parse_result r = parse_granted(text);
    REQUIRE(r);
    CHECK(*r == "sites:read cms:read"_scopes);
    REQUIRE(r.skipped_count() == 2);
    REQUIRE(r.skipped().size() == 2);
    CHECK(r.skipped()[0] == skipped_scope{11, 11, errc::unknown_scope});
    CHECK(r.skipped()[1] == skipped_scope{32, 13, errc::unknown_scope});
    CHECK(text.substr(r.skipped()[1].offset, r.skipped()[1].length) == "no-such:merge");
}

TEST_CASE("introspect: the beta API's scopes are known", "[granted]") {
    const parse_result r = parse_granted("sites:read,branches:merge,site_plans:write,app_subscriptions:read");
    REQUIRE(r);
    CHECK(r->size() == 4);
    CHECK(r->contains("branches:merge site_plans:write app_subscriptions:read"_scopes));
    CHECK(r.skipped().empty());
}

TEST_CASE("introspect: every scope token that is no known scope is skipped, with why", "[granted]") {
    struct skip_case {
        std::string_view token;
        errc reason;
        std::size_t length;  // of the skip, from the token's start
    };
    // Each token is written after "cms:read," (9 bytes), which must survive every one of them.
    // clang-format off
    for (const skip_case& c : {
             skip_case{"CMS:read", errc::wrong_case, 8},
             skip_case{"cms", errc::malformed_scope, 3},
             skip_case{"cms:", errc::malformed_scope, 4},
             skip_case{":read", errc::malformed_scope, 5},
             skip_case{"cms:read:x", errc::malformed_scope, 10},
             skip_case{"cms;read", errc::invalid_character, 8},
             skip_case{"cms%2Bread", errc::invalid_character, 10},  // an encoded '+' is not a separator
             skip_case{"authorized_user:write", errc::unsupported_access, 21},
             skip_case{"no-such-thing:read", errc::unknown_scope, 18},
             skip_case{"1abc:read", errc::unknown_scope, 9},
             skip_case{"ab:read", errc::unknown_scope, 7},
             skip_case{"cms:reed", errc::unknown_scope, 8},
             skip_case{"workspace_activity: read", errc::space_in_scope, 24},  // one skip for both words
         }) {
        // clang-format on
        const std::string text = "cms:read," + std::string(c.token) + ",forms:read";
        INFO(text);
        const parse_result r = parse_granted(text);
        REQUIRE(r);
        CHECK(*r == "cms:read forms:read"_scopes);
        REQUIRE(r.skipped_count() == 1);
        CHECK(r.skipped()[0] == skipped_scope{9, c.length, c.reason});
    }
}

TEST_CASE("introspect: more skips than are reported are still counted", "[granted]") {
    std::string text = "cms:read";
    constexpr std::size_t unknown = parse_result::max_reported_skips + 3;
    for (std::size_t i = 0; i < unknown; ++i) text += " nosuch:read";
    const parse_result r = parse_granted(text);
    REQUIRE(r);
    CHECK(*r == "cms:read"_scopes);
    CHECK(r.skipped_count() == unknown);
    REQUIRE(r.skipped().size() == parse_result::max_reported_skips);
    // "cms:read" is 8 bytes, then each " nosuch:read" is 12.
    for (std::size_t i = 0; i < r.skipped().size(); ++i) {
        CHECK(r.skipped()[i] == skipped_scope{9 + 12 * i, 11, errc::unknown_scope});
    }
}

TEST_CASE("introspect: malformed input is still an error", "[granted]") {
    // '"' and '\\' are outside RFC 6749's scope tokens; controls, non-ASCII and bad escapes too.
    struct error_case {
        std::string_view text;
        errc code;
        std::size_t offset;
    };
    for (const error_case& c : {
             error_case{"sites:read,\"cms:read\"", errc::invalid_character, 11},
             error_case{"sites:read,cms\\read", errc::invalid_character, 14},
             error_case{"nosuch:read,cms:r\tead", errc::control_character, 17},
             error_case{"nosuch:read cms:r\303\251ad", errc::non_ascii, 17},
             error_case{"sites:read,cms%3zread", errc::bad_percent_escape, 14},
             error_case{"sites:read,cms%00read", errc::control_character, 14},
         }) {
        INFO(std::string(c.text));
        const parse_result r = parse_granted(c.text);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == c.code);
        CHECK(r.error().offset == c.offset);
        CHECK((*r).empty());
    }
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
    constexpr std::string_view text = "You are missing the following scopes - 'no-such:merge', cms:read, 'CMS:write'";
    const parse_result r = parse_missing_scopes(text);
    REQUIRE(r);
    CHECK(*r == "cms:read"_scopes);
    REQUIRE(r.skipped_count() == 2);
    CHECK(r.skipped()[0] == skipped_scope{text.find("no-such"), 13, errc::unknown_scope});
    CHECK(r.skipped()[1] == skipped_scope{text.find("CMS"), 9, errc::wrong_case});
    // The beta API's scopes are known ones.
    CHECK(parse_missing_scopes("You are missing the following scopes - branches:merge").value() ==
          "branches:merge"_scopes);
}

TEST_CASE("403 missing_scopes: errors say what and where", "[granted][missing]") {
    // No scope named at all.
    constexpr std::string_view empty_list = "OAuthForbidden: You are missing the following scopes - ";
    const parse_result none = parse_missing_scopes(empty_list);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == errc::empty_input);
    CHECK(none.error().offset == empty_list.size() - 1);
    // A byte no scope token holds, with its offset into the body.
    constexpr std::string_view body =
        R"({"code":"missing_scopes","message":"missing the following scopes - cms:r\u00e9ad"})";
    const parse_result bad = parse_missing_scopes(body);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().code == errc::invalid_character);
    CHECK(bad.error().offset == body.find('\\'));
    CHECK(bad.error().length == 1);
    CHECK((*bad).empty());
    constexpr std::string_view raw_utf8 = "missing the following scopes - cms:r\303\251ad";
    const parse_result non_ascii = parse_missing_scopes(raw_utf8);
    REQUIRE_FALSE(non_ascii);
    CHECK(non_ascii.error().code == errc::non_ascii);
    CHECK(non_ascii.error().offset == raw_utf8.find('\303'));
    // Other bodies are errors, never an empty "nothing missing".
    CHECK_FALSE(parse_missing_scopes(""));
    CHECK_FALSE(parse_missing_scopes(R"({"code":"missing_scopes","message":""})"));
    CHECK_FALSE(parse_missing_scopes(R"({"message":)"));
}

TEST_CASE("403 missing_scopes: words that are no scope are skipped, not taken for one", "[granted][missing]") {
    // "cms" where a scope should be: a malformed token, skipped with its place in the body.
    constexpr std::string_view body = R"({"code":"missing_scopes","message":"missing the following scopes - cms"})";
    const parse_result r = parse_missing_scopes(body);
    REQUIRE(r);
    CHECK(r->empty());
    REQUIRE(r.skipped_count() == 1);
    CHECK(r.skipped()[0] == skipped_scope{body.find("cms\""), 3, errc::malformed_scope});
    // Without the phrase the message is the list, and only known scopes count: "Forbidden"
    // names none, which is an error rather than "nothing missing".
    const parse_result word = parse_missing_scopes("Forbidden");
    REQUIRE_FALSE(word);
    CHECK(word.error().code == errc::empty_input);
    CHECK(parse_missing_scopes("Forbidden cms:read").value() == "cms:read"_scopes);
    // A separator alone names nothing, encoded or not.
    for (std::string_view sep : {"%20", "%2C", "+"}) {
        INFO(sep);
        const std::string text = "You are missing the following scopes - " + std::string(sep);
        CHECK(parse_missing_scopes(text).error().code == errc::empty_input);
    }
}

TEST_CASE("403 missing_scopes: cut-off and hostile bodies stay in bounds", "[granted][missing]") {
    for (std::size_t n = 0; n <= facts_body.size(); ++n) {
        const std::string_view cut = facts_body.substr(0, n);
        INFO(std::string(cut));
        const parse_result r = parse_missing_scopes(cut);
        if (!r) {
            CHECK(r.error().offset + r.error().length <= cut.size());
            continue;
        }
        // Either the whole scope, or nothing but what was skipped (a cut "components:wr").
        CHECK((*r == "components:write"_scopes || (r->empty() && r.skipped_count() > 0)));
        for (const skipped_scope& s : r.skipped()) CHECK(s.offset + s.length <= cut.size());
    }
    CHECK(parse_missing_scopes(R"({"message":"missing the following scopes - cms:read\)").value() == "cms:read"_scopes);
}
