// expect: empty_input_in_literal 0
// An empty list is not a scope list.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = ""_scopes;
int main() { return 0; }
