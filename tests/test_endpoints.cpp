// endpoint.hpp, endpoints.hpp and the generated endpoint_table.hpp.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <webflow/scopes.hpp>
#include <webflow/scopes/endpoints.hpp>

#include "support/counting_new.hpp"
#include "support/endpoint_checks.hpp"

using namespace webflow::scopes;
using namespace webflow::scopes::literals;
using namespace std::string_view_literals;

namespace {

constexpr std::string_view sample_id = "580e63e98c9a982ac9b8b741";

// The template with every {param} replaced by a realistic 24-hex object id.
std::string concrete(std::string_view path) {
    std::string out;
    std::size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '{') {
            const std::size_t close = path.find('}', i);
            out += sample_id;
            i = close + 1;
        } else {
            out += path[i++];
        }
    }
    return out;
}

// The endpoint at a template; an unknown one fails the build (null dereference).
consteval const endpoint& row(http_method m, std::string_view path) { return *find_endpoint(m, path); }

constexpr bool all_templates_well_formed() {
    return std::ranges::all_of(endpoints, [](const endpoint& e) { return detail::split_template(e.path).well_formed; });
}

constexpr bool no_duplicate_method_and_path() {
    for (std::size_t i = 0; i < endpoints.size(); ++i) {
        for (std::size_t j = i + 1; j < endpoints.size(); ++j) {
            if (endpoints[i].method == endpoints[j].method && endpoints[i].path == endpoints[j].path) return false;
        }
    }
    return true;
}

constexpr bool every_template_finds_itself() {
    for (const endpoint& e : endpoints) {
        if (find_endpoint(e.method, e.path) != &e) return false;
    }
    return true;
}

// "No endpoint" as a constant without comparing a pointer with null, which g++ cannot do in
// constant evaluation under -fsanitize=undefined.
consteval bool missing(http_method m, std::string_view path) { return !lookup_endpoint(m, path).has_value(); }

}  // namespace

TEST_CASE("http_method names", "[endpoint]") {
    STATIC_REQUIRE(to_string(http_method::get) == "GET");
    STATIC_REQUIRE(to_string(http_method::delete_) == "DELETE");
    STATIC_REQUIRE(http_method_from_string("PATCH") == http_method::patch);
    STATIC_REQUIRE(!http_method_from_string("patch"));
    STATIC_REQUIRE(!http_method_from_string("HEAD"));
    STATIC_REQUIRE(!http_method_from_string(""));
    STATIC_REQUIRE(to_string(static_cast<http_method>(9)).empty());
    for (std::size_t i = 0; i < http_method_count; ++i) {
        const auto m = static_cast<http_method>(i);
        REQUIRE(http_method_from_string(to_string(m)) == m);
    }
}

TEST_CASE("token rules", "[endpoint]") {
    STATIC_REQUIRE(allows(token_rule::any, token_type::site_token));
    STATIC_REQUIRE(allows(token_rule::data_client_app_only, token_type::data_client_app));
    STATIC_REQUIRE(!allows(token_rule::data_client_app_only, token_type::site_token));
    STATIC_REQUIRE(!allows(token_rule::data_client_app_only, token_type::workspace_token));
    STATIC_REQUIRE(allows(token_rule::workspace_token_only, token_type::workspace_token));
    STATIC_REQUIRE(!allows(token_rule::workspace_token_only, token_type::data_client_app));
    STATIC_REQUIRE(allows(token_rule::data_client_app_or_workspace_token, token_type::workspace_token));
    STATIC_REQUIRE(!allows(token_rule::data_client_app_or_workspace_token, token_type::site_token));
    for (std::size_t i = 0; i < token_rule_count; ++i) {
        const auto r = static_cast<token_rule>(i);
        REQUIRE(token_rule_from_string(to_string(r)) == r);
    }
    STATIC_REQUIRE(!token_rule_from_string("Any"));
}

TEST_CASE("catalogue size and sources", "[endpoints][table]") {
    STATIC_REQUIRE(endpoints.size() == endpoint_count);
    std::size_t sdk = 0;
    std::size_t docs = 0;
    for (const endpoint& e : endpoints) {
        if (e.source.starts_with("sdk:")) {
            ++sdk;
            REQUIRE(e.source.find("Client.d.ts:") != std::string_view::npos);
            REQUIRE(e.api == api_version::v2);  // the SDK covers the v2 namespace only
        } else {
            ++docs;
            REQUIRE(e.source.starts_with("https://developers.webflow.com/"));
        }
    }
    REQUIRE(sdk > 0);   // tools/sdk_endpoints.tsv
    REQUIRE(docs > 0);  // tools/endpoints_supplement.tsv
}

