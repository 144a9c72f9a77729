// expect: malformed_scope_in_literal 9
// A resource without an access.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read forms"_scopes;
int main() { return 0; }
