// The parse error cases, one table for the run-time tests (test_parse.cpp) and the
// compile-time ones (test_parse_twins.cpp), so the two cannot drift apart. Each expectation
// was worked out by hand from the parsing policy (docs/parsing.md), not copied from output.
// Unknown scopes are names Webflow will never register (nosuch, no-such).
#ifndef WEBFLOW_SCOPES_TESTS_PARSE_CASES_HPP
#define WEBFLOW_SCOPES_TESTS_PARSE_CASES_HPP

#include <array>
#include <cstddef>
#include <string_view>

#include <webflow/scopes/parse.hpp>

namespace webflow_scopes_tests {

using webflow::scopes::errc;
using webflow::scopes::parse_mode;
using namespace std::string_view_literals;

struct error_case {
    std::string_view input;
    errc code;
    std::size_t offset;
    std::size_t length;
    parse_mode mode = parse_mode::strict;
};

inline constexpr auto error_cases = std::to_array<error_case>({
    // separators (strict)
    {"", errc::empty_input, 0, 0},
    {"cms:read  forms:read", errc::empty_scope, 9, 1},
    {"cms:read,,forms:read", errc::empty_scope, 9, 1},
    {"cms:read, ,forms:read", errc::empty_scope, 10, 1},
    {"cms:read%20%20forms:read", errc::empty_scope, 11, 3},
    {" cms:read", errc::leading_separator, 0, 1},
    {",,cms:read", errc::leading_separator, 0, 2},
    {"cms:read ", errc::trailing_separator, 8, 1},
    {"cms:read,", errc::trailing_separator, 8, 1},
    {"cms:read%20", errc::trailing_separator, 8, 3},
    // tokens that are not prefix:action
    {"cms", errc::malformed_scope, 0, 3},
    {"cms:read forms", errc::malformed_scope, 9, 5},
    {":read", errc::malformed_scope, 0, 5},
    {"cms:read:write", errc::malformed_scope, 0, 14},
    {"cms:", errc::malformed_scope, 0, 4},
    {"cms:read-cms:write", errc::malformed_scope, 0, 18},
    {"workspace_activity: read", errc::space_in_scope, 0, 24},
    {"assets: write", errc::space_in_scope, 0, 13},
    {"cms:read workspace_activity%3A%20read", errc::space_in_scope, 9, 28},
    {"CMS:read", errc::wrong_case, 0, 8},
    {"cms:read Forms:Read", errc::wrong_case, 9, 10},
    // well formed, not a registry scope
    {"cms:reed", errc::unknown_scope, 0, 8},
    {"nosuch:read", errc::unknown_scope, 0, 11},
    {"cms:read nosuch:write", errc::unknown_scope, 9, 12},
    {"no-such:read", errc::unknown_scope, 0, 12},
    {"1nosuch:read", errc::unknown_scope, 0, 12},
    {"cms:rea", errc::unknown_scope, 0, 7},
    {"cms:reading", errc::unknown_scope, 0, 11},
    {"workspace_activity:readx", errc::unknown_scope, 0, 24},
    {"authorized_user:write", errc::unsupported_access, 0, 21},
    {"site_activity:write", errc::unsupported_access, 0, 19},
    {"webhooks:read", errc::unsupported_access, 0, 13},
    {"cms:merge", errc::unsupported_access, 0, 9},
    {"branches:write", errc::unsupported_access, 0, 14},
    {"cms:read forms:read cms:read", errc::duplicate_scope, 20, 8},
    {"cms:read cms%3Aread", errc::duplicate_scope, 9, 10},
    {"cms:read cms:read", errc::duplicate_scope, 9, 8},
    // bytes
    {"%3", errc::bad_percent_escape, 0, 2},
    {"cms%3", errc::bad_percent_escape, 3, 2},
    {"cms:read%", errc::bad_percent_escape, 8, 1},
    {"cms%zzread", errc::bad_percent_escape, 3, 2},
    {"cms%3zread", errc::bad_percent_escape, 3, 3},
    {"cms:read%00", errc::control_character, 8, 3},
    {"cms:read\n"sv, errc::control_character, 8, 1},
    {"cms:\tread", errc::control_character, 4, 1},
    {"cms:r\0ead"sv, errc::control_character, 5, 1},
    {"cms:read\x7f", errc::control_character, 8, 1},
    {"cms:read\0"sv, errc::control_character, 8, 1},
    {"cms:r\xc3\xa9"
     "ad",
     errc::non_ascii, 5, 1},
    {"cms:read%C3%A9", errc::non_ascii, 8, 3},
    {"cms:read\xB0", errc::non_ascii, 8, 1},
    {"cms:read\"", errc::invalid_character, 8, 1},
    {"cms:read%2Bforms:read", errc::invalid_character, 8, 3},
    {"cms%253Aread", errc::invalid_character, 3, 3},
    {"cms:read;forms:read", errc::invalid_character, 8, 1},
    // lenient mode fails only on bytes outside RFC 6749's scope tokens
    {"cms:read %zz", errc::bad_percent_escape, 9, 2, parse_mode::lenient},
    {"cms:read\x01", errc::control_character, 8, 1, parse_mode::lenient},
    {"cms:read nosuch:r\xc3\xa9", errc::non_ascii, 17, 1, parse_mode::lenient},
    {"cms:read \"cms:write\"", errc::invalid_character, 9, 1, parse_mode::lenient},
    {"cms:read a\\b", errc::invalid_character, 10, 1, parse_mode::lenient},
    {"CMS:read%0A", errc::control_character, 8, 3, parse_mode::lenient},
});

}  // namespace webflow_scopes_tests

#endif
