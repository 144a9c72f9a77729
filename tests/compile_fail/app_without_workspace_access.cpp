// expect: scope_at_a_level_this_token_type_cannot_reach 9
// An app needs workspace-level access registered for workspace scopes.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = scopes_for<token_type::data_client_app, "cms:read workspace_members:read">();
int main() { return 0; }
