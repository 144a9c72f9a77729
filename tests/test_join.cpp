// join, static_join and encode_scope_param, against the docs' own strings.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include <webflow/scopes.hpp>

using namespace webflow::scopes;

TEST_CASE("encode_scope_param gives the docs' form", "[join]") {
    // From Webflow's authorization URL example (webflow-facts.md section 3).
    CHECK(encode_scope_param("assets:read assets:write"_scopes) == "assets%3Aread%20assets%3Awrite");
    STATIC_REQUIRE(static_encode_scope_param("cms:write assets:read"_scopes).view() == "assets%3Aread%20cms%3Awrite");
    CHECK(encode_scope_param(scope_set{}).empty());
    CHECK(encode_scope_param(scope_set::all()).size() == max_encoded_scope_param_size);
}

TEST_CASE("join is canonical whatever the input order", "[join]") {
    CHECK(join("forms:read cms:read"_scopes) == "cms:read forms:read");
    CHECK(join("forms:read cms:read"_scopes, ",") == "cms:read,forms:read");
    CHECK(join(scope_set{}).empty());
    CHECK(join("cms:read"_scopes, ", ") == "cms:read");
    STATIC_REQUIRE(static_join("sites:read cms:read"_scopes).view() == "cms:read sites:read");
    STATIC_REQUIRE(static_join("sites:read cms:read"_scopes, ',').view() == "cms:read,sites:read");
    STATIC_REQUIRE(static_join(scope_set::all()).size() == max_joined_size);
}

TEST_CASE("join_to writes into a caller's buffer", "[join]") {
    std::array<char, max_joined_size> buffer{};
    const auto set = "cms:read sites:write"_scopes;
    char* end = join_to(buffer.data(), set);
    CHECK(std::string(buffer.data(), end) == "cms:read sites:write");
    CHECK(static_cast<std::size_t>(end - buffer.data()) == joined_size(set));
}

TEST_CASE("parse(join(s)) == s over random subsets, every separator", "[join][property]") {
    std::mt19937_64 rng(7);
    for (int i = 0; i < 5000; ++i) {
        const scope_set s = scope_set::from_bits(rng());
        if (s.empty()) continue;
        INFO(join(s));
        REQUIRE(parse(join(s)).value() == s);
        REQUIRE(parse(join(s, ",")).value() == s);
        REQUIRE(parse(join(s, ", ")).value() == s);
        REQUIRE(parse(join(s, "+")).value() == s);
        REQUIRE(parse(encode_scope_param(s)).value() == s);
        REQUIRE(parse(static_join(s).view()).value() == s);
    }
}
