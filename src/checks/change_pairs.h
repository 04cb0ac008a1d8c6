// Which two columns a change column compares, and which of them is the current one. Internal to
// src/checks.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "crossfoot/facts.h"

namespace crossfoot {

struct ColumnPair {
    size_t current = 0;
    size_t prior = 0;
};

/// The verdict of one row for a pair of columns: held, failed, or nothing to relate.
using RowVerdict = std::function<std::optional<bool>(size_t row, const ColumnPair& pair)>;

struct PairChoice {
    std::optional<ColumnPair> pair;
    /// Why no pair was chosen, when the column has figures a pair could relate; empty when
    /// there is nothing to say.
    std::string reason;
};

/// The columns change column `change` compares. First as printed: the two columns of amounts
/// since the previous change column (the two that name a period, when there are more), or the
/// one before it and the one after it; the later period is the current one, else the first
/// printed. When that pair fails in more than a quarter of the rows, the one other pair of
/// `operands` that holds in all but a fifth of at least three rows (two-column layouts such as
/// "current | change | prior | change | year-ago", whose second change skips a column).
/// `is_change` marks every change column of the table, `rows` the rows to read.
[[nodiscard]] PairChoice choose_pair(const TableFacts& table, size_t change,
                                     const std::vector<size_t>& operands,
                                     const std::vector<bool>& is_change,
                                     const std::vector<size_t>& rows, const RowVerdict& verdict);

/// For a column of percentages whose header the layout lost (the word "Change" read as a row):
/// the one pair of `operands` that gives it in at least four rows and fails in at most one in
/// ten. None otherwise: such a column is not known to be a change.
[[nodiscard]] std::optional<ColumnPair> fitted_pair(const std::vector<size_t>& operands,
                                                    const std::vector<size_t>& rows,
                                                    const RowVerdict& verdict);

}  // namespace crossfoot
