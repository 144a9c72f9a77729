// expect-mismatch: errc::duplicate_scope 0
// Harness self-test: this fails with errc::unknown_scope at 4, not the reason above, so the
// check must report a failure (the CTest test is WILL_FAIL and passes only then).
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "cms:reed"_scopes;
