// libFuzzer target for crossfoot.toml: bytes -> settings and the rule set they ask for. A
// malformed config is a ToolError naming a file at a line of it, never another exception, a
// crash or a hang; one that loads selects and ignores only rules it has.
#include <cstdint>
#include <string_view>

#include "crossfoot/config.h"
#include "fuzz_require.h"
#include "fuzz_rules.h"

namespace {

// In a directory that does not exist: a `rules` entry finds no directory to read unless it
// climbs out of it with "..".
constexpr const char* kPath = "/nonexistent-crossfoot-fuzz/crossfoot.toml";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace crossfoot;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    RuleSet rules;
    Config config;
    try {
        config = load_config_text(kPath, text, {}, rules);
    } catch (const ToolError& e) {
        // A `rules` or `baseline` entry is named by its own path when it cannot be read.
        if (e.path() == kPath) fuzz::require_error_in_file(e, kPath, text);
        return 0;
    }
    for (const auto& id : config.select) fuzz::require(rules.find(id), "selects an unknown rule");
    for (const auto& id : config.ignore) fuzz::require(rules.find(id), "ignores an unknown rule");
    fuzz::require(rules.rules.size() >= fuzz::built_in_rules().rules.size(),
                  "a config loses built-in rules");
    return 0;
}
