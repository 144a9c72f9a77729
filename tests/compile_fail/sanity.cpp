// expect: compiles
// Sanity: good literals, checks and plans compile, so the failures above are not a broken harness.
#include <webflow/scopes.hpp>
#include <webflow/scopes/least_privilege.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read cms:write"_scopes;
constexpr auto one = "branches:merge"_scope;
static_assert(require_allowed<token_type::site_token, s>());
constexpr scope_set p = required_scopes({{http_method::post, "/beta/sites/{site_id}/branches"}});
int main() { return 0; }
