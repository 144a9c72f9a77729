// expect-mismatch: duplicate_scope_in_literal 0
// Harness self-test: this fails with unknown_scope_in_literal<4>, not the reason above, so
// the check must report a failure (the CTest test is WILL_FAIL and passes only then).
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:reed"_scopes;
int main() { return 0; }
