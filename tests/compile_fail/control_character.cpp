// expect: errc::control_character 8
// An encoded newline.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read%0Aforms:read"_scopes;
