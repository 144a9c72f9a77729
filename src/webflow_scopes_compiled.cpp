// The run-time bodies of the library's largest functions, compiled once for the
// webflow::scopes_compiled target: with WEBFLOW_SCOPES_COMPILED set, the headers call these
// at run time instead of compiling the bodies in every translation unit that calls them.
// Constant evaluation still runs the header bodies.
#include <webflow/scopes/all.hpp>

#if !WEBFLOW_SCOPES_COMPILED
#error "build this file with WEBFLOW_SCOPES_COMPILED=1 (the webflow::scopes_compiled target does)"
#endif

namespace webflow::scopes::detail {

parse_result compiled_parse(std::string_view text, parse_options options) noexcept {
    return parser{text, options}.run();
}

endpoint_lookup compiled_lookup(http_method method, std::string_view path) noexcept { return lookup(method, path); }

authorize_result compiled_authorize_url(const authorize_request& request) { return build_authorize_url(request); }

}  // namespace webflow::scopes::detail
