// Where a resource lives: on a site (the reference's "Site-level" tab) or on a workspace
// ("Workspace-level" tab). Token types are defined by the levels they reach.
#ifndef WEBFLOW_SCOPES_LEVEL_HPP
#define WEBFLOW_SCOPES_LEVEL_HPP

#include "webflow/scopes/detail/enum_support.hpp"

namespace webflow::scopes {

enum class level : std::uint8_t { site, workspace };
inline constexpr std::size_t level_count = 2;

using level_set = detail::enum_set<level>;

namespace detail {
inline constexpr std::array<std::string_view, level_count> level_names{"site"sv, "workspace"sv};
}  // namespace detail

[[nodiscard]] constexpr std::string_view to_string(level l) noexcept { return detail::name_of(l, detail::level_names); }
inline constexpr detail::from_string_fn<level, detail::level_names> level_from_string{};

}  // namespace webflow::scopes

#endif
