// expect: errc::unsupported_access 0
// A known resource and a known action it does not offer.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "authorized_user:write"_scopes;
