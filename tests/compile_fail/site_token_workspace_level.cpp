// expect: token_rejection::site_token_holds_site_level_only resource::workspace_activity access::read 9
// A workspace-level scope for a site token.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = scopes_for<token_type::site_token, "cms:read workspace_activity:read">();
