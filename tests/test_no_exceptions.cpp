// oauth, redirect, granted and diff built with -fno-exceptions -fno-rtti (no Catch2, which
// needs exceptions): each check prints what failed and the exit code counts the failures.
#include <cstdio>
#include <string>
#include <string_view>

#include <webflow/scopes/diff.hpp>
#include <webflow/scopes/granted.hpp>
#include <webflow/scopes/literals.hpp>
#include <webflow/scopes/oauth.hpp>
#include <webflow/scopes/redirect.hpp>

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS) || defined(__GXX_RTTI) || defined(__cpp_rtti)
#error "this test must be built with -fno-exceptions -fno-rtti"
#endif

using namespace webflow::scopes;
using namespace webflow::scopes::literals;

namespace {
int failures = 0;
void check(bool ok, const char* what) {
    if (!ok) {
        std::printf("FAILED: %s\n", what);
        ++failures;
    }
}
}  // namespace

int main() {
    check(authorize_url({"id", "cms:read"_scopes, "", "a&b"}) ==
              "https://webflow.com/oauth/authorize?response_type=code&client_id=id&state=a%26b&scope=cms%3Aread",
          "authorize_url");
    check(authorize_url({"", "cms:read"_scopes}).empty(), "authorize_url without client_id");
    const authorize_result bad = try_authorize_url({"id", scope_set{}});
    check(!bad && bad.error() == authorize_errc::empty_scopes, "try_authorize_url error");

    const redirect_result r = parse_redirect("https://app.example/cb?code=c%20d&state=s#x");
    check(r && r->code == "c d" && state_matches(r->state, "s"), "parse_redirect");
    const redirect_result dup = parse_redirect("code=a&code=b");
    check(!dup && dup.error().code == redirect_errc::duplicate_parameter && dup.error().offset == 7,
          "parse_redirect duplicate");

    check(parse_granted("assets:read,assets:write").value() == "assets:read assets:write"_scopes, "parse_granted");
    check(parse_missing_scopes("OAuthForbidden: You are missing the following scopes - 'sites:read'").value() ==
              "sites:read"_scopes,
          "parse_missing_scopes");

    const scope_diff d = diff("cms:read"_scopes, "cms:read cms:write"_scopes);
    check(d.missing == "cms:write"_scopes && d.unneeded.empty() && !d.satisfied(), "diff");

    std::printf("%d failures\n", failures);
    return failures;
}
