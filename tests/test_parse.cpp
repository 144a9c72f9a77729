// parse(): real inputs (the docs' URL, introspect's comma lists, URLSearchParams' '+'),
// the docs' typos, and every bad input with its own error code and position.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <webflow/scopes.hpp>

#include "support/parse_cases.hpp"

using namespace webflow::scopes;
using namespace std::string_view_literals;
using webflow_scopes_tests::error_case;

namespace {

// The scope value of the docs' example authorization URL.
constexpr std::string_view docs_example_scope =
    "assets%3Aread%20assets%3Awrite%20authorized_user%3Aread%20cms%3Aread%20cms%3Awrite%20custom_code%3Aread%20"
    "custom_code%3Awrite%20forms%3Aread%20forms%3Awrite%20pages%3Aread%20pages%3Awrite%20sites%3Aread%20"
    "sites%3Awrite";

void check_error(const error_case& c) {
    INFO("input: \"" << std::string(c.input) << "\" (" << to_string(c.mode) << ")");
    const parse_result r = parse(c.input, c.mode);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == c.code);
    CHECK(r.error().offset == c.offset);
    CHECK(r.error().length == c.length);
    CHECK(r.error().offset + r.error().length <= c.input.size());
    CHECK((*r).empty());  // nothing half-parsed leaks out
    CHECK_FALSE(r.error().message().empty());
}

}  // namespace

TEST_CASE("the docs' example URL gives its 13 scopes", "[parse]") {
    const auto r = parse(docs_example_scope);
    REQUIRE(r.has_value());
    CHECK(r->size() == 13);
    CHECK(*r ==
          "assets:read assets:write authorized_user:read cms:read cms:write custom_code:read "
          "custom_code:write forms:read forms:write pages:read pages:write sites:read sites:write"_scopes);
    STATIC_REQUIRE(parse(docs_example_scope).value().size() == 13);
}

TEST_CASE("every separator the sources use", "[parse]") {
    const auto expected = "sites:read cms:write"_scopes;
    for (std::string_view text : {
             "sites:read cms:write"sv,        // the scope parameter
             "sites%3Aread+cms%3Awrite"sv,    // JS SDK 3.3.x (URLSearchParams)
             "sites%3aread%20cms%3awrite"sv,  // lower-case hex
             "sites:read,cms:write"sv,        // introspect's comma list
             "sites:read, cms:write"sv,       // comma and a space
             "sites:read%2Ccms:write"sv,      // an encoded comma
             "cms:write sites:read"sv,        // any order
         }) {
        INFO(text);
        const auto r = parse(text);
        REQUIRE(r.has_value());
        CHECK(*r == expected);
    }
    // The spec's space-separated introspect example.
    CHECK(parse("custom_code:read sites:read").value() == "custom_code:read sites:read"_scopes);
}

TEST_CASE("every bad input has its own code and position", "[parse][errors]") {
    for (const error_case& c : webflow_scopes_tests::error_cases) check_error(c);
    // Every reason is covered by the table.
    for (std::size_t e = 1; e < errc_count; ++e) {
        INFO(to_string(static_cast<errc>(e)));
        CHECK(std::any_of(webflow_scopes_tests::error_cases.begin(), webflow_scopes_tests::error_cases.end(),
                          [e](const error_case& c) { return static_cast<std::size_t>(c.code) == e; }));
    }
}

TEST_CASE("error messages name the problem and suggest the scope that was meant", "[parse][errors]") {
    const auto upper = parse("CMS:read");
    REQUIRE(upper.error().suggestion == "cms:read"_scope);
    CHECK(std::string(upper.error().describe("CMS:read").view()) ==
          "scopes are lower case 'CMS:read' at offset 0 (did you mean 'cms:read'?)");

    // The OpenAPI spec's security blocks say page:read.
    CHECK(parse("page:read").error().suggestion == "pages:read"_scope);
    CHECK(parse("workspace_activity: read").error().suggestion == "workspace_activity:read"_scope);
    CHECK(parse("cms:reed").error().suggestion == "cms:read"_scope);
    CHECK_FALSE(parse("nosuch:read").error().suggestion.has_value());
    CHECK(parse("branches:merg").error().suggestion == "branches:merge"_scope);

    // Unprintable bytes are escaped and long input is cut in the description.
    const std::string long_token(1000, 'x');
    const auto d = parse(long_token).error().describe(long_token);
    CHECK(d.view().find("...") != std::string_view::npos);
    CHECK(d.size() < 160);
    const auto nul = "cms:r\0ead"sv;
    CHECK(parse(nul).error().describe(nul).view().find("\\x00") != std::string_view::npos);
    CHECK(to_string(errc::unknown_scope) == "unknown_scope");
    CHECK(errc_from_string("duplicate_scope") == errc::duplicate_scope);
}

