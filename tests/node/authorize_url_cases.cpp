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

namespace {

std::string hex(std::string_view bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        out.push_back(digits[u >> 4]);
        out.push_back(digits[u & 0x0F]);
    }
    return out;
}

}  // namespace

int main() {
    using namespace std::string_literals;
    const std::vector<std::string> hostile{
        "&",
        "=",
        "#",
        "?",
        "+",
        "%",
        " ",
        "\n",
        "\r\n",
        "\t",
        "a&scope=sites:write",
        "x&response_type=token",
        "x#&state=evil",
        "%20",
        "%2",
        "%%",
        "%00",
        "a=b=c",
        "state=",
        "&&&",
        "?#?#",
        "\0"s,
        "a\0b"s,
        "caf\xc3\xa9",
        "\xe2\x80\x8b",
        "\xff\xfe",
        "\xf0\x9f\x94\x91",
        "https://evil.example/?a=b&c=d#e",
        "'\"<>`",
        "[]{}|\\^",
        "/..//./",
        ";,:@!$()*",
        "\x7f",
        std::string(100 * 1024, '&'),
    };
    // Scope lists written in canonical (registry) order, so the decoded value must equal them.
    const std::vector<std::string_view> scope_lists{"cms:read", "assets:read cms:write sites:read",
                                                    "workspace_activity:read", "forms:read forms:write"};
    std::mt19937 rng(4);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<std::size_t> length(0, 40);
    const auto random_text = [&] {
        std::string s(length(rng), '\0');
        for (char& c : s) c = static_cast<char>(byte(rng));
        return s;
    };
    struct request_text {
        std::string client_id, redirect_uri, state;
    };
    std::vector<request_text> cases;
    for (const std::string& h : hostile) {
        cases.push_back({h, "https://app.example/cb", "s"});
        cases.push_back({"client", h, ""});
        cases.push_back({"client", "", h});
        cases.push_back({h, h, h});
    }
    for (int i = 0; i < 100; ++i) cases.push_back({random_text() + "x", random_text(), random_text()});

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
