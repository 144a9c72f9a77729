// authorize_url(): the docs' own example URL, the error cases, the allocation-free paths, and
// hostile values that must come back intact through a decoder written here, independent of
// the library's (so a shared bug in encoding and decoding cannot hide).
#include <catch2/catch.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <webflow/scopes/literals.hpp>
#include <webflow/scopes/oauth.hpp>

#include "hostile_values.hpp"

using namespace webflow::scopes;
using namespace webflow::scopes::literals;
using namespace std::string_literals;
using namespace std::string_view_literals;

namespace {

// webflow-facts.md section 3, verbatim.
constexpr std::string_view docs_client_id = "739dc78b0704716e8aadab301466757fa41afbca5f31aa91a79a35e8708a5866";
constexpr std::string_view docs_url =
    "https://webflow.com/oauth/authorize?response_type=code&client_id="
    "739dc78b0704716e8aadab301466757fa41afbca5f31aa91a79a35e8708a5866&scope=assets%3Aread%20assets%3Awrite%"
    "20authorized_user%3Aread%20cms%3Aread%20cms%3Awrite%20custom_code%3Aread%20custom_code%3Awrite%20forms%"
    "3Aread%20forms%3Awrite%20pages%3Aread%20pages%3Awrite%20sites%3Aread%20sites%3Awrite";
constexpr scope_set docs_scopes =
    "assets:read assets:write authorized_user:read cms:read cms:write custom_code:read custom_code:write "
    "forms:read forms:write pages:read pages:write sites:read sites:write"_scopes;

// ---- An independent decoder: strict RFC 3986 query reading, nothing from the library ------
struct decoded_url {
    std::string base;
    std::vector<std::pair<std::string, std::string>> params;
    bool ok = true;
    std::string problem;
};

int hex(char c) {
    const std::string_view digits = "0123456789ABCDEF";  // the library promises upper-case hex
    const auto at = digits.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

bool unreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

std::optional<std::string> decode_value(std::string_view v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '%') {
            if (i + 2 >= v.size()) return std::nullopt;
            const int hi = hex(v[i + 1]);
            const int lo = hex(v[i + 2]);
            if (hi < 0 || lo < 0) return std::nullopt;
            out.push_back(static_cast<char>(hi * 16 + lo));
            i += 2;
        } else if (unreserved(v[i])) {
            out.push_back(v[i]);
        } else {
            return std::nullopt;  // a raw reserved or unsafe byte in a value
        }
    }
    return out;
}

decoded_url decode_url(std::string_view url) {
    decoded_url d;
    const auto q = url.find('?');
    if (q == std::string_view::npos) return {std::string(url), {}, false, "no ?"};
    d.base = std::string(url.substr(0, q));
    std::string_view rest = url.substr(q + 1);
    while (true) {
        const auto amp = rest.find('&');
        const std::string_view piece = rest.substr(0, amp);
        const auto eq = piece.find('=');
        if (eq == std::string_view::npos) return {d.base, d.params, false, "piece without ="};
        const std::string key(piece.substr(0, eq));
        for (char c : key) {
            if (!(c >= 'a' && c <= 'z') && c != '_') return {d.base, d.params, false, "odd key"};
        }
        auto value = decode_value(piece.substr(eq + 1));
        if (!value) return {d.base, d.params, false, "bad value"};
        d.params.emplace_back(key, *value);
        if (amp == std::string_view::npos) break;
        rest = rest.substr(amp + 1);
    }
    return d;
}

// The scope value decodes to the scopes joined by single spaces, in registry order; written
// out by hand per test rather than produced by join().
// The parameters are authorize_request's fields in its order, plus the expectation.
// NOLINTNEXTLINE(bugprone-easily-swappable-parameters)
void check_round_trip(std::string_view client_id, scope_set scopes, std::string_view joined_scopes,
                      std::string_view redirect_uri, std::string_view state) {
    const std::string url = authorize_url({client_id, scopes, redirect_uri, state});
    REQUIRE_FALSE(url.empty());
    CHECK(url.size() == authorize_url_size({client_id, scopes, redirect_uri, state}));
    CHECK(url.find('#') == std::string::npos);
    CHECK(url.find(' ') == std::string::npos);
    const decoded_url d = decode_url(url);
    INFO(d.problem);
    REQUIRE(d.ok);
    CHECK(d.base == "https://webflow.com/oauth/authorize");
    std::vector<std::pair<std::string, std::string>> expected{{"response_type", "code"},
                                                              {"client_id", std::string(client_id)}};
    if (!redirect_uri.empty()) expected.emplace_back("redirect_uri", std::string(redirect_uri));
    if (!state.empty()) expected.emplace_back("state", std::string(state));
    expected.emplace_back("scope", std::string(joined_scopes));
    CHECK(d.params == expected);
}

