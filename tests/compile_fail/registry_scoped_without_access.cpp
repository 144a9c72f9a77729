// expect: registry_row_offers_do_not_match_its_requirement 0
// The registry's own checks, run on a broken copy: a scoped resource that offers nothing.
#include <webflow/scopes/detail/registry_checks.hpp>
using namespace webflow::scopes;
constexpr std::array<resource_info, 1> rows{{
    {resource::assets,
     "assets",
     "Assets",
     detail::site_level,
     {},
     detail::any_token,
     resource_status::ga,
     scope_requirement::scoped,
     "",
     ""},
}};
static_assert(detail::verify_registry<rows>());
int main() { return 0; }
