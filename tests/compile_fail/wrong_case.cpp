// expect: wrong_case_in_literal 0
// Upper case, as some Webflow docs text writes it.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "CMS:read"_scopes;
int main() { return 0; }
