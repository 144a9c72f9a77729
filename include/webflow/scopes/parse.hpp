// parse(): a scope parameter or a granted-scope list into a scope_set, in one linear pass
// with no allocation and no recursion, at run time and in constant expressions. Every
// failure says what (errc, message) and where (offset and length into the raw input).
#ifndef WEBFLOW_SCOPES_PARSE_HPP
#define WEBFLOW_SCOPES_PARSE_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "webflow/scopes/detail/chars.hpp"
#include "webflow/scopes/detail/enum_support.hpp"
#include "webflow/scopes/percent.hpp"
#include "webflow/scopes/registry.hpp"
#include "webflow/scopes/result.hpp"
#include "webflow/scopes/scope.hpp"
#include "webflow/scopes/scope_hash.hpp"
#include "webflow/scopes/scope_set.hpp"
#include "webflow/scopes/static_string.hpp"
#include "webflow/scopes/suggest.hpp"

namespace webflow::scopes {

// What went wrong with a scope list. A new reason is a new enumerator and its row below.
enum class errc : std::uint8_t {
    none,
    empty_input,         // "" (strict)
    empty_scope,         // two separators in a row: "cms:read  cms:write", "a,,b" (strict)
    leading_separator,   // " cms:read" (strict)
    trailing_separator,  // "cms:read," (strict)
    malformed_scope,     // not prefix:action: "cms", "cms:", ":read", "cms:read:x"
    space_in_scope,      // "workspace_activity: read", a typo printed in Webflow's docs
    wrong_case,          // "CMS:read": scopes are lower case
    unknown_scope,       // "cms:reed", "nosuch:read"
    unsupported_access,  // "authorized_user:write": the resource does not offer the action
    duplicate_scope,     // "cms:read cms:read" (strict)
    bad_percent_escape,  // "%3", "%zz"
    control_character,   // a byte below 0x20 or 0x7F, raw or encoded ("%00")
    non_ascii,           // a byte of 0x80 or above, raw or encoded
    invalid_character,   // outside a-z 0-9 _ - : (strict), or '"' and '\' (outside RFC 6749's scope-token)
};
template <>
inline constexpr auto detail::enum_rows<errc> = rows_through<errc::invalid_character>({
    name_and_message{"none"sv, "no error"sv},
    name_and_message{"empty_input"sv, "empty scope list"sv},
    name_and_message{"empty_scope"sv, "empty scope between two separators"sv},
    name_and_message{"leading_separator"sv, "separator before the first scope"sv},
    name_and_message{"trailing_separator"sv, "separator after the last scope"sv},
    name_and_message{"malformed_scope"sv, "malformed scope: expected resource:action"sv},
    name_and_message{"space_in_scope"sv, "space inside a scope"sv},
    name_and_message{"wrong_case"sv, "scopes are lower case"sv},
    name_and_message{"unknown_scope"sv, "unknown scope"sv},
    name_and_message{"unsupported_access"sv, "the resource does not offer this action"sv},
    name_and_message{"duplicate_scope"sv, "duplicate scope"sv},
    name_and_message{"bad_percent_escape"sv, "bad percent escape: expected % and two hex digits"sv},
    name_and_message{"control_character"sv, "control character"sv},
    name_and_message{"non_ascii"sv, "non-ASCII byte"sv},
    name_and_message{"invalid_character"sv, "character not allowed in a scope"sv},
});
inline constexpr std::size_t errc_count = detail::enum_rows<errc>.size();
inline constexpr detail::from_string_fn<errc> errc_from_string{};

struct parse_error {
    errc code = errc::none;
    std::size_t offset = 0;             // into the raw (still encoded) input
    std::size_t length = 0;             // raw bytes of the offending part; 0 only for empty_input
    std::optional<scope> suggestion{};  // the scope that was probably meant, if any

