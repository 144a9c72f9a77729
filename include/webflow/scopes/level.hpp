// Where a resource lives: on a site (the scopes reference's "Site-level" tab) or on a
// workspace ("Workspace-level" tab). Token types are defined by the levels they reach.
#ifndef WEBFLOW_SCOPES_LEVEL_HPP
#define WEBFLOW_SCOPES_LEVEL_HPP

#include "webflow/scopes/detail/enum_support.hpp"

namespace webflow::scopes {

enum class level : std::uint8_t { site, workspace };

namespace detail {
inline constexpr std::array level_names{"site"sv, "workspace"sv};
template <>
struct enum_table<level> : table_is<level_names, level::workspace> {};
}  // namespace detail

inline constexpr std::size_t level_count = detail::level_names.size();
using level_set = detail::enum_set<level>;
inline constexpr detail::from_string_fn<level> level_from_string{};

}  // namespace webflow::scopes

#endif