struct compiled_url {
    std::array<char, 128> chars{};
    std::size_t size = 0;
};
// A named function, not a lambda: clang 14 crashes evaluating this as a constexpr lambda.
constexpr compiled_url compile_time_url() {
    compiled_url out;
    constexpr authorize_request request{"id", "forms:read"_scopes, "", "a b"};
    out.size = authorize_url_to(request, out.chars);
    return out;
}

}  // namespace

TEST_CASE("the docs' example URL, byte for byte", "[oauth]") {
    const authorize_request request{docs_client_id, docs_scopes};
    CHECK(authorize_url(request) == docs_url);
    STATIC_REQUIRE(authorize_url_size({docs_client_id, docs_scopes}) == docs_url.size());
    STATIC_REQUIRE(authorize_endpoint == "https://webflow.com/oauth/authorize");
}

TEST_CASE("parameter order and encoding of redirect_uri and state", "[oauth]") {
    CHECK(authorize_url({"abc", "cms:read"_scopes, "https://app.example/cb", "xyz"}) ==
          "https://webflow.com/oauth/authorize?response_type=code&client_id=abc&redirect_uri=https%3A%2F%2Fapp."
          "example%2Fcb&state=xyz&scope=cms%3Aread");
    CHECK(authorize_url({"abc", "cms:read"_scopes, "", "xyz"}) ==
          "https://webflow.com/oauth/authorize?response_type=code&client_id=abc&state=xyz&scope=cms%3Aread");
    CHECK(authorize_url({"abc", "cms:read"_scopes, "https://a.b/c"}) ==
          "https://webflow.com/oauth/authorize?response_type=code&client_id=abc&redirect_uri=https%3A%2F%2Fa.b%"
          "2Fc&scope=cms%3Aread");
    // Unreserved characters stay as they are; everything else is %XX in upper case.
    CHECK(authorize_url({"a-b.c_d~e", "sites:write"_scopes, "", "A+B/C=D"}) ==
          "https://webflow.com/oauth/authorize?response_type=code&client_id=a-b.c_d~e&state=A%2BB%2FC%3DD&scope="
          "sites%3Awrite");
}

TEST_CASE("no client_id or no scopes: an error, never a URL", "[oauth]") {
    STATIC_REQUIRE(check({"", "cms:read"_scopes}) == authorize_errc::empty_client_id);
    STATIC_REQUIRE(check({"id", scope_set{}}) == authorize_errc::empty_scopes);
    STATIC_REQUIRE(check({"", scope_set{}}) == authorize_errc::empty_client_id);
    STATIC_REQUIRE(check({"id", "cms:read"_scopes}) == authorize_errc::none);
    STATIC_REQUIRE(authorize_url_size({"", "cms:read"_scopes}) == 0);
    STATIC_REQUIRE(authorize_url_size({"id", scope_set{}, "https://a", "s"}) == 0);

    CHECK(authorize_url({"", "cms:read"_scopes, "https://app.example/cb", "s"}).empty());
    CHECK(authorize_url({"id", scope_set{}}).empty());

    const authorize_result no_id = try_authorize_url({"", "cms:read"_scopes});
    CHECK_FALSE(no_id.has_value());
    CHECK_FALSE(static_cast<bool>(no_id));
    CHECK(no_id.error() == authorize_errc::empty_client_id);
    CHECK((*no_id).empty());
    CHECK_THROWS_AS(no_id.value(), bad_result_access);

    const authorize_result ok = try_authorize_url({"id", "cms:read"_scopes});
    REQUIRE(ok);
    CHECK(ok.value() == "https://webflow.com/oauth/authorize?response_type=code&client_id=id&scope=cms%3Aread");
    CHECK(ok->size() == ok.value().size());
    CHECK(ok.error() == authorize_errc::none);

    std::array<char, 200> buffer{};
    CHECK(authorize_url_to({"", "cms:read"_scopes}, buffer) == 0);
    CHECK(buffer[0] == '\0');
}

