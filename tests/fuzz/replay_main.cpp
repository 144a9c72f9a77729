// Runs fuzz inputs through a target's LLVMFuzzerTestOneInput without libFuzzer, so the
// committed corpus stays a regression test under any compiler: each argument is a file, or
// a directory whose files are all run. Fails when no input was found.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz_check.hpp"

namespace {

int run_file(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "cannot read %s\n", file.string().c_str());
        return 1;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::vector<std::uint8_t> data(bytes.size());
    std::transform(bytes.begin(), bytes.end(), data.begin(), [](char c) { return static_cast<std::uint8_t>(c); });
    // A fresh copy per input, exactly sized, as libFuzzer does, so ASan sees overreads.
    LLVMFuzzerTestOneInput(data.data(), data.size());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::filesystem::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg{argv[i]};
        if (std::filesystem::is_directory(arg)) {
            for (const auto& entry : std::filesystem::directory_iterator(arg)) {
                if (entry.is_regular_file()) files.push_back(entry.path());
            }
        } else {
            files.push_back(arg);
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "no fuzz inputs given\n");
        return 1;
    }
    int failures = 0;
    for (const auto& file : files) failures += run_file(file);
    std::printf("%zu inputs replayed\n", files.size());
    return failures == 0 ? 0 : 1;
}
