// expect: empty_scope_in_literal 9
// Two spaces between scopes.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read  forms:read"_scopes;
int main() { return 0; }
