// Rows that state a balance at a date, and the roll-forwards they frame: an opening row, the
// movements below it, and the row that closes them. Internal to src/checks.
#pragma once

#include <string>
#include <vector>

#include "crossfoot/check_context.h"
#include "crossfoot/facts.h"
#include "crossfoot/vocabulary.h"

namespace crossfoot {

/// What a row's label says about the balance it prints.
enum class BalanceRole {
    none,     ///< a movement, or not part of a roll-forward
    opening,  ///< "Balance at beginning of period": at the start of the column's period
    closing,  ///< "Balance at end of period": at the end of the column's period
    dated,    ///< "Balance, December 31, 2004": closes the rows above and opens those below
};

/// The role `label` (normalised) plays, from `words`' balance lists.
[[nodiscard]] BalanceRole balance_role(const std::string& label, const Vocabulary& words);

/// One roll-forward of a table: indices into TableFacts::rows.
struct RollBlock {
    size_t opening = 0;
    std::vector<size_t> movements;
    size_t closing = 0;
};

/// The roll-forwards of `table`, in order: from each opening (or dated) row to the next closing
/// (or dated) row. An opening row with no closing row below it frames nothing.
[[nodiscard]] std::vector<RollBlock> roll_blocks(const TableFacts& table, const Vocabulary& words);

/// "balance at end of period" and "balance at beginning of period" name the same balance: the
/// labels agree once their closing and opening phrases are taken out.
[[nodiscard]] bool same_balance(const std::string& closing, const std::string& opening,
                                const Vocabulary& words);

/// No table a reader ticks prints more periods than this: a wider one is not related across its
/// columns (pairing them would cost time quadratic in its width).
inline constexpr size_t kMaxPeriodColumns = 64;

/// Two columns of `table` print one period (as reported and as restated, in two currencies):
/// which column a figure of another period goes with is not known. A table wider than
/// kMaxPeriodColumns counts as one.
[[nodiscard]] bool parallel_columns(const TableFacts& table);

/// Ties the balances of `blocks` that stand at one date: the opening balance of a period and
/// the closing balance of the period before it (columns of `table` whose periods meet), the
/// closing balances of two periods ending on one day, and a closing row with the opening row
/// printed right below it for the next roll-forward.
void tie_balances(const RuleSpec& rule, CheckContext& ctx, const TableFacts& table,
                  const std::vector<RollBlock>& blocks);

/// Each row of the roll-forwards of a statement of stockholders' equity, across: the columns of
/// the components add to the total column (the last column whose header names a total). The
/// first balance row shows which columns the total adds; when it does not hold, nothing is.
void foot_total_column(const RuleSpec& rule, CheckContext& ctx, const TableFacts& table,
                       const std::vector<RollBlock>& blocks);

}  // namespace crossfoot
