// expect: token_rejection::not_offered_to_this_token_type token_type::site_token resource::custom_code access::read
// The compile-time token check names the scope a site token cannot hold, and why.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
static_assert(require_allowed<token_type::site_token, "cms:read custom_code:read"_scopes>());
