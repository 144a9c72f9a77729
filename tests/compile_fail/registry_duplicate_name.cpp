// expect: registry_row_scope_string_is_not_unique 0
// The registry's own checks, run on a broken copy: the same prefix in two rows, so the same scope strings.
#include <webflow/scopes/detail/registry_checks.hpp>
using namespace webflow::scopes;
constexpr std::array<resource_info, 2> rows{{
    {resource::assets, "cms", "CMS", detail::site_level, detail::read_write, detail::any_token, resource_status::ga,
     scope_requirement::scoped, "", ""},
    {resource::authorization_info, "cms", "CMS again", detail::site_level, detail::read_write, detail::any_token,
     resource_status::ga, scope_requirement::scoped, "", ""},
}};
static_assert(detail::verify_registry<rows>());
int main() { return 0; }
