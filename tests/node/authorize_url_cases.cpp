// Writes hostile authorize_url() cases for check_authorize_url.js, one JSON object per line:
// the inputs as hex (so any byte survives JSON) and the URL the library built. Node's WHATWG
// URL parser then decodes each URL, independently of our code.
#include <cstddef>
#include <cstdio>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <webflow/scopes/oauth.hpp>
#include <webflow/scopes/parse.hpp>

#include "../hostile_values.hpp"

namespace {

std::string hex(std::string_view bytes) {
    constexpr std::string_view digits = "0123456789abcdef";
    std::string out;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        out.push_back(digits[u >> 4]);
        out.push_back(digits[u & 0x0F]);
    }
    return out;
}

}  // namespace

int main() {  // NOLINT(bugprone-exception-escape): a test program; an exception ends it as a failure
    // Scope lists written in canonical (registry) order, so the decoded value must equal them.
    const std::vector<std::string_view> scope_lists{"cms:read", "assets:read cms:write sites:read",
                                                    "workspace_activity:read", "forms:read forms:write",
                                                    "branches:create branches:merge site_plans:read"};
    std::mt19937 rng(4);
    struct request_text {
        std::string client_id, redirect_uri, state;
    };
    std::vector<request_text> cases;
    for (const std::string& h : webflow_scopes_tests::hostile_values()) {
        cases.push_back({h, "https://app.example/cb", "s"});
        cases.push_back({"client", h, ""});
        cases.push_back({"client", "", h});
        cases.push_back({h, h, h});
    }
    for (int i = 0; i < 100; ++i) {
        cases.push_back({webflow_scopes_tests::random_bytes(rng, 1, 40), webflow_scopes_tests::random_bytes(rng, 0, 40),
                         webflow_scopes_tests::random_bytes(rng, 0, 40)});
    }

    std::size_t n = 0;
    for (const request_text& c : cases) {
        const std::string_view scopes = scope_lists[n % scope_lists.size()];
        const webflow::scopes::authorize_request request{c.client_id, webflow::scopes::parse(scopes).value(),
                                                         c.redirect_uri, c.state};
        std::printf("{\"client_id\":\"%s\",\"redirect_uri\":\"%s\",\"state\":\"%s\",\"scope\":\"%s\",\"url\":\"%s\"}\n",
                    hex(c.client_id).c_str(), hex(c.redirect_uri).c_str(), hex(c.state).c_str(),
                    std::string(scopes).c_str(), webflow::scopes::authorize_url(request).c_str());
        ++n;
    }
    return 0;
}
