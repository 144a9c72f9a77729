// What a scope allows on its resource. Webflow's scopes are resource:read or resource:write;
// beta actions such as branches:merge are not modelled (the lenient parser reports them).
#ifndef WEBFLOW_SCOPES_ACCESS_HPP
#define WEBFLOW_SCOPES_ACCESS_HPP

#include "webflow/scopes/detail/enum_support.hpp"

namespace webflow::scopes {

enum class access : std::uint8_t { read, write };
inline constexpr std::size_t access_count = 2;

using access_set = detail::enum_set<access>;

namespace detail {
inline constexpr std::array<std::string_view, access_count> access_names{"read"sv, "write"sv};
}  // namespace detail

[[nodiscard]] constexpr std::string_view to_string(access a) noexcept {
    return detail::name_of(a, detail::access_names);
}
inline constexpr detail::from_string_fn<access, detail::access_names> access_from_string{};

}  // namespace webflow::scopes

#endif
