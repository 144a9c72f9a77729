// expect: errc::bad_percent_escape 3
// A percent escape with one hex digit.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms%3read"_scopes;
