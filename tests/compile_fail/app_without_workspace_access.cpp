// expect: token_rejection::app_needs_workspace_access resource::workspace_members access::read
// An app needs workspace-level access registered for workspace scopes.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
static_assert(require_allowed<token_type::data_client_app, "cms:read workspace_members:read"_scopes>());
