// expect: registry_row_name_is_not_a_lower_case_scope_prefix 1
// The registry's own checks, run on a broken copy: a prefix with upper case and a space.
#include <webflow/scopes/detail/registry_checks.hpp>
using namespace webflow::scopes;
constexpr std::array<resource_info, 2> rows{{
    {resource::assets, "assets", "Assets", detail::site_level, detail::read_write, detail::any_token,
     resource_status::ga, scope_requirement::scoped, "", ""},
    {resource::authorization_info, "Site Config", "Site Configuration", detail::site_level, detail::read_write,
     detail::any_token, resource_status::ga, scope_requirement::scoped, "", ""},
}};
static_assert(detail::verify_registry<rows>());
int main() { return 0; }
