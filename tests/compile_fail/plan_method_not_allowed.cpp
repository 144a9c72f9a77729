// expect: plan_errc::method_not_allowed 0
// The path exists, not with this method.
#include <webflow/scopes/least_privilege.hpp>
using namespace webflow::scopes;
constexpr scope_set s = required_scopes({{http_method::put, "/v2/sites/{site_id}"}});