    // The problem, as a fixed phrase (static storage: safe to keep).
    [[nodiscard]] constexpr std::string_view message() const noexcept { return scopes::message(code); }

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
                const bool escape = u < 0x20 || u >= 0x7F || u == '\\' || u == '\'';
                const std::array<char, 4> hex{'\\', 'x', detail::upper_hex_digits[u >> 4],
                                              detail::upper_hex_digits[u & 0x0F]};
                out.append(escape ? std::string_view{hex.data(), hex.size()} : part.substr(i, 1));
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
    // comma, or a comma and one space), none before or after; anything but a known scope,
    // once, is an error.
    strict,
    // For what a server returns: separators in any number and place, duplicates merged, and
    // every RFC 6749 scope token that is not a known scope skipped and reported, never stored.
    lenient,
};
template <>
inline constexpr auto detail::enum_rows<parse_mode> = rows_through<parse_mode::lenient>({"strict"sv, "lenient"sv});
inline constexpr std::size_t parse_mode_count = detail::enum_rows<parse_mode>.size();
inline constexpr detail::from_string_fn<parse_mode> parse_mode_from_string{};

struct parse_options {
    parse_mode mode = parse_mode::strict;

    constexpr parse_options() noexcept = default;
    // NOLINTNEXTLINE(google-explicit-constructor): parse(s, parse_mode::lenient)
    constexpr parse_options(parse_mode m) noexcept : mode(m) {}
};

// A token the lenient parser left out: where it is, and why it is not a scope.
struct skipped_scope {
    std::size_t offset = 0;
    std::size_t length = 0;
    errc reason = errc::none;  // all zero by default: every parse_result builds eight of these
    friend constexpr bool operator==(const skipped_scope&, const skipped_scope&) noexcept = default;
};

// The reported skips of a parse_result, as a range.
class skipped_scopes {
public:
    constexpr skipped_scopes(const skipped_scope* first, std::size_t count) noexcept : first_(first), count_(count) {}
    [[nodiscard]] constexpr const skipped_scope* begin() const noexcept { return first_; }
    // NOLINTNEXTLINE(cppcoreguidelines-pro-bounds-pointer-arithmetic): within the reported skips
    [[nodiscard]] constexpr const skipped_scope* end() const noexcept { return first_ + count_; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return count_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return count_ == 0; }
    // NOLINTNEXTLINE(cppcoreguidelines-pro-bounds-pointer-arithmetic): i < size()
    [[nodiscard]] constexpr const skipped_scope& operator[](std::size_t i) const noexcept { return first_[i]; }

private:
    const skipped_scope* first_;
    std::size_t count_;
};

namespace detail {
class parser;
struct parse_result_access;  // granted.hpp builds results from several parses
}  // namespace detail

// Kept for code written against 0.3: value() on an error throws bad_result_access.
using bad_parse_result_access = bad_result_access;

// A result<scope_set, parse_error>, plus the lenient parser's report of what it skipped: the
// first max_reported_skips of them, and how many there were.
class parse_result : public result<scope_set, parse_error> {
public:
    static constexpr std::size_t max_reported_skips = 8;

    constexpr parse_result() noexcept = default;

