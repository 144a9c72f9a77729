// expect: unsupported_access_in_literal 0
// authorized_user offers read only.
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
constexpr auto s = "authorized_user:write"_scopes;
int main() { return 0; }
