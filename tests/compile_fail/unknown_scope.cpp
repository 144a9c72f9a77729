// expect: errc::unknown_scope 11 resource::pages access::write
// A typo, with the scope that was meant.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "sites:read pagez:write"_scopes;
