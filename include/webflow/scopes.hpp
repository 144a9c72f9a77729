// webflow-scopes: Webflow Data API scopes as C++20 values, checked at compile time.
// The umbrella header: includes every core header (fmt support is separate: scopes/fmt.hpp).
#ifndef WEBFLOW_SCOPES_HPP
#define WEBFLOW_SCOPES_HPP

#include "webflow/scopes/access.hpp"
#include "webflow/scopes/blocked_endpoints.hpp"
#include "webflow/scopes/diff.hpp"
#include "webflow/scopes/endpoint.hpp"
#include "webflow/scopes/endpoints.hpp"
#include "webflow/scopes/granted.hpp"
#include "webflow/scopes/join.hpp"
#include "webflow/scopes/least_privilege.hpp"
#include "webflow/scopes/level.hpp"
#include "webflow/scopes/literals.hpp"
#include "webflow/scopes/oauth.hpp"
#include "webflow/scopes/parse.hpp"
#include "webflow/scopes/percent.hpp"
#include "webflow/scopes/redirect.hpp"
#include "webflow/scopes/registry.hpp"
#include "webflow/scopes/scope.hpp"
#include "webflow/scopes/scope_set.hpp"
#include "webflow/scopes/token_rules.hpp"
#include "webflow/scopes/token_type.hpp"
#include "webflow/scopes/version.hpp"
#include "webflow/scopes/webhooks.hpp"

#endif
