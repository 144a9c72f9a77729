// fmt support: every formatter, with expectations written by hand, and the string format
// spec (width, fill, alignment, precision) that each inherits from formatter<string_view>.
#include <catch2/catch.hpp>

#include <string>

#include <webflow/scopes/all.hpp>
#include <webflow/scopes/fmt.hpp>

using namespace webflow::scopes;
using namespace webflow::scopes::literals;

TEST_CASE("enums format as their names", "[fmt]") {
    CHECK(fmt::format("{}", resource::cms) == "cms");
    CHECK(fmt::format("{}", resource::custom_code) == "custom_code");
    CHECK(fmt::format("{}", resource::workspace_activity) == "workspace_activity");
    CHECK(fmt::format("{}", resource_status::enterprise) == "enterprise");
    CHECK(fmt::format("{} {}", access::read, access::write) == "read write");
    CHECK(fmt::format("{} {} {} {} {}", access::create, access::update, access::merge, access::publish,
                      access::delete_) == "create update merge publish delete");
    CHECK(fmt::format("{} {}", resource::branches, resource::site_plans) == "branches site_plans");
    CHECK(fmt::format("{} {}", level::site, level::workspace) == "site workspace");
    CHECK(fmt::format("{}|{}|{}", token_type::data_client_app, token_type::site_token, token_type::workspace_token) ==
          "data_client_app|site_token|workspace_token");
    CHECK(fmt::format("{}", app_access_level::site_and_workspace) == "site_and_workspace");
    CHECK(fmt::format("{} {} {} {} {}", http_method::get, http_method::post, http_method::put, http_method::patch,
                      http_method::delete_) == "GET POST PUT PATCH DELETE");
    CHECK(fmt::format("{}", token_rule::data_client_app_only) == "data_client_app_only");
    CHECK(fmt::format("{}", endpoint_lookup_error::method_not_allowed) == "method_not_allowed");
    CHECK(fmt::format("{}", plan_errc::removed_trigger) == "removed_trigger");
    CHECK(fmt::format("{}", trigger_type::form_submission) == "form_submission");
    CHECK(fmt::format("{}", trigger_type::collection_item_unpublished) == "collection_item_unpublished");
    CHECK(fmt::format("{} {} {}", trigger_type::branch_created, trigger_type::branch_merged,
                      trigger_type::branch_deleted) == "branch_created branch_merged branch_deleted");
    CHECK(fmt::format("{}", errc::unknown_scope) == "unknown_scope");
    CHECK(fmt::format("{}", errc::bad_percent_escape) == "bad_percent_escape");
    CHECK(fmt::format("{} {}", parse_mode::strict, parse_mode::lenient) == "strict lenient");
    CHECK(fmt::format("{}", authorize_errc::empty_client_id) == "empty_client_id");
    CHECK(fmt::format("{}", redirect_errc::duplicate_parameter) == "duplicate_parameter");
}

TEST_CASE("every error enum's none formats as \"none\"", "[fmt]") {
    CHECK(fmt::format("{}", errc::none) == "none");
    CHECK(fmt::format("{}", authorize_errc::none) == "none");
    CHECK(fmt::format("{}", redirect_errc::none) == "none");
    CHECK(fmt::format("{}", endpoint_lookup_error::none) == "none");
    CHECK(fmt::format("{}", plan_errc::none) == "none");
    CHECK(fmt::format("{}", token_rejection::none) == "none");
}

TEST_CASE("token_rejection, api_version and inferred_rule", "[fmt]") {
    CHECK(fmt::format("{}", token_rejection::not_offered_to_this_token_type) == "not_offered_to_this_token_type");
    CHECK(fmt::format("{}", token_rejection::app_needs_workspace_access) == "app_needs_workspace_access");
    CHECK(fmt::format("{}", token_rejection::site_token_holds_site_level_only) == "site_token_holds_site_level_only");
    CHECK(fmt::format("{}", token_rejection::workspace_token_holds_workspace_level_only) ==
          "workspace_token_holds_workspace_level_only");
    // What rejection_of() says for a Data Client-only scope on a site token, as text.
    CHECK(fmt::format("{}", rejection_of("custom_code:read"_scope, token_type::site_token)) ==
          "not_offered_to_this_token_type");
    CHECK(fmt::format("{} {}", api_version::v2, api_version::beta) == "v2 beta");
    CHECK(fmt::format("{}", find_endpoint(http_method::get, "/beta/sites/{site_id}/branches")->api) == "beta");
    CHECK(fmt::format("{} {}", inferred_rule::level, inferred_rule::tokens) == "level tokens");
    CHECK(fmt::format("[{:>6}]", api_version::v2) == "[    v2]");
}

