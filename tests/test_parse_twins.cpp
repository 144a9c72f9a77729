// Every error case of test_parse.cpp again, in constant expressions: parse() evaluated by
// the compiler must give the same code, offset and length as at run time, and the bool twin
// (is_valid) and the literal's checker (what "..."_scopes runs) must agree, so compile-time
// and run-time behaviour cannot drift apart. The expectations are test_parse.cpp's, which
// were worked out by hand from the parsing policy in the README.
#include <catch2/catch.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include <webflow/scopes.hpp>

using namespace webflow::scopes;
using namespace std::string_view_literals;

namespace {

struct error_case {
    std::string_view input;
    errc code;
    std::size_t offset;
    std::size_t length;
    parse_mode mode = parse_mode::strict;
};

// Fails exactly as expected, with nothing half-parsed, and every twin agrees.
constexpr bool fails_as(const error_case& c) {
    const parse_result r = parse(c.input, c.mode);
    const detail::literal_verdict literal = detail::check_scope_literal(c.input);
    const bool literal_agrees = c.mode == parse_mode::lenient || (literal.code == c.code && literal.offset == c.offset);
    return !r.has_value() && r.error().code == c.code && r.error().offset == c.offset && r.error().length == c.length &&
           (*r).empty() && !is_valid(c.input, c.mode) && literal_agrees;
}

// The same cases, in the same order, as test_parse.cpp's tables.
constexpr std::array cases{
    error_case{"", errc::empty_input, 0, 0},
    error_case{"cms:read  forms:read", errc::empty_scope, 9, 1},
    error_case{"cms:read,,forms:read", errc::empty_scope, 9, 1},
    error_case{"cms:read, ,forms:read", errc::empty_scope, 10, 1},
    error_case{"cms:read%20%20forms:read", errc::empty_scope, 11, 3},
    error_case{" cms:read", errc::leading_separator, 0, 1},
    error_case{",,cms:read", errc::leading_separator, 0, 2},
    error_case{"cms:read ", errc::trailing_separator, 8, 1},
    error_case{"cms:read,", errc::trailing_separator, 8, 1},
    error_case{"cms:read%20", errc::trailing_separator, 8, 3},
    error_case{"cms", errc::malformed_scope, 0, 3},
    error_case{"cms:read forms", errc::malformed_scope, 9, 5},
    error_case{":read", errc::malformed_scope, 0, 5},
    error_case{"cms:read:write", errc::malformed_scope, 0, 14},
    error_case{"cms:", errc::malformed_scope, 0, 4},
    error_case{"1cms:read", errc::malformed_scope, 0, 9},
    error_case{"workspace_activity: read", errc::space_in_scope, 0, 24},
    error_case{"assets: write", errc::space_in_scope, 0, 13},
    error_case{"cms:read workspace_activity%3A%20read", errc::space_in_scope, 9, 28},
    error_case{"CMS:read", errc::wrong_case, 0, 8},
    error_case{"cms:read Forms:Read", errc::wrong_case, 9, 10},
    error_case{"cms:reed", errc::unknown_scope, 0, 8},
    error_case{"branches:merge", errc::unknown_scope, 0, 14},
    error_case{"cms:read site_plans:write", errc::unknown_scope, 9, 16},
    error_case{"authorized_user:write", errc::unsupported_access, 0, 21},
    error_case{"site_activity:write", errc::unsupported_access, 0, 19},
    error_case{"webhooks:read", errc::unsupported_access, 0, 13},
    error_case{"cms:read forms:read cms:read", errc::duplicate_scope, 20, 8},
    error_case{"cms:read cms%3Aread", errc::duplicate_scope, 9, 10},
    error_case{"%3", errc::bad_percent_escape, 0, 2},
    error_case{"cms%3", errc::bad_percent_escape, 3, 2},
    error_case{"cms:read%", errc::bad_percent_escape, 8, 1},
    error_case{"cms%zzread", errc::bad_percent_escape, 3, 2},
    error_case{"cms%3zread", errc::bad_percent_escape, 3, 3},
    error_case{"cms:read%00", errc::control_character, 8, 3},
    error_case{"cms:read\n"sv, errc::control_character, 8, 1},
    error_case{"cms:\tread", errc::control_character, 4, 1},
    error_case{"cms:r\0ead"sv, errc::control_character, 5, 1},
    error_case{"cms:read\x7f", errc::control_character, 8, 1},
    error_case{"cms:r\xc3\xa9"
               "ad",
               errc::non_ascii, 5, 1},
    error_case{"cms:read%C3%A9", errc::non_ascii, 8, 3},
    error_case{"cms:read\"", errc::invalid_character, 8, 1},
    error_case{"cms:read%2Bforms:read", errc::invalid_character, 8, 3},
    error_case{"cms%253Aread", errc::invalid_character, 3, 3},
    error_case{"cms:read;forms:read", errc::invalid_character, 8, 1},
    // Lenient mode: malformed input is still an error.
    error_case{"cms:read CMS:read", errc::wrong_case, 9, 8, parse_mode::lenient},
    error_case{"cms:read %zz", errc::bad_percent_escape, 9, 2, parse_mode::lenient},
    error_case{"cms:read cms", errc::malformed_scope, 9, 3, parse_mode::lenient},
    error_case{"workspace_activity: read", errc::space_in_scope, 0, 24, parse_mode::lenient},
};

// Each case is its own constant evaluation (a variable template), within the compilers'
// step limits, and a drift names the case's index in the compiler's message.
template <std::size_t I>
constexpr bool case_holds = fails_as(cases[I]);

template <std::size_t... I>
constexpr bool each_case_fails_as_expected(std::index_sequence<I...> /*indices*/) {
    static_assert((case_holds<I> && ...), "a parse error case differs in constant evaluation");
    return true;
}

// The verdicts as the compiler computed them, kept for the run-time comparison below.
struct verdict {
    errc code;
    std::size_t offset;
    std::size_t length;
};
template <std::size_t I>
constexpr verdict compile_time_verdict = [] {
    const parse_result r = parse(cases[I].input, cases[I].mode);
    return verdict{r.error().code, r.error().offset, r.error().length};
}();
constexpr auto compile_time_verdicts = []<std::size_t... I>(std::index_sequence<I...> /*indices*/) {
    return std::array<verdict, cases.size()>{compile_time_verdict<I>...};
}
(std::make_index_sequence<cases.size()>{});

}  // namespace

