// parse(): a scope parameter or a granted-scope list into a scope_set, in one linear pass
// with no allocation and no recursion, at run time and in constant expressions. Every
// failure says what (errc, message) and where (offset and length into the raw input).
#ifndef WEBFLOW_SCOPES_PARSE_HPP
#define WEBFLOW_SCOPES_PARSE_HPP

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <optional>
#include <span>
#include <string_view>

#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/detail/static_string.hpp"
#include "webflow/scopes/percent.hpp"
#include "webflow/scopes/scope_set.hpp"

namespace webflow::scopes {

// What went wrong. errc{} (0) means no error, as with std::from_chars.
enum class errc : std::uint8_t {
    empty_input = 1,     // "" (strict)
    empty_scope,         // two separators in a row: "cms:read  cms:write", "a,,b" (strict)
    leading_separator,   // " cms:read" (strict)
    trailing_separator,  // "cms:read," (strict)
    malformed_scope,     // not resource:action: "cms", "cms:", ":read", "cms:read:x"
    space_in_scope,      // "workspace_activity: read", a typo printed in Webflow's docs
    wrong_case,          // "CMS:read": scopes are lower case
    unknown_scope,       // "cms:reed", "branches:merge" (strict; lenient skips and reports)
    unsupported_access,  // "authorized_user:write": the resource does not offer it (strict)
    duplicate_scope,     // "cms:read cms:read" (strict)
    bad_percent_escape,  // "%3", "%zz"
    control_character,   // a byte below 0x20 or 0x7F, raw or encoded ("%00")
    non_ascii,           // a byte of 0x80 or above, raw or encoded
    invalid_character,   // other ASCII outside [a-z0-9_:], e.g. '"', '%25', '%2B' (a literal '+')
};
inline constexpr std::size_t errc_count = 14;

namespace detail {
inline constexpr std::array<std::string_view, errc_count + 1> errc_names{
    ""sv,
    "empty_input"sv,
    "empty_scope"sv,
    "leading_separator"sv,
    "trailing_separator"sv,
    "malformed_scope"sv,
    "space_in_scope"sv,
    "wrong_case"sv,
    "unknown_scope"sv,
    "unsupported_access"sv,
    "duplicate_scope"sv,
    "bad_percent_escape"sv,
    "control_character"sv,
    "non_ascii"sv,
    "invalid_character"sv,
};
inline constexpr std::array<std::string_view, errc_count + 1> errc_messages{
    "no error"sv,
    "empty scope list"sv,
    "empty scope between two separators"sv,
    "separator before the first scope"sv,
    "separator after the last scope"sv,
    "malformed scope: expected resource:access"sv,
    "space inside a scope"sv,
    "scopes are lower case"sv,
    "unknown scope"sv,
    "the resource does not offer this access"sv,
    "duplicate scope"sv,
    "bad percent escape: expected % and two hex digits"sv,
    "control character"sv,
    "non-ASCII byte"sv,
    "character not allowed in a scope"sv,
};
}  // namespace detail

[[nodiscard]] constexpr std::string_view to_string(errc e) noexcept { return detail::name_of(e, detail::errc_names); }
inline constexpr detail::from_string_fn<errc, detail::errc_names> errc_from_string{};

struct parse_error {
    errc code{};
    std::size_t offset = 0;             // into the raw (still encoded) input
    std::size_t length = 0;             // raw bytes of the offending part; 0 only for empty_input
    std::optional<scope> suggestion{};  // the scope that was probably meant, if any

    // The problem, as a fixed phrase (static storage: safe to keep).
    [[nodiscard]] constexpr std::string_view message() const noexcept {
        return detail::name_of(code, detail::errc_messages);
    }

