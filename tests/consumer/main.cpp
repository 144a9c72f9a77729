// The consumer program: uses the literal, validate, join and encode_scope_param from an
// installed, a vendored or a pkg-config webflow-scopes.
#include <cstdio>

#include <webflow/scopes.hpp>
#ifdef CONSUMER_FMT
#include <fmt/format.h>
#include <webflow/scopes/fmt.hpp>
#endif

using namespace webflow::scopes;

constexpr auto wanted = "forms:read cms:read"_scopes;
static_assert(validate(wanted, token_type::site_token).ok());

int main() {
    std::printf("webflow-scopes %d.%d.%d\n", WEBFLOW_SCOPES_VERSION_MAJOR, WEBFLOW_SCOPES_VERSION_MINOR,
                WEBFLOW_SCOPES_VERSION_PATCH);
    std::printf("%s\n%s\n", join(wanted).c_str(), encode_scope_param(wanted).c_str());
#ifdef CONSUMER_FMT
    fmt::print("fmt: {}\n", wanted);
#endif
}