TEST_CASE("every parse error case holds in a constant expression", "[parse][twins]") {
    STATIC_REQUIRE(each_case_fails_as_expected(std::make_index_sequence<cases.size()>{}));
    // Every errc but errc{} is covered.
    constexpr auto covered = [] {
        std::array<bool, errc_count + 1> seen{};
        for (const error_case& c : cases) seen[static_cast<std::size_t>(c.code)] = true;
        for (std::size_t e = 1; e <= errc_count; ++e) {
            if (!seen[e]) return false;
        }
        return true;
    }();
    STATIC_REQUIRE(covered);

    // One by one as well, both ways, for the codes a literal diagnostic names.
    STATIC_REQUIRE(fails_as({"", errc::empty_input, 0, 0}));
    STATIC_REQUIRE(fails_as({"cms:read  forms:read", errc::empty_scope, 9, 1}));
    STATIC_REQUIRE(fails_as({"cms:read, ,forms:read", errc::empty_scope, 10, 1}));
    STATIC_REQUIRE(fails_as({",,cms:read", errc::leading_separator, 0, 2}));
    STATIC_REQUIRE(fails_as({"cms:read%20", errc::trailing_separator, 8, 3}));
    STATIC_REQUIRE(fails_as({"cms:read:write", errc::malformed_scope, 0, 14}));
    STATIC_REQUIRE(fails_as({"cms:read workspace_activity%3A%20read", errc::space_in_scope, 9, 28}));
    STATIC_REQUIRE(fails_as({"cms:read Forms:Read", errc::wrong_case, 9, 10}));
    STATIC_REQUIRE(fails_as({"cms:read site_plans:write", errc::unknown_scope, 9, 16}));
    STATIC_REQUIRE(fails_as({"webhooks:read", errc::unsupported_access, 0, 13}));
    STATIC_REQUIRE(fails_as({"cms:read cms%3Aread", errc::duplicate_scope, 9, 10}));
    STATIC_REQUIRE(fails_as({"cms%3zread", errc::bad_percent_escape, 3, 3}));
    STATIC_REQUIRE(fails_as({"cms:r\0ead"sv, errc::control_character, 5, 1}));
    STATIC_REQUIRE(fails_as({"cms:read%C3%A9", errc::non_ascii, 8, 3}));
    STATIC_REQUIRE(fails_as({"cms%253Aread", errc::invalid_character, 3, 3}));
    // The twins are not vacuous: a wrong code, offset or length is caught, and good input passes.
    STATIC_REQUIRE_FALSE(fails_as({"cms:read  forms:read", errc::empty_scope, 8, 1}));
    STATIC_REQUIRE_FALSE(fails_as({"cms:read  forms:read", errc::empty_scope, 9, 2}));
    STATIC_REQUIRE_FALSE(fails_as({"cms:read  forms:read", errc::trailing_separator, 9, 1}));
    STATIC_REQUIRE_FALSE(fails_as({"cms:read forms:read", errc::empty_scope, 9, 1}));
    STATIC_REQUIRE(is_valid("cms:read forms:read"));
    STATIC_REQUIRE(detail::check_scope_literal("cms:read forms:read").code == errc{});
}

TEST_CASE("run time gives what the compiler gave", "[parse][twins]") {
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const error_case& c = cases[i];
        INFO("case " << i << ": \"" << std::string(c.input) << "\"");
        const parse_result r = parse(c.input, c.mode);
        CHECK(r.error().code == compile_time_verdicts[i].code);
        CHECK(r.error().offset == compile_time_verdicts[i].offset);
        CHECK(r.error().length == compile_time_verdicts[i].length);
        CHECK(r.error().code == c.code);
        CHECK(fails_as(c));
    }
}
