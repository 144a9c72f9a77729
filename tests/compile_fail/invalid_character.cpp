// expect: errc::invalid_character 8
// A quote inside the literal.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read\"forms:read\""_scopes;
