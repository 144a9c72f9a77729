// parse, validate, join into a caller's buffer and find_endpoint allocate nothing, on good
// and bad input alike. A counting global operator new sees every heap allocation of this
// program, so each check counts the allocations made while the call runs.
#include <catch2/catch.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <webflow/scopes.hpp>
#include <webflow/scopes/endpoints.hpp>

#include "support/counting_new.hpp"

using namespace webflow::scopes;
using webflow_scopes_tests::allocations_in;

namespace {

// Inputs built before counting starts: the fast path's case, the full parser's cases (escapes,
// comma lists, lenient skips) and every kind of error, suggestions included.
std::vector<std::string> parse_inputs() {
    std::vector<std::string> in{
        "assets:read cms:read cms:write forms:read sites:read",
        "assets%3Aread%20cms%3Awrite",
        "sites%3Aread+cms%3Awrite",
        "assets:read, assets:write",
        "",
        "cms:reed",
        "page:read",
        "CMS:read",
        "workspace_activity: read",
        "cms:read  cms:write",
        "cms:read cms:read",
        "authorized_user:write",
        "%3",
        "cms:read\x01",
        "cms:r\xC3\xA9",
        std::string(300, 'a') + ":read",
    };
    std::string everything;
    for (scope s : scope_set::all()) everything.append(to_string(s)).append(" ");
    everything.pop_back();
    in.push_back(everything);
    return in;
}

}  // namespace

TEST_CASE("the counting operator new sees allocations", "[no_alloc]") {
    std::string kept;
    const std::size_t n = allocations_in([&] { kept = std::string(200, 'x'); });
    REQUIRE(n >= 1);
    REQUIRE(kept.size() == 200);
}

TEST_CASE("parse allocates nothing, strict or lenient, good input or bad", "[no_alloc]") {
    const std::vector<std::string> inputs = parse_inputs();
    std::vector<parse_result> results(inputs.size() * 2);
    std::vector<bool> valid(inputs.size() * 2);
    const std::size_t n = allocations_in([&] {
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            results[2 * i] = parse(inputs[i]);
            results[2 * i + 1] = parse(inputs[i], parse_mode::lenient);
            valid[2 * i] = is_valid(inputs[i]);
        }
    });
    REQUIRE(n == 0);
    // The calls really ran: the first input is good, "cms:reed" is not, and the last is every scope.
    REQUIRE(results[0].has_value());
    REQUIRE(results[0]->size() == 5);
    REQUIRE(valid[0]);
    REQUIRE(!results[std::size_t{2} * 5].has_value());
    REQUIRE(results[std::size_t{2} * 5].error().code == errc::unknown_scope);
    REQUIRE(results.back()->size() == scope_count);
}

TEST_CASE("validate allocates nothing", "[no_alloc]") {
    validation_result site{};
    validation_result workspace{};
    const std::size_t n = allocations_in([&] {
        site = validate(scope_set::all(), token_type::site_token);
        workspace = validate(scope_set::all(), token_type::workspace_token);
    });
    REQUIRE(n == 0);
    REQUIRE(!site.has_value());
    REQUIRE(!workspace.has_value());
}

TEST_CASE("join_to into a caller's buffer allocates nothing", "[no_alloc]") {
    std::array<char, max_joined_size> buffer{};
    std::array<char, max_encoded_scope_param_size> encoded{};
    char* end = nullptr;
    char* encoded_end = nullptr;
    const scope_set two{scope{resource::cms, access::read}, scope{resource::sites, access::write}};
    const std::size_t n = allocations_in([&] {
        end = join_to(buffer.data(), two, ", ");
        encoded_end = encode_scope_param_to(encoded.data(), two);
    });
    REQUIRE(n == 0);
    REQUIRE(std::string_view(buffer.data(), static_cast<std::size_t>(end - buffer.data())) == "cms:read, sites:write");
    REQUIRE(std::string_view(encoded.data(), static_cast<std::size_t>(encoded_end - encoded.data())) ==
            "cms%3Aread%20sites%3Awrite");
}

TEST_CASE("find_endpoint and lookup_endpoint allocate nothing", "[no_alloc]") {
    const std::vector<std::string> paths{
        "/v2/sites/580e63e98c9a982ac9b8b741/collections",
        "https://api.webflow.com/v2/collections/580e63fc8c9a982ac9b8b745/items/live?offset=0",
        "/v2/sites/{site_id}/collections/",
        "https://example.com/v2/sites",
        "/v2//sites",
        "/v2/no/such/path",
        "/beta/sites/580e63e98c9a982ac9b8b741/branches",
        "/beta/sites/580e63e98c9a982ac9b8b741/collections",
        std::string(10000, '/'),
    };
    std::vector<const endpoint*> found(paths.size());
    std::vector<endpoint_lookup> looked_up(paths.size());
    const std::size_t n = allocations_in([&] {
        for (std::size_t i = 0; i < paths.size(); ++i) {
            found[i] = find_endpoint(http_method::get, paths[i]);
            looked_up[i] = lookup_endpoint(http_method::post, paths[i]);
        }
    });
    REQUIRE(n == 0);
    REQUIRE(found[0] != nullptr);
    REQUIRE(found[0]->path == "/v2/sites/{site_id}/collections");
    REQUIRE(looked_up[3].error() == endpoint_lookup_error::foreign_host);
    REQUIRE(looked_up[4].error() == endpoint_lookup_error::malformed_path);
}
