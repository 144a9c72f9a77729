// Where a resource lives: on a site (the scopes reference's "Site-level" tab) or on a
// workspace ("Workspace-level" tab). Token types are defined by the levels they reach.
#ifndef WEBFLOW_SCOPES_LEVEL_HPP
#define WEBFLOW_SCOPES_LEVEL_HPP

#include "webflow/scopes/detail/enum_support.hpp"

namespace webflow::scopes {

enum class level : std::uint8_t { site, workspace };
template <>
inline constexpr auto detail::enum_rows<level> = rows_through<level::workspace>({"site"sv, "workspace"sv});
inline constexpr std::size_t level_count = detail::enum_rows<level>.size();
using level_set = detail::enum_set<level>;
inline constexpr detail::from_string_fn<level> level_from_string{};

}  // namespace webflow::scopes

#endif