TEST_CASE("table invariants", "[endpoints][table]") {
    STATIC_REQUIRE(all_templates_well_formed());
    STATIC_REQUIRE(no_duplicate_method_and_path());
    STATIC_REQUIRE(every_template_finds_itself());
    STATIC_REQUIRE(detail::find_table_problem<detail::endpoint_table>().code == detail::table_problem_code::none);

    std::set<std::string_view> names;
    for (const endpoint& e : endpoints) {
        INFO(to_string(e.method) << ' ' << e.path);
        REQUIRE(names.insert(e.name).second);
        REQUIRE(e.path.starts_with(e.api == api_version::v2 ? "/v2/" : "/beta/"));
        // Every scope exists in the registry, and each endpoint names one, but Get
        // Authorization Info, which needs none.
        REQUIRE(scope_set::all().contains(e.scopes));
        if (e.topic == resource::authorization_info) {
            REQUIRE(e.scopes.empty());
        } else {
            REQUIRE(e.scopes.size() == 1);
        }
        REQUIRE((e.status == resource_status::ga || e.status == resource_status::enterprise));
        // The topic is the scope's resource but for the webhook endpoints (sites:*).
        if (e.topic != resource::webhooks && !e.scopes.empty()) REQUIRE(e.topic == resource_of(*e.scopes.begin()));
    }
    REQUIRE(std::is_sorted(endpoints.begin(), endpoints.end(), [](const endpoint& a, const endpoint& b) {
        return std::pair{a.path, detail::index_of(a.method)} < std::pair{b.path, detail::index_of(b.method)};
    }));
}

TEST_CASE("a resource's status agrees with its endpoints' Enterprise markers", "[endpoints][registry]") {
    // A resource all of whose endpoints are "Enterprise Only" is not generally available, and
    // one marked Enterprise has at least one such endpoint (site_config was once marked GA).
    for (const resource_info& row : registry()) {
        if (row.requirement != scope_requirement::scoped) continue;
        std::size_t count = 0;
        std::size_t enterprise = 0;
        for (const endpoint& e : endpoints) {
            if (!e.scopes.intersects(scopes_of(row.id))) continue;
            ++count;
            if (e.status == resource_status::enterprise) ++enterprise;
        }
        INFO(row.name << ": " << enterprise << " of " << count << " endpoints are Enterprise Only");
        if (count > 0 && enterprise == count) CHECK(row.status != resource_status::ga);
        if (row.status == resource_status::enterprise && count > 0) CHECK(enterprise > 0);
    }
}

namespace bad_tables {
// Small broken tables: the checks that guard endpoint_table, run as bool twins. The build
// check itself is exercised by the compile-fail test (tests/compile_fail/CMakeLists.txt).
#define WFS_ROW(method, path, name)                                                                                \
    {                                                                                                              \
        http_method::method, path, "cms:read"_scopes, name, token_rule::any, resource_status::ga, api_version::v2, \
            resource::cms, "test"                                                                                  \
    }
constexpr std::array<endpoint, 3> good{{WFS_ROW(get, "/v2/a", "a.list"), WFS_ROW(get, "/v2/a/live", "a.live"),
                                        WFS_ROW(get, "/v2/a/{a_id}", "a.get")}};  // '{' sorts after letters
constexpr std::array<endpoint, 2> repeated{{WFS_ROW(get, "/v2/a", "a.list"), WFS_ROW(get, "/v2/a", "a.again")}};
constexpr std::array<endpoint, 2> ambiguous{
    {WFS_ROW(get, "/v2/a/{a_id}", "a.get"), WFS_ROW(get, "/v2/a/{b_id}", "b.get")}};
constexpr std::array<endpoint, 2> unsorted{{WFS_ROW(get, "/v2/b", "b.list"), WFS_ROW(get, "/v2/a", "a.list")}};
constexpr std::array<endpoint, 2> unsorted_methods{
    {WFS_ROW(post, "/v2/a", "a.create"), WFS_ROW(get, "/v2/a", "a.list")}};
constexpr std::array<endpoint, 2> malformed{{WFS_ROW(get, "/v2/a", "a.list"), WFS_ROW(get, "/v2/a/{aId}", "a.get")}};
constexpr std::array<endpoint, 1> repeated_parameter{{WFS_ROW(get, "/v2/a/{x}/b/{x}", "a.get")}};
constexpr std::array<endpoint, 2> repeated_name{{WFS_ROW(get, "/v2/a", "a.list"), WFS_ROW(get, "/v2/b", "a.list")}};
constexpr std::array<endpoint, 1> wrong_namespace{{WFS_ROW(get, "/beta/a", "a.list")}};
#undef WFS_ROW
}  // namespace bad_tables

