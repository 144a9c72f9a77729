// expect: unknown_scope_in_literal 9
// A typo in the second scope of a literal.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read cms:reed"_scopes;
int main() { return 0; }
