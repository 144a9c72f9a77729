// expect: resource_does_not_offer_this_action
// scope{resource, access} is checked too.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr scope s{resource::authorized_user, access::write};
