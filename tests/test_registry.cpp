// The registry against the facts: every scope string Webflow documents (webflow-facts.md
// section 1, typed here from the docs, not from the registry) is present exactly once.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <webflow/scopes.hpp>
// The hand-written tables' self-checks are static_asserts in this header; including it here
// runs them once per build of the tests instead of in every user's translation unit.
#include <webflow/scopes/detail/registry_checks.hpp>

using namespace webflow::scopes;

namespace {

// Site-level tab, then later additions, then the workspace-level tab.
const std::vector<std::string_view> documented_site_level{
    "assets:read",       "assets:write",      "authorized_user:read", "cms:read",         "cms:write",
    "comments:read",     "comments:write",    "components:read",      "components:write", "custom_code:read",
    "custom_code:write", "ecommerce:read",    "ecommerce:write",      "forms:read",       "forms:write",
    "pages:read",        "pages:write",       "sites:read",           "sites:write",      "site_activity:read",
    "site_config:read",  "site_config:write", "users:read",           "users:write",      "workspace:read",
    "workspace:write",   "site_access:read",  "site_access:write",
};
const std::vector<std::string_view> documented_workspace_level{
    "workspace_activity:read",
    "workspace_members:read",
    "workspace_members:write",
};

}  // namespace

TEST_CASE("every documented scope is in the registry exactly once", "[registry]") {
    std::vector<std::string_view> documented = documented_site_level;
    documented.insert(documented.end(), documented_workspace_level.begin(), documented_workspace_level.end());

    for (std::string_view text : documented) {
        INFO(text);
        const auto s = scope_from_string(text);
        REQUIRE(s.has_value());
        CHECK(to_string(*s) == text);
        const auto occurrences = std::count_if(scope_set::all().begin(), scope_set::all().end(),
                                               [&](scope x) { return to_string(x) == text; });
        CHECK(occurrences == 1);
    }
    // ...and nothing else: the registry holds no scope the docs do not list.
    CHECK(scope_set::all().size() == documented.size());
    CHECK(scope_count == documented.size());
}

TEST_CASE("all() iterates in registry order, which is alphabetical like the docs' example", "[registry]") {
    std::vector<std::string_view> expected;
    for (const resource_info& row : registry()) {
        if (row.offers.contains(access::read)) expected.push_back(to_string(*scope::make(row.id, access::read)));
        if (row.offers.contains(access::write)) expected.push_back(to_string(*scope::make(row.id, access::write)));
    }
    std::vector<std::string_view> iterated;
    for (scope s : scope_set::all()) iterated.push_back(to_string(s));
    CHECK(iterated == expected);
    CHECK(std::is_sorted(iterated.begin(), iterated.end()));

    std::size_t index = 0;
    for (scope s : scope_set::all()) CHECK(s.index() == index++);
}

TEST_CASE("levels follow the reference's two tabs", "[registry]") {
    for (std::string_view text : documented_workspace_level) {
        INFO(text);
        const resource_info& row = info(*scope_from_string(text));
        CHECK(row.levels.contains(level::workspace));
        CHECK_FALSE(row.levels.contains(level::site));
    }
    for (std::string_view text : documented_site_level) {
        INFO(text);
        CHECK(info(*scope_from_string(text)).levels.contains(level::site));
    }
    STATIC_REQUIRE(scopes_at(level::workspace).contains(scope_set{scope{resource::workspace, access::read}}));
}

TEST_CASE("read-only resources offer no write scope", "[registry]") {
    for (std::string_view text : {"authorized_user:write", "site_activity:write", "workspace_activity:write"}) {
        INFO(text);
        CHECK_FALSE(scope_from_string(text).has_value());
    }
    STATIC_REQUIRE_FALSE(scope::make(resource::authorized_user, access::write).has_value());
    STATIC_REQUIRE(scope::make(resource::authorized_user, access::read).has_value());
}

TEST_CASE("the two scope-free rows of Webflow's table are kept, with no scope", "[registry]") {
    STATIC_REQUIRE(info(resource::authorization_info).requirement == scope_requirement::none);
    STATIC_REQUIRE(info(resource::webhooks).requirement == scope_requirement::per_trigger_type);
    STATIC_REQUIRE(scopes_of(resource::authorization_info).empty());
    STATIC_REQUIRE(scopes_of(resource::webhooks).empty());
    CHECK_FALSE(scope_from_string("webhooks:read").has_value());
}

TEST_CASE("status: users is deprecated, Enterprise resources are marked", "[registry]") {
    STATIC_REQUIRE(info(resource::users).status == resource_status::deprecated);
    STATIC_REQUIRE(info(resource::cms).status == resource_status::ga);
    for (auto r : {resource::site_activity, resource::workspace, resource::site_access, resource::workspace_activity,
                   resource::workspace_members}) {
        INFO(to_string(r));
        CHECK(info(r).status == resource_status::enterprise);
    }
    CHECK(scopes_with_status(resource_status::deprecated).size() == 2);
}

