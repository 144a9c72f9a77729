// scope and scope_set: value semantics, set algebra, iteration, and no heap.
#include <catch2/catch.hpp>

#include <iterator>
#include <random>
#include <set>
#include <type_traits>
#include <vector>

#include <webflow/scopes.hpp>

using namespace webflow::scopes;

static_assert(std::is_trivially_copyable_v<scope>);
static_assert(std::is_trivially_copyable_v<scope_set>);
static_assert(sizeof(scope) == 1);
static_assert(sizeof(scope_set) == 8);
static_assert(std::forward_iterator<scope_set::iterator>);

TEST_CASE("scope is a resource and an access", "[scope]") {
    constexpr scope s{resource::cms, access::write};
    STATIC_REQUIRE(resource_of(s) == resource::cms);
    STATIC_REQUIRE(access_of(s) == access::write);
    STATIC_REQUIRE(to_string(s) == "cms:write");
    STATIC_REQUIRE(scope_from_string("cms:write") == s);
    STATIC_REQUIRE(scope{resource::cms, access::read} < s);
    STATIC_REQUIRE_FALSE(scope::from_index(scope_count).has_value());
    CHECK_FALSE(scope_from_string("cms:write ").has_value());
    CHECK_FALSE(scope_from_string("").has_value());
    CHECK_FALSE(scope_from_string("CMS:write").has_value());
}

TEST_CASE("scope_set algebra", "[scope_set]") {
    constexpr auto reads = "cms:read forms:read"_scopes;
    constexpr auto cms = "cms:read cms:write"_scopes;
    STATIC_REQUIRE((reads | cms) == "cms:read cms:write forms:read"_scopes);
    STATIC_REQUIRE((reads & cms) == "cms:read"_scopes);
    STATIC_REQUIRE((reads - cms) == "forms:read"_scopes);
    STATIC_REQUIRE((reads ^ cms) == "cms:write forms:read"_scopes);
    STATIC_REQUIRE((~reads).size() == scope_count - 2);
    STATIC_REQUIRE((~scope_set::all()).empty());
    STATIC_REQUIRE(scope_set::all().contains(reads));
    STATIC_REQUIRE_FALSE(reads.contains(cms));
    STATIC_REQUIRE(reads.contains("cms:read"_scope));
    STATIC_REQUIRE(reads.intersects(cms));
    STATIC_REQUIRE(scope_set{}.empty());
    STATIC_REQUIRE(scope_set{}.contains(scope_set{}));
    STATIC_REQUIRE(("cms:read"_scope | "cms:write"_scope) == cms);
    STATIC_REQUIRE(scope_set::from_bits(~std::uint64_t{0}) == scope_set::all());
}

TEST_CASE("insert and erase report whether they changed the set", "[scope_set]") {
    scope_set s;
    CHECK(s.insert("cms:read"_scope));
    CHECK_FALSE(s.insert("cms:read"_scope));
    CHECK(s.size() == 1);
    s.insert("forms:read sites:read"_scopes);
    CHECK(s.size() == 3);
    CHECK(s.erase("forms:read"_scope));
    CHECK_FALSE(s.erase("forms:read"_scope));
    s.erase("cms:read sites:read"_scopes);
    CHECK(s.empty());
    s = scope_set::all();
    s.clear();
    CHECK(s.empty());
}

TEST_CASE("scope_set agrees with std::set over random operations", "[scope_set][property]") {
    std::mt19937 rng(20261122);
    std::uniform_int_distribution<std::size_t> pick(0, scope_count - 1);
    for (int round = 0; round < 200; ++round) {
        scope_set ours;
        std::set<std::size_t> model;
        for (int step = 0; step < 40; ++step) {
            const std::size_t i = pick(rng);
            const scope s = *scope::from_index(i);
            if (rng() % 3 == 0) {
                CHECK(ours.erase(s) == (model.erase(i) == 1));
            } else {
                CHECK(ours.insert(s) == model.insert(i).second);
            }
        }
        REQUIRE(ours.size() == model.size());
        std::vector<std::size_t> iterated;
        for (scope s : ours) iterated.push_back(s.index());
        CHECK(iterated == std::vector<std::size_t>(model.begin(), model.end()));
        CHECK(static_cast<std::size_t>(std::distance(ours.begin(), ours.end())) == model.size());
    }
}

TEST_CASE("scopes_of, scopes_with and scopes_at", "[scope_set]") {
    STATIC_REQUIRE(scopes_of(resource::cms) == "cms:read cms:write"_scopes);
    STATIC_REQUIRE(scopes_of(resource::authorized_user) == "authorized_user:read"_scopes);
    // The actions partition the scopes.
    scope_set every;
    for (std::size_t a = 0; a < access_count; ++a) {
        const scope_set with = scopes_with(static_cast<webflow::scopes::access>(a));
        CHECK_FALSE(every.intersects(with));
        every |= with;
    }
    CHECK(every == scope_set::all());
    STATIC_REQUIRE(scopes_with(access::merge) == "branches:merge"_scopes);
    STATIC_REQUIRE(scopes_at(level::workspace).contains("workspace_activity:read"_scope));
    STATIC_REQUIRE_FALSE(scopes_at(level::workspace).contains("cms:read"_scope));
}
