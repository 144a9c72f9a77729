// expect: errc::empty_input 0
// An empty list is not a scope list.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = ""_scopes;