TEST_CASE("lenient mode: what servers send", "[parse][lenient]") {
    SECTION("every scope token that is not a known scope is skipped with its reason, never stored") {
        constexpr std::string_view text = "cms:read,nosuch:merge, sites:read authorized_user:write CMS:read cms x;y";
        const auto r = parse(text, parse_mode::lenient);
        REQUIRE(r.has_value());
        CHECK(*r == "cms:read sites:read"_scopes);
        REQUIRE(r.skipped_count() == 5);
        const std::vector<std::pair<std::string_view, errc>> expected{
            {"nosuch:merge", errc::unknown_scope}, {"authorized_user:write", errc::unsupported_access},
            {"CMS:read", errc::wrong_case},        {"cms", errc::malformed_scope},
            {"x;y", errc::invalid_character},
        };
        for (std::size_t i = 0; i < expected.size(); ++i) {
            INFO(i);
            CHECK(text.substr(r.skipped()[i].offset, r.skipped()[i].length) == expected[i].first);
            CHECK(r.skipped()[i].reason == expected[i].second);
        }
    }
    SECTION("a scope with a space in it is one skip") {
        const auto r = parse("workspace_activity: read,cms:read", parse_mode::lenient);
        REQUIRE(r.has_value());
        CHECK(*r == "cms:read"_scopes);
        REQUIRE(r.skipped_count() == 1);
        CHECK(r.skipped()[0] == skipped_scope{0, 24, errc::space_in_scope});
    }
    SECTION("unknown, wrong case and hyphenated tokens") {
        // Which of these the registry knows is the registry's business; every other one is skipped.
        constexpr std::string_view text = "cms:read CMS:read agent-instructions:read analytics:read";
        const auto r = parse(text, parse_mode::lenient);
        REQUIRE(r.has_value());
        scope_set known = "cms:read"_scopes;
        std::size_t unknown = 1;  // CMS:read
        for (std::string_view token : {"agent-instructions:read"sv, "analytics:read"sv}) {
            if (const auto s = scope_from_string(token)) {
                known.insert(*s);
            } else {
                ++unknown;
            }
        }
        CHECK(*r == known);
        CHECK(r.skipped_count() == unknown);
        CHECK(r.skipped()[0] == skipped_scope{9, 8, errc::wrong_case});
    }
    SECTION("separators in any number and place, duplicates merged") {
        const auto r = parse("  ,cms:read,,cms:read ,, forms:read , ", parse_mode::lenient);
        REQUIRE(r.has_value());
        CHECK(*r == "cms:read forms:read"_scopes);
        CHECK(parse("", parse_mode::lenient).value().empty());
        CHECK(parse(" , ", parse_mode::lenient).value().empty());
    }
    SECTION("more skips than reported keep their count") {
        std::string many;
        for (int i = 0; i < 20; ++i) many += "nosuch:read ";
        const auto r = parse(many, parse_mode::lenient);
        CHECK(r.skipped_count() == 20);
        CHECK(r.skipped().size() == parse_result::max_reported_skips);
    }
}

// What this checks is the answers on 1 MB inputs; that the work grows linearly with the
// input is measured by the parse_is_linear test (instructions counted by callgrind).
TEST_CASE("1 MB inputs give the right answers", "[parse][large]") {
    std::string valid_repeated;
    while (valid_repeated.size() < (1U << 20)) valid_repeated += "cms:read ";
    valid_repeated += "forms:read";
    // Strict stops at the first duplicate; lenient reads it all.
    CHECK(parse(valid_repeated).error().code == errc::duplicate_scope);
    const auto lenient = parse(valid_repeated, parse_mode::lenient);
    REQUIRE(lenient.has_value());
    CHECK(*lenient == "cms:read forms:read"_scopes);

    const std::string one_token(1U << 20, 'a');
    const auto r = parse(one_token);
    CHECK(r.error().code == errc::malformed_scope);
    CHECK(r.error().length == one_token.size());

    const std::string separators(1U << 20, ',');
    CHECK(parse(separators).error().code == errc::leading_separator);
    CHECK(parse(separators, parse_mode::lenient).value().empty());

    std::string unknown;
    while (unknown.size() < (1U << 20)) unknown += "nosuch:merge,";
    CHECK(parse(unknown, parse_mode::lenient).skipped_count() > 60000);
}