    [[nodiscard]] constexpr skipped_scopes skipped() const noexcept {
        return {skipped_.data(), skipped_count_ < max_reported_skips ? skipped_count_ : max_reported_skips};
    }
    // Every skipped token, reported or not.
    [[nodiscard]] constexpr std::size_t skipped_count() const noexcept { return skipped_count_; }

private:
    friend class detail::parser;
    friend struct detail::parse_result_access;
    // An error leaves nothing half-parsed: no scopes and no skips.
    constexpr void fail(parse_error e) noexcept {
        value_ = {};
        error_ = e;
        has_value_ = false;
        skipped_count_ = 0;
    }
    constexpr void record_skip(skipped_scope s) noexcept {
        if (skipped_count_ < max_reported_skips) skipped_[skipped_count_] = s;
        ++skipped_count_;
    }
    std::array<skipped_scope, max_reported_skips> skipped_{};
    std::size_t skipped_count_ = 0;
};

namespace detail {

// ---- The fast path ---------------------------------------------------------------------------
// Most input is a list of known lower-case scopes with one plain separator between them. That
// case needs no decoding, no classification and no error bookkeeping: read each token as a
// key of words, find its end among them, then look it up in a hash table where every scope
// has a slot of its own and its key inline: one probe, one compare. Anything else goes to the
// full parser below, which starts over and reports exactly what and where.

// The eight bytes at p as one word, in native byte order.
[[nodiscard, gnu::always_inline]] inline std::uint64_t unaligned_word(const char* p) noexcept {
    std::uint64_t word = 0;
    std::memcpy(&word, p, 8);
    return word;
}

// Eight bytes of text from pos as a little-endian word (byte k in bits 8k), zeros past the end.
[[nodiscard]] constexpr std::uint64_t load_word(std::string_view text, std::size_t pos) noexcept {
    if (!std::is_constant_evaluated() && std::endian::native == std::endian::little && pos + 8 <= text.size()) {
        return unaligned_word(text.data() + pos);
    }
    std::uint64_t word = 0;
    for (std::size_t k = 0; k < 8 && pos + k < text.size(); ++k) {
        word |= std::uint64_t{static_cast<unsigned char>(text[pos + k])} << (8 * k);
    }
    return word;
}

// Enough words for the registry's longest scope string.
inline constexpr std::size_t key_words = (max_scope_size + 7) / 8;
inline constexpr std::size_t key_chars = key_words * 8;
// The fast path takes the word indices as a pack, so that every word has a constant index and
// a key is built whole: g++ keeps a key filled in place by a loop in memory.
inline constexpr std::make_index_sequence<key_words> key_indices{};
// A C array in a struct, not std::array: the literals read keys in constant evaluation, where
// every std::array::operator[] is a call the compiler interprets.
struct scope_key {
    std::uint64_t words[key_words]{};  // NOLINT(modernize-avoid-c-arrays)
};

// The key words from text[pos], as load_word() reads them (zeros past the end); at run time
// with one bounds check for all and one load a word (after one memcpy of the whole key, g++
// reads each word back through its stores, and waits for them).
template <std::size_t... K>
[[nodiscard, gnu::always_inline]] constexpr scope_key load_key(std::string_view text, std::size_t pos,
                                                               std::index_sequence<K...> /*words*/) noexcept {
    if (!std::is_constant_evaluated() && std::endian::native == std::endian::little && pos + key_chars <= text.size()) {
        return scope_key{{unaligned_word(text.data() + pos + 8 * K)...}};
    }
    return scope_key{{load_word(text, pos + 8 * K)...}};
}

// A scope string as the fast path reads it.
[[nodiscard]] constexpr scope_key key_of(std::string_view text) noexcept { return load_key(text, 0, key_indices); }

inline constexpr std::size_t scope_hash_slots = std::size_t{1} << scope_hash_bits;
static_assert(scope_count < scope_hash_slots, "find_scope_key() stops at an empty slot: run tools/regenerate");

template <std::size_t... K>
[[nodiscard, gnu::always_inline]] constexpr std::uint64_t xor_of_words(const scope_key& key,
                                                                       std::index_sequence<K...> /*words*/) noexcept {
    return (key.words[K] ^ ...);
}
// The home slot of a key. A slot number fits in 32 bits; through uint32_t, no cast is useless
// on 64-bit targets.
[[nodiscard, gnu::always_inline]] constexpr std::size_t scope_hash(
    const scope_key& key, std::uint64_t multiplier = scope_hash_multiplier) noexcept {
    return static_cast<std::uint32_t>((xor_of_words(key, key_indices) * multiplier) >> (64 - scope_hash_bits));
}

// An empty slot holds a zero key, which only an empty token packs to, and no_scope.
struct scope_slot {
    scope_key key{};
    std::uint8_t index = no_scope;
};

struct scope_hash_slots_t {
    scope_slot slots[scope_hash_slots];  // NOLINT(modernize-avoid-c-arrays)
};
inline constexpr scope_hash_slots_t scope_hash_table = [] {
    scope_hash_slots_t table{};
    for (std::size_t i = 0; i < scope_count; ++i) {
        const scope_key key = key_of(scope_string(i));
        std::size_t slot = scope_hash(key);
        while (table.slots[slot].index != no_scope) slot = (slot + 1) % scope_hash_slots;
        table.slots[slot] = {key, static_cast<std::uint8_t>(i)};
    }
    return table;
}();

// The index of the scope whose key is key, or no_scope. Scope strings hold no zero byte, so
// equal keys mean equal text.
template <std::size_t... K>
[[nodiscard, gnu::always_inline]] constexpr std::uint8_t find_scope_key(const scope_key& key,
                                                                        std::index_sequence<K...> /*words*/) noexcept {
    for (std::size_t slot = scope_hash(key);; slot = (slot + 1) % scope_hash_slots) {
        const scope_slot& s = scope_hash_table.slots[slot];
        if (((s.key.words[K] ^ key.words[K]) | ...) == 0) return s.index;
        if (s.index == no_scope) return no_scope;
    }
}

// The bytes of w below lowest_name_char, as 0x80 flags; the lowest flag is exact (higher ones
// may be borrows), and that is the only one used.
[[nodiscard]] constexpr std::uint64_t bytes_below_name_chars(std::uint64_t w) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    return (w - ones * static_cast<unsigned char>(lowest_name_char)) & ~w & (ones * 0x80);
}

// read_plain_scope's token ends in word E or after (past the end of text a word holds zeros,
// which end it: it never passes the end). A branch a word, so each builds its key from constants.
template <std::size_t E, std::size_t... K>
[[nodiscard, gnu::always_inline]] constexpr std::uint8_t read_plain_scope_from(
    std::string_view text, std::size_t pos, std::size_t& end, const scope_key& raw,
    std::index_sequence<K...> words) noexcept {
    if constexpr (E == key_words) {
        if (pos + key_chars < text.size() &&
            static_cast<unsigned char>(text[pos + key_chars]) >= static_cast<unsigned char>(lowest_name_char)) {
            return no_scope;  // longer than any scope
        }
        end = pos + key_chars;
        return find_scope_key(raw, words);
    } else {
        const std::uint64_t below = bytes_below_name_chars(raw.words[E]);
        if (below == 0) return read_plain_scope_from<E + 1>(text, pos, end, raw, words);
        end = pos + 8 * E + static_cast<std::size_t>(std::countr_zero(below)) / 8;
        const std::uint64_t keep = ((below & (0 - below)) >> 7) - 1;  // the bytes before the end
        return find_scope_key(scope_key{{(K < E ? raw.words[K] : K == E ? raw.words[K] & keep : 0)...}}, words);
    }
}

// The scope whose string starts at text[pos] and ends at the next byte below lowest_name_char
// (every separator is, no scope byte is) or at the end of text, which it stores in end;
// no_scope when there is none. Inlined into parse_plain_list's loop, words by key_indices.
template <std::size_t... K>
[[nodiscard, gnu::always_inline]] constexpr std::uint8_t read_plain_scope(std::string_view text, std::size_t pos,
                                                                          std::size_t& end,
                                                                          std::index_sequence<K...> words) noexcept {
    constexpr std::size_t whole = registry_scope_text.shortest / 8;  // words inside every scope
    const scope_key raw = load_key(text, pos, words);
    if (((K < whole && bytes_below_name_chars(raw.words[K]) != 0) || ...)) return no_scope;
    return read_plain_scope_from<whole>(text, pos, end, raw, words);
}

// Adds the scopes of a plain list to out; false (out unchanged) when the full parser must decide.
[[nodiscard]] constexpr bool parse_plain_list(std::string_view input, bool strict, scope_set& out) noexcept {
    std::uint64_t found = 0;  // out changes only when the whole list is good
    std::size_t pos = 0;
    while (true) {
        std::size_t end = 0;
        const std::uint8_t i = read_plain_scope(input, pos, end, key_indices);
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

// ---- The full parser -------------------------------------------------------------------------

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

// How the parser sees one decoded byte.
enum class char_class : std::uint8_t {
    name,             // a-z 0-9 _ -
    colon,            // :
    upper,            // A-Z
    space_separator,  // ' ', %20, a raw '+'
    comma_separator,  // ',', %2C
    control,          // below 0x20, 0x7F
    non_ascii,        // 0x80 and above
    outside_rfc6749,  // '"' and '\': no scope token holds them
    other,            // the rest of RFC 6749's scope-token characters
};

[[nodiscard]] constexpr char_class classify(decoded_unit unit) noexcept {
    const unsigned char b = unit.byte;
    const char c = static_cast<char>(b);
    if (is_name_char(c)) return char_class::name;
    if (c == ':') return char_class::colon;
    if (is_upper_letter(c)) return char_class::upper;
    // A raw '+' is a space in a form-encoded query (URLSearchParams); an encoded %2B is a
    // literal '+', which Webflow rejects with invalid_scope.
    if (c == ' ' || (c == '+' && !unit.escaped())) return char_class::space_separator;
    if (c == ',') return char_class::comma_separator;
    if (b < 0x20 || b == 0x7F) return char_class::control;
    if (b >= 0x80) return char_class::non_ascii;
    if (!is_scope_token_char(b)) return char_class::outside_rfc6749;
    return char_class::other;
}

[[nodiscard]] constexpr bool is_separator(char_class c) noexcept {
    return c == char_class::space_separator || c == char_class::comma_separator;
}

class parser {
public:
    constexpr parser(std::string_view input, parse_options options) noexcept
        : input_(input), strict_(options.mode == parse_mode::strict) {}

    // The fast path fills a local result, returned in place; only the full parser builds one.
    static constexpr parse_result parse(std::string_view input, parse_options options) noexcept {
        parse_result plain;
        if (parse_plain_list(input, options.mode == parse_mode::strict, plain.value_)) return plain;
        return parser{input, options}.run();
    }

    constexpr parse_result run() noexcept {
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
        return result_;
    }

private:
    [[nodiscard]] constexpr bool failed() const noexcept { return !result_.has_value_; }

    constexpr void fail(errc code, std::size_t offset, std::size_t length,
                        std::optional<scope> suggestion = {}) noexcept {
        if (!failed()) result_.fail({code, offset, length, suggestion});
    }

    // A character that ends the parse wherever it stands (errc::none for the others).
    [[nodiscard]] constexpr errc hard_error(char_class c) const noexcept {
        if (c == char_class::control) return errc::control_character;
        if (c == char_class::non_ascii) return errc::non_ascii;
        const bool invalid = c == char_class::outside_rfc6749 || (c == char_class::other && strict_);
        return invalid ? errc::invalid_character : errc::none;
    }

    // A token that is not a known scope: an error in strict mode, skipped in lenient mode.
    constexpr void reject(errc code, std::size_t offset, std::size_t length, const token_text& text) noexcept {
        if (strict_) {
            fail(code, offset, length, code == errc::unsupported_access ? std::nullopt : suggest_scope(text.view()));
            return;
        }
        result_.record_skip({offset, length, code});
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
        bool has_other = false;
        std::size_t colons = 0;
        std::size_t part = 0;     // name characters since the start or the last colon
        bool empty_part = false;  // a colon with nothing before it
        while (pos < input_.size()) {
            const decoded_unit unit = decode_unit(input_, pos);
            if (!unit.valid) {
                fail(errc::bad_percent_escape, pos, unit.length);
                return pos;
            }
            const char_class c = classify(unit);
            if (is_separator(c)) break;
            if (const errc hard = hard_error(c); hard != errc::none) {
                fail(hard, pos, unit.length);
                return pos;
            }
            switch (c) {
                case char_class::other:
                    has_other = true;
                    break;
                case char_class::colon:
                    ++colons;
                    if (part == 0) empty_part = true;
                    part = 0;
                    break;
                case char_class::upper:
                    has_upper = true;
                    ++part;
                    break;
                default:
                    ++part;
                    break;
            }
            text.push_back(static_cast<char>(unit.byte));
            pos += unit.length;
        }
        const std::size_t length = pos - start;
        const bool one_colon = colons == 1 && !empty_part;
        if (has_other || has_upper || !one_colon || part == 0) {
            if (!has_other && !has_upper && one_colon) return spaced_scope(start, pos, text);
            reject(has_other ? errc::invalid_character : (has_upper ? errc::wrong_case : errc::malformed_scope), start,
                   length, text);
            return pos;
        }
        if (text.complete()) {
            if (const auto s = scope_from_string(text.view())) {
                if (!result_.value_.insert(*s) && strict_) fail(errc::duplicate_scope, start, length);
                return pos;
            }
        }
        reject(known_resource_and_action(text) ? errc::unsupported_access : errc::unknown_scope, start, length, text);
        return pos;
    }

    // "workspace_activity: read": a token ending in ':' followed by one space and a word is
    // one scope with a space in it. Anything else ending in ':' is malformed.
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
                    if (!unit.valid || classify(unit) != char_class::name) break;
                    joined.push_back(static_cast<char>(unit.byte));
                    word = true;
                    pos += unit.length;
                }
                const bool word_ends = pos == input_.size() || is_separator(classify(decode_unit(input_, pos)));
                if (word && word_ends) {
                    reject(errc::space_in_scope, start, pos - start, joined);
                    return pos;
                }
            }
        }
        reject(errc::malformed_scope, start, colon_end - start, head);
        return colon_end;
    }

    [[nodiscard]] static constexpr bool known_resource_and_action(const token_text& text) noexcept {
        const std::string_view t = text.view();
        const std::size_t colon = t.find(':');
        return text.complete() && index_of_name(t.substr(0, colon), registry_rows) < resource_count &&
               index_of_name(t.substr(colon + 1), enum_rows<access>) < access_count;
    }

    std::string_view input_;
    bool strict_;
    parse_result result_{};
};

