// Standard input for webflow-scopes (see input.hpp).
#include "input.hpp"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

namespace webflow_cli {

namespace {

std::string stdin_storage;  // what read_stdin() returned a view of
bool stdin_read_once = false;

}  // namespace

stdin_text read_stdin() {
    if (stdin_read_once) return {{}, "standard input can be read only once: give '-' for one argument"};
    stdin_read_once = true;
    std::array<char, 65536> chunk{};
    while (stdin_storage.size() <= max_stdin_bytes) {
        const std::size_t n = std::fread(chunk.data(), 1, chunk.size(), stdin);
        stdin_storage.append(chunk.data(), n);
        if (n < chunk.size()) break;
    }
    if (stdin_storage.size() > max_stdin_bytes) {
        return {{}, fmt::format("standard input is over {} bytes (1 MiB), the most that is read", max_stdin_bytes)};
    }
    if (std::ferror(stdin) != 0) return {{}, fmt::format("cannot read standard input: {}", std::strerror(errno))};
    std::string_view text = stdin_storage;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    return {text, {}};
}

}  // namespace webflow_cli
