// expect: registry_problem::name_is_not_1_to_48_of_lower_case_letters_digits_underscore_hyphen 1
// The registry's own checks, on a broken copy of its first rows: upper case and a space.
#include <array>

#include "support/registry_checks.hpp"
using namespace webflow::scopes;
constexpr auto rows = [] {
    std::array<resource_info, 2> copy{detail::registry_rows[0], detail::registry_rows[1]};
    copy[1].name = "Bad Name";
    return copy;
}();
static_assert(detail::verify_registry<rows>());
