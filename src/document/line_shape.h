// How one line of a plain-text table is laid out: a label on the left and
// value tokens aligned in columns on the right. Internal to src/document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crossfoot::detail {

/// A byte span [begin, end) of a line.
struct Extent {
    size_t begin = 0;
    size_t end = 0;
};

enum class LineKind { blank, single_rule, double_rule, data, label_only, year_header };

struct LineShape {
    LineKind kind = LineKind::blank;
    size_t indent = 0;          ///< bytes of leading white space
    Extent label;               ///< empty when the line is only figures
    std::vector<Extent> cells;  ///< value tokens, left to right
    size_t widest_gap = 0;      ///< the white space before the first cell
};

/// Reads a line: "Inventories      11,596    7,524" -> label "Inventories", two cells.
/// A value token must stand `min_gap` or more spaces from the text on its left, so
/// figures inside a label ("allowances of $2,026 (2004)") stay in the label.
[[nodiscard]] LineShape analyze_line(std::string_view line, size_t min_gap);

/// "   2004      2003" -> true: a row of years with no label heads columns, it holds no figures.
[[nodiscard]] bool is_year_row(std::string_view line, const LineShape& shape);

/// "-----   -----" -> true; "=====" sets `is_double`.
[[nodiscard]] bool is_rule_line(std::string_view line, bool& is_double);

/// True for a token a table cell may hold: a figure, a nil dash, "N/A", "NM".
[[nodiscard]] bool is_value_token(std::string_view token);

}  // namespace crossfoot::detail
