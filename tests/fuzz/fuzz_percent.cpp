// Percent-encoding and decoding against a naive decoder: decode_unit never reads past the
// end and covers the input exactly; percent_decode_to agrees with the naive decoder (also in
// form mode, '+' as space) and reports a bad escape inside the input; encoding then decoding
// gives the input back, and the encoding uses only unreserved characters and %XX.
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include <webflow/scopes/percent.hpp>

#include "fuzz_check.hpp"

namespace {

using namespace webflow::scopes;

int naive_hex(char c) {
    const std::string_view digits = "0123456789abcdef";
    const char lower = (c >= 'A' && c <= 'F') ? static_cast<char>(c - 'A' + 'a') : c;
    const std::size_t at = digits.find(lower);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

struct naive_decoded {
    std::string text;
    bool ok = true;
    std::size_t error_offset = 0;
};

naive_decoded naive_decode(std::string_view in, bool plus_is_space) {
    naive_decoded out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '%') {
            if (i + 2 >= in.size() || naive_hex(in[i + 1]) < 0 || naive_hex(in[i + 2]) < 0) {
                out.ok = false;
                out.error_offset = i;
                return out;
            }
            out.text.push_back(static_cast<char>(naive_hex(in[i + 1]) * 16 + naive_hex(in[i + 2])));
            i += 2;
        } else {
            out.text.push_back(plus_is_space && in[i] == '+' ? ' ' : in[i]);
        }
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = fuzz::as_text(data, size);

    // Unit by unit: lengths cover the input exactly up to the first bad escape.
    std::size_t pos = 0;
    while (pos < input.size()) {
        const decoded_unit unit = decode_unit(input, pos);
        FUZZ_CHECK(unit.length >= 1 && unit.length <= input.size() - pos);
        if (!unit.valid) break;
        FUZZ_CHECK(unit.length == (input[pos] == '%' ? 3 : 1));
        FUZZ_CHECK(unit.escaped() == (unit.length == 3));
        pos += unit.length;
    }

    for (const bool plus_is_space : {false, true}) {
        std::string decoded;
        const percent_decode_result r = percent_decode_to(std::back_inserter(decoded), input, plus_is_space);
        const naive_decoded expected = naive_decode(input, plus_is_space);
        FUZZ_CHECK(r.has_value() == expected.ok);
        if (r) {
            FUZZ_CHECK(decoded == expected.text && *r == decoded.size());
        } else {
            FUZZ_CHECK(r.error().offset == expected.error_offset);
            FUZZ_CHECK(r.error().length >= 1 && r.error().length <= input.size() - r.error().offset);
            FUZZ_CHECK(r.error().length <= 3);
        }
    }

    // Encode, check the alphabet and the size, decode back.
    const std::string encoded = percent_encode(input);
    FUZZ_CHECK(encoded.size() == percent_encoded_size(input));
    for (std::size_t i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '%') {
            FUZZ_CHECK(i + 2 < encoded.size());
            FUZZ_CHECK(std::string_view{"0123456789ABCDEF"}.find(encoded[i + 1]) != std::string_view::npos);
            FUZZ_CHECK(std::string_view{"0123456789ABCDEF"}.find(encoded[i + 2]) != std::string_view::npos);
            i += 2;
        } else {
            FUZZ_CHECK(is_unreserved(static_cast<unsigned char>(c)));
        }
    }
    std::string round_trip;
    FUZZ_CHECK(percent_decode_to(std::back_inserter(round_trip), encoded, true).has_value());
    FUZZ_CHECK(round_trip == input);
    return 0;
}
