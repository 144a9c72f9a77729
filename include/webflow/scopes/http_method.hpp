// The HTTP methods the Data API uses.
#ifndef WEBFLOW_SCOPES_HTTP_METHOD_HPP
#define WEBFLOW_SCOPES_HTTP_METHOD_HPP

#include "webflow/scopes/detail/enum_support.hpp"

namespace webflow::scopes {

// delete_ because delete is a keyword.
enum class http_method : std::uint8_t { get, post, put, patch, delete_ };
template <>
inline constexpr auto detail::enum_rows<http_method> = rows_through<http_method::delete_>({"GET"sv, "POST"sv, "PUT"sv,
                                                                                           "PATCH"sv, "DELETE"sv});
inline constexpr std::size_t http_method_count = detail::enum_rows<http_method>.size();

// Exact and upper case, as on the wire (RFC 9110 methods are case-sensitive): "get" is nullopt.
inline constexpr detail::from_string_fn<http_method> http_method_from_string{};

}  // namespace webflow::scopes

#endif
