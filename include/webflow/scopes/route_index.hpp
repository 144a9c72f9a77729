// find_endpoint()'s route index: a trie over the path segments of the catalogue's templates,
// stored as data by the generated endpoint_table.hpp next to the table it indexes.
#ifndef WEBFLOW_SCOPES_ROUTE_INDEX_HPP
#define WEBFLOW_SCOPES_ROUTE_INDEX_HPP

#include "webflow/scopes/detail/config.hpp"

#include <array>
#include <cstdint>
#include <string_view>

#include "webflow/scopes/http_method.hpp"

namespace webflow::scopes::detail {

inline constexpr std::uint16_t no_node = 0xFFFF;
inline constexpr std::uint8_t no_row = 0xFF;

// Each node's literal children are contiguous and sorted, so a segment is found by binary
// search; all parameters at one position share one child.
struct route_node {
    std::string_view text;  // the literal segment; empty for parameters and the root
    std::uint16_t literals_begin = 0;
    std::uint16_t literals_end = 0;
    std::uint16_t parameter = no_node;
    std::array<std::uint8_t, http_method_count> row{no_row, no_row, no_row, no_row, no_row};

    [[nodiscard]] constexpr bool has_endpoint() const noexcept {
        // A loop: std::ranges::any_of would bring <algorithm> to every user of the catalogue.
        for (const std::uint8_t r : row) {  // NOLINT(readability-use-anyofallof)
            if (r != no_row) return true;
        }
        return false;
    }
    friend constexpr bool operator==(const route_node&, const route_node&) noexcept = default;
};

}  // namespace webflow::scopes::detail

#endif