TEST_CASE("every registry row has a display name and an https reference", "[registry]") {
    for (const resource_info& row : registry()) {
        INFO(row.name);
        CHECK_FALSE(row.display_name.empty());
        CHECK(row.reference.substr(0, 33) == "https://developers.webflow.com/da");
    }
}

TEST_CASE("enums convert to strings and back", "[registry][enums]") {
    for (const resource_info& row : registry()) {
        CHECK(resource_from_string(to_string(row.id)) == row.id);
    }
    STATIC_REQUIRE(to_string(resource::custom_code) == "custom_code");
    STATIC_REQUIRE(resource_from_string("workspace_activity") == resource::workspace_activity);
    STATIC_REQUIRE_FALSE(resource_from_string("CMS").has_value());
    STATIC_REQUIRE(to_string(access::write) == "write");
    STATIC_REQUIRE(access_from_string("read") == access::read);
    STATIC_REQUIRE_FALSE(access_from_string("merge").has_value());
    STATIC_REQUIRE(to_string(level::workspace) == "workspace");
    STATIC_REQUIRE(level_from_string("site") == level::site);
    STATIC_REQUIRE(to_string(token_type::site_token) == "site_token");
    STATIC_REQUIRE(token_type_from_string("workspace_token") == token_type::workspace_token);
    STATIC_REQUIRE(token_type_from_string("data_client_app") == token_type::data_client_app);
    STATIC_REQUIRE_FALSE(token_type_from_string("").has_value());
    STATIC_REQUIRE(to_string(resource_status::enterprise) == "enterprise");
    STATIC_REQUIRE(resource_status_from_string("deprecated") == resource_status::deprecated);
    STATIC_REQUIRE(app_access_level_from_string("site_and_workspace") == app_access_level::site_and_workspace);
    // An out-of-range value names nothing rather than reading past a table.
    STATIC_REQUIRE(to_string(static_cast<webflow::scopes::access>(7)).empty());
    STATIC_REQUIRE(to_string(static_cast<resource>(200)).empty());
}

namespace {
// A copy of the real rows with one problem planted, as the registry checks see it.
consteval detail::registry_problem problem_with_id_swapped(std::size_t row) {
    std::array<resource_info, resource_count> rows = detail::registry_rows;
    rows[row].id = resource::assets;
    return detail::find_registry_problem(rows);
}
consteval detail::registry_problem problem_without_tokens(std::size_t row) {
    std::array<resource_info, resource_count> rows = detail::registry_rows;
    rows[row].tokens = {};
    return detail::find_registry_problem(rows);
}
}  // namespace

TEST_CASE("the registry checks find a planted problem at its row", "[registry]") {
    // Including registry_checks.hpp above ran the checks on the real tables (static_asserts);
    // tests/compile_fail/registry_*.cpp cover the diagnostics for four reasons. These two
    // reasons have no compile-fail case: plant each in a copy of the real rows.
    using detail::registry_problem_code;
    STATIC_REQUIRE(detail::find_registry_problem(detail::registry_rows).code == registry_problem_code::none);
    STATIC_REQUIRE(problem_with_id_swapped(3).code == registry_problem_code::id_out_of_order);
    STATIC_REQUIRE(problem_with_id_swapped(3).row == 3);
    STATIC_REQUIRE(problem_without_tokens(5).code == registry_problem_code::no_level_or_token);
    STATIC_REQUIRE(problem_without_tokens(5).row == 5);
}

TEST_CASE("the parser's hash gives every scope a slot of its own", "[registry][parse]") {
    // registry_checks.hpp asserts it for scope_hash_multiplier; the golden-ratio multiplier,
    // a common default, shows the count can tell: it puts several scopes in a taken slot.
    STATIC_REQUIRE(detail::scopes_off_their_home_slot(detail::scope_hash_multiplier) == 0);
    STATIC_REQUIRE(detail::scopes_off_their_home_slot(0x9E3779B97F4A7C15ULL) > 0);
    // Every scope is found, and only whole words find it.
    for (std::size_t i = 0; i < scope_count; ++i) {
        const auto words = detail::key_of(detail::scope_string(i));
        CHECK(detail::find_scope_key(words[0], words[1], words[2]) == i);
        CHECK(detail::find_scope_key(words[0], words[1], words[2] ^ 0x40) == detail::no_scope);
    }
    CHECK(detail::find_scope_key(0, 0, 0) == detail::no_scope);
}
