// The document model: every input format is walked into these blocks before
// any rule runs. Each piece of text keeps its range in the original file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "crossfoot/source.h"
#include "crossfoot/vocabulary.h"

namespace crossfoot {

/// Text of one line of the original file.
struct TextSpan {
    std::string text;
    Range range;
};

enum class BlockKind { heading, paragraph, list_item };

/// Narrative text: a heading, a paragraph or a list item, line by line.
struct TextBlock {
    BlockKind kind = BlockKind::paragraph;
    std::vector<TextSpan> lines;
};

/// How a table's amounts are scaled: "(in thousands, except per share data)".
struct TableScale {
    int exponent = 0;               ///< 3 for thousands, 6 for millions
    bool per_share_exempt = false;  ///< "except per share": EPS rows print dollars
    bool shares_exempt = false;     ///< "except share data": share counts print in full
    std::optional<TextSpan> statement;
};

/// A column of figures, with the header text stacked above it.
struct Column {
    std::string header;  ///< "Three Months Ended 05/29/04 (unaudited)"
    std::optional<Range> header_range;
    int right_edge = 0;  ///< 0-based character position where its figures end
};

struct Cell {
    std::string text;  ///< the token as printed: "$    30,023", "(5,919)", "--"
    Range range;
};

enum class RowKind {
    data,         ///< a label (possibly empty) and figures
    section,      ///< a label with no figures that opens a group: "CURRENT ASSETS"
    caption,      ///< a label with no figures that opens nothing: "Commitments and Contingencies"
    single_rule,  ///< "-----------"
    double_rule,  ///< "==========="
    header,       ///< column headers repeated inside the body: "2004     2003"
    blank,
};

struct Row {
    RowKind kind = RowKind::blank;
    std::string label;                ///< wrapped labels joined with one space
    std::vector<Range> label_ranges;  ///< one per physical line of the label
    int indent = 0;
    std::vector<std::optional<Cell>> cells;  ///< one slot per column
    int line = 0;                            ///< 1-based line of the figures (or of the rule)
};

struct Table {
    Range range;
    std::vector<TextSpan> title;  ///< the lines above the table that name it
    TableScale scale;
    std::vector<Column> columns;
    std::vector<Row> rows;
    bool tagged = false;  ///< inside <TABLE> ... </TABLE>
};

/// A whole release: narrative blocks and tables, in document order.
struct Document {
    const SourceFile* source = nullptr;
    std::vector<TextBlock> blocks;
    std::vector<Table> tables;
};

/// Walks EDGAR plain text (with or without the SGML wrapper) into a Document.
/// Handles <PAGE>, <TABLE>/<CAPTION>/<S>/<C>/<FN>, dash-escaped lines and untagged
/// whitespace-aligned tables. `words` gives the scale statements and the connectors of
/// wrapped labels.
[[nodiscard]] Document parse_edgar_text(const SourceFile& source, const Vocabulary& words);

/// Reads the scale statement of a table title with the scale phrases of `words`:
/// "(in thousands, except per share data)" -> exponent 3, per-share amounts exempt.
[[nodiscard]] std::optional<TableScale> parse_scale_statement(const std::string& text,
                                                              const Vocabulary& words);

}  // namespace crossfoot
