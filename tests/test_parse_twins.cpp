// Every error case of support/parse_cases.hpp again, in constant expressions: parse()
// evaluated by the compiler must give the same code, offset and length as at run time, and
// the bool twin (is_valid) and the literal's checker (what "..."_scopes runs) must agree, so
// compile-time and run-time behaviour cannot drift apart.
#include <catch2/catch.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include <webflow/scopes.hpp>

#include "support/parse_cases.hpp"

using namespace webflow::scopes;
using namespace std::string_view_literals;
using webflow_scopes_tests::error_case;
using webflow_scopes_tests::error_cases;

namespace {

// Fails exactly as expected, with nothing half-parsed, and every twin agrees.
constexpr bool fails_as(const error_case& c) {
    const parse_result r = parse(c.input, c.mode);
    const detail::literal_verdict literal = detail::check_scope_literal(c.input);
    const bool literal_agrees = c.mode == parse_mode::lenient || (literal.code == c.code && literal.offset == c.offset);
    return !r.has_value() && r.error().code == c.code && r.error().offset == c.offset && r.error().length == c.length &&
           (*r).empty() && !is_valid(c.input, c.mode) && literal_agrees;
}

// Each case is its own constant evaluation (a variable template), within the compilers'
// step limits, and a drift names the case's index in the compiler's message.
template <std::size_t I>
constexpr bool case_holds = fails_as(error_cases[I]);

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
    const parse_result r = parse(error_cases[I].input, error_cases[I].mode);
    return verdict{r.error().code, r.error().offset, r.error().length};
}();
constexpr auto compile_time_verdicts = []<std::size_t... I>(std::index_sequence<I...> /*indices*/) {
    return std::array<verdict, error_cases.size()>{compile_time_verdict<I>...};
}
(std::make_index_sequence<error_cases.size()>{});

}  // namespace

TEST_CASE("every parse error case holds in a constant expression", "[parse][twins]") {
    STATIC_REQUIRE(each_case_fails_as_expected(std::make_index_sequence<error_cases.size()>{}));
    // The twins are not vacuous: a wrong code, offset or length is caught, and good input passes.
    STATIC_REQUIRE_FALSE(fails_as({"cms:read  forms:read", errc::empty_scope, 8, 1}));
    STATIC_REQUIRE_FALSE(fails_as({"cms:read  forms:read", errc::empty_scope, 9, 2}));
    STATIC_REQUIRE_FALSE(fails_as({"cms:read  forms:read", errc::trailing_separator, 9, 1}));
    STATIC_REQUIRE_FALSE(fails_as({"cms:read forms:read", errc::empty_scope, 9, 1}));
    STATIC_REQUIRE(is_valid("cms:read forms:read"));
    STATIC_REQUIRE(detail::check_scope_literal("cms:read forms:read").code == errc::none);
}

TEST_CASE("run time gives what the compiler gave", "[parse][twins]") {
    for (std::size_t i = 0; i < error_cases.size(); ++i) {
        const error_case& c = error_cases[i];
        INFO("case " << i << ": \"" << std::string(c.input) << "\"");
        const parse_result r = parse(c.input, c.mode);
        CHECK(r.error().code == compile_time_verdicts[i].code);
        CHECK(r.error().offset == compile_time_verdicts[i].offset);
        CHECK(r.error().length == compile_time_verdicts[i].length);
        CHECK(fails_as(c));
    }
}
