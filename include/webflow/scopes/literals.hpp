// "cms:read forms:read"_scopes and "cms:read"_scope: scope lists checked while compiling.
// A bad literal fails the build through one reporter, whose template arguments the compiler
// prints: the reason, the offset, and the scope that was probably meant.
#ifndef WEBFLOW_SCOPES_LITERALS_HPP
#define WEBFLOW_SCOPES_LITERALS_HPP

#include "webflow/scopes/detail/config.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "webflow/scopes/detail/chars.hpp"
#include "webflow/scopes/detail/report.hpp"
#include "webflow/scopes/parse.hpp"
#include "webflow/scopes/scope.hpp"
#include "webflow/scopes/scope_set.hpp"
#include "webflow/scopes/token_rules.hpp"

namespace webflow::scopes {

// The one problem of a literal that is not a parse error.
enum class literal_problem : std::uint8_t {
    not_exactly_one_scope,  // "a:read b:read"_scope
};

namespace detail {

// A string literal as a class-type template argument (like ctll::fixed_string), so that
// "..."_scopes is checked while the compiler still knows every character and its offset. A C
// array: std::array would be instantiated again for every literal length.
template <std::size_t N>
struct fixed_string {
    char chars[N]{};  // NOLINT(modernize-avoid-c-arrays)
    // Implicit, from a string literal's char array: how "..."_scopes receives its text.
    // NOLINTNEXTLINE(google-explicit-constructor,modernize-avoid-c-arrays)
    consteval fixed_string(const char (&text)[N]) noexcept {
        for (std::size_t i = 0; i < N; ++i) chars[i] = text[i];
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars, N - 1}; }
};

// The reporter of a bad literal: the compilers print its template arguments, e.g.
// invalid_scope_literal<errc::unknown_scope, 11, resource::pages, access::write>.
template <auto Reason, std::size_t Offset, auto... DidYouMean>
consteval void invalid_scope_literal() {
    check_failed<Reason, Offset, DidYouMean...>();
}

// The common literal, known scopes with one plain separator between them, read in one pass
// that packs each token into a key as key_of() does; false on anything else, which parse()
// then decides. The compiler interprets every step, so the loop makes as few as it can.
[[nodiscard]] constexpr bool read_literal_list(std::string_view text, scope_set& out) noexcept {
    const char* chars = text.data();
    const std::size_t size = text.size();
    scope_key key{};
    std::uint64_t found = 0;
    std::size_t length = 0;  // of the token being read
    for (std::size_t i = 0; i <= size; ++i) {
        const char c = i < size ? chars[i] : ' ';  // NOLINT(cppcoreguidelines-pro-bounds-pointer-arithmetic)
        if (c >= lowest_name_char) {
            if (length == key_chars) return false;
            key.words[length / 8] |= std::uint64_t{static_cast<unsigned char>(c)} << (8 * (length % 8));
            ++length;
            continue;
        }
        if (!is_plain_separator(c)) return false;
        const std::uint8_t index = find_scope_key(key, key_indices);
        if (index == no_scope) return false;
        const std::uint64_t bit = std::uint64_t{1} << index;
        if ((found & bit) != 0) return false;  // a duplicate, which parse() reports
        found |= bit;
        key = {};
        length = 0;
    }
    out.insert(scope_set::from_bits(found));
    return true;
}

// A literal's whole verdict as a plain constexpr function: the consteval literals use it,
// and tests/fuzz/fuzz_literal.cpp runs the very same code at run time.
struct literal_verdict {
    errc code = errc::none;
    std::size_t offset = 0;  // where the problem is
    std::optional<scope> suggestion{};
    scope_set scopes{};
};
[[nodiscard]] constexpr literal_verdict check_scope_literal(std::string_view text) noexcept {
    if (literal_verdict plain; read_literal_list(text, plain.scopes)) return plain;
    const parse_result result = parse(text);
    return {result.error().code, result.error().offset, result.error().suggestion, *result};
}

// One evaluation per literal text, then only reads (a constexpr local of the consteval
// operator would be evaluated again on every call).
template <fixed_string Text>
inline constexpr literal_verdict literal_verdict_of = check_scope_literal(Text.view());

template <const literal_verdict& Verdict>
consteval void report_literal_problem() {
    if constexpr (Verdict.code != errc::none) {
        if constexpr (Verdict.suggestion.has_value()) {
            invalid_scope_literal<Verdict.code, Verdict.offset, resource_of(*Verdict.suggestion),
                                  access_of(*Verdict.suggestion)>();
        } else {
            invalid_scope_literal<Verdict.code, Verdict.offset>();
        }
    }
}

}  // namespace detail

// A scope list checked against a token type while compiling: every problem of _scopes, and
// any scope the token type cannot hold, fails the build naming the reason and the offset.
//   constexpr auto scopes = scopes_for<token_type::site_token, "cms:read forms:read">();
template <token_type Token, detail::fixed_string Text, app_access_level App = app_access_level::site>
consteval scope_set scopes_for() {
    constexpr const detail::literal_verdict& verdict = detail::literal_verdict_of<Text>;
    detail::report_literal_problem<verdict>();
    if constexpr (verdict.code == errc::none) {
        constexpr scope_set rejected = verdict.scopes - allowed_scopes(Token, App);
        if constexpr (!rejected.empty()) {
            constexpr scope first = *rejected.begin();
            detail::scope_not_allowed_for_token<Token, rejection_of(first, Token, App), resource_of(first),
                                                access_of(first), locate_scope(Text.view(), first).offset>();
        }
    }
    return verdict.scopes;
}

inline namespace literals {

// A scope_set from a strict scope list; every problem parse() reports fails the build.
template <detail::fixed_string Text>
consteval scope_set operator""_scopes() {
    if constexpr (detail::literal_verdict_of<Text>.code != errc::none) {
        detail::report_literal_problem<detail::literal_verdict_of<Text>>();
    }
    return detail::literal_verdict_of<Text>.scopes;
}

// Exactly one scope: a parse error is reported as for _scopes, a valid list of several as
// literal_problem::not_exactly_one_scope.
template <detail::fixed_string Text>
consteval scope operator""_scope() {
    constexpr const detail::literal_verdict& verdict = detail::literal_verdict_of<Text>;
    detail::report_literal_problem<verdict>();
    if constexpr (verdict.code == errc::none && verdict.scopes.size() != 1) {
        detail::invalid_scope_literal<literal_problem::not_exactly_one_scope, 0>();
    }
    return *verdict.scopes.begin();
}

}  // namespace literals

}  // namespace webflow::scopes

#endif
