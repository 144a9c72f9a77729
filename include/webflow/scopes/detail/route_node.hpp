// One node of find_endpoint()'s route index, a trie over the templates' path segments. Its
// own header, so that the generated endpoint_table.hpp can hold the index as data: building
// the trie in a constant expression cost every including translation unit most of its time.
#ifndef WEBFLOW_SCOPES_DETAIL_ROUTE_NODE_HPP
#define WEBFLOW_SCOPES_DETAIL_ROUTE_NODE_HPP

#include <array>
#include <cstdint>
#include <string_view>

#include "webflow/scopes/endpoint.hpp"

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
        // A loop rather than std::ranges::any_of: the algorithm's concept checks cost every
        // translation unit that includes the endpoint headers compile time.
        for (const std::uint8_t r : row) {  // NOLINT(readability-use-anyofallof)
            if (r != no_row) return true;
        }
        return false;
    }
    friend constexpr bool operator==(const route_node&, const route_node&) noexcept = default;
};

}  // namespace webflow::scopes::detail

#endif
