// expect: registry_problem::enum_line_and_row_not_at_the_same_position 1
// The registry's own checks, on a broken copy of its first rows: a row whose enumerator is
// not at its position (an enum line added in another place than its row).
#include <array>

#include "support/registry_checks.hpp"
using namespace webflow::scopes;
constexpr auto rows = [] {
    std::array<resource_info, 2> copy{detail::registry_rows[0], detail::registry_rows[1]};
    copy[1].id = copy[0].id;
    return copy;
}();
static_assert(detail::verify_registry<rows>());
