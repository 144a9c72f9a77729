// The registry against the facts, and the properties everything derived from it relies on.
// Counts, first and last scopes come from the registry itself, so a new row needs no edit
// here; the facts typed below are the ones the sources state (docs/sources.md).
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <webflow/scopes.hpp>
// The tables' self-checks are static_asserts in this header; including it here runs them
// once per build of the tests instead of in every user's translation unit.
#include "support/registry_checks.hpp"

using namespace webflow::scopes;

namespace {

// Scope strings the sources state, by tab (docs/sources.md): every one must be in the
// registry. The registry may hold more (a row added since), never fewer.
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
// The beta API's pages (Branch API, site plans, app subscriptions).
const std::vector<std::string_view> documented_beta{
    "branches:read",   "branches:create",  "branches:update", "branches:merge",         "branches:publish",
    "branches:delete", "site_plans:write", "site_plans:read", "app_subscriptions:read",
};

}  // namespace

TEST_CASE("every documented scope is in the registry exactly once", "[registry]") {
    std::vector<std::string_view> documented = documented_site_level;
    documented.insert(documented.end(), documented_workspace_level.begin(), documented_workspace_level.end());
    documented.insert(documented.end(), documented_beta.begin(), documented_beta.end());
    for (std::string_view text : documented) {
        INFO(text);
        const auto s = scope_from_string(text);
        REQUIRE(s.has_value());
        CHECK(to_string(*s) == text);
        const auto occurrences = std::count_if(scope_set::all().begin(), scope_set::all().end(),
                                               [&](scope x) { return to_string(x) == text; });
        CHECK(occurrences == 1);
    }
    CHECK(scope_set::all().size() == scope_count);
    CHECK(scope_count >= documented.size());
}

