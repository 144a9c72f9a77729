// expect: scope_at_a_level_this_token_type_cannot_reach 0
// Site tokens hold site-level scopes only.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = scopes_for<token_type::site_token, "workspace_activity:read">();
int main() { return 0; }
