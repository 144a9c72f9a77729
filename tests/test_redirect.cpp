// The redirect back from Webflow: full URLs and bare query strings, form decoding, fragments,
// duplicate keys, bad escapes (each with its offset), and the constant-time state check.
#include <catch2/catch.hpp>

#include <iterator>
#include <string>
#include <string_view>

#include <webflow/scopes/percent.hpp>
#include <webflow/scopes/redirect.hpp>

using namespace webflow::scopes;
using namespace std::string_literals;

namespace {

void check_error(std::string_view input, redirect_errc code, std::size_t offset, std::size_t length) {
    INFO("input: " << std::string(input));
    const redirect_view_result view = parse_redirect_view(input);
    REQUIRE_FALSE(view.has_value());
    CHECK(view.error().code == code);
    CHECK(view.error().offset == offset);
    CHECK(view.error().length == length);
    CHECK(view.error().offset + view.error().length <= input.size());
    const redirect_result decoded = parse_redirect(input);
    REQUIRE_FALSE(decoded);
    CHECK(decoded.error() == view.error());
    CHECK(decoded->code.empty());
    CHECK_THROWS_AS(decoded.value(), bad_result_access);
}

}  // namespace

TEST_CASE("a full URL with code and state", "[redirect]") {
    const redirect_result r = parse_redirect("https://app.example/callback?code=4f1c9e&state=abc123");
    REQUIRE(r);
    CHECK(r->code == "4f1c9e");
    CHECK(r->state == "abc123");
    CHECK(r->error.empty());
    CHECK(r->error_description.empty());
    CHECK_FALSE(r->is_error());
    // A success carries no error: its code is none.
    CHECK(r.error() == redirect_error{});
    CHECK(r.error().code == redirect_errc::none);
}

TEST_CASE("a bare query string, with or without '?'", "[redirect]") {
    for (std::string_view q : {"code=c1&state=s1", "?code=c1&state=s1", "state=s1&code=c1", "/cb?state=s1&code=c1"}) {
        INFO(std::string(q));
        const redirect_result r = parse_redirect(q);
        REQUIRE(r);
        CHECK(r->code == "c1");
        CHECK(r->state == "s1");
    }
}

TEST_CASE("an error redirect", "[redirect]") {
    const redirect_result r = parse_redirect(
        "https://app.example/cb?error=access_denied&error_description=The+user+denied+access%2E&state=xyz");
    REQUIRE(r);
    CHECK(r->is_error());
    CHECK(r->error == "access_denied");
    CHECK(r->error_description == "The user denied access.");
    CHECK(r->state == "xyz");
    CHECK(r->code.empty());

    const redirect_result scope_error = parse_redirect("?error=invalid_scope");
    REQUIRE(scope_error);
    CHECK(scope_error->is_error());
    CHECK(scope_error->error == "invalid_scope");
}

TEST_CASE("values are form-decoded; the view keeps them encoded", "[redirect]") {
    constexpr std::string_view input = "?code=a%2Bb+c%20d&state=%E2%9C%93%26%3D%23";
    const redirect_result r = parse_redirect(input);
    REQUIRE(r);
    CHECK(r->code == "a+b c d");
    CHECK(r->state == "\xe2\x9c\x93&=#");

    constexpr redirect_view_result v = parse_redirect_view(input);
    STATIC_REQUIRE(v.has_value());
    STATIC_REQUIRE(v->code.raw == "a%2Bb+c%20d");
    STATIC_REQUIRE(v->code.offset == 6);
    STATIC_REQUIRE(v->code.decoded_size() == 7);
    STATIC_REQUIRE(v->state.raw == "%E2%9C%93%26%3D%23");
    STATIC_REQUIRE(v->state.decoded_size() == 6);
    STATIC_REQUIRE(v->state.present);
    STATIC_REQUIRE_FALSE(v->error.present);
    STATIC_REQUIRE_FALSE(v->is_error());
}

TEST_CASE("the fragment is dropped and cannot inject a value", "[redirect]") {
    const redirect_result r = parse_redirect("https://app.example/cb?code=real&state=s#code=evil&state=evil");
    REQUIRE(r);
    CHECK(r->code == "real");
    CHECK(r->state == "s");
    // An encoded '#' is data, not a fragment.
    const redirect_result encoded = parse_redirect("?code=a%23b");
    REQUIRE(encoded);
    CHECK(encoded->code == "a#b");
    // Everything after '#': no query at all.
    check_error("https://app.example/cb#code=evil", redirect_errc::no_query, 22, 0);
}

TEST_CASE("a bare query string may hold '?' and '://' as data", "[redirect]") {
    const redirect_result r = parse_redirect("code=a?b&next=https://app.example/x?y=1&state=s");
    REQUIRE(r);
    CHECK(r->code == "a?b");
    CHECK(r->state == "s");
    // In a URL the query starts at the first '?', and a later '?' is data.
    const redirect_result u = parse_redirect("https://app.example/cb?code=a?b&state=s");
    REQUIRE(u);
    CHECK(u->code == "a?b");
}

TEST_CASE("unknown parameters, empty pieces, encoded keys", "[redirect]") {
    const redirect_result r = parse_redirect("?foo=1&&code=x&bar&state=&codes=no&xcode=no&");
    REQUIRE(r);
    CHECK(r->code == "x");
    CHECK(r->state.empty());
    // A key is read decoded, as URLSearchParams reads it: c%6Fde is code.
    const redirect_result encoded_key = parse_redirect("c%6Fde=q&st%61te=w");
    REQUIRE(encoded_key);
    CHECK(encoded_key->code == "q");
    CHECK(encoded_key->state == "w");
    // present but empty vs absent
    STATIC_REQUIRE(parse_redirect_view("code=x&state=")->state.present);
    STATIC_REQUIRE_FALSE(parse_redirect_view("code=x")->state.present);
}

