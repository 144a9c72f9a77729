// "cms:read forms:read"_scopes and "cms:read"_scope: scope lists checked while compiling.
// A bad literal fails the build with the reason and its offset in the diagnostic, in the
// way fmt reports bad format strings: by calling a function that is not constexpr.
#ifndef WEBFLOW_SCOPES_LITERALS_HPP
#define WEBFLOW_SCOPES_LITERALS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "webflow/scopes/detail/static_string.hpp"
#include "webflow/scopes/parse.hpp"
#include "webflow/scopes/token_rules.hpp"

namespace webflow::scopes {

namespace detail {

// One function per errc: the compiler quotes the name (the reason) and Offset (where).
// clang-format off
template <std::size_t Offset> void empty_input_in_literal() {}
template <std::size_t Offset> void empty_scope_in_literal() {}
template <std::size_t Offset> void leading_separator_in_literal() {}
template <std::size_t Offset> void trailing_separator_in_literal() {}
template <std::size_t Offset> void malformed_scope_in_literal() {}
template <std::size_t Offset> void space_in_scope_in_literal() {}
template <std::size_t Offset> void wrong_case_in_literal() {}
template <std::size_t Offset> void unknown_scope_in_literal() {}
template <std::size_t Offset> void unsupported_access_in_literal() {}
template <std::size_t Offset> void duplicate_scope_in_literal() {}
template <std::size_t Offset> void bad_percent_escape_in_literal() {}
template <std::size_t Offset> void control_character_in_literal() {}
template <std::size_t Offset> void non_ascii_in_literal() {}
template <std::size_t Offset> void invalid_character_in_literal() {}
inline void literal_is_not_exactly_one_scope() {}
// clang-format on

template <errc Code, std::size_t Offset>
consteval void report_literal_error() {
    if constexpr (Code == errc::empty_input) {
        empty_input_in_literal<Offset>();
    } else if constexpr (Code == errc::empty_scope) {
        empty_scope_in_literal<Offset>();
    } else if constexpr (Code == errc::leading_separator) {
        leading_separator_in_literal<Offset>();
    } else if constexpr (Code == errc::trailing_separator) {
        trailing_separator_in_literal<Offset>();
    } else if constexpr (Code == errc::malformed_scope) {
        malformed_scope_in_literal<Offset>();
    } else if constexpr (Code == errc::space_in_scope) {
        space_in_scope_in_literal<Offset>();
    } else if constexpr (Code == errc::wrong_case) {
        wrong_case_in_literal<Offset>();
    } else if constexpr (Code == errc::unknown_scope) {
        unknown_scope_in_literal<Offset>();
    } else if constexpr (Code == errc::unsupported_access) {
        unsupported_access_in_literal<Offset>();
    } else if constexpr (Code == errc::duplicate_scope) {
        duplicate_scope_in_literal<Offset>();
    } else if constexpr (Code == errc::bad_percent_escape) {
        bad_percent_escape_in_literal<Offset>();
    } else if constexpr (Code == errc::control_character) {
        control_character_in_literal<Offset>();
    } else if constexpr (Code == errc::non_ascii) {
        non_ascii_in_literal<Offset>();
    } else if constexpr (Code == errc::invalid_character) {
        invalid_character_in_literal<Offset>();
    }
}

// The common literal, known scopes with one plain separator between them, read in one pass
// that packs each token into words as key_of() does and finds it with find_scope_key(); false
// on anything else, which the full parser then decides. Every build pays for what a literal
// evaluates, and this evaluates a fraction of parse(): no decoding, no parse_result. The
// compiler interprets each step, so the loop makes as few of them as it can: the size read
// once, raw char and word arrays, the set kept as bits, no calls per character.
[[nodiscard]] constexpr bool read_literal_list(std::string_view text, scope_set& out) noexcept {
    const char* chars = text.data();
    const std::size_t size = text.size();
    std::uint64_t words[3]{};  // NOLINT(modernize-avoid-c-arrays)
    std::uint64_t found = 0;
    std::size_t length = 0;  // of the token being read
    for (std::size_t i = 0; i <= size; ++i) {
        const char c = i < size ? chars[i] : ' ';  // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
        // Every scope byte is '0' or above, every separator below.
        if (c >= '0') {
            if (length == max_scope_chars) return false;
            words[length / 8] |= std::uint64_t{static_cast<unsigned char>(c)} << (8 * (length % 8));
            ++length;
            continue;
        }
        if (!is_plain_separator(c)) return false;
        const std::uint8_t index = find_scope_key(words[0], words[1], words[2]);
        if (index == no_scope) return false;
        const std::uint64_t bit = std::uint64_t{1} << index;
        if ((found & bit) != 0) return false;  // a duplicate, which parse() reports
        found |= bit;
        words[0] = words[1] = words[2] = 0;
        length = 0;
    }
    out.insert(scope_set::from_bits(found));
    return true;
}

// The literals' whole verdict as a plain constexpr function: the consteval literals below
// use it, and tests/fuzz/fuzz_literal.cpp runs the very same code at run time.
struct literal_verdict {
    errc code{};             // errc{} for a valid strict scope list
    std::size_t offset = 0;  // where the problem is, for the diagnostic
    scope_set scopes{};
};
[[nodiscard]] constexpr literal_verdict check_scope_literal(std::string_view text) noexcept {
    if (literal_verdict plain; read_literal_list(text, plain.scopes)) return plain;
    const parse_result result = parse(text);
    return {result.error().code, result.error().offset, *result};
}

// One evaluation per literal text, then only reads. A constexpr local of the consteval
// function instead was evaluated twice: when instantiated and again on every call, since
// evaluating a call runs the body's declarations afresh (in clang a third of a literal's cost).
// The operators below read it directly: every template a literal instantiates is paid for
// once per distinct literal in every build, so there is no helper template in between.
template <fixed_string Text>
inline constexpr literal_verdict literal_verdict_of = check_scope_literal(Text.view());

template <std::size_t Offset>
void scope_not_available_to_this_token_type() {}
template <std::size_t Offset>
void scope_at_a_level_this_token_type_cannot_reach() {}

// Where scope s is written in text, for the diagnostic; 0 when it is not there verbatim
// (a percent-encoded literal).
consteval std::size_t offset_of_scope(std::string_view text, scope s) {
    const std::size_t at = text.find(to_string(s));
    return at == std::string_view::npos ? 0 : at;
}

}  // namespace detail

// A scope list checked against a token type while compiling: every problem of _scopes, and
// any scope the token cannot hold, fails the build naming the reason and the offset.
//   constexpr auto scopes = scopes_for<token_type::site_token, "cms:read forms:read">();
template <token_type Token, detail::fixed_string Text, app_access_level App = app_access_level::site>
consteval scope_set scopes_for() {
    constexpr const detail::literal_verdict& verdict = detail::literal_verdict_of<Text>;
    detail::report_literal_error<verdict.code, verdict.offset>();
    constexpr scope_set set = verdict.scopes;
    constexpr scope_set rejected = validate(set, Token, App).rejected;
    if constexpr (!rejected.empty()) {
        constexpr scope first = *rejected.begin();
        constexpr std::size_t offset = detail::offset_of_scope(Text.view(), first);
        if constexpr (!info(first).tokens.contains(Token)) {
            detail::scope_not_available_to_this_token_type<offset>();
        } else {
            detail::scope_at_a_level_this_token_type_cannot_reach<offset>();
        }
    }
    return set;
}

inline namespace literals {

// A scope_set from a strict scope list; every problem parse() reports fails the build.
template <detail::fixed_string Text>
consteval scope_set operator""_scopes() {
    constexpr const detail::literal_verdict& verdict = detail::literal_verdict_of<Text>;
    detail::report_literal_error<verdict.code, verdict.offset>();  // nothing for a good literal
    return verdict.scopes;
}

// Exactly one scope.
template <detail::fixed_string Text>
consteval scope operator""_scope() {
    constexpr const detail::literal_verdict& verdict = detail::literal_verdict_of<Text>;
    detail::report_literal_error<verdict.code, verdict.offset>();
    constexpr scope_set set = verdict.scopes;
    if constexpr (set.size() != 1) detail::literal_is_not_exactly_one_scope();
    return *set.begin();
}

}  // namespace literals

}  // namespace webflow::scopes

#endif
