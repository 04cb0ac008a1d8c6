// Where a plain-text table's columns are, and what their headers say. Internal to src/document.
#pragma once

#include <optional>
#include <vector>

#include "crossfoot/document.h"
#include "line_shape.h"
#include "table_layout.h"

namespace crossfoot::detail {

// Right-aligned figures of one column end within this many characters of each other
// ("30,023" and "(5,919)" differ by the closing parenthesis).
inline constexpr int kAlignmentSlack = 2;

/// A table line and how it is laid out.
struct ShapedLine {
    TableLine line;
    LineShape shape;
};

/// 0-based character position of byte `byte` of a table line as laid out (tabs expanded).
[[nodiscard]] int char_pos(const TableLine& line, size_t byte);

/// Where the figures of each column end: 0-based character positions, left to right. Plain
/// text's geometry, used to build the model and never stored in it.
using ColumnEdges = std::vector<int>;

/// Columns from the right edges of the body's figures (nil dashes do not count).
[[nodiscard]] ColumnEdges infer_columns(const std::vector<ShapedLine>& body);

/// Drops the columns that only one line has and that lie across another column's figures (a
/// row shifted out of line: its figures are the row's, unplaced). Returns where each kept
/// column's tokens begin.
[[nodiscard]] std::vector<int> drop_stray_columns(const std::vector<ShapedLine>& body,
                                                  ColumnEdges& edges);

/// The column a token ending at `right_edge` belongs to; a centred dash may end well short of it.
[[nodiscard]] std::optional<size_t> column_for(const ColumnEdges& edges, int right_edge,
                                               bool centred = false);

/// Header chunks go to every column they overlap, or that the dashes right under them span.
void assign_headers(const SourceFile& source, const std::vector<ShapedLine>& header,
                    const ColumnEdges& right_edges, const std::vector<int>& left_edges,
                    std::vector<Column>& columns);

}  // namespace crossfoot::detail
