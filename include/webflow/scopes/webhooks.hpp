// Webhook trigger types and the scope an app needs to receive each one. The webhook
// endpoints themselves (list, create, get, delete) are ordinary rows of the endpoint table.
#ifndef WEBFLOW_SCOPES_WEBHOOKS_HPP
#define WEBFLOW_SCOPES_WEBHOOKS_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "webflow/scopes/detail/enum_support.hpp"
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

// Source: Webflow Data API v2 reference, Webhooks ("Create Webhook", trigger types), and
// ../shared/webflow-facts.md section 4.
// clang-format off
inline constexpr std::array<trigger_info, trigger_type_count> trigger_rows{{
//   type                                       name                             scope                                     status                   verified note
    {trigger_type::form_submission,             "form_submission"sv,             scope{resource::forms, access::read},     trigger_status::current, true,    ""sv},
    {trigger_type::site_publish,                "site_publish"sv,                scope{resource::sites, access::read},     trigger_status::current, true,    ""sv},
    {trigger_type::page_created,                "page_created"sv,                scope{resource::pages, access::read},     trigger_status::current, true,    ""sv},
    {trigger_type::page_metadata_updated,       "page_metadata_updated"sv,       scope{resource::pages, access::read},     trigger_status::current, true,    ""sv},
    {trigger_type::page_deleted,                "page_deleted"sv,                scope{resource::pages, access::read},     trigger_status::current, true,    ""sv},
    {trigger_type::ecomm_new_order,             "ecomm_new_order"sv,             scope{resource::ecommerce, access::read}, trigger_status::current, true,    ""sv},
    {trigger_type::ecomm_order_changed,         "ecomm_order_changed"sv,         scope{resource::ecommerce, access::read}, trigger_status::current, true,    ""sv},
    {trigger_type::ecomm_inventory_changed,     "ecomm_inventory_changed"sv,     scope{resource::ecommerce, access::read}, trigger_status::current, true,    ""sv},
    {trigger_type::collection_item_created,     "collection_item_created"sv,     scope{resource::cms, access::read},       trigger_status::current, true,    ""sv},
    {trigger_type::collection_item_changed,     "collection_item_changed"sv,     scope{resource::cms, access::read},       trigger_status::current, true,    ""sv},
    {trigger_type::collection_item_deleted,     "collection_item_deleted"sv,     scope{resource::cms, access::read},       trigger_status::current, true,    ""sv},
    {trigger_type::collection_item_unpublished, "collection_item_unpublished"sv, scope{resource::cms, access::read},       trigger_status::current, true,    ""sv},
    {trigger_type::collection_item_published,   "collection_item_published"sv,   scope{resource::cms, access::read},       trigger_status::current, false,   "UNVERIFIED: no primary source states its scope; cms:read like its siblings"sv},
    {trigger_type::comment_created,             "comment_created"sv,             scope{resource::comments, access::read},  trigger_status::current, false,   "UNVERIFIED: no primary source states its scope; comments:read by its resource"sv},
    {trigger_type::user_account_added,          "user_account_added"sv,          scope{resource::users, access::read},     trigger_status::removed, false,   "removed 2026-01-29; users:read is UNVERIFIED (the deprecated Users scope)"sv},
    {trigger_type::user_account_updated,        "user_account_updated"sv,        scope{resource::users, access::read},     trigger_status::removed, false,   "removed 2026-01-29; users:read is UNVERIFIED (the deprecated Users scope)"sv},
    {trigger_type::user_account_deleted,        "user_account_deleted"sv,        scope{resource::users, access::read},     trigger_status::removed, false,   "removed 2026-01-29; users:read is UNVERIFIED (the deprecated Users scope)"sv},
}};
// clang-format on

}  // namespace detail

// Every trigger type, in enum order (an array, not a std::span, for the reason registry() gives).
[[nodiscard]] constexpr const std::array<trigger_info, trigger_type_count>& triggers() noexcept {
    return detail::trigger_rows;
}

[[nodiscard]] constexpr const trigger_info& info(trigger_type t) noexcept {
    const std::size_t i = detail::index_of(t);
    return detail::trigger_rows[i < trigger_type_count ? i : 0];
}

[[nodiscard]] constexpr std::string_view to_string(trigger_type t) noexcept {
    const std::size_t i = detail::index_of(t);
    return i < trigger_type_count ? detail::trigger_rows[i].name : std::string_view{};
}

// Exact match of a trigger_type string; anything else (upper case included) is nullopt.
inline constexpr detail::from_string_fn<trigger_type, detail::trigger_rows> trigger_type_from_string{};

// The scope an app needs to receive webhooks of this trigger type.
[[nodiscard]] constexpr scope required_scope(trigger_type t) noexcept { return info(t).required; }

[[nodiscard]] constexpr bool is_removed(trigger_type t) noexcept { return info(t).status == trigger_status::removed; }

[[nodiscard]] constexpr std::string_view to_string(trigger_status s) noexcept {
    return s == trigger_status::removed ? "removed" : "current";
}

}  // namespace webflow::scopes

#endif
