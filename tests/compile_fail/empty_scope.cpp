// expect: errc::empty_scope 9
// Two spaces between scopes.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read  forms:read"_scopes;
