// Least privilege: the scopes an app needs are the union of what its endpoints and webhook
// triggers need, nothing more. required_scopes() computes it while compiling and fails the
// build on an endpoint that does not exist; plan_scopes() is the same at run time.
#ifndef WEBFLOW_SCOPES_LEAST_PRIVILEGE_HPP
#define WEBFLOW_SCOPES_LEAST_PRIVILEGE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>

#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/endpoint.hpp"
#include "webflow/scopes/endpoints.hpp"
#include "webflow/scopes/scope_set.hpp"
#include "webflow/scopes/token_rules.hpp"
#include "webflow/scopes/token_type.hpp"
#include "webflow/scopes/webhooks.hpp"

namespace webflow::scopes {

// An endpoint an app calls: a method and a path as find_endpoint() takes it (template or
// concrete, with or without origin and /v2).
struct endpoint_ref {
    http_method method;
    std::string_view path;
};

enum class plan_errc : std::uint8_t {
    none,
    malformed_path,  // find_endpoint's reasons, for the endpoint at `index`
    foreign_host,
    unknown_endpoint,    // no such path
    method_not_allowed,  // the path exists, not with this method
    removed_trigger,     // the trigger at `index` is no longer sent (user_account_*)
};
inline constexpr std::size_t plan_errc_count = 6;

namespace detail {
inline constexpr std::array<std::string_view, plan_errc_count> plan_errc_names{
    "none"sv, "malformed_path"sv, "foreign_host"sv, "unknown_endpoint"sv, "method_not_allowed"sv, "removed_trigger"sv};

[[nodiscard]] constexpr plan_errc plan_errc_of(endpoint_lookup_error e) noexcept {
    switch (e) {
        case endpoint_lookup_error::none:
            return plan_errc::none;
        case endpoint_lookup_error::malformed_path:
            return plan_errc::malformed_path;
        case endpoint_lookup_error::foreign_host:
            return plan_errc::foreign_host;
        case endpoint_lookup_error::no_such_path:
            return plan_errc::unknown_endpoint;
        case endpoint_lookup_error::method_not_allowed:
            return plan_errc::method_not_allowed;
    }
    return plan_errc::unknown_endpoint;
}
}  // namespace detail

[[nodiscard]] constexpr std::string_view to_string(plan_errc e) noexcept {
    return detail::name_of(e, detail::plan_errc_names);
}

struct plan_result {
    scope_set scopes;  // the union; on error, of the entries before `index`
    plan_errc error = plan_errc::none;
    std::size_t index = 0;  // 0-based position of the endpoint (or trigger) in error

