// "Did you mean ...?": the name closest to a mistyped one, ignoring case, within a few edits.
// The parser's suggestions, the compile-time diagnostics and the CLI all come from here.
#ifndef WEBFLOW_SCOPES_SUGGEST_HPP
#define WEBFLOW_SCOPES_SUGGEST_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "webflow/scopes/detail/chars.hpp"
#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/scope.hpp"

namespace webflow::scopes {

// Names longer than this are never close to anything: the distance table is a fixed array.
inline constexpr std::size_t max_suggestion_chars = 128;

namespace detail {

// Text folded to lower case in a fixed buffer, so that the distance loops compare bytes.
struct folded_text {
    std::array<char, max_suggestion_chars> chars{};
    std::size_t size = 0;
    constexpr explicit folded_text(std::string_view text) noexcept : size(text.size()) {
        for (std::size_t i = 0; i < text.size(); ++i) chars[i] = to_lower_ascii(text[i]);
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars.data(), size}; }
};

// Levenshtein distance of a and b, or limit + 1 as soon as it must exceed limit: a row of
// the table whose smallest cell passes limit ends the walk (every later row is larger).
[[nodiscard]] constexpr std::size_t bounded_distance(std::string_view a, std::string_view b,
                                                     std::size_t limit) noexcept {
    const std::size_t longer = a.size() > b.size() ? a.size() : b.size();
    const std::size_t shorter = a.size() > b.size() ? b.size() : a.size();
    if (longer - shorter > limit) return limit + 1;
    std::array<std::uint8_t, max_suggestion_chars + 1> row{};
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<std::uint8_t>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::uint8_t diagonal = row[0];
        row[0] = static_cast<std::uint8_t>(i);
        std::uint8_t smallest = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::uint8_t above = row[j];
            auto best = static_cast<std::uint8_t>(diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
            if (above + 1 < best) best = static_cast<std::uint8_t>(above + 1);
            if (row[j - 1] + 1 < best) best = static_cast<std::uint8_t>(row[j - 1] + 1);
            row[j] = best;
            diagonal = above;
            if (best < smallest) smallest = best;
        }
        if (smallest > limit) return limit + 1;
    }
    return row[b.size()];
}

}  // namespace detail

// Levenshtein distance between a and b ignoring ASCII case, or max_suggestion_chars + 1 when
// either is longer than max_suggestion_chars.
[[nodiscard]] constexpr std::size_t edit_distance(std::string_view a, std::string_view b) noexcept {
    if (a.size() > max_suggestion_chars || b.size() > max_suggestion_chars) return max_suggestion_chars + 1;
    const detail::folded_text fa{a};
    const detail::folded_text fb{b};
    return detail::bounded_distance(fa.view(), fb.view(), max_suggestion_chars);
}

// How far a name may be from what was typed and still be suggested: two edits, one more for
// every eight characters (a swapped pair of letters is two edits).
[[nodiscard]] constexpr std::size_t max_suggestion_edits(std::size_t typed_chars) noexcept {
    return 2 + typed_chars / 8;
}

// The index of the row of table (names, or rows with a .name) closest to typed: equal
// ignoring case, else the fewest edits within max_suggestion_edits(typed); table.size() when
// none is close. Ties go to the first row.
template <class Table>
[[nodiscard]] constexpr std::size_t closest_name(std::string_view typed, const Table& table) noexcept {
    if (typed.size() > max_suggestion_chars) return table.size();
    const detail::folded_text folded{typed};
    std::size_t best = table.size();
    std::size_t limit = max_suggestion_edits(typed.size());
    std::size_t i = 0;
    for (const auto& row : table) {
        const std::string_view name = detail::name_in(row);
        if (name.size() <= max_suggestion_chars) {
            const std::size_t d = detail::bounded_distance(folded.view(), detail::folded_text{name}.view(), limit);
            if (d <= limit) {
                best = i;
                if (d == 0) break;
                limit = d - 1;  // only a closer name replaces it
            }
        }
        ++i;
    }
    return best;
}

// The name closest_name() finds, or "" when none is close: for "did you mean 'list'?".
template <class Table>
[[nodiscard]] constexpr std::string_view suggest_name(std::string_view typed, const Table& table) noexcept {
    const std::size_t i = closest_name(typed, table);
    return i < table.size() ? detail::name_in(table[i]) : std::string_view{};
}

// The registry scope that was probably meant by typed ("page:read" -> pages:read, "CMS:read"
// -> cms:read), if any.
[[nodiscard]] constexpr std::optional<scope> suggest_scope(std::string_view typed) noexcept {
    return scope::from_index(closest_name(typed, detail::scope_entries));
}

}  // namespace webflow::scopes

#endif
