// What a scope allows on its resource: read and write, and the beta API's finer actions
// (branches:create, branches:merge, ...).
#ifndef WEBFLOW_SCOPES_ACCESS_HPP
#define WEBFLOW_SCOPES_ACCESS_HPP

#include "webflow/scopes/detail/enum_support.hpp"

namespace webflow::scopes {

// delete_ because delete is a keyword; its name is "delete".
enum class access : std::uint8_t { read, write, create, update, merge, publish, delete_ };
template <>
inline constexpr auto detail::enum_rows<access> =
    rows_through<access::delete_>({"read"sv, "write"sv, "create"sv, "update"sv, "merge"sv, "publish"sv, "delete"sv});
inline constexpr std::size_t access_count = detail::enum_rows<access>.size();
using access_set = detail::enum_set<access>;
inline constexpr detail::from_string_fn<access> access_from_string{};

}  // namespace webflow::scopes

#endif