TEST_CASE("the table checks catch broken tables", "[endpoints][table]") {
    using detail::find_table_problem;
    using code = detail::table_problem_code;
    STATIC_REQUIRE(find_table_problem<bad_tables::good>().code == code::none);
    STATIC_REQUIRE(find_table_problem<bad_tables::repeated>().code == code::repeats_method_and_path_of_an_earlier_row);
    STATIC_REQUIRE(find_table_problem<bad_tables::repeated>().row == 1);
    STATIC_REQUIRE(find_table_problem<bad_tables::ambiguous>().code == code::ambiguous_with_an_earlier_row);
    STATIC_REQUIRE(find_table_problem<bad_tables::ambiguous>().row == 1);
    STATIC_REQUIRE(find_table_problem<bad_tables::unsorted>().code == code::rows_not_sorted_by_path_then_method);
    STATIC_REQUIRE(find_table_problem<bad_tables::unsorted_methods>().code ==
                   code::rows_not_sorted_by_path_then_method);
    STATIC_REQUIRE(find_table_problem<bad_tables::malformed>().code == code::template_is_malformed);
    STATIC_REQUIRE(find_table_problem<bad_tables::malformed>().row == 1);
    STATIC_REQUIRE(find_table_problem<bad_tables::repeated_parameter>().code ==
                   code::template_repeats_a_parameter_name);
    STATIC_REQUIRE(find_table_problem<bad_tables::repeated_name>().code == code::name_repeats_an_earlier_row);
    STATIC_REQUIRE(find_table_problem<bad_tables::wrong_namespace>().code ==
                   code::namespace_column_disagrees_with_the_path);
}

#if defined(WEBFLOW_SCOPES_COMPILE_FAIL_TABLE)
static_assert(detail::verify_endpoint_table<bad_tables::repeated>());
#endif

TEST_CASE("template well-formedness check", "[endpoints][table]") {
    STATIC_REQUIRE(detail::split_template("/v2/sites/{site_id}/collections").well_formed);
    STATIC_REQUIRE(detail::split_template("/v2/sites/{site_id}/collections").size == 4);
    STATIC_REQUIRE(detail::split_template("/beta/sites/{site_id}/branches").well_formed);
    STATIC_REQUIRE(detail::split_template("/beta/sites/{site_id}/llms_txt").well_formed);
    STATIC_REQUIRE(!detail::split_template("/v2/sites/").well_formed);
    STATIC_REQUIRE(!detail::split_template("/v2//sites").well_formed);
    STATIC_REQUIRE(!detail::split_template("/v1/sites").well_formed);
    STATIC_REQUIRE(!detail::split_template("/sites").well_formed);
    STATIC_REQUIRE(!detail::split_template("/v2/sites/{siteId}").well_formed);
    STATIC_REQUIRE(!detail::split_template("/v2/sites/{site_id").well_formed);
    STATIC_REQUIRE(!detail::split_template("/v2/Sites").well_formed);
    STATIC_REQUIRE(!detail::split_template("/v2/a/b/c/d/e/f/g/h/i/j/k/l").well_formed);
    STATIC_REQUIRE(!detail::split_template("/v2/").well_formed);
    STATIC_REQUIRE(!detail::split_template("/v2").well_formed);
    STATIC_REQUIRE(!detail::split_template("").well_formed);
}

TEST_CASE("facts: the documented scopes and quirks", "[endpoints]") {
    STATIC_REQUIRE(row(http_method::get, "/v2/sites/{site_id}/collections").scopes == "cms:read"_scopes);
    STATIC_REQUIRE(row(http_method::get, "/v2/sites/{site_id}/collections").name == "collections.list");
    // Create Site needs workspace:write; redirects use sites:*, not site_config:*.
    STATIC_REQUIRE(row(http_method::post, "/v2/workspaces/{workspace_id}/sites").scopes == "workspace:write"_scopes);
    STATIC_REQUIRE(row(http_method::get, "/v2/sites/{site_id}/redirects").scopes == "sites:read"_scopes);
    STATIC_REQUIRE(row(http_method::patch, "/v2/sites/{site_id}/redirects/{redirect_id}").scopes ==
                   "sites:write"_scopes);
    STATIC_REQUIRE(row(http_method::get, "/v2/sites/{site_id}/robots_txt").scopes == "site_config:read"_scopes);
    // Webhooks: list and get sites:read, create sites:write, delete says read.
    STATIC_REQUIRE(row(http_method::get, "/v2/sites/{site_id}/webhooks").scopes == "sites:read"_scopes);
    STATIC_REQUIRE(row(http_method::post, "/v2/sites/{site_id}/webhooks").scopes == "sites:write"_scopes);
    STATIC_REQUIRE(row(http_method::get, "/v2/webhooks/{webhook_id}").scopes == "sites:read"_scopes);
    STATIC_REQUIRE(row(http_method::delete_, "/v2/webhooks/{webhook_id}").scopes == "sites:read"_scopes);
    // The docs-only rows.
    STATIC_REQUIRE(row(http_method::get, "/v2/workspaces").scopes == "workspace:read"_scopes);
    STATIC_REQUIRE(row(http_method::patch, "/v2/collections/{collection_id}").scopes == "cms:write"_scopes);
    STATIC_REQUIRE(row(http_method::get, "/v2/sites/{site_id}/members").scopes == "site_access:read"_scopes);
    STATIC_REQUIRE(row(http_method::post, "/v2/sites/{site_id}/members").scopes == "site_access:write"_scopes);
    STATIC_REQUIRE(row(http_method::get, "/v2/workspaces/{workspace_id}/members").scopes ==
                   "workspace_members:read"_scopes);
    STATIC_REQUIRE(row(http_method::get, "/v2/sites/{site_id}/custom_fonts").scopes == "sites:read"_scopes);
    // The beta API: the Branch API, site plans, app subscriptions.
    STATIC_REQUIRE(row(http_method::post, "/beta/sites/{site_id}/branches").scopes == "branches:create"_scopes);
    STATIC_REQUIRE(row(http_method::post, "/beta/sites/{site_id}/branches").api == api_version::beta);
    STATIC_REQUIRE(row(http_method::post, "/beta/sites/{site_id}/branches/{branch_id}/merge").scopes ==
                   "branches:merge"_scopes);
    STATIC_REQUIRE(row(http_method::get, "/beta/sites/{site_id}/branches/tasks/{task_id}").scopes ==
                   "branches:read"_scopes);
    STATIC_REQUIRE(row(http_method::delete_, "/beta/sites/{site_id}/plan").scopes == "site_plans:write"_scopes);
    STATIC_REQUIRE(row(http_method::patch, "/beta/sites/{site_id}/addons").scopes == "site_plans:write"_scopes);
    STATIC_REQUIRE(row(http_method::get, "/beta/app_subscriptions").scopes == "app_subscriptions:read"_scopes);
    STATIC_REQUIRE(row(http_method::get, "/beta/app_subscriptions").tokens == token_rule::data_client_app_only);
    // Spelled CMS:read and "assets: write" in the SDK's comments; normalised by the generator.
    STATIC_REQUIRE(row(http_method::get, "/v2/collections/{collection_id}/items").scopes == "cms:read"_scopes);
    STATIC_REQUIRE(row(http_method::patch, "/v2/assets/{asset_id}").scopes == "assets:write"_scopes);
}

