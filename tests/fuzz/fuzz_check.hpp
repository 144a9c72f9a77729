// What every fuzz target shares: the libFuzzer entry point's declaration, a check that
// aborts (so libFuzzer and the corpus replay both see a failure, with or without
// exceptions), and the input as a string_view.
#ifndef WEBFLOW_SCOPES_TESTS_FUZZ_CHECK_HPP
#define WEBFLOW_SCOPES_TESTS_FUZZ_CHECK_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fuzz {

[[noreturn]] inline void fail(const char* what, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: property violated: %s\n", file, line, what);
    std::abort();
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace fuzz

// A property of the code under test; a macro so the message names the expression and line.
#define FUZZ_CHECK(cond) ((cond) ? static_cast<void>(0) : ::fuzz::fail(#cond, __FILE__, __LINE__))

#endif
