// expect: errc::trailing_separator 8
// A separator after the last scope.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read,"_scopes;