TEST_CASE("token notes are data on the endpoint", "[endpoints]") {
    // Introspect's current page: "a Data Client App, a Workspace token, or a Site token" (the
    // SDK's older comment said Data Client App only; the newer page wins).
    constexpr const endpoint& introspect = row(http_method::get, "/v2/token/introspect");
    STATIC_REQUIRE(introspect.scopes.empty());
    STATIC_REQUIRE(introspect.tokens == token_rule::any);
    STATIC_REQUIRE(introspect.topic == resource::authorization_info);
    STATIC_REQUIRE(usable_with(introspect, token_type::data_client_app));
    STATIC_REQUIRE(usable_with(introspect, token_type::site_token));
    STATIC_REQUIRE(usable_with(introspect, token_type::workspace_token));
    constexpr const endpoint& create_webhook = row(http_method::post, "/v2/sites/{site_id}/webhooks");
    STATIC_REQUIRE(create_webhook.tokens == token_rule::data_client_app_only);
    constexpr const endpoint& audit = row(http_method::get, "/v2/workspaces/{workspace_id_or_slug}/audit_logs");
    STATIC_REQUIRE(audit.tokens == token_rule::workspace_token_only);
    STATIC_REQUIRE(audit.status == resource_status::enterprise);
    STATIC_REQUIRE(audit.scopes == "workspace_activity:read"_scopes);
    STATIC_REQUIRE(row(http_method::get, "/v2/workspaces").tokens == token_rule::data_client_app_or_workspace_token);
    STATIC_REQUIRE(row(http_method::delete_, "/v2/sites/{site_id}/custom_code").tokens ==
                   token_rule::data_client_app_only);
    STATIC_REQUIRE(row(http_method::get, "/v2/sites/{site_id}/collections").tokens == token_rule::any);
    STATIC_REQUIRE(row(http_method::get, "/v2/sites/{site_id}/redirects").status == resource_status::enterprise);
    STATIC_REQUIRE(row(http_method::get, "/v2/sites/{site_id}/collections").status == resource_status::ga);

    STATIC_REQUIRE(usable_with(create_webhook, token_type::data_client_app));
    STATIC_REQUIRE(!usable_with(create_webhook, token_type::site_token));
    STATIC_REQUIRE(usable_with(row(http_method::get, "/v2/sites/{site_id}/webhooks"), token_type::site_token));
    STATIC_REQUIRE(!usable_with(audit, token_type::data_client_app, app_access_level::site_and_workspace));
    STATIC_REQUIRE(usable_with(audit, token_type::workspace_token));
    // Custom code: the registry says site tokens cannot hold the scope.
    STATIC_REQUIRE(!usable_with(row(http_method::get, "/v2/sites/{site_id}/custom_code"), token_type::site_token));
    // A workspace token cannot reach site endpoints such as Get Site.
    STATIC_REQUIRE(!usable_with(row(http_method::get, "/v2/sites/{site_id}"), token_type::workspace_token));
}

