// expect: duplicate_scope_in_literal 20
// The same scope twice.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read forms:read cms:read"_scopes;
int main() { return 0; }
