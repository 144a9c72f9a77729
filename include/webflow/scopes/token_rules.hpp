// Which scopes each token type may hold, derived from the registry's levels and token
// columns and the scopes reference's rule: Data Client apps and site tokens use the
// site-level scopes, workspace tokens the workspace-level ones, and Data Client apps
// registered with workspace-level access both.
#ifndef WEBFLOW_SCOPES_TOKEN_RULES_HPP
#define WEBFLOW_SCOPES_TOKEN_RULES_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/detail/report.hpp"
#include "webflow/scopes/registry.hpp"
#include "webflow/scopes/result.hpp"
#include "webflow/scopes/scope.hpp"
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

// The scopes at the token's levels that are offered to its type: may_hold() for every row.
[[nodiscard]] constexpr scope_set allowed_scopes(token_type t, app_access_level app = app_access_level::site) noexcept {
    if (detail::index_of(t) >= token_type_count) return {};
    std::uint64_t at_levels = 0;
    for (const level l : levels_of(t, app)) at_levels |= detail::registry_groups.at_level[detail::index_of(l)];
    return scope_set::from_bits(at_levels & detail::registry_groups.offered_to[detail::index_of(t)]);
}

// Why a token type cannot hold a scope.
enum class token_rejection : std::uint8_t {
    none,
    not_offered_to_this_token_type,              // the resource excludes it (custom code: Data Client apps only)
    app_needs_workspace_access,                  // a workspace-level scope, an app registered for site level only
    site_token_holds_site_level_only,            // a workspace-level scope
    workspace_token_holds_workspace_level_only,  // a site-level scope
};
template <>
inline constexpr auto detail::enum_rows<token_rejection> =
    rows_through<token_rejection::workspace_token_holds_workspace_level_only>({
        name_and_message{"none"sv, "the token type may hold the scope"sv},
        name_and_message{"not_offered_to_this_token_type"sv,
                         "the resource's scopes are not offered to this token type"sv},
        name_and_message{"app_needs_workspace_access"sv,
                         "workspace-level scope: the app must be registered with workspace-level access"sv},
        name_and_message{"site_token_holds_site_level_only"sv,
                         "workspace-level scope: site tokens hold site-level scopes only"sv},
        name_and_message{"workspace_token_holds_workspace_level_only"sv,
                         "site-level scope: workspace tokens hold workspace-level scopes only"sv},
    });

[[nodiscard]] constexpr token_rejection rejection_of(scope s, token_type t,
                                                     app_access_level app = app_access_level::site) noexcept {
    const resource_info& row = info(s);
    if (may_hold(t, row, app)) return token_rejection::none;
    if (!row.tokens.contains(t)) return token_rejection::not_offered_to_this_token_type;
    switch (t) {
        case token_type::data_client_app:
            return token_rejection::app_needs_workspace_access;
        case token_type::site_token:
            return token_rejection::site_token_holds_site_level_only;
        case token_type::workspace_token:
            return token_rejection::workspace_token_holds_workspace_level_only;
    }
    return token_rejection::not_offered_to_this_token_type;
}

// Why token type t cannot hold scope s, as a sentence (the resource's own note where it has
// one), or "" when it can.
[[nodiscard]] constexpr std::string_view rejection_reason(scope s, token_type t,
                                                          app_access_level app = app_access_level::site) noexcept {
    const token_rejection r = rejection_of(s, t, app);
    if (r == token_rejection::none) return {};
    if (r == token_rejection::not_offered_to_this_token_type && !info(s).note.empty()) return info(s).note;
    return message(r);
}

// The scopes when the token type may hold them all; else the error is the set it cannot
// hold (rejection_of() says why, for each).
using validation_result = result<scope_set, scope_set>;

[[nodiscard]] constexpr validation_result validate(scope_set scopes, token_type t,
                                                   app_access_level app = app_access_level::site) noexcept {
    const scope_set rejected = scopes - allowed_scopes(t, app);
    if (rejected.empty()) return scopes;
    return {unexpect, rejected};
}

namespace detail {
// The reporter of a scope the token type cannot hold: the compilers print its template
// arguments, which say which scope, why, and (from a literal) where.
template <token_type Token, token_rejection Reason, resource Resource, access Action, std::size_t... Offset>
consteval void scope_not_allowed_for_token() {
    check_failed<Token, Reason, Resource, Action, Offset...>();
}
}  // namespace detail

// True when a token of type Token may hold every scope of Wanted; otherwise the build fails
// naming the first scope it cannot hold (resource and action) and why:
//   static_assert(require_allowed<token_type::site_token, "cms:read forms:read"_scopes>());
template <token_type Token, detail::scope_set_constant Wanted, app_access_level App = app_access_level::site>
consteval bool require_allowed() {
    constexpr scope_set rejected = Wanted.value() - allowed_scopes(Token, App);
    if constexpr (!rejected.empty()) {
        constexpr scope first = *rejected.begin();
        detail::scope_not_allowed_for_token<Token, rejection_of(first, Token, App), resource_of(first),
                                            access_of(first)>();
    }
    return true;
}

}  // namespace webflow::scopes

#endif
