// parse() in every mode against properties and an independent oracle: errors point inside
// the input, a success joins back to the same set, strict success implies lenient success,
// and a second, deliberately naive parser (decode first, then split) agrees on the verdict
// and the set, and in lenient mode on every skip (offset, length, reason) and on the error.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <webflow/scopes.hpp>

#include "fuzz_check.hpp"

namespace {

using namespace webflow::scopes;

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// One decoded byte and where it came from.
struct unit {
    unsigned char byte = 0;
    bool escaped = false;
    std::size_t offset = 0;
    std::size_t length = 0;
};

struct decoded {
    std::vector<unit> units;
    bool bad_escape = false;  // the text stops there
    std::size_t bad_offset = 0;
    std::size_t bad_length = 0;
};

decoded naive_decode(std::string_view in) {
    decoded out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out.units.push_back({static_cast<unsigned char>(in[i]), false, i, 1});
            continue;
        }
        const int high = i + 1 < in.size() ? hex_digit(in[i + 1]) : -1;
        const int low = i + 2 < in.size() ? hex_digit(in[i + 2]) : -1;
        if (high < 0 || low < 0) {
            out.bad_escape = true;
            out.bad_offset = i;
            // The '%' and the digits looked at, up to the bad one.
            out.bad_length =
                high < 0 ? std::min<std::size_t>(2, in.size() - i) : std::min<std::size_t>(3, in.size() - i);
            return out;
        }
        out.units.push_back({static_cast<unsigned char>(high * 16 + low), true, i, 3});
        i += 2;
    }
    return out;
}

// ' ' (raw or %20), a raw '+' (form encoding) and ',' (raw or %2C) separate scopes; an
// encoded '+' is a literal '+'.
bool is_space_separator(const unit& u) { return u.byte == ' ' || (u.byte == '+' && !u.escaped); }
bool is_separator(const unit& u) { return is_space_separator(u) || u.byte == ','; }
// RFC 6749's NQCHAR is %x21 / %x23-5B / %x5D-7E; the rest fails the whole input.
bool outside_scope_grammar(unsigned char b) { return b < 0x21 || b == '"' || b == '\\' || b > 0x7E; }
bool is_name(unsigned char b) { return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_' || b == '-'; }
bool is_upper(unsigned char b) { return b >= 'A' && b <= 'Z'; }

std::optional<scope> registry_scope(std::string_view token) {
    for (scope s : scope_set::all()) {
        if (to_string(s) == token) return s;
    }
    return std::nullopt;
}

// prefix:action where the prefix is a registry row and the action an access name.
bool known_parts(std::string_view token) {
    const std::size_t colon = token.find(':');
    const std::string_view prefix = token.substr(0, colon);
    const std::string_view action = token.substr(colon + 1);
    const bool row = std::ranges::any_of(registry(), [&](const resource_info& r) { return r.name == prefix; });
    bool act = false;
    for (std::size_t i = 0; i < access_count; ++i) act = act || to_string(static_cast<access>(i)) == action;
    return row && act;
}

struct token {
    std::string text;
    std::size_t begin = 0;       // first unit
    std::size_t end = 0;         // one past the last unit
    std::size_t offset = 0;      // raw
    std::size_t raw_length = 0;  // raw
};

std::vector<token> split_tokens(const std::vector<unit>& units) {
    std::vector<token> out;
    std::size_t i = 0;
    while (i < units.size()) {
        if (is_separator(units[i])) {
            ++i;
            continue;
        }
        token t;
        t.begin = i;
        t.offset = units[i].offset;
        while (i < units.size() && !is_separator(units[i])) t.text.push_back(static_cast<char>(units[i++].byte));
        t.end = i;
        t.raw_length = units[i - 1].offset + units[i - 1].length - t.offset;
        out.push_back(t);
    }
    return out;
}

struct oracle_result {
    bool ok = false;
    scope_set set{};
    std::vector<skipped_scope> skipped;
    parse_error error{};  // code, offset and length only
};

// Strict: token (sep token)*, sep being ' ', ',' or ", "; every token a registry scope, once.
bool naive_strict(std::string_view in, scope_set& set) {
    const decoded d = naive_decode(in);
    if (d.bad_escape || d.units.empty()) return false;
    for (const unit& u : d.units) {
        if (outside_scope_grammar(u.byte) && u.byte != ' ') return false;
    }
    const std::vector<token> tokens = split_tokens(d.units);
    if (tokens.empty() || tokens.front().begin != 0 || tokens.back().end != d.units.size()) return false;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const auto s = registry_scope(tokens[k].text);
        if (!s || set.contains(*s)) return false;
        set.insert(*s);
        if (k == 0) continue;
        const std::size_t gap = tokens[k].begin - tokens[k - 1].end;
        const bool comma_space =
            gap == 2 && d.units[tokens[k - 1].end].byte == ',' && is_space_separator(d.units[tokens[k - 1].end + 1]);
        if (gap != 1 && !comma_space) return false;
    }
    return true;
}

bool all_name(std::string_view text) {
    return std::ranges::all_of(text, [](char c) { return is_name(static_cast<unsigned char>(c)); });
}

// Why a token (no separator, no byte outside the grammar) is no scope: errc::none for a
// registry scope.
errc token_verdict(std::string_view text) {
    const bool other = std::ranges::any_of(text, [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return !is_name(b) && !is_upper(b) && b != ':';
    });
    if (other) return errc::invalid_character;
    if (std::ranges::any_of(text, [](char c) { return is_upper(static_cast<unsigned char>(c)); })) {
        return errc::wrong_case;
    }
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == text.size() ||
        text.find(':', colon + 1) != std::string_view::npos) {
        return errc::malformed_scope;
    }
    if (registry_scope(text)) return errc::none;
    return known_parts(text) ? errc::unsupported_access : errc::unknown_scope;
}

