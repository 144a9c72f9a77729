// expect: registry_problem::scoped_row_offers_no_action_or_unscoped_row_offers_one 0
// The registry's own checks, on a broken copy: a scoped resource that offers no action.
#include <array>

#include "support/registry_checks.hpp"
using namespace webflow::scopes;
constexpr auto rows = [] {
    std::array<resource_info, 1> copy{info(resource::cms)};
    copy[0].id = static_cast<resource>(0);
    copy[0].offers = {};
    return copy;
}();
static_assert(detail::verify_registry<rows>());
