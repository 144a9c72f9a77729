// expect: plan_errc::foreign_host 0
// Not an api.webflow.com URL.
#include <webflow/scopes/least_privilege.hpp>
using namespace webflow::scopes;
constexpr scope_set s = required_scopes({{http_method::get, "https://api-cdn.webflow.com/v2/sites"}});
