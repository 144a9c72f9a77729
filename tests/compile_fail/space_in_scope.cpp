// expect: errc::space_in_scope 0 resource::workspace_activity access::read
// The docs' own typo, with the scope that was meant.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "workspace_activity: read"_scopes;
