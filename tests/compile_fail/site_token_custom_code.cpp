// expect: token_rejection::not_offered_to_this_token_type resource::custom_code access::write 9
// scopes_for: the same check on a literal, with the offset.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = scopes_for<token_type::site_token, "cms:read custom_code:write">();
