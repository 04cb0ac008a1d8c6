// The document model: every input format is walked into these blocks before any rule runs.
// Nothing here says which format a document came from: layout (character columns, indents,
// tags) is the reader's business, and what a check needs to know of it is stated as a fact
// (a row's role, a rule under the figures, a section heading).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "crossfoot/source.h"
#include "crossfoot/vocabulary.h"

namespace crossfoot {

/// Which part of the source a stretch of `LocatedText::text` came from.
struct TextPiece {
    size_t text_begin = 0;    ///< where the piece starts in the text
    size_t source_begin = 0;  ///< decoded bytes [source_begin, source_end) of the source text
    size_t source_end = 0;
    bool verbatim = true;  ///< the piece is those bytes; else it stands for them as a whole
};

/// Text as a check reads it (wrapped lines joined, escapes undone, entities decoded) with the
/// map back to the file: any part of it can be located.
struct LocatedText {
    std::string text;
    Span span;                      ///< all of it
    std::vector<TextPiece> pieces;  ///< in text order; empty when `text` is `span` verbatim

    /// The span of text bytes [begin, end). "Net sales of $30.0\nmillion" joined as one line:
    /// the figure's span has two pieces, one on each line.
    [[nodiscard]] Span span_of(const SourceFile& source, size_t begin, size_t end) const;
};

/// Builds located text piece by piece, in order.
class LocatedTextBuilder {
public:
    explicit LocatedTextBuilder(const SourceFile& source) : source_(&source) {}
    /// Appends decoded source bytes [begin, end) as they are.
    void append(size_t begin, size_t end);
    /// Appends `text` standing for decoded source bytes [begin, end) (an entity, an escape).
    void append_replacement(std::string_view text, size_t begin, size_t end);
    /// Appends text that has no source (the space that joins two wrapped lines).
    void append_separator(std::string_view text);
    [[nodiscard]] bool empty() const { return out_.text.empty(); }
    [[nodiscard]] LocatedText finish();

private:
    const SourceFile* source_;
    LocatedText out_;
};

/// A whole-sentence unit of prose: byte offsets into its block's text.
struct Sentence {
    size_t begin = 0;
    size_t end = 0;
};

enum class BlockKind { heading, paragraph, list_item, quotation, footnote };

/// Narrative text: one logical text per heading, paragraph, list item, quotation or table
/// footnote, split into sentences.
struct TextBlock {
    BlockKind kind = BlockKind::paragraph;
    LocatedText content;
    std::vector<Sentence> sentences;
};

/// How a table's amounts are scaled: "(in thousands, except per share data)".
struct TableScale {
    int exponent = 0;               ///< 3 for thousands, 6 for millions
    bool per_share_exempt = false;  ///< "except per share": EPS rows print dollars
    bool shares_exempt = false;     ///< "except share data": share counts print in full
    /// "except number of shares, which are reflected in thousands": share counts have a scale
    /// of their own.
    std::optional<int> shares_exponent;
    std::optional<LocatedText> statement;
};

/// A column of figures, with the header text stacked above it.
struct Column {
    std::string header;  ///< "Three Months Ended 05/29/04 (unaudited)"
    std::optional<Span> header_span;
};

/// A figure cell as printed: "$    30,023", "(5,919)", "--".
struct Cell {
    std::string text;
    Span span;  ///< its text is the decoded bytes of the span's pieces, in order
};

/// What a row is in its table.
enum class RowKind {
    data,         ///< a label (possibly empty) and figures
    section,      ///< a label with no figures that opens a group: "CURRENT ASSETS"
    caption,      ///< a label with no figures that opens nothing: "Commitments and Contingencies"
    single_rule,  ///< a rule under the figures: the row below it closes a group
    double_rule,  ///< a double rule: what is above it is finished
    header,       ///< column headers repeated inside the body: "2004     2003"
    blank,        ///< a break between groups of rows
};

struct Row {
    RowKind kind = RowKind::blank;
    std::string label;                       ///< wrapped labels joined with one space
    std::vector<Span> label_spans;           ///< one per part of the label as printed
    std::vector<std::optional<Cell>> cells;  ///< one slot per column
    /// Figures of the row that no column takes (misaligned, or unreadable in the encoding):
    /// the row is incomplete, and a total over it cannot be tied.
    std::vector<Cell> unplaced;
    Span span;  ///< where the row's figures (or the rule) stand
};

struct Table {
    Span span;
    std::vector<LocatedText> title;  ///< the lines above the table that name it
    TableScale scale;
    std::vector<Column> columns;
    std::vector<Row> rows;
};

/// A whole release: narrative blocks and tables, in document order.
struct Document {
    const SourceFile* source = nullptr;
    std::vector<TextBlock> blocks;
    std::vector<Table> tables;
};

/// Reads the scale statement of a table title with the scale phrases of `words`:
/// "(in thousands, except per share data)" -> exponent 3, per-share amounts exempt.
[[nodiscard]] std::optional<TableScale> parse_scale_statement(const std::string& text,
                                                              const Vocabulary& words);

/// Sentence boundaries of prose: a full stop, question or exclamation mark followed by a space
/// and a capital, not after an abbreviation ("Inc.", "Mr.") nor inside a figure ("$6.7").
/// The words a stop does not end a sentence after are `words.abbreviations`.
[[nodiscard]] std::vector<Sentence> split_sentences(std::string_view text, const Vocabulary& words);

}  // namespace crossfoot
