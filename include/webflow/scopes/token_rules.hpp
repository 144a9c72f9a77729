// Which scopes each token type may hold, derived from the registry's levels and token
// columns: site tokens reach site-level resources (not custom code), workspace tokens
// workspace-level ones, Data Client apps site-level ones plus workspace-level ones when the
// app is registered with workspace-level access.
#ifndef WEBFLOW_SCOPES_TOKEN_RULES_HPP
#define WEBFLOW_SCOPES_TOKEN_RULES_HPP

#include <string_view>

#include "webflow/scopes/scope_set.hpp"
#include "webflow/scopes/token_type.hpp"

namespace webflow::scopes {

// The levels a token reaches.
[[nodiscard]] constexpr level_set levels_of(token_type t, app_access_level app = app_access_level::site) noexcept {
    switch (t) {
        case token_type::site_token:
            return level_set{level::site};
        case token_type::workspace_token:
            return level_set{level::workspace};
        case token_type::data_client_app:
            return app == app_access_level::site_and_workspace ? level_set{level::site, level::workspace}
                                                               : level_set{level::site};
    }
    return {};
}

[[nodiscard]] constexpr bool may_hold(token_type t, const resource_info& row,
                                      app_access_level app = app_access_level::site) noexcept {
    return row.tokens.contains(t) && row.levels.intersects(levels_of(t, app));
}

[[nodiscard]] constexpr scope_set allowed_scopes(token_type t, app_access_level app = app_access_level::site) noexcept {
    scope_set out;
    for (const auto& row : registry()) {
        if (may_hold(t, row, app)) out.insert(scopes_of(row.id));
    }
    return out;
}

// Why token type t cannot hold scope s, or "" when it can.
[[nodiscard]] constexpr std::string_view rejection_reason(scope s, token_type t,
                                                          app_access_level app = app_access_level::site) noexcept {
    const resource_info& row = info(s);
    if (may_hold(t, row, app)) return {};
    if (!row.tokens.contains(t)) return row.note;
    if (t == token_type::data_client_app) {
        return "workspace-level scope: the app must be registered with workspace-level access "
               "(app_access_level::site_and_workspace)";
    }
    if (t == token_type::site_token) return "workspace-level scope: site tokens hold site-level scopes only";
    return "site-level scope: workspace tokens hold workspace-level scopes only";
}

struct validation_result {
    scope_set rejected;  // the scopes this token type cannot hold

    [[nodiscard]] constexpr bool ok() const noexcept { return rejected.empty(); }
    constexpr explicit operator bool() const noexcept { return ok(); }
    friend constexpr bool operator==(const validation_result&, const validation_result&) noexcept = default;
};

// Which of these scopes token type t cannot hold; rejection_reason() says why for each.
[[nodiscard]] constexpr validation_result validate(scope_set scopes, token_type t,
                                                   app_access_level app = app_access_level::site) noexcept {
    return {scopes - allowed_scopes(t, app)};
}

}  // namespace webflow::scopes

#endif
