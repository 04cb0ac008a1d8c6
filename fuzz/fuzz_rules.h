// What the rule-file and config targets share: the built-in rules, loaded once, and the
// invariant of a refused file: its error names it, at a line it has.
#pragma once

#include <algorithm>
#include <string_view>

#include "crossfoot/diagnostic.h"
#include "crossfoot/rule_set.h"
#include "fuzz_require.h"

namespace crossfoot::fuzz {

inline const RuleSet& built_in_rules() {
    static const RuleSet kRules = load_rule_set({});
    return kRules;
}

inline void require_error_in_file(const ToolError& e, std::string_view path,
                                  std::string_view text) {
    require(e.path() == path, "an error names another file");
    // toml++ may place an error at the end of the file, one past its last line.
    auto lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 2;
    Position at = e.where();
    require(at.line >= 0 && at.line <= lines, "an error at a line the file does not have");
    require(at.line == 0 || at.column >= 1, "an error at a line without a column");
}

}  // namespace crossfoot::fuzz
