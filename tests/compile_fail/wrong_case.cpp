// expect: errc::wrong_case 11 resource::cms access::read
// Upper case, with the scope that was meant.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "sites:read CMS:read"_scopes;
