// Standard input for webflow-scopes: `-` in place of a scope list or of a plan's calls reads
// it, once, at most max_stdin_bytes.
#ifndef WEBFLOW_SCOPES_CLI_INPUT_HPP
#define WEBFLOW_SCOPES_CLI_INPUT_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace webflow_cli {

// The most standard input that is read: 1 MiB. More is a usage error (exit 2).
inline constexpr std::size_t max_stdin_bytes = std::size_t{1} << 20;

inline constexpr std::string_view stdin_argument = "-";

struct stdin_text {
    std::string_view text;  // without its trailing newlines (CR and LF); valid until exit
    std::string error;      // why it could not be read; empty when it was
};

// All of standard input. Only the first call reads; later calls are an error, as there is
// nothing left to read.
[[nodiscard]] stdin_text read_stdin();

}  // namespace webflow_cli

#endif
