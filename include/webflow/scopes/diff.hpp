// diff(): what a token's granted scopes lack for what an app needs, and what it holds that
// the app never uses (least privilege). Which endpoints the missing scopes block is in
// blocked_endpoints.hpp, so this header stays free of the endpoint catalogue.
#ifndef WEBFLOW_SCOPES_DIFF_HPP
#define WEBFLOW_SCOPES_DIFF_HPP

#include "webflow/scopes/detail/config.hpp"

#include "webflow/scopes/scope_set.hpp"

namespace webflow::scopes {

struct scope_diff {
    scope_set missing;   // required but not granted: calls needing these get 403 missing_scopes
    scope_set unneeded;  // granted but not required: could be dropped from the app's request

    // A diff is data, not a result: "every required scope is granted" is missing.empty().
    [[deprecated("use missing.empty()")]] [[nodiscard]] constexpr bool satisfied() const noexcept {
        return missing.empty();
    }
    friend constexpr bool operator==(const scope_diff&, const scope_diff&) noexcept = default;
};

// Exact set arithmetic: write does not imply read (no source says so), so granted
// cms:write does not cover a required cms:read.
[[nodiscard]] constexpr scope_diff diff(scope_set granted, scope_set required) noexcept {
    return {required - granted, granted - required};
}

}  // namespace webflow::scopes

#endif
