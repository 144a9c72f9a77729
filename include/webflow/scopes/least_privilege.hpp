// Least privilege: the scopes an app needs are the union of what its endpoints and webhook
// triggers need, nothing more. required_scopes() computes it while compiling and fails the
// build on an entry that is not in the catalogue; plan_scopes() is the same at run time.
#ifndef WEBFLOW_SCOPES_LEAST_PRIVILEGE_HPP
#define WEBFLOW_SCOPES_LEAST_PRIVILEGE_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>

#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/detail/report.hpp"
#include "webflow/scopes/endpoint.hpp"
#include "webflow/scopes/endpoints.hpp"
#include "webflow/scopes/result.hpp"
#include "webflow/scopes/scope_set.hpp"
#include "webflow/scopes/token_rules.hpp"
#include "webflow/scopes/token_type.hpp"
#include "webflow/scopes/webhooks.hpp"

namespace webflow::scopes {

// An endpoint an app calls: a method and a path as find_endpoint() takes it.
struct endpoint_ref {
    http_method method;
    std::string_view path;
};

// Why a plan entry is not a catalogued endpoint or a current trigger.
enum class plan_errc : std::uint8_t {
    none,
    malformed_path,      // the path has an empty segment, a stray brace, a space or a control character
    foreign_host,        // an absolute URL for a host other than api.webflow.com
    unknown_endpoint,    // no endpoint has this path
    method_not_allowed,  // the path exists, not with this method
    removed_trigger,     // Webflow no longer sends the trigger (user_account_*)
};
template <>
inline constexpr auto detail::enum_rows<plan_errc> = rows_through<plan_errc::removed_trigger>({
    name_and_message{"none"sv, "no error"sv},
    name_and_message{"malformed_path"sv, "malformed path"sv},
    name_and_message{"foreign_host"sv, "not an api.webflow.com URL"sv},
    name_and_message{"unknown_endpoint"sv, "no such endpoint"sv},
    name_and_message{"method_not_allowed"sv, "the endpoint exists, not with this method"sv},
    name_and_message{"removed_trigger"sv, "Webflow no longer sends this trigger"sv},
});
inline constexpr std::size_t plan_errc_count = detail::enum_rows<plan_errc>.size();

namespace detail {
// plan_errc starts with endpoint_lookup_error's reasons, in its order (no_such_path is
// unknown_endpoint); the plan tests reach each.
[[nodiscard]] constexpr plan_errc plan_errc_of(endpoint_lookup_error e) noexcept {
    return static_cast<plan_errc>(index_of(e));
}
}  // namespace detail

// The entry a plan stopped at: index is 0-based among the calls, or among the triggers for
// removed_trigger.
struct plan_error {
    plan_errc code = plan_errc::none;
    std::size_t index = 0;
    friend constexpr bool operator==(const plan_error&, const plan_error&) noexcept = default;
};

// The union of the scopes a plan needs, or the first entry that is not a catalogued endpoint
// or a current trigger.
using plan_result = result<scope_set, plan_error>;

namespace detail {

// plan_scopes() and validate() below take spans or initializer lists and come here with a
// pointer and a count, so that no std::span is built in every translation unit.
// NOLINTBEGIN(cppcoreguidelines-pro-bounds-pointer-arithmetic): indexing within [0, count)
[[nodiscard]] constexpr plan_result plan(const endpoint_ref* calls, std::size_t call_count, const trigger_type* listens,
                                         std::size_t listen_count) noexcept {
    scope_set scopes;
    for (std::size_t i = 0; i < call_count; ++i) {
        const endpoint_lookup found = lookup_endpoint(calls[i].method, calls[i].path);
        if (!found) return {unexpect, {plan_errc_of(found.error()), i}};
        scopes |= (*found)->scopes;
    }
    for (std::size_t i = 0; i < listen_count; ++i) {
        if (index_of(listens[i]) >= trigger_type_count || is_removed(listens[i])) {
            return {unexpect, {plan_errc::removed_trigger, i}};
        }
        scopes.insert(required_scope(listens[i]));
    }
    return scopes;
}
// NOLINTEND(cppcoreguidelines-pro-bounds-pointer-arithmetic)

}  // namespace detail

// The scopes a list of endpoints and webhook triggers needs. Endpoints are checked first.
[[nodiscard]] constexpr plan_result plan_scopes(std::span<const endpoint_ref> calls,
                                                std::span<const trigger_type> listens = {}) noexcept {
    return detail::plan(calls.data(), calls.size(), listens.data(), listens.size());
}
[[nodiscard]] constexpr plan_result plan_scopes(std::initializer_list<endpoint_ref> calls,
                                                std::initializer_list<trigger_type> listens = {}) noexcept {
    return detail::plan(calls.begin(), calls.size(), listens.begin(), listens.size());
}

namespace detail {

// The reporter of a bad plan: the compilers print the reason and the entry's 0-based index
// (plan_positions_reported stands for that index or a later one).
template <plan_errc Reason, std::size_t Index>
consteval void invalid_plan_entry() {
    check_failed<Reason, Index>();
}

inline constexpr std::size_t plan_positions_reported = 64;

// A plan inside required_scopes() is a function argument, not a template argument, so its
// error reaches the reporter through one branch per (position, reason).
template <std::size_t Index, std::size_t... Reason>
consteval void report_plan_entry(plan_errc code, std::index_sequence<Reason...> /*reasons*/) {
    ((index_of(code) == Reason ? invalid_plan_entry<static_cast<plan_errc>(Reason), Index>() : void()), ...);
}
template <std::size_t... Index>
consteval void report_plan_error(const plan_error& e, std::index_sequence<Index...> /*positions*/) {
    const std::size_t at = e.index < plan_positions_reported ? e.index : plan_positions_reported;
    ((at == Index ? report_plan_entry<Index>(e.code, std::make_index_sequence<plan_errc_count>{}) : void()), ...);
}
// Deferred is always 0: a call that depends on the caller's template parameter is compiled
// only where required_scopes() is used.
template <std::size_t Deferred>
consteval void report_plan_error(const plan_result& r) {
    if (r) return;
    report_plan_error(r.error(), std::make_index_sequence<plan_positions_reported + 1 + Deferred>{});
}

}  // namespace detail

// The least-privilege scope set of a plan, as a compile-time constant:
//   static_assert(required_scopes({{http_method::get, "/v2/sites/{site_id}/collections"}},
//                                 {trigger_type::form_submission}) == "cms:read forms:read"_scopes);
// A bad entry fails the build with, e.g., invalid_plan_entry<plan_errc::unknown_endpoint, 2>.
// The span overload takes a plan kept in constexpr arrays (std::array<endpoint_ref, N> ...).
template <std::size_t Deferred = 0>
[[nodiscard]] consteval scope_set required_scopes(std::span<const endpoint_ref> calls,
                                                  std::span<const trigger_type> listens = {}) {
    const plan_result result = plan_scopes(calls, listens);
    detail::report_plan_error<Deferred>(result);
    return *result;
}
template <std::size_t Deferred = 0>
[[nodiscard]] consteval scope_set required_scopes(std::initializer_list<endpoint_ref> calls,
                                                  std::initializer_list<trigger_type> listens = {}) {
    return required_scopes<Deferred>(std::span{calls.begin(), calls.size()},
                                     std::span{listens.begin(), listens.size()});
}

// ---- Token notes ---------------------------------------------------------------------------

// Why a token type cannot make every call of a plan.
struct plan_validation_error {
    scope_set rejected;                // scopes of the plan this token type cannot hold
    std::size_t excluded = 0;          // endpoints whose docs exclude this token type
    std::size_t first_excluded = 0;    // index of the first of them (when excluded > 0)
    plan_errc code = plan_errc::none;  // an entry that is not a catalogued endpoint
    std::size_t index = 0;             // and its index
    friend constexpr bool operator==(const plan_validation_error&, const plan_validation_error&) noexcept = default;
};
// The plan's scopes when a token of the type can make every call.
using plan_validation = result<scope_set, plan_validation_error>;

namespace detail {
// NOLINTBEGIN(cppcoreguidelines-pro-bounds-pointer-arithmetic): indexing within [0, count), as plan()
[[nodiscard]] constexpr plan_validation validate_plan(const endpoint_ref* calls, std::size_t count, token_type t,
                                                      app_access_level app) noexcept {
    plan_validation_error error;
    scope_set needed;
    for (std::size_t i = 0; i < count; ++i) {
        const endpoint_lookup found = lookup_endpoint(calls[i].method, calls[i].path);
        if (!found) {
            if (error.code == plan_errc::none) {
                error.code = plan_errc_of(found.error());
                error.index = i;
            }
            continue;
        }
        needed |= (*found)->scopes;
        if (!allows((*found)->tokens, t)) {
            if (error.excluded == 0) error.first_excluded = i;
            ++error.excluded;
        }
    }
    error.rejected = needed - allowed_scopes(t, app);
    if (error.rejected.empty() && error.excluded == 0 && error.code == plan_errc::none) return needed;
    return {unexpect, error};
}
// NOLINTEND(cppcoreguidelines-pro-bounds-pointer-arithmetic)
}  // namespace detail

// Whether a token of type t can make every call of the plan: the token type may hold the
// scopes (token_rules.hpp) and no endpoint's docs exclude it (webhook create needs a Data
// Client app, workspace audit logs a workspace token).
[[nodiscard]] constexpr plan_validation validate(std::span<const endpoint_ref> calls, token_type t,
                                                 app_access_level app = app_access_level::site) noexcept {
    return detail::validate_plan(calls.data(), calls.size(), t, app);
}
[[nodiscard]] constexpr plan_validation validate(std::initializer_list<endpoint_ref> calls, token_type t,
                                                 app_access_level app = app_access_level::site) noexcept {
    return detail::validate_plan(calls.begin(), calls.size(), t, app);
}

}  // namespace webflow::scopes

#endif
