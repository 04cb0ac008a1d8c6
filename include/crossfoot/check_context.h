// What a rule kind sees while it evaluates: the document's facts, the rule set, and
// where its verdicts go.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "crossfoot/diagnostic.h"
#include "crossfoot/facts.h"
#include "crossfoot/rule_set.h"

namespace crossfoot {

/// A figure taking part in a relation, with the role it plays ("item", "net sales").
struct Participant {
    const Figure* figure = nullptr;
    std::string role;
};

/// A relation between printed figures: `computed` (from the operands) against `stated`.
struct Relation {
    const RuleSpec* rule = nullptr;
    Interval computed;
    Participant stated;
    std::vector<Participant> operands;
    std::string what;        ///< "column 05/29/04 does not foot" — the message's subject
    std::string summary;     ///< "1,394 + 11,596 + ... = 13,329"
    Rational best_estimate;  ///< the single computed value reported as expected
    /// The severity of a failure: the rule's, unless the check is less sure of the layout.
    std::optional<Severity> severity;
    /// The values the stated figure is read to allow, when words around it make them other than
    /// its printed interval ("approximately 150%", "more than 20%"); the tolerance still applies.
    std::optional<Interval> stated_reading;
    /// The whole message of a failure, when the kind words it; else built from `what`.
    std::string message;
    /// Notes after the operands': why the relation could not be tied ("figure 11,596 on line
    /// 312 could not be placed in a column"). A relation with notes offers no fix.
    std::vector<Related> notes;
    /// Whether replacing the stated figure is a fix to offer: not when the stated figure is a
    /// total other relations use and the parts are as likely to be the slip.
    bool offers_fix = true;

    [[nodiscard]] Severity failure_severity() const {
        return severity ? *severity : rule->severity;
    }
};

class CheckContext {
public:
    CheckContext(const DocumentFacts& facts, const RuleSet& rules, FileReport& report)
        : facts_(facts), rules_(rules), report_(report) {}

    [[nodiscard]] const DocumentFacts& facts() const { return facts_; }
    [[nodiscard]] const RuleSet& rules() const { return rules_; }

    /// Records the relation as a check and, when the stated interval (widened by the rule's
    /// tolerance) misses the computed one, as a diagnostic. Returns whether it held.
    bool judge(const Relation& relation);
    /// Reports a finding that is not a relation (an unreadable figure).
    void report(Diagnostic diagnostic) { report_.diagnostics.push_back(std::move(diagnostic)); }
    /// Records a check that is not a numeric relation (a weekday against its date), held or
    /// not, so `--checks` shows what was verified.
    void record(CheckRecord record) { report_.checks.push_back(std::move(record)); }
    /// Would the relation hold? Nothing is recorded.
    [[nodiscard]] static bool holds(const Relation& relation);
    /// Has an earlier rule recorded a relation whose result is the figure at `stated`? A kind that
    /// would check the same figure by another route leaves it alone: one slip, one finding.
    [[nodiscard]] bool judged(const Span& stated) const;
    /// The 1-based line a span starts on, for messages that name another figure's place.
    [[nodiscard]] int line_of(const Span& span) const;

private:
    const DocumentFacts& facts_;
    const RuleSet& rules_;
    FileReport& report_;
};

/// "+ 1,394" style joining of operands for check summaries: {a, -b} -> "30,023 - 26,593".
[[nodiscard]] std::string signed_sum_text(const std::vector<Participant>& operands,
                                          const std::vector<bool>& negated);

}  // namespace crossfoot