TEST_CASE("bad input: each error with its offset", "[redirect]") {
    check_error("", redirect_errc::empty_input, 0, 0);
    check_error("https://app.example/cb", redirect_errc::no_query, 22, 0);
    check_error("/callback", redirect_errc::no_query, 9, 0);
    check_error("just text", redirect_errc::no_code_or_error, 0, 9);
    // The second code (piece "code=2" at offset 7) is the problem.
    check_error("code=1&code=2", redirect_errc::duplicate_parameter, 7, 6);
    check_error("?state=a&code=b&state=a", redirect_errc::duplicate_parameter, 16, 7);
    check_error("code=1&c%6Fde=2", redirect_errc::duplicate_parameter, 7, 8);
    check_error("?error=x&error=y", redirect_errc::duplicate_parameter, 9, 7);
    // Bad escapes: "%zz" at 5 (the '%' and the bad digit), a cut-off "%4" at the end.
    check_error("code=%zz", redirect_errc::bad_percent_escape, 5, 2);
    check_error("code=ok&state=ab%4", redirect_errc::bad_percent_escape, 16, 2);
    check_error("code=ok&state=%", redirect_errc::bad_percent_escape, 14, 1);
    check_error("state=s", redirect_errc::no_code_or_error, 0, 7);
    check_error("?code=&state=s", redirect_errc::no_code_or_error, 1, 13);
    check_error("https://a.example/cb?", redirect_errc::no_code_or_error, 21, 0);
    // A bad escape in a parameter we do not read is not our business.
    CHECK(parse_redirect("code=x&other=%zz"));

    STATIC_REQUIRE(parse_redirect_view("code=%zz").error().code == redirect_errc::bad_percent_escape);
    STATIC_REQUIRE(parse_redirect_view("").error().message() == "empty redirect");
}

TEST_CASE("redirect_errc names", "[redirect]") {
    STATIC_REQUIRE(to_string(redirect_errc::none) == "none");
    STATIC_REQUIRE(message(redirect_errc::none) == "no error");
    STATIC_REQUIRE(redirect_errc{} == redirect_errc::none);
    STATIC_REQUIRE(to_string(redirect_errc::duplicate_parameter) == "duplicate_parameter");
    STATIC_REQUIRE(to_string(redirect_errc::no_code_or_error) == "no_code_or_error");
    STATIC_REQUIRE(redirect_errc_from_string("no_query") == redirect_errc::no_query);
    STATIC_REQUIRE_FALSE(redirect_errc_from_string("").has_value());
    STATIC_REQUIRE(message(redirect_errc::no_query) == "URL has no query string");
    STATIC_REQUIRE(to_string(static_cast<redirect_errc>(99)).empty());
}

TEST_CASE("hostile input never reads out of bounds", "[redirect]") {
    for (std::string_view s : {"%", "?%", "?=", "?&", "?=&=", "&code", "code", "code=", "#", "?#", "%%%%", "?code=%",
                               "?code=%%41", "?code=x%", "=code", "code==x"}) {
        INFO(std::string(s));
        const redirect_view_result v = parse_redirect_view(s);
        if (!v) CHECK(v.error().offset + v.error().length <= s.size());
    }
    const redirect_result nul = parse_redirect("code=a%00b&state=\0x"s);
    REQUIRE(nul);
    CHECK(nul->code == "a\0b"s);
    CHECK(nul->state == "\0x"s);
    const std::string huge = "?code=" + std::string(1 << 20, 'a') + "&state=" + std::string(1 << 20, '%');
    const redirect_view_result v = parse_redirect_view(huge);
    REQUIRE_FALSE(v);
    CHECK(v.error().code == redirect_errc::bad_percent_escape);
    CHECK(v.error().offset == 6 + (1 << 20) + 7);
}

TEST_CASE("state_matches", "[redirect][state]") {
    STATIC_REQUIRE(state_matches("abc123", "abc123"));
    STATIC_REQUIRE_FALSE(state_matches("abc124", "abc123"));
    STATIC_REQUIRE_FALSE(state_matches("Abc123", "abc123"));
    STATIC_REQUIRE_FALSE(state_matches("abc12", "abc123"));
    STATIC_REQUIRE_FALSE(state_matches("abc1234", "abc123"));
    STATIC_REQUIRE_FALSE(state_matches("", "abc"));
    STATIC_REQUIRE_FALSE(state_matches("", ""));  // no state sent: nothing can match
    STATIC_REQUIRE_FALSE(state_matches("x", ""));
    // A prefix padded with NUL must not pass for the shorter state.
    CHECK_FALSE(state_matches("abc\0"s, "abc"));
    CHECK(state_matches("a\0b"s, "a\0b"s));
    const redirect_result r = parse_redirect("?code=c&state=s%20t%2B");
    REQUIRE(r);
    CHECK(state_matches(r->state, "s t+"));
}

TEST_CASE("percent_decode_to: bytes written, or the first bad escape", "[redirect][percent]") {
    std::string out;
    const percent_decode_result good = percent_decode_to(std::back_inserter(out), "cms%3Aread+sites%3Aread", true);
    REQUIRE(good.has_value());
    CHECK(*good == out.size());
    CHECK(out == "cms:read sites:read");
    std::string partial;
    const percent_decode_result bad = percent_decode_to(std::back_inserter(partial), "ab%2Gcd");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error() == percent_error{2, 3});
    CHECK(partial == "ab");  // nothing after the bad escape
}