TEST_CASE("authorize_errc names and messages", "[oauth]") {
    STATIC_REQUIRE(to_string(authorize_errc::none) == "none");
    STATIC_REQUIRE(message(authorize_errc::none) == "no error");
    STATIC_REQUIRE(authorize_errc{} == authorize_errc::none);  // what error() holds on success
    STATIC_REQUIRE(to_string(authorize_errc::empty_client_id) == "empty_client_id");
    STATIC_REQUIRE(to_string(authorize_errc::empty_scopes) == "empty_scopes");
    STATIC_REQUIRE(authorize_errc_from_string("empty_scopes") == authorize_errc::empty_scopes);
    STATIC_REQUIRE_FALSE(authorize_errc_from_string("").has_value());
    STATIC_REQUIRE_FALSE(authorize_errc_from_string("empty").has_value());
    STATIC_REQUIRE(message(authorize_errc::empty_client_id) == "client_id is empty");
    STATIC_REQUIRE(message(authorize_errc::empty_scopes) == "no scopes requested");
    STATIC_REQUIRE(to_string(static_cast<authorize_errc>(9)).empty());
    STATIC_REQUIRE(message(static_cast<authorize_errc>(9)).empty());
}

TEST_CASE("authorize_url_to: exact size, too small, and at compile time", "[oauth]") {
    const authorize_request request{"client", "assets:read cms:write"_scopes, "https://x.example/cb?a=1", "st"};
    const std::string expected = authorize_url(request);
    std::vector<char> exact(expected.size(), 'x');
    CHECK(authorize_url_to(request, exact) == expected.size());
    CHECK(std::string(exact.begin(), exact.end()) == expected);

    std::vector<char> small(expected.size() - 1, 'x');
    CHECK(authorize_url_to(request, small) == 0);
    CHECK(std::string(small.begin(), small.end()) == std::string(expected.size() - 1, 'x'));  // untouched

    static constexpr compiled_url at_compile_time = compile_time_url();
    constexpr std::string_view compiled{at_compile_time.chars.data(), at_compile_time.size};
    STATIC_REQUIRE(
        compiled ==
        "https://webflow.com/oauth/authorize?response_type=code&client_id=id&state=a%20b&scope=forms%3Aread");
}

TEST_CASE("hostile values come back intact and add no parameter", "[oauth][adversarial]") {
    for (const std::string& v : webflow_scopes_tests::hostile_values()) {
        INFO("value size " << v.size());
        check_round_trip(v, "cms:read sites:write"_scopes, "cms:read sites:write", "https://app.example/cb", "s");
        check_round_trip("client", "assets:read"_scopes, "assets:read", v, "state");
        check_round_trip("client", "workspace_activity:read"_scopes, "workspace_activity:read", "", v);
        check_round_trip(v, "forms:write"_scopes, "forms:write", v, v);
    }
}

TEST_CASE("random bytes in every value round-trip", "[oauth][adversarial]") {
    std::mt19937 rng(20261130);
    for (int i = 0; i < 300; ++i) {
        const std::string id = webflow_scopes_tests::random_bytes(rng, 1, 64);
        const std::string uri = webflow_scopes_tests::random_bytes(rng, 1, 64);
        const std::string state = webflow_scopes_tests::random_bytes(rng, 1, 64);
        check_round_trip(id, "pages:read pages:write"_scopes, "pages:read pages:write", uri, state);
    }
}

TEST_CASE("every scope of the registry appears in the docs' encoding", "[oauth]") {
    const std::string url = authorize_url({"id", scope_set::all()});
    const decoded_url d = decode_url(url);
    REQUIRE(d.ok);
    REQUIRE(d.params.size() == 3);
    CHECK(d.params[2].first == "scope");
    // Decoded: every scope once, in registry order, one space between them.
    std::vector<std::string> expected;
    for (scope s : scope_set::all()) expected.emplace_back(to_string(s));
    std::vector<std::string> got;
    std::string_view value = d.params[2].second;
    while (true) {
        const std::size_t space = value.find(' ');
        got.emplace_back(value.substr(0, space));
        if (space == std::string_view::npos) break;
        value.remove_prefix(space + 1);
    }
    CHECK(got == expected);
    CHECK(got.size() == scope_count);
    // The beta API's actions travel like read and write.
    CHECK(d.params[2].second.find("branches:delete branches:merge") != std::string::npos);
}