    // "unknown scope 'page:read' at offset 12 (did you mean 'pages:read'?)", quoting the
    // input that was parsed; long or unprintable input is shortened or escaped.
    [[nodiscard]] constexpr static_string<160> describe(std::string_view input) const noexcept {
        static_string<160> out;
        out.append(message());
        if (code != errc::empty_input && offset <= input.size()) {
            out.append(" '");
            const std::string_view part = input.substr(offset, length);
            constexpr std::size_t max_quoted = 48;
            for (std::size_t i = 0; i < part.size() && i < max_quoted; ++i) {
                const auto u = static_cast<unsigned char>(part[i]);
                if (u < 0x20 || u >= 0x7F || u == '\\' || u == '\'') {
                    out.append("\\x");
                    out.push_back(detail::upper_hex_digits[u >> 4]);
                    out.push_back(detail::upper_hex_digits[u & 0x0F]);
                } else {
                    out.push_back(part[i]);
                }
            }
            if (part.size() > max_quoted) out.append("...");
            out.append("' at offset ");
            append_number(out, offset);
        }
        if (suggestion) {
            out.append(" (did you mean '");
            out.append(to_string(*suggestion));
            out.append("'?)");
        }
        return out;
    }

    friend constexpr bool operator==(const parse_error&, const parse_error&) noexcept = default;

private:
    static constexpr void append_number(static_string<160>& out, std::size_t n) noexcept {
        std::array<char, 24> digits{};
        std::size_t count = 0;
        do {
            digits[count++] = static_cast<char>('0' + n % 10);
            n /= 10;
        } while (n != 0);
        while (count != 0) out.push_back(digits[--count]);
    }
};

enum class parse_mode : std::uint8_t {
    // For what an app sends: exactly one separator between scopes (one space, '+', %20, one
    // comma, or a comma and one space), none before or after; unknown and duplicate scopes
    // are errors.
    strict,
    // For what a server returns: separators in any number and place, duplicates merged,
    // well-formed unknown scopes (branches:merge) skipped and reported, never stored.
    lenient,
};

inline constexpr std::size_t parse_mode_count = 2;

namespace detail {
inline constexpr std::array<std::string_view, parse_mode_count> parse_mode_names{"strict"sv, "lenient"sv};
}
[[nodiscard]] constexpr std::string_view to_string(parse_mode m) noexcept {
    return detail::name_of(m, detail::parse_mode_names);
}
inline constexpr detail::from_string_fn<parse_mode, detail::parse_mode_names> parse_mode_from_string{};

struct parse_options {
    parse_mode mode = parse_mode::strict;

    constexpr parse_options() noexcept = default;
    constexpr parse_options(parse_mode m) noexcept
        : mode(m) {}  // NOLINT(google-explicit-constructor): parse(s, parse_mode::lenient)
};

// A well-formed scope the lenient parser did not know and left out.
struct skipped_scope {
    std::size_t offset = 0;
    std::size_t length = 0;
    friend constexpr bool operator==(const skipped_scope&, const skipped_scope&) noexcept = default;
};

namespace detail {
class parser;
struct parse_result_access;  // granted.hpp builds results from several parses
}  // namespace detail

// Thrown by parse_result::value() on an error when exceptions are enabled.
class bad_parse_result_access : public std::exception {
public:
    [[nodiscard]] const char* what() const noexcept override { return "webflow::scopes::parse_result holds an error"; }
};

// Like std::expected<scope_set, parse_error>, plus the lenient parser's report of what it
// skipped (the first max_reported_skips of them, and how many there were).
class parse_result {
public:
    static constexpr std::size_t max_reported_skips = 8;

    constexpr parse_result() noexcept = default;

    [[nodiscard]] constexpr bool has_value() const noexcept { return error_.code == errc{}; }
    constexpr explicit operator bool() const noexcept { return has_value(); }

