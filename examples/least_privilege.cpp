// Least privilege, computed while compiling: this app lists the endpoints it calls and the
// webhooks it listens to; its scope parameter is exactly what they need. Add an endpoint and
// the scopes follow; misspell one and the build fails with
// invalid_plan_entry<plan_errc::unknown_endpoint, i>.
#include <array>
#include <cstdio>
#include <string>

#include <webflow/scopes.hpp>
#include <webflow/scopes/least_privilege.hpp>

using namespace webflow::scopes;

namespace {

// A Data Client app that turns form submissions into CMS items and publishes them.
constexpr std::array<endpoint_ref, 8> calls{{
    {http_method::get, "/v2/token/introspect"},                            // which sites it was given
    {http_method::get, "/v2/sites/{site_id}"},                             // show the site's name
    {http_method::get, "/v2/sites/{site_id}/forms"},                       // let the user pick a form
    {http_method::get, "/v2/sites/{site_id}/collections"},                 // ... and a collection
    {http_method::post, "/v2/sites/{site_id}/webhooks"},                   // subscribe to the form
    {http_method::get, "/v2/form_submissions/{form_submission_id}"},       // read a submission
    {http_method::post, "/v2/collections/{collection_id}/items"},          // create the item
    {http_method::post, "/v2/collections/{collection_id}/items/publish"},  // publish it
}};
// form_submission brings new entries; collection_item_deleted tells it an editor removed one.
constexpr std::array<trigger_type, 2> listens{trigger_type::form_submission, trigger_type::collection_item_deleted};

// The scopes, computed from the table at compile time.
constexpr scope_set needed = required_scopes(calls, listens);

// What the app asks for in its authorization URL. If someone adds a scope "just in case", or
// an endpoint above starts needing one that is not here, this stops the build.
constexpr scope_set requested = "cms:read cms:write forms:read sites:read sites:write"_scopes;
static_assert(requested == needed, "the requested scopes must be exactly what the endpoints and webhooks need");

// Token notes: webhook create needs a Data Client app; a site token would not do.
static_assert(validate(calls, token_type::data_client_app).has_value());
static_assert(validate(calls, token_type::site_token).error().excluded == 1);

// The scope parameter is a compile-time constant too.
constexpr auto scope_param = static_encode_scope_param(requested);

}  // namespace

int main() {
    std::printf("This app calls %zu endpoints and listens to %zu webhook triggers:\n", calls.size(), listens.size());
    for (const endpoint_ref& call : calls) {
        const endpoint* e = find_endpoint(call.method, call.path);
        const std::string scopes = e->scopes.empty() ? std::string("(none)") : join(e->scopes);
        std::printf("  %-6s %-48s %s\n", std::string(to_string(e->method)).c_str(), std::string(e->path).c_str(),
                    scopes.c_str());
    }
    for (trigger_type t : listens) {
        std::printf("  %-55s %s\n", (std::string("webhook ") + std::string(to_string(t))).c_str(),
                    std::string(to_string(required_scope(t))).c_str());
    }
    std::printf("\nLeast privilege: %zu scopes: %s\n", needed.size(), join(needed).c_str());
    std::printf("scope=%s\n", std::string(scope_param.view()).c_str());
    const std::string at_run_time = encode_scope_param(needed);
    return at_run_time == scope_param.view() ? 0 : 1;
}
