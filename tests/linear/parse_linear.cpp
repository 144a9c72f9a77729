// One parse of an input of N bytes of one kind, for check_linear.py, which counts the
// instructions (callgrind) at several sizes: the work must grow linearly with the input.
//   parse_linear KIND N     KIND: plain, skips, encoded, token, separators
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <webflow/scopes.hpp>

using namespace webflow::scopes;

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    const std::string_view kind = argv[1];
    const auto n = static_cast<std::size_t>(std::strtoull(argv[2], nullptr, 10));
    std::string unit = "cms:read ";  // every kind repeats a unit up to n bytes
    parse_mode mode = parse_mode::lenient;
    if (kind == "skips") unit = "nosuch:read,CMS:read ";
    if (kind == "encoded") unit = "cms%3Aread%20";
    if (kind == "token") {
        unit = "a";
        mode = parse_mode::strict;
    }
    if (kind == "separators") {
        unit = ", ";
        mode = parse_mode::strict;
    }
    std::string input;
    while (input.size() < n) input += unit;
    const parse_result r = parse(input, mode);
    std::printf("%zu %zu %d\n", r->size(), r.skipped_count(), static_cast<int>(r.error().code));
    return 0;
}
