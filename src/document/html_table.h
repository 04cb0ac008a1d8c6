// An HTML <table> as a grid of cells (rowspan and colspan placed), its columns collapsed to the
// columns of figures: the "$" before a figure, the ")" or "%" after it and the empty spacer
// cells between columns belong to no column of their own. Internal to src/document.
#pragma once

#include <gumbo.h>

#include <optional>
#include <vector>

#include "cell_table.h"

namespace crossfoot::detail {

/// The most grid columns and cells a table may have; a larger one is read as text.
inline constexpr size_t kMaxGridColumns = 1000;
inline constexpr size_t kMaxGridCells = size_t{1} << 20;

struct HtmlTable {
    LaidOutTable laid_out;
    /// The labels of the rows above the first figures or headings that have nothing in any
    /// column: the statement's name and scale printed inside the table.
    std::vector<LocatedText> captions;
};

/// Reads a <table> element that holds no table: nullopt when no row of it holds figures
/// (a layout of text, a list of bullets) or when it is too large to lay out.
[[nodiscard]] std::optional<HtmlTable> read_html_table(const SourceFile& source,
                                                       const GumboNode& table);

}  // namespace crossfoot::detail
