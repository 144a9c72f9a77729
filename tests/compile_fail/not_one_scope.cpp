// expect: literal_problem::not_exactly_one_scope
// _scope takes exactly one scope.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read cms:write"_scope;