TEST_CASE("all() iterates in registry order, which sorts the scope strings like the docs' example", "[registry]") {
    std::vector<std::string_view> expected;
    for (const resource_info& row : registry()) {
        std::vector<std::string_view> of_row;
        for (scope s : scopes_of(row.id)) of_row.push_back(to_string(s));
        std::sort(of_row.begin(), of_row.end());
        expected.insert(expected.end(), of_row.begin(), of_row.end());
    }
    std::vector<std::string_view> iterated;
    for (scope s : scope_set::all()) iterated.push_back(to_string(s));
    CHECK(iterated == expected);
    CHECK(std::is_sorted(iterated.begin(), iterated.end()));
    CHECK(std::adjacent_find(iterated.begin(), iterated.end()) == iterated.end());

    std::size_t index = 0;
    for (scope s : scope_set::all()) CHECK(s.index() == index++);
    // Every scope string round-trips, and is made of its row's name and one of its actions.
    for (scope s : scope_set::all()) {
        INFO(to_string(s));
        CHECK(scope_from_string(to_string(s)) == s);
        CHECK(to_string(s) == std::string(info(s).name) + ":" + std::string(to_string(access_of(s))));
        CHECK(info(s).offers.contains(access_of(s)));
    }
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

TEST_CASE("actions beyond read and write", "[registry][beta]") {
    STATIC_REQUIRE(scopes_of(resource::branches).size() == 6);
    STATIC_REQUIRE_FALSE(scope::make(resource::branches, access::write).has_value());
    STATIC_REQUIRE(to_string(scope{resource::branches, access::delete_}) == "branches:delete");
    STATIC_REQUIRE(to_string(access::delete_) == "delete");
    STATIC_REQUIRE(access_from_string("merge") == access::merge);
    for (std::string_view text : {"authorized_user:write", "site_activity:write", "workspace_activity:write"}) {
        INFO(text);
        CHECK_FALSE(scope_from_string(text).has_value());
    }
}

TEST_CASE("the two scope-free rows of Webflow's table are kept, with no scope", "[registry]") {
    STATIC_REQUIRE(info(resource::authorization_info).requirement == scope_requirement::none);
    STATIC_REQUIRE(info(resource::webhooks).requirement == scope_requirement::per_trigger_type);
    STATIC_REQUIRE(scopes_of(resource::authorization_info).empty());
    STATIC_REQUIRE(scopes_of(resource::webhooks).empty());
    CHECK_FALSE(scope_from_string("webhooks:read").has_value());
}

TEST_CASE("status: deprecated, Enterprise and beta resources are marked", "[registry]") {
    STATIC_REQUIRE(info(resource::users).status == resource_status::deprecated);
    STATIC_REQUIRE(info(resource::cms).status == resource_status::ga);
    STATIC_REQUIRE(info(resource::site_config).status == resource_status::enterprise);
    for (auto r : {resource::site_activity, resource::site_config, resource::workspace, resource::site_access,
                   resource::workspace_activity, resource::workspace_members}) {
        INFO(to_string(r));
        CHECK(info(r).status == resource_status::enterprise);
    }
    for (auto r : {resource::branches, resource::site_plans, resource::app_subscriptions}) {
        INFO(to_string(r));
        CHECK(info(r).status == resource_status::beta);
    }
    CHECK(scopes_with_status(resource_status::deprecated) == scopes_of(resource::users));
    // The statuses partition the registry.
    scope_set all;
    for (std::size_t s = 0; s < resource_status_count; ++s) all |= scopes_with_status(static_cast<resource_status>(s));
    CHECK(all == scope_set::all());
}

TEST_CASE("every row names its source; inferred rules say what they rest on", "[registry]") {
    for (const resource_info& row : registry()) {
        INFO(row.name);
        CHECK_FALSE(row.display_name.empty());
        CHECK(row.reference.substr(0, 31) == "https://developers.webflow.com/");
        if (!row.inferred.empty()) CHECK(row.note.find("inferred") != std::string_view::npos);
    }
}

TEST_CASE("enums convert to strings and back", "[registry][enums]") {
    for (const resource_info& row : registry()) {
        CHECK(resource_from_string(to_string(row.id)) == row.id);
    }
    STATIC_REQUIRE(to_string(resource::custom_code) == "custom_code");
    STATIC_REQUIRE(resource_from_string("workspace_activity") == resource::workspace_activity);
    STATIC_REQUIRE_FALSE(resource_from_string("CMS").has_value());
    for (std::size_t a = 0; a < access_count; ++a) {
        const auto action = static_cast<webflow::scopes::access>(a);
        CHECK(access_from_string(to_string(action)) == action);
    }
    STATIC_REQUIRE(to_string(level::workspace) == "workspace");
    STATIC_REQUIRE(level_from_string("site") == level::site);
    STATIC_REQUIRE(to_string(token_type::site_token) == "site_token");
    STATIC_REQUIRE(token_type_from_string("workspace_token") == token_type::workspace_token);
    STATIC_REQUIRE_FALSE(token_type_from_string("").has_value());
    STATIC_REQUIRE(to_string(resource_status::beta) == "beta");
    STATIC_REQUIRE(resource_status_from_string("deprecated") == resource_status::deprecated);
    STATIC_REQUIRE(app_access_level_from_string("site_and_workspace") == app_access_level::site_and_workspace);
    // An out-of-range value names nothing rather than reading past a table.
    STATIC_REQUIRE(to_string(static_cast<webflow::scopes::access>(access_count)).empty());
    STATIC_REQUIRE(to_string(static_cast<resource>(200)).empty());
}

namespace {
// A copy of the real rows with one problem planted, as the registry checks see it.
template <class Edit>
constexpr detail::registry_finding problem_in_copy(Edit edit) {
    auto rows = detail::registry_rows;
    edit(rows);
    return detail::find_registry_problem(rows);
}
}  // namespace

TEST_CASE("the registry checks find a planted problem at its row", "[registry]") {
    // Including registry_checks.hpp ran the checks on the real tables (static_asserts);
    // tests/compile_fail/registry_*.cpp show the diagnostics. Each reason here, planted.
    using detail::registry_problem;
    STATIC_REQUIRE(detail::find_registry_problem(detail::registry_rows).code == registry_problem::none);
    constexpr auto swapped = problem_in_copy([](auto& rows) { rows[3].id = rows[2].id; });
    STATIC_REQUIRE(swapped.code == registry_problem::enum_line_and_row_not_at_the_same_position);
    STATIC_REQUIRE(swapped.row == 3);
    constexpr auto upper = problem_in_copy([](auto& rows) { rows[4].name = "Branches"; });
    STATIC_REQUIRE(upper.code == registry_problem::name_is_not_1_to_48_of_lower_case_letters_digits_underscore_hyphen);
    constexpr auto long_name = problem_in_copy(
        [](auto& rows) { rows[1].name = "assets_with_a_name_that_is_longer_than_forty_eight_characters"; });
    STATIC_REQUIRE(long_name.code ==
                   registry_problem::name_is_not_1_to_48_of_lower_case_letters_digits_underscore_hyphen);
    constexpr auto unsorted = problem_in_copy([](auto& rows) { rows[1].name = "zebra"; });
    STATIC_REQUIRE(unsorted.code == registry_problem::rows_not_sorted_as_their_scope_strings_or_a_name_repeats);
    STATIC_REQUIRE(unsorted.row == 2);
    constexpr std::size_t cms = detail::index_of(resource::cms);
    constexpr auto no_tokens = problem_in_copy([](auto& rows) { rows[cms].tokens = {}; });
    STATIC_REQUIRE(no_tokens.code == registry_problem::row_names_no_level_or_no_token_type);
    STATIC_REQUIRE(no_tokens.row == cms);
    constexpr auto offers = problem_in_copy([](auto& rows) { rows[cms].offers = {}; });
    STATIC_REQUIRE(offers.code == registry_problem::scoped_row_offers_no_action_or_unscoped_row_offers_one);
    // Hyphens and short names are Webflow's style: agent-instructions, ai.
    STATIC_REQUIRE(detail::is_scope_prefix("agent-instructions"));
    STATIC_REQUIRE(detail::is_scope_prefix("ai"));
    STATIC_REQUIRE_FALSE(detail::is_scope_prefix(""));
    STATIC_REQUIRE(detail::scope_prefix_less("site-x", "site"));
    STATIC_REQUIRE(detail::scope_prefix_less("site", "site_x"));
    STATIC_REQUIRE_FALSE(detail::scope_prefix_less("cms", "cms"));
}

TEST_CASE("the parser's hash gives every scope a slot of its own", "[registry][parse]") {
    // registry_checks.hpp asserts it for the generated multiplier; the golden-ratio
    // multiplier, a common default, shows the count can tell.
    STATIC_REQUIRE(detail::scopes_off_their_home_slot(detail::scope_hash_multiplier) == 0);
    STATIC_REQUIRE(detail::scopes_off_their_home_slot(0x9E3779B97F4A7C15ULL) > 0);
    // Every scope is found, and only its whole key finds it.
    for (std::size_t i = 0; i < scope_count; ++i) {
        auto key = detail::key_of(detail::scope_string(i));
        CHECK(detail::find_scope_key(key, detail::key_indices) == i);
        key.words[detail::key_words - 1] ^= 0x40;
        CHECK(detail::find_scope_key(key, detail::key_indices) == detail::no_scope);
    }
    CHECK(detail::find_scope_key(detail::scope_key{}, detail::key_indices) == detail::no_scope);
}