TEST_CASE("find_endpoint resolves a concrete path for every catalogued endpoint", "[endpoints][find]") {
    for (const endpoint& e : endpoints) {
        const std::string path = concrete(e.path);
        INFO(to_string(e.method) << ' ' << path);
        REQUIRE(find_endpoint(e.method, path) == &e);
        REQUIRE(find_endpoint(e.method, "https://api.webflow.com" + path) == &e);
        if (e.api == api_version::v2) REQUIRE(find_endpoint(e.method, path.substr(3)) == &e);  // without /v2
        REQUIRE(find_endpoint(e.method, path + "/") == &e);                                    // trailing slash
        REQUIRE(find_endpoint(e.method, path + "?limit=10&offset=0") == &e);                   // query
        REQUIRE(find_endpoint(e.method, path + "/?cursor=a/b#frag") == &e);                    // both, and a fragment
        REQUIRE(find_endpoint(e.method, e.path) == &e);                                        // the template itself
    }
}

TEST_CASE("/beta serves the v2 endpoints too; /v2 does not serve the beta ones", "[endpoints][find][beta]") {
    for (const endpoint& e : endpoints) {
        INFO(to_string(e.method) << ' ' << e.path);
        if (e.api == api_version::v2) {
            // Unless a beta endpoint has the same path and method, the beta path is its twin.
            const std::string beta = "/beta" + std::string(e.path.substr(3));
            const endpoint* found = find_endpoint(e.method, beta);
            REQUIRE(found != nullptr);
            if (found != &e) REQUIRE((found->api == api_version::beta && found->path == beta));
        } else {
            const std::string v2 = "/v2" + std::string(e.path.substr(5));
            const endpoint* found = find_endpoint(e.method, v2);
            if (found != nullptr) REQUIRE(found->api == api_version::v2);
        }
    }
    STATIC_REQUIRE(find_endpoint(http_method::post, "/beta/sites/{site_id}/branches")->name == "sites.branches.create");
    STATIC_REQUIRE(missing(http_method::post, "/v2/sites/{site_id}/branches"));
    STATIC_REQUIRE(missing(http_method::post, "/sites/{site_id}/branches"));
    STATIC_REQUIRE(find_endpoint(http_method::get, "https://api.webflow.com/beta/sites/a/collections")->path ==
                   "/v2/sites/{site_id}/collections");
    STATIC_REQUIRE(lookup_endpoint(http_method::put, "/beta/sites/a/branches").error() ==
                   endpoint_lookup_error::method_not_allowed);
}

TEST_CASE("suggest_endpoint finds the template that was meant", "[endpoints][suggest]") {
    STATIC_REQUIRE(suggest_endpoint(http_method::get, "/v2/sites/{site_id}/colections")->path ==
                   "/v2/sites/{site_id}/collections");
    STATIC_REQUIRE(suggest_endpoint(http_method::get, "/v2/sites/580e63e98c9a982ac9b8b741/colections")->path ==
                   "/v2/sites/{site_id}/collections");
    STATIC_REQUIRE(suggest_endpoint(http_method::post, "/beta/sites/s/branch")->name == "sites.branches.create");
    STATIC_REQUIRE(suggest_endpoint(http_method::get, "/v2/nothing/like/this/at/all") == nullptr);
    STATIC_REQUIRE(suggest_endpoint(http_method::get, "/v2//sites") == nullptr);
}