TEST_CASE("parse_result behaves like std::expected", "[parse]") {
    const auto ok = parse("cms:read");
    CHECK(ok.has_value());
    CHECK(static_cast<bool>(ok));
    CHECK(ok.error().code == errc::none);
    CHECK(ok.value_or({}) == "cms:read"_scopes);
    const auto bad = parse("nope");
    CHECK_FALSE(bad);
    CHECK(bad.value_or("forms:read"_scopes) == "forms:read"_scopes);
    CHECK((*bad).empty());
#if defined(__cpp_exceptions)
    CHECK_THROWS_AS(bad.value(), bad_parse_result_access);
#endif
}

// parse() tries a fast path for plain lists first (parse.hpp); these inputs sit at its edges,
// each with the answer the parsing rules give by hand.
TEST_CASE("plain lists and their near misses", "[parse][fast_path]") {
    constexpr scope cms_read{resource::cms, access::read};
    constexpr scope cms_write{resource::cms, access::write};
    for (scope s : scope_set::all()) {
        INFO(std::string(to_string(s)));
        REQUIRE(parse(to_string(s)).value() == scope_set{s});
    }
    REQUIRE(parse("cms:read+cms:write").value() == (cms_read | cms_write));
    REQUIRE(parse("cms:write,cms:read").value() == (cms_read | cms_write));
    REQUIRE(parse("cms:read,cms:read", parse_mode::lenient).value() == scope_set{cms_read});
    // A view that ends inside a longer buffer: nothing past its end is read or matched.
    constexpr std::string_view buffer = "cms:read cms:write";
    REQUIRE(parse(buffer.substr(0, 8)).value() == scope_set{cms_read});
    check_error({buffer.substr(0, 12), errc::malformed_scope, 9, 3});
    STATIC_REQUIRE(parse("cms:read sites:write").value() == (cms_read | scope{resource::sites, access::write}));
    STATIC_REQUIRE(!is_valid("cms:read "));
    // Every scope inside a list long enough that the fast path loads whole words around it.
    const std::string tail = " sites:read assets:write forms:read";
    constexpr scope_set tail_scopes{scope{resource::sites, access::read}, scope{resource::assets, access::write},
                                    scope{resource::forms, access::read}};
    for (scope s : scope_set::all()) {
        INFO(std::string(to_string(s)));
        CHECK(parse(std::string(to_string(s)) + tail, parse_mode::lenient).value() == (scope_set{s} | tail_scopes));
    }
    // A token that is no scope, first, inside or last in a list: unknown_scope, where it is.
    const auto check_unknown = [&tail](const std::string& token) {
        INFO("token: " << token);
        const std::string first = std::string(token).append(tail);
        const std::string last = std::string("cms:read ").append(token);
        const std::string inside = std::string(last).append(tail);
        check_error({first, errc::unknown_scope, 0, token.size()});
        check_error({inside, errc::unknown_scope, 9, token.size()});
        check_error({last, errc::unknown_scope, 9, token.size()});
    };
    // Every scope one byte longer or shorter, wherever its end falls in the key.
    for (scope s : scope_set::all()) {
        const std::string text(to_string(s));
        check_unknown(text + "x");
        check_unknown(text.substr(0, text.size() - 1));
    }
    // At the edges of the fast path's key: shorter than every scope, as long as the key, longer.
    for (const std::size_t n : {detail::registry_scope_text.shortest - 1, detail::key_chars, detail::key_chars + 1}) {
        check_unknown("cms:" + std::string(n - 4, 'r'));
    }
}

TEST_CASE("locate_scope points at a scope as parse() splits the list", "[parse]") {
    constexpr scope cms_write = "cms:write"_scope;
    STATIC_REQUIRE(locate_scope("cms:read cms:write", cms_write) == scope_location{9, 9});
    STATIC_REQUIRE(locate_scope("cms:read,cms%3Awrite", cms_write) == scope_location{9, 11});
    STATIC_REQUIRE(locate_scope("cms:read+cms:write", cms_write) == scope_location{9, 9});
    STATIC_REQUIRE(locate_scope("cms:writer cms:write", cms_write) == scope_location{11, 9});
    STATIC_REQUIRE(locate_scope("cms:read", cms_write) == scope_location{8, 0});
    STATIC_REQUIRE(locate_scope("", cms_write) == scope_location{0, 0});
    STATIC_REQUIRE(locate_scope("%zz cms:write", cms_write) == scope_location{4, 9});
}
