// expect: registry_problem::rows_not_sorted_as_their_scope_strings_or_a_name_repeats 1
// The registry's own checks, on a broken copy of its first rows: out of order.
#include <array>

#include "support/registry_checks.hpp"
using namespace webflow::scopes;
constexpr auto rows = [] {
    std::array<resource_info, 2> copy{detail::registry_rows[0], detail::registry_rows[1]};
    copy[0].name = "zzz";
    return copy;
}();
static_assert(detail::verify_registry<rows>());
