// expect: non_ascii_in_literal 5
// A non-ASCII letter.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s =
    "cms:r\xc3\xa9"
    "ad"_scopes;
int main() { return 0; }
