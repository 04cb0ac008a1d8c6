// A rule kind is code; a rule is data. Each kind lives in one file under src/checks/
// and has one row in the table of rule_kinds().
#pragma once

#include <any>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "crossfoot/formula.h"
#include "crossfoot/rule_set.h"

namespace crossfoot {

class CheckContext;

/// What a kind reads, as in Vale: a kind of table scope sees tables one at a time; a document
/// kind relates figures across tables and prose.
enum class RuleScope { table, row, sentence, paragraph, document };

[[nodiscard]] std::string_view scope_name(RuleScope scope);

/// What rules say of the concepts they relate, for other kinds to ask (footing leaves alone the
/// blocks an identity computes as a difference) without reading another kind's parameters.
struct ConceptRoles {
    std::set<std::string> results;   ///< computed by a difference or a quotient: not a sum
    std::set<std::string> deducted;  ///< subtracted by some rule
    /// computed by a sum of two or more concepts: the net change in cash closes the totals of
    /// operating, investing and financing activities, ruled or not
    std::set<std::string> sums;
};

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
    /// Every key `parse_params` reads; any other key of a `[[rule]]` of this kind (besides id,
    /// kind, summary, severity and tolerance) is an error, with a "did you mean".
    std::span<const std::string_view> keys = {};
    /// The formula of a rule's parameters, for kinds whose rules compute a concept from others;
    /// rule files are checked for formulas that refer to themselves through other rules.
    const Formula* (*formula_of)(const std::any& params) = nullptr;
    RuleScope scope = RuleScope::table;
    /// Adds what one of its rules says of its concepts; null when the kind says nothing.
    void (*publish_roles)(const RuleSpec& rule, ConceptRoles& roles) = nullptr;
};

/// What every rule of `rules` says of its concepts, gathered through the kinds.
[[nodiscard]] ConceptRoles concept_roles(const RuleSet& rules);

/// Every rule kind, sorted by name.
[[nodiscard]] std::span<const RuleKind* const> rule_kinds();
[[nodiscard]] const RuleKind* find_rule_kind(std::string_view name);

/// The closest known name to `name`, for "did you mean" messages; empty when none is close.
[[nodiscard]] std::string closest_name(std::string_view name,
                                       const std::vector<std::string_view>& known);

}  // namespace crossfoot
