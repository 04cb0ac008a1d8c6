// Figures that a table line's label holds, found once the columns are known: each function
// takes them off the end of `label` (shortening it) and returns them. Internal to src/document.
#pragma once

#include <optional>
#include <vector>

#include "columns.h"

namespace crossfoot::detail {

/// "Sales   4,180 ,000": a misprinted figure ending on a column's edge is that column's cell,
/// unreadable, rather than words of the label.
[[nodiscard]] std::optional<Cell> misprint_in_label(const SourceFile& source,
                                                    const ColumnEdges& edges, const ShapedLine& l,
                                                    Extent& label);

/// "Inventories   11,5\xff96": a figure with a byte the encoding does not read, anywhere: the
/// row's, unplaced.
[[nodiscard]] std::optional<Cell> garbled_in_label(const SourceFile& source, const ShapedLine& l,
                                                   Extent& label);

/// "Net loss (27,390) (17,824)": figures a single space apart that end on columns' edges.
[[nodiscard]] std::vector<Extent> aligned_in_label(const ColumnEdges& edges, const ShapedLine& l,
                                                   Extent& label);

}  // namespace crossfoot::detail
