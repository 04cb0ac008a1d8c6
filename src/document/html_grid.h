// The grid of an HTML table and the rules its cell borders draw. Internal to src/document.
#pragma once

#include <gumbo.h>

#include <string_view>
#include <utility>
#include <vector>

#include "pipe_rows.h"

namespace crossfoot::detail {

enum Border : unsigned char { kNoBorder = 0, kSingle = 1, kDouble = 2 };

struct GridCell {
    size_t column = 0;  ///< first grid column
    size_t span = 1;    ///< grid columns covered
    PipeCell cell;
    Border top = kNoBorder;
    Border bottom = kNoBorder;
};

using GridRow = std::vector<GridCell>;
using Interval = std::pair<size_t, size_t>;  ///< grid columns [first, end) of one figure column

/// The rule a cell draws on one side ("border-bottom", "border-top"), by its own style or that
/// of a block inside it: "border-bottom:1px solid" -> single, "3px double" -> double.
[[nodiscard]] Border border(const GumboNode& cell, std::string_view side);

/// Sets each row's `rule_below` from the borders of its figure cells (html_borders.cc).
void add_rules(const std::vector<GridRow>& grid, const std::vector<Interval>& columns,
               std::vector<PipeRow>& rows);

}  // namespace crossfoot::detail
