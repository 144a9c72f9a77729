// diff() and blocked_endpoints(): missing and unneeded scopes, and which catalogue endpoints
// a missing scope blocks (checked by hand for one scope, and against a brute-force filter).
#include <catch2/catch.hpp>

#include <iterator>
#include <ranges>
#include <string_view>
#include <vector>

#include <webflow/scopes/blocked_endpoints.hpp>
#include <webflow/scopes/diff.hpp>
#include <webflow/scopes/literals.hpp>

using namespace webflow::scopes;
using namespace webflow::scopes::literals;

namespace {
// Counts what the view yields; anything yielded that does not need a missing scope counts 100.
// (A named function and named literals: clang 14 crashes on the lambda form.)
constexpr std::size_t count_blocked(scope_set missing) {
    std::size_t n = 0;
    for (const endpoint& e : blocked_endpoints(missing)) n += e.scopes.intersects(missing) ? 1U : 100U;
    return n;
}
}  // namespace

TEST_CASE("diff: missing and unneeded", "[diff]") {
    constexpr scope_diff d = diff("sites:read cms:read forms:read"_scopes, "cms:read cms:write pages:read"_scopes);
    STATIC_REQUIRE(d.missing == "cms:write pages:read"_scopes);
    STATIC_REQUIRE(d.unneeded == "sites:read forms:read"_scopes);
    STATIC_REQUIRE_FALSE(d.missing.empty());
}

TEST_CASE("diff: nothing missing, even with extras", "[diff]") {
    STATIC_REQUIRE(diff("cms:read cms:write"_scopes, "cms:read"_scopes).missing.empty());
    STATIC_REQUIRE(diff("cms:read cms:write"_scopes, "cms:read"_scopes).unneeded == "cms:write"_scopes);
    STATIC_REQUIRE(diff("cms:read"_scopes, "cms:read"_scopes) == scope_diff{});
    STATIC_REQUIRE(diff(scope_set{}, scope_set{}) == scope_diff{});
    STATIC_REQUIRE(diff(scope_set::all(), scope_set{}).unneeded == scope_set::all());
    STATIC_REQUIRE(diff(scope_set{}, scope_set::all()).missing == scope_set::all());
}

TEST_CASE("diff: write does not imply read", "[diff]") {
    constexpr scope_diff d = diff("cms:write"_scopes, "cms:read"_scopes);
    STATIC_REQUIRE(d.missing == "cms:read"_scopes);
    STATIC_REQUIRE(d.unneeded == "cms:write"_scopes);
}

TEST_CASE("diff: the beta API's actions imply nothing either", "[diff]") {
    // branches:merge is its own scope: neither read nor create covers it.
    constexpr scope_diff d = diff("branches:read branches:create"_scopes, "branches:read branches:merge"_scopes);
    STATIC_REQUIRE(d.missing == "branches:merge"_scopes);
    STATIC_REQUIRE(d.unneeded == "branches:create"_scopes);
}

TEST_CASE("blocked_endpoints: branches:merge blocks the beta merge only", "[diff][blocked]") {
    // The beta API's branches reference: Merge Branch is the one call that needs branches:merge.
    std::vector<std::string_view> paths;
    for (const endpoint& e : blocked_endpoints("branches:merge"_scopes)) {
        paths.push_back(e.path);
        CHECK(e.method == http_method::post);
        CHECK(e.api == api_version::beta);
    }
    CHECK(paths == std::vector<std::string_view>{"/beta/sites/{site_id}/branches/{branch_id}/merge"});
}

TEST_CASE("blocked_endpoints: components:write blocks the two component updates", "[diff][blocked]") {
    // From the SDK's components client (webflow-api 3.3.4): updateContent and updateProperties
    // are the only calls documented with components:write.
    std::vector<std::string_view> names;
    for (const endpoint& e : blocked_endpoints("components:write"_scopes)) names.push_back(e.name);
    CHECK(names == std::vector<std::string_view>{"components.updateContent", "components.updateProperties"});
}

TEST_CASE("blocked_endpoints: nothing missing blocks nothing", "[diff][blocked]") {
    const auto none = blocked_endpoints(scope_set{});
    CHECK(none.begin() == none.end());
    // Token introspection needs no scope, so even missing every scope does not block it.
    bool introspect_blocked = false;
    for (const endpoint& e : blocked_endpoints(scope_set::all())) {
        if (e.path == "/v2/token/introspect") introspect_blocked = true;
    }
    CHECK_FALSE(introspect_blocked);
}

TEST_CASE("blocked_endpoints agrees with a brute-force filter for every scope", "[diff][blocked]") {
    for (scope s : scope_set::all()) {
        std::vector<const endpoint*> expected;
        for (const endpoint& e : endpoints) {
            for (scope needed : e.scopes) {
                if (needed == s) expected.push_back(&e);
            }
        }
        std::vector<const endpoint*> got;
        for (const endpoint& e : blocked_endpoints(s)) got.push_back(&e);
        INFO(to_string(s));
        CHECK(got == expected);
    }
}

TEST_CASE("blocked_endpoints of a diff, at compile time, as a range", "[diff][blocked]") {
    constexpr scope_set write_only = "components:write"_scopes;
    constexpr scope_set read_and_write = "components:read components:write"_scopes;
    STATIC_REQUIRE(count_blocked(write_only) == 2);
    STATIC_REQUIRE(count_blocked(read_and_write) == 5);
    STATIC_REQUIRE(std::ranges::forward_range<blocked_endpoints_view>);
    STATIC_REQUIRE(std::ranges::view<blocked_endpoints_view>);
    const scope_diff d = diff("components:read"_scopes, "components:read components:write"_scopes);
    const auto blocked = blocked_endpoints(d);
    CHECK(std::ranges::distance(blocked) == 2);
    CHECK(blocked.missing() == "components:write"_scopes);
    CHECK(std::ranges::all_of(blocked, [](const endpoint& e) { return e.method == http_method::post; }));
}