    [[nodiscard]] constexpr bool ok() const noexcept { return error == plan_errc::none; }
    constexpr explicit operator bool() const noexcept { return ok(); }
    friend constexpr bool operator==(const plan_result&, const plan_result&) noexcept = default;
};

namespace detail {

// plan_scopes() and validate() below take spans or initializer lists and come here with a
// pointer and a count: building a std::span in a header (its constructors' concept checks)
// cost g++ 85 to 190 million instructions in every translation unit that includes it.
// NOLINTBEGIN(cppcoreguidelines-pro-bounds-pointer-arithmetic): indexing within [0, count)
[[nodiscard]] constexpr plan_result plan(const endpoint_ref* calls, std::size_t call_count, const trigger_type* listens,
                                         std::size_t listen_count) noexcept {
    plan_result out;
    for (std::size_t i = 0; i < call_count; ++i) {
        const endpoint_lookup found = lookup_endpoint(calls[i].method, calls[i].path);
        if (!found) {
            out.error = plan_errc_of(found.error);
            out.index = i;
            return out;
        }
        out.scopes |= found.match->scopes;
    }
    for (std::size_t i = 0; i < listen_count; ++i) {
        if (is_removed(listens[i]) || index_of(listens[i]) >= trigger_type_count) {
            out.error = plan_errc::removed_trigger;
            out.index = i;
            return out;
        }
        out.scopes.insert(required_scope(listens[i]));
    }
    return out;
}
// NOLINTEND(cppcoreguidelines-pro-bounds-pointer-arithmetic)

}  // namespace detail

// The scopes a list of endpoints and webhook triggers needs; reports the first entry that
// is not a catalogued endpoint or a current trigger. Endpoints are checked before triggers.
[[nodiscard]] constexpr plan_result plan_scopes(std::span<const endpoint_ref> calls,
                                                std::span<const trigger_type> listens = {}) noexcept {
    return detail::plan(calls.data(), calls.size(), listens.data(), listens.size());
}
[[nodiscard]] constexpr plan_result plan_scopes(std::initializer_list<endpoint_ref> calls,
                                                std::initializer_list<trigger_type> listens = {}) noexcept {
    return detail::plan(calls.begin(), calls.size(), listens.begin(), listens.size());
}

namespace detail {

// Called only in constant evaluation, only for a bad plan: the compiler quotes the name (the
// reason) and I (the 0-based index of the entry) in its diagnostic.
// clang-format off
template <std::size_t I> void malformed_path_in_plan() {}
template <std::size_t I> void foreign_host_in_plan() {}
template <std::size_t I> void unknown_endpoint_in_plan() {}
template <std::size_t I> void method_not_allowed_for_endpoint_in_plan() {}
template <std::size_t I> void removed_trigger_in_plan() {}
inline void bad_entry_in_plan_at_index_64_or_later() {}
// clang-format on

inline constexpr std::size_t plan_positions_reported = 64;

template <std::size_t I>
constexpr void report_plan_error_at(plan_errc code) {
    switch (code) {
        case plan_errc::none:
            break;
        case plan_errc::malformed_path:
            malformed_path_in_plan<I>();
            break;
        case plan_errc::foreign_host:
            foreign_host_in_plan<I>();
            break;
        case plan_errc::unknown_endpoint:
            unknown_endpoint_in_plan<I>();
            break;
        case plan_errc::method_not_allowed:
            method_not_allowed_for_endpoint_in_plan<I>();
            break;
        case plan_errc::removed_trigger:
            removed_trigger_in_plan<I>();
            break;
    }
}

template <std::size_t... I>
constexpr void report_plan_error(const plan_result& r, std::index_sequence<I...> /*positions*/) {
    if (r.ok()) return;
    if (r.index >= sizeof...(I)) bad_entry_in_plan_at_index_64_or_later();
    ((r.index == I ? report_plan_error_at<I>(r.error) : void()), ...);
}
// Deferred is always 0: a call that names it depends on the caller's template parameter, so
// the 64 reporters are instantiated only where required_scopes() is used.
template <std::size_t Deferred>
constexpr void report_plan_error(const plan_result& r) {
    report_plan_error(r, std::make_index_sequence<plan_positions_reported + Deferred>{});
}

}  // namespace detail

// The least-privilege scope set of a plan, as a compile-time constant:
//   static_assert(required_scopes({{http_method::get, "/v2/sites/{site_id}/collections"}},
//                                 {trigger_type::form_submission}) == "cms:read forms:read"_scopes);
// An entry that plan_scopes() rejects fails the build with a call to, for example,
// unknown_endpoint_in_plan<2>: the reason and the entry's 0-based index.
// Both overloads are templates only so that their bodies, which name a diagnostic for each
// of 64 positions, are compiled where required_scopes() is used rather than in every
// translation unit that includes the library (Deferred is always 0).
template <std::size_t Deferred = 0>
[[nodiscard]] consteval scope_set required_scopes(std::initializer_list<endpoint_ref> calls,
                                                  std::initializer_list<trigger_type> listens = {}) {
    const plan_result result = plan_scopes(calls, listens);
    detail::report_plan_error<Deferred>(result);
    return result.scopes;
}
// The same for a plan kept in constexpr arrays (std::array<endpoint_ref, N> and so on).
template <std::size_t Deferred = 0>
[[nodiscard]] consteval scope_set required_scopes(std::span<const endpoint_ref> calls,
                                                  std::span<const trigger_type> listens = {}) {
    const plan_result result = plan_scopes(calls, listens);
    detail::report_plan_error<Deferred>(result);
    return result.scopes;
}

// ---- Token notes ---------------------------------------------------------------------------

struct plan_validation {
    scope_set rejected;                 // scopes of the plan this token type cannot hold
    std::size_t excluded = 0;           // endpoints whose docs exclude this token type
    std::size_t first_excluded = 0;     // index of the first of them (when excluded > 0)
    plan_errc error = plan_errc::none;  // an entry that is not a catalogued endpoint
    std::size_t error_index = 0;

    [[nodiscard]] constexpr bool ok() const noexcept {
        return rejected.empty() && excluded == 0 && error == plan_errc::none;
    }
    constexpr explicit operator bool() const noexcept { return ok(); }
    friend constexpr bool operator==(const plan_validation&, const plan_validation&) noexcept = default;
};

namespace detail {
// NOLINTBEGIN(cppcoreguidelines-pro-bounds-pointer-arithmetic): indexing within [0, count), as plan()
[[nodiscard]] constexpr plan_validation validate_plan(const endpoint_ref* calls, std::size_t count, token_type t,
                                                      app_access_level app) noexcept {
    plan_validation out;
    scope_set needed;
    for (std::size_t i = 0; i < count; ++i) {
        const endpoint_lookup found = lookup_endpoint(calls[i].method, calls[i].path);
        if (!found) {
            if (out.error == plan_errc::none) {
                out.error = plan_errc_of(found.error);
                out.error_index = i;
            }
            continue;
        }
        needed |= found.match->scopes;
        if (!allows(found.match->tokens, t)) {
            if (out.excluded == 0) out.first_excluded = i;
            ++out.excluded;
        }
    }
    out.rejected = validate(needed, t, app).rejected;
    return out;
}
// NOLINTEND(cppcoreguidelines-pro-bounds-pointer-arithmetic)
}  // namespace detail

// Whether a token of type t can make every call of the plan: the token type may hold the
// scopes (token_rules.hpp) and no endpoint's docs exclude it (webhook create and introspect
// need a Data Client app, workspace audit logs a workspace token).
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
