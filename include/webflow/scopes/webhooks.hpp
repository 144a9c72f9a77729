// Webhook trigger types and the scope an app needs to receive each one. The webhook
// endpoints themselves (list, create, get, delete) are ordinary rows of the endpoint table.
#ifndef WEBFLOW_SCOPES_WEBHOOKS_HPP
#define WEBFLOW_SCOPES_WEBHOOKS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/literals.hpp"
#include "webflow/scopes/scope.hpp"
#include "webflow/scopes/scope_set.hpp"

namespace webflow::scopes {

// Named like the trigger_type strings Webflow sends and accepts.
enum class trigger_type : std::uint8_t {
    form_submission,
    site_publish,
    page_created,
    page_metadata_updated,
    page_deleted,
    ecomm_new_order,
    ecomm_order_changed,
    ecomm_inventory_changed,
    collection_item_created,
    collection_item_changed,
    collection_item_deleted,
    collection_item_unpublished,
    collection_item_published,
    comment_created,
    user_account_added,  // removed 2026-01-29 with the User Accounts API
    user_account_updated,
    user_account_deleted,
};
inline constexpr std::size_t trigger_type_count = 17;

enum class trigger_status : std::uint8_t {
    current,
    removed,  // Webflow no longer sends it; a plan that listens to it fails (least_privilege.hpp)
};

struct trigger_info {
    trigger_type type;
    std::string_view name;
    scope required;
    trigger_status status;
    bool verified;  // false: the scope is a documented choice, not stated by a primary source
    std::string_view note;
};

namespace detail {
using namespace webflow::scopes::literals;

// Source: Webflow Data API v2 reference, Webhooks ("Create Webhook", trigger types), and
// ../shared/webflow-facts.md section 4.
// clang-format off
inline constexpr std::array<trigger_info, trigger_type_count> trigger_rows{{
//   type                                       name                           scope                      status                   verified  note
    {trigger_type::form_submission,             "form_submission",             "forms:read"_scope,        trigger_status::current, true,     ""},
    {trigger_type::site_publish,                "site_publish",                "sites:read"_scope,        trigger_status::current, true,     ""},
    {trigger_type::page_created,                "page_created",                "pages:read"_scope,        trigger_status::current, true,     ""},
    {trigger_type::page_metadata_updated,       "page_metadata_updated",       "pages:read"_scope,        trigger_status::current, true,     ""},
    {trigger_type::page_deleted,                "page_deleted",                "pages:read"_scope,        trigger_status::current, true,     ""},
    {trigger_type::ecomm_new_order,             "ecomm_new_order",             "ecommerce:read"_scope,    trigger_status::current, true,     ""},
    {trigger_type::ecomm_order_changed,         "ecomm_order_changed",         "ecommerce:read"_scope,    trigger_status::current, true,     ""},
    {trigger_type::ecomm_inventory_changed,     "ecomm_inventory_changed",     "ecommerce:read"_scope,    trigger_status::current, true,     ""},
    {trigger_type::collection_item_created,     "collection_item_created",     "cms:read"_scope,          trigger_status::current, true,     ""},
    {trigger_type::collection_item_changed,     "collection_item_changed",     "cms:read"_scope,          trigger_status::current, true,     ""},
    {trigger_type::collection_item_deleted,     "collection_item_deleted",     "cms:read"_scope,          trigger_status::current, true,     ""},
    {trigger_type::collection_item_unpublished, "collection_item_unpublished", "cms:read"_scope,          trigger_status::current, true,     ""},
    {trigger_type::collection_item_published,   "collection_item_published",   "cms:read"_scope,          trigger_status::current, false,    "UNVERIFIED: no primary source states its scope; cms:read like its siblings"},
    {trigger_type::comment_created,             "comment_created",             "comments:read"_scope,     trigger_status::current, false,    "UNVERIFIED: no primary source states its scope; comments:read by its resource"},
    {trigger_type::user_account_added,          "user_account_added",          "users:read"_scope,        trigger_status::removed, false,    "removed 2026-01-29; users:read is UNVERIFIED (the deprecated Users scope)"},
    {trigger_type::user_account_updated,        "user_account_updated",        "users:read"_scope,        trigger_status::removed, false,    "removed 2026-01-29; users:read is UNVERIFIED (the deprecated Users scope)"},
    {trigger_type::user_account_deleted,        "user_account_deleted",        "users:read"_scope,        trigger_status::removed, false,    "removed 2026-01-29; users:read is UNVERIFIED (the deprecated Users scope)"},
}};
// clang-format on

// A failure calls a function that is deliberately not constexpr, so the compiler quotes
// its name (the reason) and Row in the diagnostic.
template <std::size_t Row>
void trigger_row_is_out_of_enum_order() {}
template <std::size_t Row>
void trigger_row_name_is_not_unique() {}

enum class trigger_problem_code : std::uint8_t { none, out_of_order, repeated_name };
struct trigger_problem {
    trigger_problem_code code = trigger_problem_code::none;
    std::size_t row = 0;
};

[[nodiscard]] consteval trigger_problem find_trigger_problem() {
    for (std::size_t r = 0; r < trigger_type_count; ++r) {
        if (index_of(trigger_rows[r].type) != r) return {trigger_problem_code::out_of_order, r};
        for (std::size_t q = 0; q < r; ++q) {
            if (trigger_rows[q].name == trigger_rows[r].name) return {trigger_problem_code::repeated_name, r};
        }
    }
    return {};
}

template <trigger_problem_code Code, std::size_t Row>
consteval bool report_trigger_problem() {
    if constexpr (Code == trigger_problem_code::out_of_order) {
        trigger_row_is_out_of_enum_order<Row>();
    } else if constexpr (Code == trigger_problem_code::repeated_name) {
        trigger_row_name_is_not_unique<Row>();
    }
    return true;
}

inline constexpr trigger_problem trigger_table_problem = find_trigger_problem();
static_assert(report_trigger_problem<trigger_table_problem.code, trigger_table_problem.row>());

}  // namespace detail

[[nodiscard]] constexpr std::span<const trigger_info> triggers() noexcept { return detail::trigger_rows; }

[[nodiscard]] constexpr const trigger_info& info(trigger_type t) noexcept {
    const std::size_t i = detail::index_of(t);
    return detail::trigger_rows[i < trigger_type_count ? i : 0];
}

[[nodiscard]] constexpr std::string_view to_string(trigger_type t) noexcept {
    const std::size_t i = detail::index_of(t);
    return i < trigger_type_count ? detail::trigger_rows[i].name : std::string_view{};
}

// Exact match of a trigger_type string; anything else (upper case included) is nullopt.
[[nodiscard]] constexpr std::optional<trigger_type> trigger_type_from_string(std::string_view text) noexcept {
    for (const trigger_info& row : detail::trigger_rows) {
        if (row.name == text) return row.type;
    }
    return std::nullopt;
}

// The scope an app needs to receive webhooks of this trigger type.
[[nodiscard]] constexpr scope required_scope(trigger_type t) noexcept { return info(t).required; }

[[nodiscard]] constexpr bool is_removed(trigger_type t) noexcept { return info(t).status == trigger_status::removed; }

[[nodiscard]] constexpr std::string_view to_string(trigger_status s) noexcept {
    return s == trigger_status::removed ? "removed" : "current";
}

}  // namespace webflow::scopes

#endif
