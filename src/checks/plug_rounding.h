// Plug rounding: a share printed one unit off so that the shares of a group foot to their
// printed total ("33.3% + 33.3% + 33.4% = 100.0%"). Internal to src/checks.
#pragma once

#include <optional>

#include "crossfoot/check_context.h"
#include "crossfoot/facts.h"

namespace crossfoot {

/// The total row (into TableFacts::rows) of the group of row `row`, when the failing share `rel` of
/// that row is a plug: it misses the computed share by at most one unit of its last digit, and the
/// rows of its group as printed (the data rows between the rules, sections or blank lines around
/// it, up to the total under the next rule) add up in column `amounts` to the total's amount, and
/// in column `shares` exactly to the total's share, all added or the first less the rest.
[[nodiscard]] std::optional<size_t> plug_total(const TableFacts& table, size_t shares,
                                               size_t amounts, size_t row, const Relation& rel);

}  // namespace crossfoot
