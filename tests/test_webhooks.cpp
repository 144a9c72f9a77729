// webhooks.hpp: trigger types, their strings and the scope each one needs.
#include <catch2/catch.hpp>

#include <cstddef>
#include <set>
#include <string_view>

#include <webflow/scopes/literals.hpp>
#include <webflow/scopes/webhooks.hpp>

using namespace webflow::scopes;
using namespace webflow::scopes::literals;

TEST_CASE("every trigger type has its Webflow string", "[webhooks]") {
    STATIC_REQUIRE(triggers().size() == trigger_type_count);
    STATIC_REQUIRE(to_string(trigger_type::branch_merged) == "branch_merged");
    STATIC_REQUIRE(to_string(trigger_type::form_submission) == "form_submission");
    STATIC_REQUIRE(to_string(trigger_type::page_metadata_updated) == "page_metadata_updated");
    STATIC_REQUIRE(to_string(trigger_type::ecomm_inventory_changed) == "ecomm_inventory_changed");
    STATIC_REQUIRE(to_string(trigger_type::collection_item_unpublished) == "collection_item_unpublished");
    STATIC_REQUIRE(to_string(trigger_type::user_account_deleted) == "user_account_deleted");
    STATIC_REQUIRE(to_string(static_cast<trigger_type>(200)).empty());

    std::set<std::string_view> names;
    for (std::size_t i = 0; i < trigger_type_count; ++i) {
        const auto t = static_cast<trigger_type>(i);
        INFO(to_string(t));
        REQUIRE(info(t).type == t);
        REQUIRE(names.insert(to_string(t)).second);
        REQUIRE(trigger_type_from_string(to_string(t)) == t);
    }
}

TEST_CASE("trigger_type_from_string is exact", "[webhooks]") {
    STATIC_REQUIRE(trigger_type_from_string("site_publish") == trigger_type::site_publish);
    STATIC_REQUIRE(trigger_type_from_string("comment_created") == trigger_type::comment_created);
    STATIC_REQUIRE(!trigger_type_from_string(""));
    STATIC_REQUIRE(!trigger_type_from_string("FORM_SUBMISSION"));
    STATIC_REQUIRE(!trigger_type_from_string("form_submission "));
    STATIC_REQUIRE(!trigger_type_from_string("formSubmission"));
    // The 2022 Memberships names, before the user_account_* ones.
    STATIC_REQUIRE(!trigger_type_from_string("memberships_user_account_added"));
}

TEST_CASE("the scope each trigger needs (All Events, docs/sources.md)", "[webhooks]") {
    STATIC_REQUIRE(required_scope(trigger_type::form_submission) == "forms:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::site_publish) == "sites:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::page_created) == "pages:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::page_metadata_updated) == "pages:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::page_deleted) == "pages:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::ecomm_new_order) == "ecommerce:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::ecomm_order_changed) == "ecommerce:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::ecomm_inventory_changed) == "ecommerce:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::collection_item_created) == "cms:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::collection_item_changed) == "cms:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::collection_item_deleted) == "cms:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::collection_item_unpublished) == "cms:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::collection_item_published) == "cms:read"_scope);
    STATIC_REQUIRE(required_scope(trigger_type::comment_created) == "comments:read"_scope);
    STATIC_REQUIRE(trigger_type_from_string("branch_merged") == trigger_type::branch_merged);
    STATIC_REQUIRE(required_scope(trigger_type::branch_created) == "branches:read"_scope);
}

TEST_CASE("UNVERIFIED mappings and removed triggers are flagged in the data", "[webhooks]") {
    STATIC_REQUIRE(!info(trigger_type::collection_item_published).verified);
    STATIC_REQUIRE(!info(trigger_type::comment_created).verified);
    for (auto t : {trigger_type::branch_created, trigger_type::branch_merged, trigger_type::branch_deleted}) {
        INFO(to_string(t));
        REQUIRE_FALSE(info(t).verified);
        REQUIRE(info(t).note.find("states no scope") != std::string_view::npos);
    }
    // Every unverified scope says what it rests on; every trigger names its source.
    for (const trigger_info& row : triggers()) {
        INFO(row.name);
        if (!row.verified) REQUIRE_FALSE(row.note.empty());
        REQUIRE(row.source.starts_with("https://developers.webflow.com/"));
    }
    STATIC_REQUIRE(info(trigger_type::form_submission).verified);
    STATIC_REQUIRE(info(trigger_type::collection_item_unpublished).verified);

    for (auto t :
         {trigger_type::user_account_added, trigger_type::user_account_updated, trigger_type::user_account_deleted}) {
        INFO(to_string(t));
        REQUIRE(is_removed(t));
        REQUIRE(info(t).status == trigger_status::removed);
        REQUIRE_FALSE(info(t).verified);
        REQUIRE(required_scope(t) == "users:read"_scope);
    }
    STATIC_REQUIRE(to_string(trigger_status::removed) == "removed");
    // Every trigger needs a read scope of a resource the registry knows.
    for (const trigger_info& row : triggers()) REQUIRE(access_of(row.required) == access::read);
}
