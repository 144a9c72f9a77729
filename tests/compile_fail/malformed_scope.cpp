// expect: errc::malformed_scope 9
// A resource without an action.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read forms"_scopes;
