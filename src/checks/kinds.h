// The rule kinds, one per file in src/checks/, gathered by rule_kinds.cc. Internal.
#pragma once

#include <string>

#include "crossfoot/facts.h"
#include "crossfoot/formula.h"
#include "crossfoot/rule_kind.h"

namespace crossfoot {

extern const RuleKind kChangeColumnKind;
extern const RuleKind kCountKind;
extern const RuleKind kDateKind;
extern const RuleKind kFootingKind;
extern const RuleKind kIdentityKind;
extern const RuleKind kNarrativeTieKind;
extern const RuleKind kPerShareKind;
extern const RuleKind kPercentChangeKind;
extern const RuleKind kPeriodSumKind;
extern const RuleKind kPercentOfTotalKind;
extern const RuleKind kRatioKind;
extern const RuleKind kRollForwardKind;
extern const RuleKind kSegmentSumKind;
extern const RuleKind kTieKind;

/// Parameters of kind `identity`.
struct IdentityParams {
    Formula formula;
    bool adjacent = false;  ///< the operands must be the rows directly above the result
    /// A concept the result may rise to when the numerator carries adjustments the table does not
    /// print (diluted EPS up to basic EPS, for if-converted add-backs): such a miss is a warning.
    std::string adjusted_up_to;
};

/// " in column 'Three Months Ended 05/29/04'" for messages; empty for a column with no header.
[[nodiscard]] std::string column_suffix(const TableFacts& table, size_t column);

}  // namespace crossfoot
