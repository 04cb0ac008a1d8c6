// The release as it reads in the HTML report: prose as headings, paragraphs, lists and
// quotations; tables as tables (a label cell, right-aligned figure cells, header rows, the rules
// under figures). Every reader's document renders the same way. Internal to src/emit.
#pragma once

#include <string>

#include "crossfoot/document.h"
#include "emit/html/located.h"

namespace crossfoot::html {

/// The document's blocks and tables in the order of the file, with `writer`'s marks in them,
/// each with the line it starts on.
[[nodiscard]] std::string release_html(const Document& document, MarkWriter& writer);

/// The marks `writer` has not placed (a figure outside every block and table), each with its
/// line and the text around it in the file, so that no mark is lost.
[[nodiscard]] std::string unplaced_html(const SourceFile& source,
                                        const std::vector<FigureMark>& marks, MarkWriter& writer);

}  // namespace crossfoot::html
