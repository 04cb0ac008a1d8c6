// The rows of text converted from HTML with "|"-separated cells, one cell a line:
//
//     Inventories | |          <- the label cell, padded
//     | 278,791 | | |          <- one line per column
//     $ | 183,105 | |
//     | (617 | ) | |          <- a negative figure split across two cells
//
// Rows are groups of lines with blank lines between them. Internal to src/document.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "crossfoot/document.h"

namespace crossfoot::detail {

/// Decoded bytes [begin, end) of the source text.
struct TextRange {
    size_t begin = 0;
    size_t end = 0;
};

/// One cell as printed: its non-empty parts, in order ("$" and "508,758"; "(617" and ")").
struct PipeCell {
    std::vector<TextRange> parts;
    std::string text;  ///< the parts with entities decoded, joined with a space
};

/// A row group: the label cell and one cell per column.
struct PipeRow {
    size_t first_line = 0;  ///< 0-based, inclusive
    size_t last_line = 0;
    PipeCell label;
    std::vector<PipeCell> cells;
    size_t first_cell_line = 0;  ///< where the cells begin
    /// A rule printed under the row's figures (a cell border), read as a rule row after it.
    std::optional<RowKind> rule_below;

    [[nodiscard]] bool all_empty() const;
};

/// Reads lines [first, last] (all non-blank) as one row group; nullopt when they are not one.
[[nodiscard]] std::optional<PipeRow> read_pipe_row(const SourceFile& source, size_t first,
                                                   size_t last);

/// The figure cell of `cell`: its parts joined as printed ("$508,758", "(617)"), with one span
/// piece per part. Nullopt when a part is an HTML reference ("&ndash;"): its text would not be
/// the bytes it stands on.
[[nodiscard]] std::optional<Cell> figure_cell(const SourceFile& source, const PipeCell& cell);

/// The span of several ranges of the source, as pieces when they are not contiguous.
[[nodiscard]] Span span_of_ranges(const SourceFile& source, const std::vector<TextRange>& ranges);

/// A column heading rather than a figure: "June 30, 2026", "RMB", or a year alone, "2026".
[[nodiscard]] bool heading_text(const SourceFile& source, const PipeCell& cell);

/// A line that is only "|" and spaces.
[[nodiscard]] bool only_pipes(std::string_view line);

/// Lays out row groups as a table (cell_table.cc): each row's role, the column headings and
/// the figure cells. Nullopt when no row holds figures. The labels above the first figures are
/// added to `scale_candidates`: a scale statement may stand there.
[[nodiscard]] std::optional<Table> build_cell_table(const SourceFile& source,
                                                    const std::vector<PipeRow>& rows,
                                                    std::vector<LocatedText>& scale_candidates);

/// Names a table with the lines of `title` and reads its scale there or else in
/// `scale_candidates`.
void name_table(Table& table, std::vector<LocatedText> title,
                std::vector<LocatedText> scale_candidates, const Vocabulary& words);

/// The narrative of every line not `taken` (by a table): paragraphs, headings and
/// "| &middot; | ..." list items, references decoded (pipe_prose.cc).
void collect_pipe_prose(const SourceFile& source, const std::vector<bool>& taken,
                        const Vocabulary& words, Document& doc);

}  // namespace crossfoot::detail
