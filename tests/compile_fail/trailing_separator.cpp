// expect: trailing_separator_in_literal 8
// A separator after the last scope.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:read,"_scopes;
int main() { return 0; }
