// expect: space_in_scope_in_literal 9
// The token page prints workspace_activity: read.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read workspace_activity: read"_scopes;
int main() { return 0; }
