// expect: errc::unknown_scope 0 resource::cms access::read
// _scope reports the parse error first, not "not exactly one scope".
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:reed"_scope;
