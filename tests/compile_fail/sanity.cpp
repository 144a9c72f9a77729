// expect: compiles
// Sanity: good literals compile, so the failures above are not a broken harness.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read cms:write"_scopes;
constexpr auto t =
    scopes_for<token_type::data_client_app, "workspace_members:read", app_access_level::site_and_workspace>();
static_assert(s.size() == 2 && t.size() == 1);
int main() { return 0; }