TEST_CASE("literal segments beat parameters", "[endpoints][find]") {
    const std::string items = "/v2/collections/" + std::string(sample_id) + "/items/";
    REQUIRE(find_endpoint(http_method::get, items + "live")->name == "collections.items.listItemsLive");
    REQUIRE(find_endpoint(http_method::get, items + std::string(sample_id))->name == "collections.items.getItem");
    REQUIRE(find_endpoint(http_method::delete_, items + "live")->name == "collections.items.deleteItemsLive");
    REQUIRE(find_endpoint(http_method::delete_, items + "6258612d1ee792848f805dcf")->name ==
            "collections.items.deleteItem");
    REQUIRE(find_endpoint(http_method::post, items + "bulk")->name == "collections.items.createItems");
    REQUIRE(find_endpoint(http_method::post, items + "publish")->name == "collections.items.publishItem");
    REQUIRE(find_endpoint(http_method::get, items + std::string(sample_id) + "/live")->name ==
            "collections.items.getItemLive");

    // The path picks the endpoint first: a method that the literal path lacks does not fall
    // back to the parameter ("publish" is not an item id).
    REQUIRE(lookup_endpoint(http_method::get, items + "publish").error() == endpoint_lookup_error::method_not_allowed);
    REQUIRE(lookup_endpoint(http_method::get, items + "bulk").error() == endpoint_lookup_error::method_not_allowed);
    REQUIRE(lookup_endpoint(http_method::patch, "/v2/workspaces/w/members/bulk").error() ==
            endpoint_lookup_error::method_not_allowed);
    REQUIRE(find_endpoint(http_method::delete_, "/v2/workspaces/w/members/bulk")->name ==
            "workspaces.members.bulkRemove");
    REQUIRE(find_endpoint(http_method::delete_, "/v2/workspaces/w/members/6258612d1ee792848f805dcf")->name ==
            "workspaces.members.remove");

    // A literal that leads nowhere gives way to the parameter: here "live" can only be an id.
    REQUIRE(find_endpoint(http_method::get, items + "live/live")->name == "collections.items.getItemLive");

    // A placeholder matches parameters only, whatever its name.
    STATIC_REQUIRE(find_endpoint(http_method::get, "/v2/collections/{collection_id}/items/{item_id}")->name ==
                   "collections.items.getItem");
    STATIC_REQUIRE(find_endpoint(http_method::get, "/v2/collections/{collectionId}/items/{id}")->name ==
                   "collections.items.getItem");
    STATIC_REQUIRE(find_endpoint(http_method::get, "/v2/collections/{c}/items/live")->name ==
                   "collections.items.listItemsLive");

    // Same shape, different parameter names: both resolve.
    STATIC_REQUIRE(find_endpoint(http_method::get, "/v2/workspaces/acme-corp/audit_logs")->name ==
                   "workspaces.auditLogs.getWorkspaceAuditLogs");
    STATIC_REQUIRE(find_endpoint(http_method::get, "/v2/workspaces/580e63e98c9a982ac9b8b741/members")->name ==
                   "workspaces.members.list");
    // Inventory and items share /collections/{..}/items/{..}/: the last literal decides.
    STATIC_REQUIRE(find_endpoint(http_method::get, "/v2/collections/a/items/b/inventory")->name == "inventory.list");
    STATIC_REQUIRE(find_endpoint(http_method::get, "/v2/collections/a/items/b/live")->name ==
                   "collections.items.getItemLive");
    // Site Access: by email on the collection path, by id on the member path.
    STATIC_REQUIRE(find_endpoint(http_method::patch, "/v2/sites/s/members")->name == "sites.members.updateRoleByEmail");
    STATIC_REQUIRE(find_endpoint(http_method::patch, "/v2/sites/s/members/m")->name == "sites.members.updateRole");
}

TEST_CASE("origin, /v2, trailing slash, query and fragment", "[endpoints][find]") {
    constexpr const endpoint* list_sites = &row(http_method::get, "/v2/sites");
    STATIC_REQUIRE(list_sites->name == "sites.list");
    STATIC_REQUIRE(find_endpoint(http_method::get, "https://api.webflow.com/v2/sites") == list_sites);
    STATIC_REQUIRE(find_endpoint(http_method::get, "HTTPS://API.Webflow.COM/v2/sites") == list_sites);
    STATIC_REQUIRE(find_endpoint(http_method::get, "http://api.webflow.com/v2/sites") == list_sites);
    STATIC_REQUIRE(find_endpoint(http_method::get, "https://api.webflow.com/sites") == list_sites);
    STATIC_REQUIRE(find_endpoint(http_method::get, "/sites") == list_sites);
    STATIC_REQUIRE(find_endpoint(http_method::get, "sites") == list_sites);
    STATIC_REQUIRE(find_endpoint(http_method::get, "v2/sites") == list_sites);
    STATIC_REQUIRE(find_endpoint(http_method::get, "/v2/sites/") == list_sites);
    STATIC_REQUIRE(find_endpoint(http_method::get, "/v2/sites?") == list_sites);
    STATIC_REQUIRE(find_endpoint(http_method::get, "/v2/sites?x=/v2/nope") == list_sites);
    STATIC_REQUIRE(find_endpoint(http_method::get, "/v2/sites#/v2/nope") == list_sites);
    STATIC_REQUIRE(find_endpoint(http_method::get, "https://api.webflow.com/v2/sites/?a=1#b") == list_sites);
    STATIC_REQUIRE(find_endpoint(http_method::get, "https://api.webflow.com/v2/sites?a=1") == list_sites);
}

TEST_CASE("the query or fragment is found wherever it starts", "[endpoints][find]") {
    // The run-time scan reads eight bytes at a time: at every offset of a 40-byte path (so
    // each side of every word edge) put '?', '#' or a byte one bit away from one ('>', '"'),
    // and a '#' three bytes later; compare with std::string_view::find_first_of.
    for (const char mark : {'?', '#', '>', '"'}) {
        for (std::size_t at = 0; at <= 40; ++at) {
            std::string path(40, 'a');
            if (at < path.size()) path[at] = mark;
            if (at + 3 < path.size()) path[at + 3] = '#';
            const std::string_view text = path;
            const std::size_t expected = std::min(text.find_first_of("?#"), text.size());
            CAPTURE(mark, at);
            CHECK(detail::find_query_or_fragment(text) == expected);
            CHECK(detail::find_query_or_fragment(text.substr(1)) ==
                  std::min(text.substr(1).find_first_of("?#"), text.size() - 1));
        }
    }
    STATIC_REQUIRE(detail::find_query_or_fragment("/v2/sites/0123456789?a#b") == 20);
    STATIC_REQUIRE(detail::find_query_or_fragment("/v2/sites") == 9);
}

