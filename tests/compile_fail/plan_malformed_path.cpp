// expect: plan_errc::malformed_path 2
// An empty segment.
#include <webflow/scopes/least_privilege.hpp>
using namespace webflow::scopes;
constexpr scope_set s = required_scopes(
    {{http_method::get, "/v2/sites"}, {http_method::get, "/v2/sites/{site_id}"}, {http_method::get, "/v2//sites"}});
