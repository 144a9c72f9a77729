// Inputs that try to break out of a URL query value, shared by test_oauth.cpp and the
// Node-checked authorize_url cases (tests/node/authorize_url_cases.cpp).
#ifndef WEBFLOW_SCOPES_TESTS_HOSTILE_VALUES_HPP
#define WEBFLOW_SCOPES_TESTS_HOSTILE_VALUES_HPP

#include <cstddef>
#include <random>
#include <string>
#include <vector>

namespace webflow_scopes_tests {

// Query syntax, escapes, controls, NUL, non-ASCII (valid and invalid UTF-8), a whole URL,
// every byte value, and 100 KB values.
inline std::vector<std::string> hostile_values() {
    using namespace std::string_literals;
    std::string every_byte;
    for (int b = 0; b < 256; ++b) every_byte.push_back(static_cast<char>(b));
    return {
        "&",
        "=",
        "#",
        "?",
        "+",
        "%",
        " ",
        "\n",
        "\r\n",
        "\t",
        "\x7f",
        "a&scope=sites:write",
        "x&response_type=token",
        "x#&state=evil",
        "%20",
        "%2",
        "%%",
        "%00",
        "a=b=c",
        "state=",
        "&&&",
        "==",
        "?#?#",
        "\0"s,
        "a\0b"s,
        "caf\xc3\xa9",
        "\xe2\x80\x8b",
        "\xff\xfe",
        "\xf0\x9f\x94\x91",
        "https://evil.example/?a=b&c=d#e",
        "'\"<>`",
        "[]{}|\\^",
        "/..//./",
        ";,:@!$()*",
        every_byte,
        std::string(std::size_t{100} * 1024, '&'),
        std::string(std::size_t{100} * 1024, 'a'),
    };
}

// Random bytes (any value, NUL included) of length min_size to max_size.
inline std::string random_bytes(std::mt19937& rng, std::size_t min_size, std::size_t max_size) {
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<std::size_t> length(min_size, max_size);
    std::string s(length(rng), '\0');
    for (char& c : s) c = static_cast<char>(byte(rng));
    return s;
}

}  // namespace webflow_scopes_tests

#endif