TEST_CASE("find_endpoint rejects unknown and malformed paths", "[endpoints][find]") {
    struct bad_case {
        http_method method;
        std::string_view path;
        endpoint_lookup_error error;
    };
    const std::vector<bad_case> cases{
        {http_method::get, "", endpoint_lookup_error::no_such_path},
        {http_method::get, "/", endpoint_lookup_error::no_such_path},
        {http_method::get, "/v2", endpoint_lookup_error::no_such_path},
        {http_method::get, "/v2/", endpoint_lookup_error::no_such_path},
        {http_method::get, "?", endpoint_lookup_error::no_such_path},
        {http_method::get, "https://api.webflow.com", endpoint_lookup_error::no_such_path},
        {http_method::get, "https://api.webflow.com/", endpoint_lookup_error::no_such_path},
        {http_method::get, "/v2/nope", endpoint_lookup_error::no_such_path},
        {http_method::get, "/v2/collections", endpoint_lookup_error::no_such_path},  // a prefix only
        {http_method::get, "/v2/Sites", endpoint_lookup_error::no_such_path},        // paths are case-sensitive
        {http_method::get, "/V2/sites", endpoint_lookup_error::no_such_path},
        {http_method::get, "/v1/sites", endpoint_lookup_error::no_such_path},
        {http_method::get, "/v2/v2/sites", endpoint_lookup_error::no_such_path},
        {http_method::get, "/v2/sites/a/collections/b", endpoint_lookup_error::no_such_path},
        {http_method::get, "/v2/a/b/c/d/e/f/g/h/i/j/k/l/m", endpoint_lookup_error::no_such_path},
        {http_method::get, "/beta", endpoint_lookup_error::no_such_path},
        {http_method::get, "/beta/v2/sites", endpoint_lookup_error::no_such_path},
        {http_method::get, "/Beta/sites", endpoint_lookup_error::no_such_path},
        {http_method::get, "/v2/sites//collections", endpoint_lookup_error::malformed_path},
        {http_method::get, "//v2/sites", endpoint_lookup_error::malformed_path},
        {http_method::get, "/v2/sites//", endpoint_lookup_error::malformed_path},
        {http_method::get, "/v2/sites/a b/collections", endpoint_lookup_error::malformed_path},
        {http_method::get, "/v2/sites/a\tb", endpoint_lookup_error::malformed_path},
        {http_method::get, "/v2/sites/{site_id/collections", endpoint_lookup_error::malformed_path},
        {http_method::get, "/v2/sites/a{b}/collections", endpoint_lookup_error::malformed_path},
        {http_method::get, "/v2/sites/{}/collections", endpoint_lookup_error::malformed_path},
        {http_method::get, "/v2/sites/{site-id}/collections", endpoint_lookup_error::malformed_path},
        {http_method::get, "/v2/sites/\xc3\xa9t\xc3\xa9", endpoint_lookup_error::malformed_path},
        {http_method::get, "/v2/sites/a\x7f", endpoint_lookup_error::malformed_path},
        {http_method::get, "https://example.com/v2/sites", endpoint_lookup_error::foreign_host},
        {http_method::get, "https://api-cdn.webflow.com/v2/sites", endpoint_lookup_error::foreign_host},
        {http_method::get, "https://api.webflow.com.evil.example/v2/sites", endpoint_lookup_error::foreign_host},
        {http_method::get, "https://user@api.webflow.com/v2/sites", endpoint_lookup_error::foreign_host},
        {http_method::get, "https://", endpoint_lookup_error::foreign_host},
        {http_method::post, "/v2/sites", endpoint_lookup_error::method_not_allowed},
        {http_method::put, "/v2/sites/{site_id}/collections", endpoint_lookup_error::method_not_allowed},
        {static_cast<http_method>(7), "/v2/sites", endpoint_lookup_error::method_not_allowed},
    };
    for (const auto& c : cases) {
        INFO(to_string(c.method) << " [" << c.path << ']');
        const endpoint_lookup found = lookup_endpoint(c.method, c.path);
        REQUIRE_FALSE(found);
        REQUIRE(*found == nullptr);
        REQUIRE(found.error() == c.error);
        REQUIRE(find_endpoint(c.method, c.path) == nullptr);
    }
    // An embedded NUL is a character like any other, not the end of the string.
    REQUIRE(lookup_endpoint(http_method::get, std::string_view("/v2/sites\0/x", 12)).error() ==
            endpoint_lookup_error::malformed_path);
    STATIC_REQUIRE(to_string(endpoint_lookup_error::foreign_host) == "foreign_host");
}

