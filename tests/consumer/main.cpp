// The consumer program: the literal, a token check, parse, join and encode_scope_param from an
// installed, a vendored or a pkg-config webflow-scopes, header-only or compiled.
#include <cstdio>

#include <webflow/scopes.hpp>
#ifdef CONSUMER_FMT
#include <fmt/format.h>
#include <webflow/scopes/fmt.hpp>
#endif

using namespace webflow::scopes;

constexpr auto wanted = "forms:read cms:read"_scopes;
static_assert(require_allowed<token_type::site_token, wanted>());

int main(int argc, char** argv) {
    std::printf("webflow-scopes %d.%d.%d compiled=%d\n", WEBFLOW_SCOPES_VERSION_MAJOR, WEBFLOW_SCOPES_VERSION_MINOR,
                WEBFLOW_SCOPES_VERSION_PATCH, WEBFLOW_SCOPES_COMPILED);
    // A run-time parse: in the compiled mode it runs the library's compiled body.
    const parse_result parsed = parse(argc > 1 ? argv[1] : "cms:read,forms:read", parse_mode::lenient);
    std::printf("%s\n%s\n", join(*parsed).c_str(), encode_scope_param(wanted).c_str());
#ifdef CONSUMER_FMT
    fmt::print("fmt: {}\n", wanted);
#endif
    return *parsed == wanted ? 0 : 1;
}
