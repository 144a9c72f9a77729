// The OAuth flow end to end, without a network: build the authorize URL, read the redirect
// back, check what the token was granted, and explain a 403.
#include <iostream>

#include <webflow/scopes.hpp>
#include <webflow/scopes/blocked_endpoints.hpp>
#include <webflow/scopes/diff.hpp>
#include <webflow/scopes/granted.hpp>
#include <webflow/scopes/oauth.hpp>
#include <webflow/scopes/redirect.hpp>

using namespace webflow::scopes;
using namespace webflow::scopes::literals;

int main() {
    constexpr scope_set required = "components:read components:write sites:read"_scopes;

    // 1. Send the user to Webflow (the state guards against cross-site request forgery).
    const std::string url = authorize_url({"my-client-id", required, "https://app.example/callback", "k7#p&q"});
    std::cout << url << '\n';

    // 2. Webflow redirects back; compare the state in constant time.
    const redirect_result back = parse_redirect("https://app.example/callback?code=9f2c&state=k7%23p%26q");
    if (!back || back->is_error() || !state_matches(back->state, "k7#p&q")) return 1;
    std::cout << "code: " << back->code << '\n';

    // 3. GET /v2/token/introspect: what did the user actually grant? What is not a scope is
    // skipped and reported, never stored.
    const parse_result granted = parse_granted("components:read,sites:read,CMS:read");
    const scope_diff d = diff(*granted, required);
    std::cout << "missing: " << join(d.missing) << '\n';
    for (const skipped_scope& s : granted.skipped()) std::cout << "  skipped: " << message(s.reason) << '\n';
    for (const endpoint& e : blocked_endpoints(d.missing)) {
        std::cout << "  blocked: " << to_string(e.method) << ' ' << e.path << '\n';
    }

    // 4. A call without the scope gets a 403 that names it.
    const parse_result lacking = parse_missing_scopes(
        R"({"code":"missing_scopes","message":"OAuthForbidden: You are missing the following scopes - )"
        R"(components:write","externalReference":null,"details":[]})");
    std::cout << "403 says: " << join(*lacking) << '\n';
}
