// The first program to run: an app declares its scopes, checks them against its token type
// while compiling, and prints its scope parameter; then reads the scopes back out of the
// docs' example authorization URL.
#include <cstdio>
#include <string>
#include <string_view>

#include <webflow/scopes.hpp>

using namespace webflow::scopes;

// A Data Client app that syncs CMS items and reads form submissions. A typo here
// ("cms:reed") or a scope the token cannot hold fails the build, naming the reason.
constexpr scope_set app_scopes = "cms:read cms:write forms:read sites:read"_scopes;
static_assert(require_allowed<token_type::data_client_app, app_scopes>());

// The same scopes would also suit a site token; custom code would not.
static_assert(require_allowed<token_type::site_token, app_scopes>());
static_assert(!allowed_scopes(token_type::site_token).contains("custom_code:write"_scope));

// It asks for no scope of the beta API.
static_assert(!scopes_with_status(resource_status::beta).intersects(app_scopes));

// The scope parameter is a compile-time constant.
constexpr auto scope_param = static_join(app_scopes);

namespace {

// The value of one query parameter of a URL ("" when absent).
// (url, name) as in new URL(url).searchParams.get(name).
// NOLINTNEXTLINE(bugprone-easily-swappable-parameters)
std::string_view query_value(std::string_view url, std::string_view name) {
    const auto query = url.find('?');
    if (query == std::string_view::npos) return {};
    std::string_view rest = url.substr(query + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        if (pair.size() > name.size() && pair.substr(0, name.size()) == name && pair[name.size()] == '=') {
            return pair.substr(name.size() + 1);
        }
        if (amp == std::string_view::npos) break;
        rest = rest.substr(amp + 1);
    }
    return {};
}

}  // namespace

int main() {
    std::printf("webflow-scopes %d.%d.%d: %zu scopes in the registry\n\n", WEBFLOW_SCOPES_VERSION_MAJOR,
                WEBFLOW_SCOPES_VERSION_MINOR, WEBFLOW_SCOPES_VERSION_PATCH, scope_count);

    std::printf("The app requests %zu scopes\n", app_scopes.size());
    std::printf("  joined:  %s\n", std::string(scope_param.view()).c_str());
    std::printf("  encoded: %s\n\n", encode_scope_param(app_scopes).c_str());

    constexpr std::string_view docs_url =
        "https://webflow.com/oauth/authorize?response_type=code&client_id="
        "739dc78b0704716e8aadab301466757fa41afbca5f31aa91a79a35e8708a5866&scope=assets%3Aread%20assets%3Awrite%20"
        "authorized_user%3Aread%20cms%3Aread%20cms%3Awrite%20custom_code%3Aread%20custom_code%3Awrite%20forms%3Aread%20"
        "forms%3Awrite%20pages%3Aread%20pages%3Awrite%20sites%3Aread%20sites%3Awrite";
    const std::string_view param = query_value(docs_url, "scope");
    const parse_result parsed = parse(param);
    if (!parsed) {
        std::printf("error: %s\n", parsed.error().describe(param).data());
        return 1;
    }
    std::printf("The docs' example authorization URL asks for %zu scopes:\n", parsed->size());
    for (scope s : *parsed) {
        const auto& row = info(s);
        std::printf("  %-23s %-18s %s\n", std::string(to_string(s)).c_str(), std::string(row.display_name).c_str(),
                    std::string(to_string(row.status)).c_str());
    }

    const validation_result site_token_check = validate(*parsed, token_type::site_token);
    std::printf("\nA site token could not hold %zu of them:\n", site_token_check.error().size());
    for (scope s : site_token_check.error()) {
        std::printf("  %s: %s\n", std::string(to_string(s)).c_str(),
                    std::string(rejection_reason(s, token_type::site_token)).c_str());
    }

    // Typos from Webflow's own docs, at run time.
    for (std::string_view typo : {"CMS:read", "workspace_activity: read", "page:read"}) {
        const auto r = parse(typo);
        std::printf("\nparse(\"%s\"): %s", std::string(typo).c_str(), r.error().describe(typo).data());
    }
    std::printf("\n");
    return 0;
}
