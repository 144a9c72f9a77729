// expect: errc::non_ascii 5
// A non-ASCII letter.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:r\xc3\xa9"_scopes;
