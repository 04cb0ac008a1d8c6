#include <fmt/format.h>

#include <map>

#include "crossfoot/baseline.h"

namespace crossfoot {

namespace {

uint64_t fnv1a(std::string_view s) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

}  // namespace

std::vector<std::string> fingerprints(const FileReport& report) {
    std::vector<std::string> out;
    std::map<std::string, int> seen;
    for (const auto& d : report.diagnostics) {
        // What the finding says (the figures, their labels and columns, the computed value),
        // never where it is: moved lines and edits elsewhere, even on the same line, keep it.
        std::string key = d.rule + "\n" + d.message + "\n" + d.found.value_or("");
        std::string hash = fmt::format("{:016x}", fnv1a(key));
        out.push_back(fmt::format("{}:{}", hash, ++seen[hash]));
    }
    return out;
}

}  // namespace crossfoot
