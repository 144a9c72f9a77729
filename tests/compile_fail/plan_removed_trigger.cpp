// expect: plan_errc::removed_trigger 1
// A trigger Webflow no longer sends.
#include <webflow/scopes/least_privilege.hpp>
using namespace webflow::scopes;
constexpr scope_set s = required_scopes({}, {trigger_type::site_publish, trigger_type::user_account_added});
