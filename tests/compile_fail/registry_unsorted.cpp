// expect: registry_rows_are_not_sorted_by_name_or_repeat_a_name 1
// The registry's own checks, run on a broken copy: rows out of alphabetical order.
#include <webflow/scopes/detail/registry_checks.hpp>
using namespace webflow::scopes;
constexpr std::array<resource_info, 2> rows{{
    {resource::assets, "cms", "CMS", detail::site_level, detail::read_write, detail::any_token, resource_status::ga,
     scope_requirement::scoped, "", ""},
    {resource::authorization_info, "assets", "Assets", detail::site_level, detail::read_write, detail::any_token,
     resource_status::ga, scope_requirement::scoped, "", ""},
}};
static_assert(detail::verify_registry<rows>());
int main() { return 0; }
