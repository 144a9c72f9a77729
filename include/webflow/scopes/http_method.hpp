// The HTTP methods the Data API uses.
#ifndef WEBFLOW_SCOPES_HTTP_METHOD_HPP
#define WEBFLOW_SCOPES_HTTP_METHOD_HPP

#include "webflow/scopes/detail/enum_support.hpp"

namespace webflow::scopes {

// delete_ because delete is a keyword.
enum class http_method : std::uint8_t { get, post, put, patch, delete_ };

namespace detail {
inline constexpr std::array http_method_names{"GET"sv, "POST"sv, "PUT"sv, "PATCH"sv, "DELETE"sv};
template <>
struct enum_table<http_method> : table_is<http_method_names, http_method::delete_> {};
}  // namespace detail

inline constexpr std::size_t http_method_count = detail::http_method_names.size();

// Exact and upper case, as on the wire (RFC 9110 methods are case-sensitive): "get" is nullopt.
inline constexpr detail::from_string_fn<http_method> http_method_from_string{};

}  // namespace webflow::scopes

#endif
