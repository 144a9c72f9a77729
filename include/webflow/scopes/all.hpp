// Everything but fmt support: the core umbrella <webflow/scopes.hpp> and the opt-in headers
// (the endpoint catalogue, webhooks, least privilege, the OAuth flow, granted and missing
// scopes, diffs).
#ifndef WEBFLOW_SCOPES_ALL_HPP
#define WEBFLOW_SCOPES_ALL_HPP

#include "webflow/scopes.hpp"
#include "webflow/scopes/blocked_endpoints.hpp"
#include "webflow/scopes/diff.hpp"
#include "webflow/scopes/endpoint.hpp"
#include "webflow/scopes/endpoints.hpp"
#include "webflow/scopes/granted.hpp"
#include "webflow/scopes/http_method.hpp"
#include "webflow/scopes/least_privilege.hpp"
#include "webflow/scopes/oauth.hpp"
#include "webflow/scopes/percent.hpp"
#include "webflow/scopes/redirect.hpp"
#include "webflow/scopes/webhooks.hpp"

#endif