// "workspace_activity: read": a token "name:", one space, then a token of name characters.
bool spaced_scope(const decoded& d, const token& head, const token* next) {
    const std::string_view text = head.text;
    return next != nullptr && text.size() > 1 && text.back() == ':' && all_name(text.substr(0, text.size() - 1)) &&
           next->begin == head.end + 1 && is_space_separator(d.units[head.end]) && all_name(next->text);
}

// Lenient: separators anywhere; a byte outside the scope grammar or a bad escape fails the
// input at the first one; every other token is a registry scope (kept) or skipped with why.
oracle_result naive_lenient(std::string_view in) {
    const decoded d = naive_decode(in);
    oracle_result r;
    for (const unit& u : d.units) {
        if (is_separator(u) || !outside_scope_grammar(u.byte)) continue;
        const errc code = u.byte < 0x20 || u.byte == 0x7F ? errc::control_character
                          : u.byte >= 0x80                ? errc::non_ascii
                                                          : errc::invalid_character;
        r.error = {code, u.offset, u.length};
        return r;
    }
    if (d.bad_escape) {
        r.error = {errc::bad_percent_escape, d.bad_offset, d.bad_length};
        return r;
    }
    const std::vector<token> tokens = split_tokens(d.units);
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const token& t = tokens[k];
        const errc verdict = token_verdict(t.text);
        if (verdict == errc::none) {
            r.set.insert(*registry_scope(t.text));
        } else if (verdict == errc::malformed_scope &&
                   spaced_scope(d, t, k + 1 < tokens.size() ? &tokens[k + 1] : nullptr)) {
            const token& word = tokens[++k];
            r.skipped.push_back({t.offset, word.offset + word.raw_length - t.offset, errc::space_in_scope});
        } else {
            r.skipped.push_back({t.offset, t.raw_length, verdict});
        }
    }
    r.ok = true;
    return r;
}

bool skip_reason(errc e) {
    return e == errc::invalid_character || e == errc::wrong_case || e == errc::malformed_scope ||
           e == errc::space_in_scope || e == errc::unsupported_access || e == errc::unknown_scope;
}

void check_shape(std::string_view input, const parse_result& r, parse_mode mode) {
    if (!r) {
        const parse_error& e = r.error();
        FUZZ_CHECK(e.code != errc::none);
        FUZZ_CHECK(e.offset <= input.size() && e.length <= input.size() - e.offset);
        FUZZ_CHECK(e.length > 0 || (input.empty() && e.code == errc::empty_input));
        FUZZ_CHECK((*r).empty());
        FUZZ_CHECK(!e.message().empty());
        FUZZ_CHECK(!to_string(e.code).empty());
        const auto described = e.describe(input);
        FUZZ_CHECK(described.size() <= described.capacity());
        return;
    }
    FUZZ_CHECK(r.error().code == errc::none);
    FUZZ_CHECK(mode == parse_mode::lenient || r.skipped_count() == 0);
    FUZZ_CHECK(r.skipped().size() == std::min(r.skipped_count(), parse_result::max_reported_skips));
    for (const skipped_scope& s : r.skipped()) {
        FUZZ_CHECK(s.offset < input.size() && s.length > 0 && s.length <= input.size() - s.offset);
        FUZZ_CHECK(skip_reason(s.reason));
    }
    // parse(join(parse(x))) == parse(x), with every separator join and the URL encoding use.
    const scope_set set = *r;
    if (set.empty()) {
        FUZZ_CHECK(parse(join(set), parse_mode::lenient).value_or(scope_set::all()).empty());
        return;
    }
    for (std::string_view separator : {" ", ",", ", ", "+"}) {
        const std::string joined = join(set, separator);
        const parse_result again = parse(joined);
        FUZZ_CHECK(again.has_value() && *again == set);
        FUZZ_CHECK(parse(joined, mode).value_or({}) == set);
    }
    FUZZ_CHECK(parse(encode_scope_param(set)).value_or({}) == set);
    FUZZ_CHECK(static_join(set).view() == join(set));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = fuzz::as_text(data, size);
    const parse_result strict = parse(input);
    const parse_result lenient = parse(input, parse_mode::lenient);
    check_shape(input, strict, parse_mode::strict);
    check_shape(input, lenient, parse_mode::lenient);

    // Lenient forgives only what strict would also accept or skip.
    if (strict) FUZZ_CHECK(lenient.has_value() && *lenient == *strict && lenient.skipped_count() == 0);
    if (!lenient) FUZZ_CHECK(!strict.has_value());
    FUZZ_CHECK(is_valid(input) == strict.has_value());
    FUZZ_CHECK(is_valid(input, parse_mode::lenient) == lenient.has_value());

    scope_set naive_set;
    const bool naive_ok = naive_strict(input, naive_set);
    FUZZ_CHECK(naive_ok == strict.has_value());
    if (naive_ok) FUZZ_CHECK(naive_set == *strict);

    const oracle_result naive = naive_lenient(input);
    FUZZ_CHECK(naive.ok == lenient.has_value());
    if (!naive.ok) {
        FUZZ_CHECK(lenient.error().code == naive.error.code);
        FUZZ_CHECK(lenient.error().offset == naive.error.offset && lenient.error().length == naive.error.length);
        return 0;
    }
    FUZZ_CHECK(naive.set == *lenient);
    FUZZ_CHECK(naive.skipped.size() == lenient.skipped_count());
    for (std::size_t i = 0; i < lenient.skipped().size(); ++i) FUZZ_CHECK(lenient.skipped()[i] == naive.skipped[i]);
    return 0;
}
