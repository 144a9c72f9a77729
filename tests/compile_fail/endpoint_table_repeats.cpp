// expect: table_problem_code::repeats_method_and_path_of_an_earlier_row 1
// The endpoint table's own checks, on a small broken table: the same method and path twice.
#include <array>

#include "support/endpoint_checks.hpp"
using namespace webflow::scopes;
constexpr std::array<endpoint, 2> rows{{
    {http_method::get, "/v2/a", scope{resource::cms, access::read}, "a.list", token_rule::any, resource_status::ga,
     api_version::v2, resource::cms, "test"},
    {http_method::get, "/v2/a", scope{resource::cms, access::read}, "a.again", token_rule::any, resource_status::ga,
     api_version::v2, resource::cms, "test"},
}};
static_assert(detail::verify_endpoint_table<rows>());
