// Rows of a plain-text table: labels (wrapped, sections, captions), cells and rules.
// Internal to src/document.
#pragma once

#include <vector>

#include "columns.h"

namespace crossfoot::detail {

/// Appends the rows of `body` to `table`, whose columns are already known; `words` holds the
/// connectors that carry a wrapped label onto its next line.
void build_rows(const SourceFile& source, const std::vector<ShapedLine>& body,
                const ColumnEdges& edges, Table& table, const Vocabulary& words);

}  // namespace crossfoot::detail
