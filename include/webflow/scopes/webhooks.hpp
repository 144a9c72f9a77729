// Webhook trigger types and the scope an app needs to receive each one. The webhook
// endpoints themselves (list, create, get, delete) are ordinary rows of the endpoint table.
#ifndef WEBFLOW_SCOPES_WEBHOOKS_HPP
#define WEBFLOW_SCOPES_WEBHOOKS_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/registry.hpp"
#include "webflow/scopes/scope.hpp"

namespace webflow::scopes {

// Named like the trigger_type strings Webflow sends and accepts, in the order of the rows.
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
    branch_created,
    branch_merged,
    branch_deleted,
    user_account_added,
    user_account_updated,
    user_account_deleted,
};

enum class trigger_status : std::uint8_t {
    current,
    removed,  // Webflow no longer sends it; a plan that listens to it fails (least_privilege.hpp)
};
template <>
inline constexpr auto detail::enum_rows<trigger_status> = rows_through<trigger_status::removed>({"current"sv,
                                                                                                 "removed"sv});
inline constexpr detail::from_string_fn<trigger_status> trigger_status_from_string{};

struct trigger_info {
    trigger_type type;
    std::string_view name;
    scope required;
    trigger_status status;
    bool verified;            // false: no source states the scope; note says what it rests on
    std::string_view source;  // the page the trigger and its scope come from
    std::string_view note;
};

namespace detail {

inline constexpr std::string_view all_events = "https://developers.webflow.com/data/reference/all-events"sv;
inline constexpr std::string_view branch_events = "https://developers.webflow.com/home/changelog/2026/8/27"sv;
inline constexpr std::string_view removed_events = "https://developers.webflow.com/home/changelog/2026/1/29"sv;
inline constexpr auto current = trigger_status::current;
inline constexpr auto removed = trigger_status::removed;

// clang-format off
inline constexpr auto trigger_rows = std::to_array<trigger_info>({
//   type                                       name                             scope                                     status   verified source          note
    {trigger_type::form_submission,             "form_submission"sv,             scope{resource::forms, access::read},     current, true,    all_events,     ""sv},
    {trigger_type::site_publish,                "site_publish"sv,                scope{resource::sites, access::read},     current, true,    all_events,     ""sv},
    {trigger_type::page_created,                "page_created"sv,                scope{resource::pages, access::read},     current, true,    all_events,     ""sv},
    {trigger_type::page_metadata_updated,       "page_metadata_updated"sv,       scope{resource::pages, access::read},     current, true,    all_events,     ""sv},
    {trigger_type::page_deleted,                "page_deleted"sv,                scope{resource::pages, access::read},     current, true,    all_events,     ""sv},
    {trigger_type::ecomm_new_order,             "ecomm_new_order"sv,             scope{resource::ecommerce, access::read}, current, true,    all_events,     ""sv},
    {trigger_type::ecomm_order_changed,         "ecomm_order_changed"sv,         scope{resource::ecommerce, access::read}, current, true,    all_events,     ""sv},
    {trigger_type::ecomm_inventory_changed,     "ecomm_inventory_changed"sv,     scope{resource::ecommerce, access::read}, current, true,    all_events,     ""sv},
    {trigger_type::collection_item_created,     "collection_item_created"sv,     scope{resource::cms, access::read},       current, true,    all_events,     ""sv},
    {trigger_type::collection_item_changed,     "collection_item_changed"sv,     scope{resource::cms, access::read},       current, true,    all_events,     ""sv},
    {trigger_type::collection_item_deleted,     "collection_item_deleted"sv,     scope{resource::cms, access::read},       current, true,    all_events,     ""sv},
    {trigger_type::collection_item_unpublished, "collection_item_unpublished"sv, scope{resource::cms, access::read},       current, true,    all_events,     ""sv},
    {trigger_type::collection_item_published,   "collection_item_published"sv,   scope{resource::cms, access::read},       current, false,   all_events,     "no page read states its scope; cms:read like its collection_item siblings"sv},
    {trigger_type::comment_created,             "comment_created"sv,             scope{resource::comments, access::read},  current, false,   all_events,     "no page read states its scope; comments:read, the read scope of its resource"sv},
    {trigger_type::branch_created,              "branch_created"sv,              scope{resource::branches, access::read},  current, false,   branch_events,  "its event page states no scope; branches:read, the read scope of its resource"sv},
    {trigger_type::branch_merged,               "branch_merged"sv,               scope{resource::branches, access::read},  current, false,   branch_events,  "its event page states no scope; branches:read, the read scope of its resource"sv},
    {trigger_type::branch_deleted,              "branch_deleted"sv,              scope{resource::branches, access::read},  current, false,   branch_events,  "its event page states no scope; branches:read, the read scope of its resource"sv},
    {trigger_type::user_account_added,          "user_account_added"sv,          scope{resource::users, access::read},     removed, false,   removed_events, "removed 2026-01-29; users:read, the deprecated Users scope, is inferred"sv},
    {trigger_type::user_account_updated,        "user_account_updated"sv,        scope{resource::users, access::read},     removed, false,   removed_events, "removed 2026-01-29; users:read, the deprecated Users scope, is inferred"sv},
    {trigger_type::user_account_deleted,        "user_account_deleted"sv,        scope{resource::users, access::read},     removed, false,   removed_events, "removed 2026-01-29; users:read, the deprecated Users scope, is inferred"sv},
});
// clang-format on
}  // namespace detail
template <>
inline constexpr const auto& detail::enum_rows<trigger_type> = detail::trigger_rows;

inline constexpr std::size_t trigger_type_count = detail::trigger_rows.size();

// Every trigger type, in enum order.
[[nodiscard]] constexpr const auto& triggers() noexcept { return detail::trigger_rows; }

[[nodiscard]] constexpr const trigger_info& info(trigger_type t) noexcept {
    const std::size_t i = detail::index_of(t);
    return detail::trigger_rows[i < trigger_type_count ? i : 0];
}

// Exact match of a trigger_type string; anything else (upper case included) is nullopt.
inline constexpr detail::from_string_fn<trigger_type> trigger_type_from_string{};

// The scope an app needs to receive webhooks of this trigger type.
[[nodiscard]] constexpr scope required_scope(trigger_type t) noexcept { return info(t).required; }

[[nodiscard]] constexpr bool is_removed(trigger_type t) noexcept { return info(t).status == trigger_status::removed; }

}  // namespace webflow::scopes

#endif