TEST_CASE("find_endpoint works in constant evaluation on odd input", "[endpoints][find]") {
    // Constant evaluation rejects any out-of-bounds read, so these double as bounds checks.
    STATIC_REQUIRE(missing(http_method::get, "{"));
    STATIC_REQUIRE(missing(http_method::get, "}"));
    STATIC_REQUIRE(missing(http_method::get, "{}"));
    STATIC_REQUIRE(missing(http_method::get, "/{"));
    STATIC_REQUIRE(missing(http_method::get, "//"));
    STATIC_REQUIRE(missing(http_method::get, "#"));
    STATIC_REQUIRE(missing(http_method::get, "http"));
    STATIC_REQUIRE(missing(http_method::get, "http:"));
    STATIC_REQUIRE(missing(http_method::get, "https:/"));
    STATIC_REQUIRE(missing(http_method::get, "https://api.webflow.co"));
    STATIC_REQUIRE(missing(http_method::get, "/v2/sites/{"));
    STATIC_REQUIRE(missing(http_method::get, "/v2/sites/}"));
    STATIC_REQUIRE(missing(http_method::get, "/v2/sites/{a}}"));
    STATIC_REQUIRE(missing(http_method::get, "/v2/sites/{{a}"));
    STATIC_REQUIRE(find_endpoint(http_method::get, "/v2/sites/{a}")->name == "sites.get");
    STATIC_REQUIRE(missing(http_method::get, "/v2/sites/x/y/z/a/b/c/d/e/f"));
    STATIC_REQUIRE(missing(http_method::get, "v2"));
    STATIC_REQUIRE(missing(http_method::get, "v2/"));
    STATIC_REQUIRE(missing(http_method::get, "/v2//"));
}

TEST_CASE("find_endpoint survives arbitrary input", "[endpoints][find][fuzz]") {
    // Deterministic pseudo-random strings over an alphabet rich in separators, plus
    // mutations of real paths. Every answer must be null or an endpoint of that method.
    std::uint64_t state = 0x9E3779B97F4A7C15ULL;
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    constexpr std::string_view alphabet = "/?#{}:v2sitecolns_ildmb0123456789abcdef .%\0\x80\xff"sv;
    std::size_t found = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string text;
        if (i % 2 == 0) {
            const std::size_t n = next() % 64;
            for (std::size_t k = 0; k < n; ++k) text += alphabet[next() % alphabet.size()];
        } else {
            text = concrete(endpoints[next() % endpoints.size()].path);
            const std::size_t edits = 1 + next() % 3;
            for (std::size_t k = 0; k < edits && !text.empty(); ++k) {
                const std::size_t at = next() % text.size();
                switch (next() % 3) {
                    case 0:
                        text[at] = alphabet[next() % alphabet.size()];
                        break;
                    case 1:
                        text.erase(at, 1);
                        break;
                    default:
                        text.insert(at, 1, alphabet[next() % alphabet.size()]);
                        break;
                }
            }
        }
        const auto method = static_cast<http_method>(next() % http_method_count);
        const endpoint_lookup result = lookup_endpoint(method, text);
        if (result) {
            ++found;
            REQUIRE(result.error() == endpoint_lookup_error::none);
            REQUIRE((*result)->method == method);
            REQUIRE(*result >= endpoints.data());
            REQUIRE(*result < endpoints.data() + endpoints.size());
        } else {
            REQUIRE(result.error() != endpoint_lookup_error::none);
        }
    }
    REQUIRE(found > 0);  // the mutations keep some paths valid
}

TEST_CASE("find_endpoint allocates nothing", "[endpoints][find]") {
    std::vector<std::string> paths;
    paths.reserve(endpoints.size() + 2);
    for (const endpoint& e : endpoints) paths.push_back("https://api.webflow.com" + concrete(e.path) + "/?q=1");
    paths.emplace_back("/v2/nope");
    paths.emplace_back("https://example.com/v2/sites");
    const std::size_t before = webflow_scopes_tests::allocation_count.load();
    std::size_t hits = 0;
    for (int round = 0; round < 10; ++round) {
        for (std::size_t i = 0; i < paths.size(); ++i) {
            const auto method = i < endpoints.size() ? endpoints[i].method : http_method::get;
            hits += find_endpoint(method, paths[i]) != nullptr ? 1U : 0U;
        }
    }
    const std::size_t after = webflow_scopes_tests::allocation_count.load();
    REQUIRE(after == before);
    REQUIRE(hits == 10 * endpoints.size());
}

TEST_CASE("find_endpoint_by_name", "[endpoints]") {
    STATIC_REQUIRE(find_endpoint_by_name("token.introspect")->path == "/v2/token/introspect");
    STATIC_REQUIRE(find_endpoint_by_name("workspaces.list")->path == "/v2/workspaces");
    REQUIRE(find_endpoint_by_name("nope") == nullptr);
    for (const endpoint& e : endpoints) REQUIRE(find_endpoint_by_name(e.name) == &e);
}
