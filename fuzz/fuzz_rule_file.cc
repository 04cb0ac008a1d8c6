// libFuzzer target for rule files: bytes -> TOML -> rules, concepts and vocabulary added to the
// built-in set. A malformed file is a ToolError naming the file at a line of it (never another
// exception, a crash or a hang); a file that loads leaves every rule with an id and a kind the
// kinds table knows.
#include <cstdint>
#include <string_view>

#include "crossfoot/rule_kind.h"
#include "crossfoot/rule_set.h"
#include "fuzz_require.h"
#include "fuzz_rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace crossfoot;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    RuleSet set = fuzz::built_in_rules();
    try {
        load_rule_text(set, "fuzz.toml", text);
    } catch (const ToolError& e) {
        fuzz::require_error_in_file(e, "fuzz.toml", text);
        return 0;
    }
    for (const auto& rule : set.rules) {
        fuzz::require(!rule.id.empty(), "a rule without an id");
        fuzz::require(find_rule_kind(rule.kind) != nullptr, "a rule of no known kind");
    }
    return 0;
}
