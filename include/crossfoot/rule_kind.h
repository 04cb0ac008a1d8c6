// A rule kind is code; a rule is data. Each kind lives in one file under src/checks/
// and has one row in the table of rule_kinds().
#pragma once

#include <any>
#include <span>
#include <string_view>

#include "crossfoot/formula.h"
#include "crossfoot/rule_set.h"

namespace crossfoot {

class CheckContext;

struct RuleKind {
    std::string_view name;     ///< "footing"
    std::string_view summary;  ///< one line
    std::string_view doc;      ///< what it checks and why, with a failing and a passing example
    /// Reads the kind's typed parameters from a `[[rule]]` entry.
    std::any (*parse_params)(const RuleFields& fields);
    /// Evaluates one rule of this kind over a document's facts.
    void (*evaluate)(const RuleSpec& rule, CheckContext& context);
    /// Every key `parse_params` reads; any other key of a `[[rule]]` of this kind (besides id,
    /// kind, summary, severity and tolerance) is an error, with a "did you mean".
    std::span<const std::string_view> keys = {};
    /// The formula of a rule's parameters, for kinds whose rules compute a concept from others;
    /// rule files are checked for formulas that refer to themselves through other rules.
    const Formula* (*formula_of)(const std::any& params) = nullptr;
};

/// Every rule kind, sorted by name.
[[nodiscard]] std::span<const RuleKind* const> rule_kinds();
[[nodiscard]] const RuleKind* find_rule_kind(std::string_view name);

/// The closest known name to `name`, for "did you mean" messages; empty when none is close.
[[nodiscard]] std::string closest_name(std::string_view name,
                                       const std::vector<std::string_view>& known);

}  // namespace crossfoot
