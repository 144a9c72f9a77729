// expect: scope_not_available_to_this_token_type 9
// Site tokens cannot hold custom code scopes.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = scopes_for<token_type::site_token, "cms:read custom_code:read">();
int main() { return 0; }
