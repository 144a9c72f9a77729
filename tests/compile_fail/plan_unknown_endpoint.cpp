// expect: plan_errc::unknown_endpoint 1
// A typo in a plan's path: the reason and the entry's index.
#include <webflow/scopes/least_privilege.hpp>
using namespace webflow::scopes;
constexpr scope_set s = required_scopes(
    {{http_method::get, "/v2/sites/{site_id}/collections"}, {http_method::get, "/v2/sites/{site_id}/colections"}});