    // The set; on an error, the empty set (never garbage). value() also reports the misuse:
    // it throws bad_parse_result_access, or aborts when built without exceptions.
    [[nodiscard]] constexpr const scope_set& operator*() const noexcept { return value_; }
    [[nodiscard]] constexpr const scope_set* operator->() const noexcept { return &value_; }
    [[nodiscard]] constexpr scope_set value() const {
        if (!has_value()) {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
            throw bad_parse_result_access{};
#else
            std::abort();
#endif
        }
        return value_;
    }
    [[nodiscard]] constexpr scope_set value_or(scope_set fallback) const noexcept {
        return has_value() ? value_ : fallback;
    }
    // The error; code is errc{} when there is none.
    [[nodiscard]] constexpr const parse_error& error() const noexcept { return error_; }

    // A template only so that the std::span is built where skipped() is called: building one
    // in the class cost g++ 85 million instructions in every translation unit that includes it.
    template <class Skipped = skipped_scope>
    [[nodiscard]] constexpr std::span<const Skipped> skipped() const noexcept {
        return {skipped_.data(), skipped_count_ < max_reported_skips ? skipped_count_ : max_reported_skips};
    }
    [[nodiscard]] constexpr std::size_t skipped_count() const noexcept { return skipped_count_; }

private:
    friend class detail::parser;
    friend struct detail::parse_result_access;
    scope_set value_{};
    parse_error error_{};
    std::array<skipped_scope, max_reported_skips> skipped_{};
    std::size_t skipped_count_ = 0;
};

namespace detail {

// The longest token kept for lookups and suggestions; longer ones cannot be scopes.
inline constexpr std::size_t max_token_chars = 64;

struct token_text {
    std::array<char, max_token_chars> chars{};
    std::size_t size = 0;       // chars kept
    std::size_t full_size = 0;  // decoded chars in the token
    [[nodiscard]] constexpr bool complete() const noexcept { return size == full_size; }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars.data(), size}; }
    constexpr void push_back(char c) noexcept {
        if (size < chars.size()) chars[size++] = c;
        ++full_size;
    }
};

