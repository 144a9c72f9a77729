// expect: errc::leading_separator 0
// A separator before the first scope.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = " cms:read"_scopes;
