// Which catalogue endpoints a set of missing scopes blocks: the answer to "what breaks if the
// user did not grant these?". A lazy view over the endpoint table (no heap), separate from
// diff.hpp because it pulls in the whole catalogue.
#ifndef WEBFLOW_SCOPES_BLOCKED_ENDPOINTS_HPP
#define WEBFLOW_SCOPES_BLOCKED_ENDPOINTS_HPP

#include "webflow/scopes/detail/config.hpp"

#include <cstddef>
#include <iterator>
#include <ranges>

#include "webflow/scopes/diff.hpp"
#include "webflow/scopes/endpoint.hpp"
#include "webflow/scopes/endpoints.hpp"
#include "webflow/scopes/scope_set.hpp"

namespace webflow::scopes {

// The endpoints (in catalogue order) whose required scopes intersect `missing`. Endpoints
// that need no scope (token introspection) are never blocked. (view_base, not view_interface,
// which clang fails to instantiate over a class with a nested iterator.)
class blocked_endpoints_view : public std::ranges::view_base {
public:
    class iterator {
    public:
        using value_type = endpoint;
        using difference_type = std::ptrdiff_t;
        using reference = const endpoint&;
        using pointer = const endpoint*;
        using iterator_category = std::forward_iterator_tag;

        constexpr iterator() noexcept = default;
        [[nodiscard]] constexpr const endpoint& operator*() const noexcept { return *at_; }
        [[nodiscard]] constexpr const endpoint* operator->() const noexcept { return at_; }
        constexpr iterator& operator++() noexcept {
            ++at_;
            settle();
            return *this;
        }
        constexpr iterator operator++(int) noexcept {
            iterator before = *this;
            ++*this;
            return before;
        }
        friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept { return a.at_ == b.at_; }

    private:
        friend class blocked_endpoints_view;
        constexpr iterator(const endpoint* at, const endpoint* end, scope_set missing) noexcept
            : at_(at), end_(end), missing_(missing) {
            settle();
        }
        // Moves forward to the next blocked endpoint, or to the end.
        constexpr void settle() noexcept {
            while (at_ != end_ && !at_->scopes.intersects(missing_)) ++at_;
        }
        const endpoint* at_ = nullptr;
        const endpoint* end_ = nullptr;
        scope_set missing_{};
    };

    constexpr blocked_endpoints_view() noexcept = default;
    constexpr explicit blocked_endpoints_view(scope_set missing) noexcept : missing_(missing) {}

    [[nodiscard]] constexpr iterator begin() const noexcept {
        return {endpoints.data(), endpoints.data() + endpoints.size(), missing_};
    }
    [[nodiscard]] constexpr iterator end() const noexcept {
        const endpoint* last = endpoints.data() + endpoints.size();
        return {last, last, missing_};
    }
    [[nodiscard]] constexpr scope_set missing() const noexcept { return missing_; }

private:
    scope_set missing_{};
};

[[nodiscard]] constexpr blocked_endpoints_view blocked_endpoints(scope_set missing) noexcept {
    return blocked_endpoints_view{missing};
}
[[nodiscard]] constexpr blocked_endpoints_view blocked_endpoints(const scope_diff& d) noexcept {
    return blocked_endpoints_view{d.missing};
}

}  // namespace webflow::scopes

#endif
