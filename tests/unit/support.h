// What the unit tests share: the built-in rule set, loaded once, and the comparable form of a
// report's verified relations and findings.
#pragma once

#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "crossfoot/diagnostic.h"
#include "crossfoot/rule_set.h"

inline const crossfoot::RuleSet& rules() {
    static const crossfoot::RuleSet kRules = crossfoot::load_rule_set({});
    return kRules;
}

// What a verified relation says, wherever it stands: rule, outcome, operands as printed and
// as valued.
using Verified = std::tuple<std::string, bool, std::vector<std::pair<std::string, std::string>>>;

inline std::multiset<Verified> verified(const crossfoot::FileReport& report) {
    std::multiset<Verified> out;
    for (const auto& check : report.checks) {
        std::vector<std::pair<std::string, std::string>> operands;
        for (const auto& o : check.operands) operands.emplace_back(o.text, o.value);
        out.emplace(check.rule, check.passed, std::move(operands));
    }
    return out;
}
