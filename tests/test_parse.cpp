// parse(): real inputs (the docs' URL, introspect's comma lists, URLSearchParams' '+'),
// the docs' typos, and every bad input with its own error code and position.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include <webflow/scopes.hpp>

using namespace webflow::scopes;
using namespace std::string_view_literals;

namespace {

// The scope value of the docs' example authorization URL (webflow-facts.md section 3).
constexpr std::string_view docs_example_scope =
    "assets%3Aread%20assets%3Awrite%20authorized_user%3Aread%20cms%3Aread%20cms%3Awrite%20custom_code%3Aread%20"
    "custom_code%3Awrite%20forms%3Aread%20forms%3Awrite%20pages%3Aread%20pages%3Awrite%20sites%3Aread%20"
    "sites%3Awrite";

struct error_case {
    std::string_view input;
    errc code;
    std::size_t offset;
    std::size_t length;
};

void check_error(const error_case& c, parse_options options = {}) {
    INFO("input: \"" << std::string(c.input) << "\"");
    const parse_result r = parse(c.input, options);
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

TEST_CASE("strict mode: every bad input has its own code and position", "[parse][errors]") {
    const std::vector<error_case> cases{
        {"", errc::empty_input, 0, 0},
        {"cms:read  forms:read", errc::empty_scope, 9, 1},
        {"cms:read,,forms:read", errc::empty_scope, 9, 1},
        {"cms:read, ,forms:read", errc::empty_scope, 10, 1},
        {"cms:read%20%20forms:read", errc::empty_scope, 11, 3},
        {" cms:read", errc::leading_separator, 0, 1},
        {",,cms:read", errc::leading_separator, 0, 2},
        {"cms:read ", errc::trailing_separator, 8, 1},
        {"cms:read,", errc::trailing_separator, 8, 1},
        {"cms:read%20", errc::trailing_separator, 8, 3},
        {"cms", errc::malformed_scope, 0, 3},
        {"cms:read forms", errc::malformed_scope, 9, 5},
        {":read", errc::malformed_scope, 0, 5},
        {"cms:read:write", errc::malformed_scope, 0, 14},
        {"cms:", errc::malformed_scope, 0, 4},
        {"1cms:read", errc::malformed_scope, 0, 9},
        {"workspace_activity: read", errc::space_in_scope, 0, 24},
        {"assets: write", errc::space_in_scope, 0, 13},
        {"cms:read workspace_activity%3A%20read", errc::space_in_scope, 9, 28},
        {"CMS:read", errc::wrong_case, 0, 8},
        {"cms:read Forms:Read", errc::wrong_case, 9, 10},
        {"cms:reed", errc::unknown_scope, 0, 8},
        {"branches:merge", errc::unknown_scope, 0, 14},
        {"cms:read site_plans:write", errc::unknown_scope, 9, 16},
        {"authorized_user:write", errc::unsupported_access, 0, 21},
        {"site_activity:write", errc::unsupported_access, 0, 19},
        {"webhooks:read", errc::unsupported_access, 0, 13},
        {"cms:read forms:read cms:read", errc::duplicate_scope, 20, 8},
        {"cms:read cms%3Aread", errc::duplicate_scope, 9, 10},
        {"%3", errc::bad_percent_escape, 0, 2},
        {"cms%3", errc::bad_percent_escape, 3, 2},
        {"cms:read%", errc::bad_percent_escape, 8, 1},
        {"cms%zzread", errc::bad_percent_escape, 3, 2},
        {"cms%3zread", errc::bad_percent_escape, 3, 3},
        {"cms:read%00", errc::control_character, 8, 3},
        {"cms:read\n"sv, errc::control_character, 8, 1},
        {"cms:\tread", errc::control_character, 4, 1},
        {"cms:r\0ead"sv, errc::control_character, 5, 1},
        {"cms:read\x7f", errc::control_character, 8, 1},
        {"cms:r\xc3\xa9"
         "ad",
         errc::non_ascii, 5, 1},
        {"cms:read%C3%A9", errc::non_ascii, 8, 3},
        {"cms:read\"", errc::invalid_character, 8, 1},
        {"cms:read%2Bforms:read", errc::invalid_character, 8, 3},
        {"cms%253Aread", errc::invalid_character, 3, 3},
        {"cms:read;forms:read", errc::invalid_character, 8, 1},
    };
    for (const auto& c : cases) check_error(c);
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
    CHECK_FALSE(parse("branches:merge").error().suggestion.has_value());

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
    SECTION("unknown well-formed scopes are skipped and reported, never stored") {
        constexpr std::string_view text = "cms:read,branches:merge, sites:read authorized_user:write";
        const auto r = parse(text, parse_mode::lenient);
        REQUIRE(r.has_value());
        CHECK(*r == "cms:read sites:read"_scopes);
        REQUIRE(r.skipped_count() == 2);
        CHECK(text.substr(r.skipped()[0].offset, r.skipped()[0].length) == "branches:merge");
        CHECK(text.substr(r.skipped()[1].offset, r.skipped()[1].length) == "authorized_user:write");
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
        for (int i = 0; i < 20; ++i) many += "branches:merge ";
        const auto r = parse(many, parse_mode::lenient);
        CHECK(r.skipped_count() == 20);
        CHECK(r.skipped().size() == parse_result::max_reported_skips);
    }
    SECTION("malformed input is still an error") {
        check_error({"cms:read CMS:read", errc::wrong_case, 9, 8}, parse_mode::lenient);
        check_error({"cms:read %zz", errc::bad_percent_escape, 9, 2}, parse_mode::lenient);
        check_error({"cms:read cms", errc::malformed_scope, 9, 3}, parse_mode::lenient);
        check_error({"workspace_activity: read", errc::space_in_scope, 0, 24}, parse_mode::lenient);
    }
}

TEST_CASE("1 MB inputs parse in one linear pass", "[parse][large]") {
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
    while (unknown.size() < (1U << 20)) unknown += "branches:merge,";
    CHECK(parse(unknown, parse_mode::lenient).skipped_count() > 60000);
}

TEST_CASE("parse_result behaves like std::expected", "[parse]") {
    const auto ok = parse("cms:read");
    CHECK(ok.has_value());
    CHECK(static_cast<bool>(ok));
    CHECK(ok.error().code == errc{});
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
    check_error({"cms:rea", errc::unknown_scope, 0, 7});
    check_error({"cms:reading", errc::unknown_scope, 0, 11});
    check_error({"workspace_activity:readx", errc::unknown_scope, 0, 24});
    check_error({"cms:read\xB0", errc::non_ascii, 8, 1});
    check_error({"cms:read\0"sv, errc::control_character, 8, 1});
    check_error({"cms:read cms:read", errc::duplicate_scope, 9, 8});
    check_error({"cms:read-cms:write", errc::invalid_character, 8, 1});
    // A view that ends inside a longer buffer: nothing past its end is read or matched.
    constexpr std::string_view buffer = "cms:read cms:write";
    REQUIRE(parse(buffer.substr(0, 8)).value() == scope_set{cms_read});
    check_error({buffer.substr(0, 12), errc::malformed_scope, 9, 3});
    STATIC_REQUIRE(parse("cms:read sites:write").value() == (cms_read | scope{resource::sites, access::write}));
    STATIC_REQUIRE(!is_valid("cms:read "));
}
