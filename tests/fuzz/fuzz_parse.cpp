// parse() in every mode against properties and an independent oracle: errors point inside
// the input, a success joins back to the same set, strict success implies lenient success,
// and a second, deliberately naive parser (decode first, then split) agrees on the verdict
// and the set.
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

// Decoded text, one char per unit; a bad escape or a decoded char no scope can contain
// becomes '\x01' (never valid), a raw '+' becomes a space, an encoded one stays invalid.
std::optional<std::string> naive_decode(std::string_view in) {
    std::string out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        char c = in[i];
        bool escaped = false;
        if (c == '%') {
            if (i + 2 >= in.size()) return std::nullopt;
            const std::string hex{in.substr(i + 1, 2)};
            if (hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return std::nullopt;
            c = static_cast<char>(std::stoi(hex, nullptr, 16));
            escaped = true;
            i += 2;
        }
        if (c == '+' && !escaped) c = ' ';
        const bool allowed =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == ':' || c == ' ' || c == ',';
        out.push_back(allowed ? c : '\x01');
    }
    return out;
}

std::optional<scope> registry_scope(std::string_view token) {
    for (scope s : scope_set::all()) {
        if (to_string(s) == token) return s;
    }
    return std::nullopt;
}

bool well_formed(std::string_view token) {
    const std::size_t colon = token.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == token.size()) return false;
    const auto part_ok = [](std::string_view p) {
        return p[0] >= 'a' && p[0] <= 'z' &&
               p.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string_view::npos;
    };
    return part_ok(token.substr(0, colon)) && part_ok(token.substr(colon + 1));
}

struct oracle_result {
    bool ok = false;
    scope_set set{};
    std::size_t skipped = 0;
};

// Strict: token (sep token)*, sep being ' ', ',' or ", "; every token a registry scope, once.
oracle_result naive_strict(std::string_view in) {
    const auto text = naive_decode(in);
    if (!text || text->empty()) return {};
    oracle_result r;
    std::size_t i = 0;
    while (true) {
        const std::size_t end = text->find_first_of(" ,", i);
        const std::string_view token = std::string_view{*text}.substr(i, end - i);
        const auto s = registry_scope(token);
        if (!s || r.set.contains(*s)) return {};
        r.set.insert(*s);
        if (end == std::string::npos) break;
        i = end + 1;
        if ((*text)[end] == ',' && i < text->size() && (*text)[i] == ' ') ++i;
        if (i >= text->size()) return {};
    }
    r.ok = true;
    return r;
}

// Lenient: separators anywhere; every token well formed; registry scopes kept, others counted.
oracle_result naive_lenient(std::string_view in) {
    const auto text = naive_decode(in);
    if (!text) return {};
    oracle_result r;
    std::size_t i = 0;
    while (i < text->size()) {
        const std::size_t end = std::min(text->find_first_of(" ,", i), text->size());
        if (end > i) {
            const std::string_view token = std::string_view{*text}.substr(i, end - i);
            if (!well_formed(token)) return {};
            if (const auto s = registry_scope(token)) {
                r.set.insert(*s);
            } else {
                ++r.skipped;
            }
        }
        i = end + 1;
    }
    r.ok = true;
    return r;
}

void check_shape(std::string_view input, const parse_result& r, parse_mode mode) {
    if (!r) {
        const parse_error& e = r.error();
        FUZZ_CHECK(e.code != errc{});
        FUZZ_CHECK(e.offset <= input.size() && e.length <= input.size() - e.offset);
        FUZZ_CHECK(e.length > 0 || (input.empty() && e.code == errc::empty_input));
        FUZZ_CHECK((*r).empty());
        FUZZ_CHECK(!e.message().empty());
        FUZZ_CHECK(!to_string(e.code).empty());
        const auto described = e.describe(input);
        FUZZ_CHECK(described.size() <= described.capacity());
        return;
    }
    FUZZ_CHECK(mode == parse_mode::lenient || r.skipped_count() == 0);
    for (const skipped_scope& s : r.skipped()) {
        FUZZ_CHECK(s.offset < input.size() && s.length > 0 && s.length <= input.size() - s.offset);
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

    const oracle_result naive = naive_strict(input);
    FUZZ_CHECK(naive.ok == strict.has_value());
    if (naive.ok) FUZZ_CHECK(naive.set == *strict);
    const oracle_result naive_l = naive_lenient(input);
    FUZZ_CHECK(naive_l.ok == lenient.has_value());
    if (naive_l.ok) FUZZ_CHECK(naive_l.set == *lenient && naive_l.skipped == lenient.skipped_count());
    return 0;
}
