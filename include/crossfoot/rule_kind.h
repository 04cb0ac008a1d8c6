// A rule kind is code; a rule is data. Each kind lives in one file under src/checks/
// and has one row in the table of rule_kinds().
#pragma once

#include <any>
#include <span>
#include <string_view>

#include "crossfoot/rule_set.h"

namespace crossfoot {

class CheckContext;

struct RuleKind {
    std::string_view name;     ///< "footing"
    std::string_view summary;  ///< one line
    /// What it checks and why, with a failing and a passing example. Each example is a little
    /// release: the lines indented by four spaces after a line that is exactly "Fails:" or
    /// "Passes:", up to the first line that is not (blank lines inside are kept). A test runs
    /// both: "Fails:" must produce a finding of this kind, "Passes:" none and a verified
    /// relation of this kind.
    std::string_view doc;
    /// Reads the kind's typed parameters from a `[[rule]]` entry.
    std::any (*parse_params)(const RuleFields& fields);
    /// Evaluates one rule of this kind over a document's facts.
    void (*evaluate)(const RuleSpec& rule, CheckContext& context);
};

/// Every rule kind, sorted by name.
[[nodiscard]] std::span<const RuleKind* const> rule_kinds();
[[nodiscard]] const RuleKind* find_rule_kind(std::string_view name);

/// The closest known name to `name`, for "did you mean" messages; empty when none is close.
[[nodiscard]] std::string closest_name(std::string_view name,
                                       const std::vector<std::string_view>& known);

}  // namespace crossfoot
