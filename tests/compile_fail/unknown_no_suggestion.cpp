// expect: errc::unknown_scope 9
// A name Webflow will never register: no suggestion.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read nosuch:read"_scopes;
