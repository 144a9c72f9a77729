// expect: errc::duplicate_scope 20
// The same scope twice.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read forms:read cms:read"_scopes;