#if WEBFLOW_SCOPES_COMPILED
// The run-time body of parse(), compiled once in the webflow::scopes_compiled library.
[[nodiscard]] parse_result compiled_parse(std::string_view text, parse_options options) noexcept;
#endif

}  // namespace detail

// Parses a scope parameter ("assets:read cms:write", "assets%3Aread%20cms%3Awrite",
// "sites%3Aread+cms%3Awrite") or a granted-scope list ("assets:read,assets:write").
[[nodiscard]] constexpr parse_result parse(std::string_view text, parse_options options = {}) noexcept {
#if WEBFLOW_SCOPES_COMPILED
    if (!std::is_constant_evaluated()) return detail::compiled_parse(text, options);
#endif
    return detail::parser::parse(text, options);
}

// Where a scope is written in a scope list: offset and length into the raw input.
struct scope_location {
    std::size_t offset = 0;
    std::size_t length = 0;
    friend constexpr bool operator==(const scope_location&, const scope_location&) noexcept = default;
};

// Where s is written in input (raw, possibly percent-encoded), split as parse() splits it;
// {input.size(), 0} when it is not there. For pointing at a scope a check rejected.
[[nodiscard]] constexpr scope_location locate_scope(std::string_view input, scope s) noexcept {
    const std::string_view wanted = to_string(s);
    std::size_t pos = 0;
    while (pos < input.size()) {
        const std::size_t start = pos;
        std::size_t matched = 0;
        bool same = true;
        while (pos < input.size()) {
            const decoded_unit unit = decode_unit(input, pos);
            if (unit.valid && detail::is_separator(detail::classify(unit))) break;
            same = same && unit.valid && matched < wanted.size() && static_cast<char>(unit.byte) == wanted[matched];
            ++matched;
            pos += unit.length;
        }
        if (pos == start) {
            pos += decode_unit(input, pos).length;  // a separator
        } else if (same && matched == wanted.size()) {
            return {start, pos - start};
        }
    }
    return {input.size(), 0};
}

// The bool twin of parse(), for static_assert(!is_valid("cms:reed")).
[[nodiscard]] constexpr bool is_valid(std::string_view text, parse_options options = {}) noexcept {
    return parse(text, options).has_value();
}

}  // namespace webflow::scopes

#endif