[[nodiscard]] constexpr char to_lower_ascii(char c) noexcept {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

[[nodiscard]] constexpr std::size_t edit_distance(std::string_view a, std::string_view b) noexcept {
    std::array<std::size_t, max_token_chars + 1> row{};
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitute = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min(std::min(above + 1, row[j - 1] + 1), substitute);
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The registry scope closest to text ignoring case: an exact case-insensitive match, else
// one within two edits (page:read -> pages:read), else nothing.
[[nodiscard]] constexpr std::optional<scope> closest_scope(std::string_view text) noexcept {
    if (text.size() > max_token_chars) return std::nullopt;
    std::array<char, max_token_chars> lower{};
    for (std::size_t i = 0; i < text.size(); ++i) lower[i] = to_lower_ascii(text[i]);
    const std::string_view folded{lower.data(), text.size()};
    if (auto exact = scope_from_string(folded)) return exact;
    std::optional<scope> best;
    std::size_t best_distance = 3;
    for (std::size_t i = 0; i < scope_count; ++i) {
        const std::size_t d = edit_distance(folded, scope_string(i));
        if (d < best_distance) {
            best_distance = d;
            best = scope::from_index(i);
        }
    }
    return best;
}

// How the parser sees one decoded byte.
enum class char_class : std::uint8_t {
    scope_char,
    colon,
    upper,
    space_separator,
    comma_separator,
    control,
    non_ascii,
    other
};

[[nodiscard]] constexpr char_class classify(decoded_unit unit) noexcept {
    const unsigned char b = unit.byte;
    if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_') return char_class::scope_char;
    if (b == ':') return char_class::colon;
    if (b >= 'A' && b <= 'Z') return char_class::upper;
    if (b == ' ') return char_class::space_separator;
    // A raw '+' is a space in a form-encoded query (URLSearchParams); an encoded %2B is a
    // literal '+', which Webflow rejects with invalid_scope.
    if (b == '+' && !unit.escaped()) return char_class::space_separator;
    if (b == ',') return char_class::comma_separator;
    if (b < 0x20 || b == 0x7F) return char_class::control;
    if (b >= 0x80) return char_class::non_ascii;
    return char_class::other;
}

[[nodiscard]] constexpr bool is_separator(char_class c) noexcept {
    return c == char_class::space_separator || c == char_class::comma_separator;
}

// ---- The fast path ---------------------------------------------------------------------------
// Most input is a list of known lower-case scopes with one plain separator between them. That
// case needs no decoding, no classification and no error bookkeeping: read each token as three
// words, find its end among them, then find it in a hash table where every scope has a slot
// of its own and its words inline: one probe, one compare. Anything else (an escape, a second
// separator, an unknown or duplicate scope) goes to the full parser below, which starts over
// and reports exactly what and where.

// Eight bytes of text from pos as a little-endian word (byte k in bits 8k), zeros past the end.
[[nodiscard]] constexpr std::uint64_t load_word(std::string_view text, std::size_t pos) noexcept {
    if (!std::is_constant_evaluated() && std::endian::native == std::endian::little && pos + 8 <= text.size()) {
        std::uint64_t word = 0;
        std::memcpy(&word, text.data() + pos, 8);
        return word;
    }
    std::uint64_t word = 0;
    for (std::size_t k = 0; k < 8 && pos + k < text.size(); ++k) {
        word |= std::uint64_t{static_cast<unsigned char>(text[pos + k])} << (8 * k);
    }
    return word;
}

// Scope strings are 8 to 24 bytes ("cms:read" .. "workspace_activity:read"): three words.
inline constexpr std::size_t min_scope_chars = 8;
inline constexpr std::size_t max_scope_chars = 24;
using scope_words = std::array<std::uint64_t, 3>;

// The low n bytes of a word (n <= 8).
[[nodiscard]] constexpr std::uint64_t low_bytes(std::uint64_t word, std::size_t n) noexcept {
    return n >= 8 ? word : word & ((std::uint64_t{1} << (8 * n)) - 1);
}

// The three words from text[pos], as load_word() reads them (zeros past the end). At run time
// with one bounds check for the three rather than one each: 3 to 5% fewer instructions for a
// list (callgrind).
[[nodiscard, gnu::always_inline]] constexpr scope_words load_scope_words(std::string_view text,
                                                                         std::size_t pos) noexcept {
    if (!std::is_constant_evaluated() && std::endian::native == std::endian::little &&
        pos + max_scope_chars <= text.size()) {
        std::uint64_t w0 = 0;
        std::uint64_t w1 = 0;
        std::uint64_t w2 = 0;
        std::memcpy(&w0, text.data() + pos, 8);
        std::memcpy(&w1, text.data() + pos + 8, 8);
        std::memcpy(&w2, text.data() + pos + 16, 8);
        return {w0, w1, w2};
    }
    return {load_word(text, pos), load_word(text, pos + 8), load_word(text, pos + 16)};
}

// A scope string as the fast path reads it: three words, zeros past the end.
[[nodiscard]] constexpr scope_words key_of(std::string_view text) noexcept { return load_scope_words(text, 0); }

// Multiplicative hash of all three words into 64 slots. The multiplier gives every registry
// scope a slot of its own; it was found by tools/find_scope_hash.py, and
// detail/registry_checks.hpp fails the tests' build when a registry change breaks that (the
// table still works then, probing on, but slower).
inline constexpr std::uint64_t scope_hash_multiplier = 0xc35333fc1ead97f5ULL;
inline constexpr int scope_hash_bits = 6;
inline constexpr std::size_t scope_hash_slots = std::size_t{1} << scope_hash_bits;
static_assert(scope_count < scope_hash_slots, "find_scope_key() stops at an empty slot: grow scope_hash_bits");

[[nodiscard]] constexpr std::size_t scope_hash(std::uint64_t w0, std::uint64_t w1, std::uint64_t w2,
                                               std::uint64_t multiplier = scope_hash_multiplier) noexcept {
    return static_cast<std::size_t>(((w0 ^ w1 ^ w2) * multiplier) >> (64 - scope_hash_bits));
}

// An empty slot holds zero words, which no token packs to (a token of eight bytes or more has
// a non-zero first word), and no_scope.
struct scope_slot {
    scope_words words{};
    std::uint8_t index = no_scope;
};

inline constexpr auto scope_hash_table = [] {
    std::array<scope_slot, scope_hash_slots> table{};
    for (std::size_t i = 0; i < scope_count; ++i) {
        const scope_words words = key_of(scope_string(i));
        std::size_t slot = scope_hash(words[0], words[1], words[2]);
        while (table[slot].index != no_scope) slot = (slot + 1) % scope_hash_slots;
        table[slot] = {words, static_cast<std::uint8_t>(i)};
    }
    return table;
}();

// The index of the scope whose string packs to w0, w1, w2 as key_of() packs it (zeros past the
// end); no_scope when there is none. Scope strings hold no zero byte, so equal words mean
// equal text. All-zero words (an empty token) match an empty slot: no_scope.
[[nodiscard]] constexpr std::uint8_t find_scope_key(std::uint64_t w0, std::uint64_t w1, std::uint64_t w2) noexcept {
    for (std::size_t slot = scope_hash(w0, w1, w2);; slot = (slot + 1) % scope_hash_slots) {
        const scope_slot& s = scope_hash_table[slot];
        if (((s.words[0] ^ w0) | (s.words[1] ^ w1) | (s.words[2] ^ w2)) == 0) return s.index;
        if (s.index == no_scope) return no_scope;
    }
}

// The bytes of w below '0', as 0x80 flags; the lowest flag is exact (higher ones may be
// borrows), and that is the only one used.
[[nodiscard]] constexpr std::uint64_t bytes_below_digit(std::uint64_t w) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    return (w - ones * 0x30) & ~w & (ones * 0x80);
}

// The scope whose string starts at text[pos] and ends at the next byte below '0' (every
// separator is below '0', no scope byte is) or at the end of text, which it stores in end;
// no_scope when there is none. A scope string is 8 to 24 bytes, so three words hold it and the
// first holds no end: no loop, and the word compares need no second read of the text.
// Inlined into parse_plain_list's loop (clang called it): 22% fewer instructions for a list.
[[nodiscard, gnu::always_inline]] constexpr std::uint8_t read_plain_scope(std::string_view text, std::size_t pos,
                                                                          std::size_t& end) noexcept {
    const scope_words words = load_scope_words(text, pos);
    const std::uint64_t w0 = words[0];
    std::uint64_t w1 = words[1];
    std::uint64_t w2 = words[2];
    if (bytes_below_digit(w0) != 0) return no_scope;
    // Past the end of text a word holds zeros, which are below '0': size never passes the end.
    std::size_t size = max_scope_chars;
    if (const std::uint64_t b1 = bytes_below_digit(w1); b1 != 0) {
        size = 8 + static_cast<std::size_t>(std::countr_zero(b1)) / 8;
        w1 = low_bytes(w1, size - 8);
        w2 = 0;
    } else if (const std::uint64_t b2 = bytes_below_digit(w2); b2 != 0) {
        size = 16 + static_cast<std::size_t>(std::countr_zero(b2)) / 8;
        w2 = low_bytes(w2, size - 16);
    } else if (pos + max_scope_chars < text.size() && static_cast<unsigned char>(text[pos + max_scope_chars]) >= '0') {
        return no_scope;  // longer than any scope
    }
    end = pos + size;
    return find_scope_key(w0, w1, w2);
}

[[nodiscard]] constexpr bool is_plain_separator(char c) noexcept { return c == ' ' || c == '+' || c == ','; }

// Adds the scopes of a plain list to out; false (out unchanged) when the full parser must decide.
[[nodiscard]] constexpr bool parse_plain_list(std::string_view input, bool strict, scope_set& out) noexcept {
    std::uint64_t found = 0;  // out changes only when the whole list is good
    std::size_t pos = 0;
    while (true) {
        std::size_t end = 0;
        const std::uint8_t i = read_plain_scope(input, pos, end);
        if (i == no_scope) return false;
        const std::uint64_t bit = std::uint64_t{1} << i;
        if (strict && (found & bit) != 0) return false;
        found |= bit;
        if (end == input.size()) break;
        if (!is_plain_separator(input[end])) return false;
        pos = end + 1;
    }
    out.insert(scope_set::from_bits(found));
    return true;
}

class parser {
public:
    constexpr parser(std::string_view input, parse_options options) noexcept
        : input_(input), strict_(options.mode == parse_mode::strict) {}

    constexpr parse_result run() noexcept {
        if (parse_plain_list(input_, strict_, result_.value_)) return result_;
        result_.value_ = {};
        if (input_.empty()) {
            if (strict_) fail(errc::empty_input, 0, 0);
            return result_;
        }
        std::size_t pos = 0;
        while (pos < input_.size() && !failed()) {
            pos = skip_separators(pos);
            if (failed() || pos == input_.size()) break;
            pos = read_scope(pos);
        }
        if (failed()) result_.value_ = {};
        return result_;
    }

private:
    [[nodiscard]] constexpr bool failed() const noexcept { return result_.error_.code != errc{}; }

    constexpr void fail(errc code, std::size_t offset, std::size_t length,
                        std::optional<scope> suggestion = {}) noexcept {
        if (!failed()) result_.error_ = {code, offset, length, suggestion};
    }

    // Consumes a run of separators from pos; strict mode allows exactly one between scopes
    // (", " counts as one) and none at either end.
    constexpr std::size_t skip_separators(std::size_t pos) noexcept {
        const std::size_t start = pos;
        std::size_t units = 0;
        bool first_is_comma = false;
        bool second_is_space = false;
        std::size_t extra_offset = 0;
        std::size_t extra_length = 0;
        while (pos < input_.size()) {
            const decoded_unit unit = decode_unit(input_, pos);
            if (!unit.valid) break;  // read_scope() reports it
            const char_class c = classify(unit);
            if (!is_separator(c)) break;
            if (units == 0) first_is_comma = c == char_class::comma_separator;
            if (units == 1) second_is_space = c == char_class::space_separator;
            if (units == 1 || (units == 2 && first_is_comma && second_is_space)) {
                extra_offset = pos;
                extra_length = unit.length;
            }
            ++units;
            pos += unit.length;
        }
        if (!strict_ || units == 0) return pos;
        if (start == 0) {
            fail(errc::leading_separator, 0, pos);
        } else if (pos == input_.size()) {
            fail(errc::trailing_separator, start, pos - start);
        } else if (units > 2 || (units == 2 && !(first_is_comma && second_is_space))) {
            fail(errc::empty_scope, extra_offset, extra_length);
        }
        return pos;
    }

    // Reads one token from pos (not a separator) up to the next separator or the end. One
    // loop over the token's characters, kept whole: the error precedence lives in its order.
    // NOLINTNEXTLINE(readability-function-cognitive-complexity)
    constexpr std::size_t read_scope(std::size_t pos) noexcept {
        const std::size_t start = pos;
        token_text text;
        bool has_upper = false;
        bool well_formed = true;  // [a-z][a-z0-9_]*:[a-z][a-z0-9_]* ignoring case
        bool at_part_start = true;
        std::size_t colons = 0;
        while (pos < input_.size()) {
            const decoded_unit unit = decode_unit(input_, pos);
            if (!unit.valid) {
                fail(errc::bad_percent_escape, pos, unit.length);
                return pos;
            }
            const char_class c = classify(unit);
            if (is_separator(c)) break;
            switch (c) {
                case char_class::control:
                    fail(errc::control_character, pos, unit.length);
                    return pos;
                case char_class::non_ascii:
                    fail(errc::non_ascii, pos, unit.length);
                    return pos;
                case char_class::other:
                    fail(errc::invalid_character, pos, unit.length);
                    return pos;
                case char_class::colon:
                    ++colons;
                    if (at_part_start) well_formed = false;
                    at_part_start = true;
                    break;
                case char_class::upper:
                    has_upper = true;
                    at_part_start = false;
                    break;
                default:
                    if (at_part_start && !(unit.byte >= 'a' && unit.byte <= 'z')) well_formed = false;
                    at_part_start = false;
                    break;
            }
            text.push_back(static_cast<char>(unit.byte));
            pos += unit.length;
        }
        if (colons != 1 || at_part_start) well_formed = false;
        const std::size_t length = pos - start;

        if (has_upper) {
            fail(errc::wrong_case, start, length, closest_scope(text.view()));
            return pos;
        }
        if (!well_formed) {
            if (colons == 1 && at_part_start) return spaced_scope(start, pos, text);
            fail(errc::malformed_scope, start, length, closest_scope(text.view()));
            return pos;
        }
        if (text.complete()) {
            if (const auto s = scope_from_string(text.view())) {
                if (!result_.value_.insert(*s) && strict_) fail(errc::duplicate_scope, start, length);
                return pos;
            }
        }
        // Well formed but not a registry scope.
        if (!strict_) {
            skip(start, length);
        } else if (known_resource_with_read_or_write(text)) {
            fail(errc::unsupported_access, start, length);
        } else {
            fail(errc::unknown_scope, start, length, closest_scope(text.view()));
        }
        return pos;
    }

    // "workspace_activity: read": a token ending in ':' followed by one space and a word
    // is one scope with a space in it. Anything else ending in ':' is malformed.
    constexpr std::size_t spaced_scope(std::size_t start, std::size_t colon_end, const token_text& head) noexcept {
        std::size_t pos = colon_end;
        if (pos < input_.size()) {
            const decoded_unit sep = decode_unit(input_, pos);
            if (sep.valid && classify(sep) == char_class::space_separator) {
                pos += sep.length;
                token_text joined = head;
                bool word = false;
                while (pos < input_.size()) {
                    const decoded_unit unit = decode_unit(input_, pos);
                    if (!unit.valid || classify(unit) != char_class::scope_char) break;
                    joined.push_back(static_cast<char>(unit.byte));
                    word = true;
                    pos += unit.length;
                }
                const bool word_ends = pos == input_.size() || is_separator(classify(decode_unit(input_, pos)));
                if (word && word_ends) {
                    fail(errc::space_in_scope, start, pos - start, closest_scope(joined.view()));
                    return pos;
                }
            }
        }
        fail(errc::malformed_scope, start, colon_end - start, closest_scope(head.view()));
        return colon_end;
    }

    [[nodiscard]] static constexpr bool known_resource_with_read_or_write(const token_text& text) noexcept {
        const std::string_view t = text.view();
        const std::size_t colon = t.find(':');
        return text.complete() && index_of_name(t.substr(0, colon), registry_rows) < resource_count &&
               index_of_name(t.substr(colon + 1), access_names) < access_count;
    }

    constexpr void skip(std::size_t offset, std::size_t length) noexcept {
        if (result_.skipped_count_ < parse_result::max_reported_skips) {
            result_.skipped_[result_.skipped_count_] = {offset, length};
        }
        ++result_.skipped_count_;
    }

    std::string_view input_;
    bool strict_;
    parse_result result_{};
};

}  // namespace detail

// Parses a scope parameter ("assets:read cms:write", "assets%3Aread%20cms%3Awrite",
// "sites%3Aread+cms%3Awrite") or a granted-scope list ("assets:read,assets:write").
[[nodiscard]] constexpr parse_result parse(std::string_view text, parse_options options = {}) noexcept {
    return detail::parser{text, options}.run();
}

// The bool twin of parse(), for static_assert(!is_valid("cms:reed")).
[[nodiscard]] constexpr bool is_valid(std::string_view text, parse_options options = {}) noexcept {
    return parse(text, options).has_value();
}

}  // namespace webflow::scopes

#endif