TEST_CASE("registry and webhook status enums", "[fmt]") {
    CHECK(fmt::format("{} {} {} {}", resource_status::ga, resource_status::enterprise, resource_status::beta,
                      resource_status::deprecated) == "ga enterprise beta deprecated");
    CHECK(fmt::format("{} {} {}", scope_requirement::scoped, scope_requirement::none,
                      scope_requirement::per_trigger_type) == "scoped none per_trigger_type");
    CHECK(fmt::format("{} {}", trigger_status::current, trigger_status::removed) == "current removed");
}

TEST_CASE("scope and scope_set", "[fmt]") {
    CHECK(fmt::format("{}", "cms:read"_scopes.begin().operator*()) == "cms:read");
    CHECK(fmt::format("{}", *scope_from_string("site_config:write")) == "site_config:write");
    // Canonical (registry) order, one space, whatever the order written.
    CHECK(fmt::format("{}", "sites:write cms:read assets:read"_scopes) == "assets:read cms:read sites:write");
    CHECK(fmt::format("{}", scope_set{}).empty());
    CHECK(fmt::format("<{}>", "workspace_members:write"_scopes) == "<workspace_members:write>");
    // Within a resource, actions sort by name.
    CHECK(fmt::format("{}", "branches:update branches:create branches:merge"_scopes) ==
          "branches:create branches:merge branches:update");
}

TEST_CASE("parse_error: message and position", "[fmt]") {
    CHECK(fmt::format("{}", parse("cms:read page:read").error()) ==
          "unknown scope at offset 9 (did you mean 'pages:read'?)");
    CHECK(fmt::format("{}", parse("cms:read,,forms:read").error()) == "empty scope between two separators at offset 9");
    CHECK(fmt::format("{}", parse("").error()) == "empty scope list");
    CHECK(fmt::format("{}", parse("cms:read%3").error()) ==
          "bad percent escape: expected % and two hex digits at offset 8");
}

TEST_CASE("redirect_error and endpoint", "[fmt]") {
    CHECK(fmt::format("{}", parse_redirect_view("code=1&code=2").error()) == "parameter given twice at offset 7");
    CHECK(fmt::format("{}", *find_endpoint(http_method::get, "/v2/sites/{site_id}/collections")) ==
          "GET /v2/sites/{site_id}/collections");
    CHECK(fmt::format("{}", *find_endpoint(http_method::delete_, "/v2/webhooks/{webhook_id}")) ==
          "DELETE /v2/webhooks/{webhook_id}");
    // A beta request for a v2-only path is the v2 endpoint, printed with its own template.
    CHECK(fmt::format("{}", *find_endpoint(http_method::get, "/beta/sites/{site_id}/collections")) ==
          "GET /v2/sites/{site_id}/collections");
    CHECK(fmt::format("{}", *find_endpoint(http_method::post, "/beta/sites/{site_id}/branches/{branch_id}/merge")) ==
          "POST /beta/sites/{site_id}/branches/{branch_id}/merge");
}

TEST_CASE("width, fill, alignment and precision", "[fmt]") {
    CHECK(fmt::format("[{:>8}]", access::read) == "[    read]");
    CHECK(fmt::format("[{:<8}]", access::read) == "[read    ]");
    CHECK(fmt::format("[{:*^10}]", http_method::get) == "[***GET****]");
    CHECK(fmt::format("[{:12}]", "cms:read"_scopes) == "[cms:read    ]");
    CHECK(fmt::format("[{:.3}]", "cms:read"_scopes) == "[cms]");
    CHECK(fmt::format("[{:>{}}]", token_type::site_token, 12) == "[  site_token]");
    CHECK(fmt::format("[{:->20}]", *find_endpoint(http_method::get, "/v2/sites")) == "[-------GET /v2/sites]");
    CHECK(fmt::format("[{:4}]", errc::unknown_scope) == "[unknown_scope]");  // never cut by width
}

TEST_CASE("the README's fmt lines", "[fmt]") {
    CHECK(fmt::format("{}\n", "sites:read cms:read"_scopes) == "cms:read sites:read\n");
    CHECK(fmt::format("[{:*^12}]\n", access::write) == "[***write****]\n");
    CHECK(fmt::format("{:>6} {}\n", http_method::get, parse("page:read").error()) ==
          "   GET unknown scope at offset 0 (did you mean 'pages:read'?)\n");
}

TEST_CASE("format_to and runtime format strings work too", "[fmt]") {
    std::string out;
    fmt::format_to(std::back_inserter(out), "{}={}", resource::forms, "forms:read forms:write"_scopes);
    CHECK(out == "forms=forms:read forms:write");
    CHECK(fmt::format(fmt::runtime("{:>6}"), level::site) == "  site");
}
