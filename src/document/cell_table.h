// Rows of cells -> a laid-out Table: the part of table reading that does not depend on how the
// cells were printed. The pipe-table reader (one cell a line) and the HTML reader (one cell a
// <td>) both hand their rows here, each cell already placed in its column.
// Internal to src/document.
#pragma once

#include <optional>
#include <vector>

#include "crossfoot/document.h"
#include "pipe_rows.h"

namespace crossfoot::detail {

/// A table laid out from rows, with the texts where its scale may be stated (the labels of
/// the rows above its figures).
struct LaidOutTable {
    Table table;
    std::vector<LocatedText> scale_candidates;
};

/// Lays out `rows` (label and one cell per column, each with its extent) as a table: column
/// headers from the heading rows above the first figures, each row's kind and figure cells.
/// Nullopt when no row holds figures.
[[nodiscard]] std::optional<LaidOutTable> lay_out_cell_rows(const SourceFile& source,
                                                            const std::vector<PipeRow>& rows);

/// `cell`'s parts as located text, entities decoded, joined with a space.
[[nodiscard]] LocatedText located_cell(const SourceFile& source, const PipeCell& cell);

/// Reads the table's scale from the first of `candidates` that states one.
void read_scale(Table& table, const std::vector<LocatedText>& candidates, const Vocabulary& words);

}  // namespace crossfoot::detail
