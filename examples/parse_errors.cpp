// Every reason parse() can report, with its message: the table docs/parsing.md shows, printed
// from the one table that holds them (errc's rows in parse.hpp).
#include <cstddef>
#include <cstdio>

#include <webflow/scopes.hpp>

int main() {
    namespace ws = webflow::scopes;
    for (std::size_t i = 1; i < ws::errc_count; ++i) {  // 0 is errc::none, no error
        const auto code = static_cast<ws::errc>(i);
        const auto name = ws::to_string(code);
        const auto text = ws::message(code);
        std::printf("%-20.*s %.*s\n", static_cast<int>(name.size()), name.data(), static_cast<int>(text.size()),
                    text.data());
    }
}
