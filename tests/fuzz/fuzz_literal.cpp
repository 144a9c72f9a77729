// The _scopes literal's checker (detail::check_scope_literal, the function the consteval
// literal calls) run at run time on arbitrary text: its verdict, offset and set must be
// parse()'s strict ones, and an accepted literal must name only registry scopes, once each.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <webflow/scopes.hpp>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace webflow::scopes;
    const std::string_view input = fuzz::as_text(data, size);
    const detail::literal_verdict verdict = detail::check_scope_literal(input);
    const parse_result strict = parse(input);
    FUZZ_CHECK(verdict.code == strict.error().code);  // errc::none on success
    FUZZ_CHECK(verdict.scopes == *strict);
    FUZZ_CHECK((verdict.code == errc::none) == is_valid(input));
    if (verdict.code != errc::none) {
        // The offset becomes the diagnostic's template argument: it must point into the text.
        FUZZ_CHECK(verdict.offset == strict.error().offset);
        FUZZ_CHECK(verdict.offset < input.size() || (input.empty() && verdict.code == errc::empty_input));
        FUZZ_CHECK(verdict.scopes.empty());
    } else {
        // Every scope the literal accepts is written in it (join order aside).
        FUZZ_CHECK(!verdict.scopes.empty());
        for (scope s : verdict.scopes) {
            FUZZ_CHECK(input.find(to_string(s)) != std::string_view::npos || input.find('%') != std::string_view::npos);
        }
    }
    return 0;
}
