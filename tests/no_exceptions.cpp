// The API built with -fno-exceptions -fno-rtti (no Catch2: it needs exceptions): parsing,
// joining, the literals, token rules, percent decoding, the endpoint catalogue, least
// privilege, webhooks and the OAuth helpers all work, and result::value() on an error aborts
// instead of throwing (run with the argument "value-on-error"; that CTest test must die).
// Expectations are written by hand from the docs (webflow-facts.md), not taken from the code.
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>

#include <webflow/scopes/all.hpp>

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(__GXX_RTTI) || defined(__cpp_rtti)
#error "tests/no_exceptions.cpp must be built with -fno-exceptions -fno-rtti"
#endif

namespace {

int checks = 0;

// A macro, so that the message names the expression and the line; variadic, so that braced
// initializers need no extra parentheses.
#define NOEXC_CHECK(...) check((__VA_ARGS__), #__VA_ARGS__, __LINE__)

void check(bool ok, const char* what, int line) {
    ++checks;
    if (!ok) {
        std::fprintf(stderr, "no_exceptions.cpp:%d: check failed: %s\n", line, what);
        std::abort();
    }
}

}  // namespace

int main(int argc, char** argv) {
    using namespace webflow::scopes;
    using namespace std::string_view_literals;

    if (argc > 1 && argv[1] == "value-on-error"sv) {
        const parse_result bad = parse("cms:reed");
        std::printf("%zu\n", bad.value().size());  // must abort before printing
        return 0;
    }

    // The docs' example URL's scope value: 13 scopes.
    const parse_result docs = parse(
        "assets%3Aread%20assets%3Awrite%20authorized_user%3Aread%20cms%3Aread%20cms%3Awrite%20custom_code%3Aread%20"
        "custom_code%3Awrite%20forms%3Aread%20forms%3Awrite%20pages%3Aread%20pages%3Awrite%20sites%3Aread%20"
        "sites%3Awrite");
    NOEXC_CHECK(docs.has_value());
    NOEXC_CHECK(docs->size() == 13);
    NOEXC_CHECK(docs.value().contains("custom_code:write"_scope));

    // Errors: what and where.
    const parse_result typo = parse("cms:read page:read");
    NOEXC_CHECK(!typo);
    NOEXC_CHECK(typo.error().code == errc::unknown_scope);
    NOEXC_CHECK(typo.error().offset == 9 && typo.error().length == 9);
    NOEXC_CHECK(typo.error().suggestion == "pages:read"_scope);
    NOEXC_CHECK(typo.value_or("forms:read"_scopes) == "forms:read"_scopes);
    NOEXC_CHECK(typo.error().describe("cms:read page:read").view() ==
                "unknown scope 'page:read' at offset 9 (did you mean 'pages:read'?)");

    // Introspect's comma list, leniently: a beta scope kept, an unknown and a wrong-case one skipped.
    const parse_result granted =
        parse("sites:read,cms:write,no-such:merge,branches:merge,CMS:read", parse_mode::lenient);
    NOEXC_CHECK(granted && *granted == "branches:merge cms:write sites:read"_scopes);
    NOEXC_CHECK(granted.skipped_count() == 2);
    NOEXC_CHECK(granted.skipped()[0] == skipped_scope{21, 13, errc::unknown_scope});
    NOEXC_CHECK(granted.skipped()[1] == skipped_scope{50, 8, errc::wrong_case});
    NOEXC_CHECK(granted.error().code == errc::none);

    // Joining, with and without allocation.
    constexpr auto app = "sites:read cms:write"_scopes;
    NOEXC_CHECK(join(app) == "cms:write sites:read");
    NOEXC_CHECK(join(app, ",") == "cms:write,sites:read");
    NOEXC_CHECK(static_join(app).view() == "cms:write sites:read");
    NOEXC_CHECK(encode_scope_param(app) == "cms%3Awrite%20sites%3Aread");
    char buffer[64]{};  // NOLINT(modernize-avoid-c-arrays): join_to into a plain char buffer is the point
    char* end = join_to(&buffer[0], app);
    NOEXC_CHECK(std::string_view(&buffer[0], static_cast<std::size_t>(end - &buffer[0])) == "cms:write sites:read");

    // Percent decoding, form style.
    std::string decoded;
    NOEXC_CHECK(percent_decode_to(std::back_inserter(decoded), "sites%3Aread+cms%3Awrite", true).has_value());
    NOEXC_CHECK(decoded == "sites:read cms:write");
    const percent_decode_result bad_escape = percent_decode_to(std::back_inserter(decoded), "ab%zz");
    NOEXC_CHECK(!bad_escape && bad_escape.error().offset == 2);

    // Token rules: site tokens cannot hold custom code scopes.
    const validation_result site = validate("custom_code:read cms:read"_scopes, token_type::site_token);
    NOEXC_CHECK(!site.has_value());
    NOEXC_CHECK(site.error() == "custom_code:read"_scopes);
    NOEXC_CHECK(rejection_of("custom_code:read"_scope, token_type::site_token) ==
                token_rejection::not_offered_to_this_token_type);
    NOEXC_CHECK(validate("custom_code:read"_scopes, token_type::data_client_app).value() == "custom_code:read"_scopes);
    static_assert(scopes_for<token_type::site_token, "cms:read forms:read">().size() == 2);

    // The endpoint catalogue: Create Site needs workspace:write; redirects use sites:*.
    const endpoint* create_site = find_endpoint(http_method::post, "/v2/workspaces/{workspace_id}/sites");
    NOEXC_CHECK(create_site != nullptr && create_site->scopes == "workspace:write"_scopes);
    const endpoint* list_collections =
        find_endpoint(http_method::get, "https://api.webflow.com/v2/sites/580e63e98c9a982ac9b8b741/collections?x=1");
    NOEXC_CHECK(list_collections != nullptr && list_collections->scopes == "cms:read"_scopes);
    NOEXC_CHECK(lookup_endpoint(http_method::get, "https://example.com/v2/sites").error() ==
                endpoint_lookup_error::foreign_host);
    // The beta namespace: its own endpoints, and every v2 one.
    const endpoint_lookup merge = lookup_endpoint(http_method::post, "/beta/sites/s/branches/b/merge");
    NOEXC_CHECK(merge && (*merge)->scopes == "branches:merge"_scopes && (*merge)->api == api_version::beta);
    NOEXC_CHECK(find_endpoint(http_method::get, "/beta/sites/s/collections") == list_collections);
    const endpoint* near_miss = suggest_endpoint(http_method::get, "/v2/sites/{site_id}/colections");
    NOEXC_CHECK(near_miss != nullptr && near_miss->path == "/v2/sites/{site_id}/collections");

    // Least privilege and webhooks.
    const plan_result plan =
        plan_scopes({{http_method::get, "/v2/sites/{site_id}/collections"}}, {trigger_type::form_submission});
    NOEXC_CHECK(plan && *plan == "cms:read forms:read"_scopes && plan.error().code == plan_errc::none);
    const plan_result unknown = plan_scopes({{http_method::get, "/v2/sites"}, {http_method::get, "/v2/nosuch"}});
    NOEXC_CHECK(!unknown && unknown.error() == plan_error{plan_errc::unknown_endpoint, 1});
    NOEXC_CHECK(required_scope(trigger_type::branch_merged) == "branches:read"_scope);
    NOEXC_CHECK(required_scope(trigger_type::site_publish) == "sites:read"_scope);
    constexpr scope_set needed = required_scopes({{http_method::post, "/v2/sites/{site_id}/webhooks"}});
    static_assert(needed == "sites:write"_scopes);

    // The OAuth flow: the URL, the redirect back, granted and missing scopes, the diff.
    NOEXC_CHECK(authorize_url({"id", "cms:read"_scopes, "", "a&b"}) ==
                "https://webflow.com/oauth/authorize?response_type=code&client_id=id&state=a%26b&scope=cms%3Aread");
    NOEXC_CHECK(authorize_url({"", "cms:read"_scopes}).empty());
    const authorize_result no_scopes = try_authorize_url({"id", scope_set{}});
    NOEXC_CHECK(!no_scopes && no_scopes.error() == authorize_errc::empty_scopes);
    const redirect_result redirect = parse_redirect("https://app.example/cb?code=c%20d&state=s#x");
    NOEXC_CHECK(redirect && redirect->code == "c d" && state_matches(redirect->state, "s"));
    const redirect_result twice = parse_redirect("code=a&code=b");
    NOEXC_CHECK(!twice && twice.error().code == redirect_errc::duplicate_parameter && twice.error().offset == 7);
    NOEXC_CHECK(parse_granted("assets:read,assets:write").value() == "assets:read assets:write"_scopes);
    NOEXC_CHECK(parse_missing_scopes("OAuthForbidden: You are missing the following scopes - 'sites:read'").value() ==
                "sites:read"_scopes);
    const scope_diff d = diff("cms:read"_scopes, "cms:read cms:write"_scopes);
    NOEXC_CHECK(d.missing == "cms:write"_scopes && d.unneeded.empty());

    std::printf("no_exceptions: %d checks passed\n", checks);
    return 0;
}
