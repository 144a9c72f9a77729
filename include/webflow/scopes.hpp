// webflow-scopes: Webflow Data API scopes as C++20 values, checked at compile time.
// The core: the registry, scopes and scope sets, token rules, parse, join and the literals.
// The endpoint catalogue, webhooks, least privilege and the OAuth helpers are opt-in headers;
// <webflow/scopes/all.hpp> includes everything (fmt support is separate: scopes/fmt.hpp).
#ifndef WEBFLOW_SCOPES_HPP
#define WEBFLOW_SCOPES_HPP

#include "webflow/scopes/access.hpp"
#include "webflow/scopes/join.hpp"
#include "webflow/scopes/level.hpp"
#include "webflow/scopes/literals.hpp"
#include "webflow/scopes/parse.hpp"
#include "webflow/scopes/registry.hpp"
#include "webflow/scopes/result.hpp"
#include "webflow/scopes/scope.hpp"
#include "webflow/scopes/scope_set.hpp"
#include "webflow/scopes/suggest.hpp"
#include "webflow/scopes/token_rules.hpp"
#include "webflow/scopes/token_type.hpp"
#include "webflow/scopes/version.hpp"

#endif
