// Writes the text of the document model (a paragraph, a table cell, a label) as HTML with the
// report's marks in it: each figure a <mark> at its place, found through the source map, so
// the marks stand where the spans say whatever the input format. Internal to src/emit.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crossfoot/document.h"
#include "emit/html/marks.h"

namespace crossfoot::html {

/// Where a stretch [text_begin, text_end) of a rendered text stands in the source text: decoded
/// bytes [source_begin, source_end). A stretch that is not verbatim stands for them as a whole.
struct Segment {
    size_t text_begin = 0;
    size_t text_end = 0;
    size_t source_begin = 0;
    size_t source_end = 0;
    bool verbatim = true;
};

class MarkWriter {
public:
    MarkWriter(const SourceFile& source, const std::vector<FigureMark>& marks, std::string prefix);

    /// Prose: its text with the marks that fall in it.
    [[nodiscard]] std::string write(const LocatedText& text);
    /// A cell or a label whose text is the decoded bytes of `span`'s pieces; plain `text` when
    /// it is not.
    [[nodiscard]] std::string write(std::string_view text, const Span& span);
    /// The marks no text written so far held, in text order.
    [[nodiscard]] std::vector<size_t> unplaced() const;
    /// The <mark> that opens mark `m` (with its id the first time it is written).
    [[nodiscard]] std::string open_mark(size_t m);

private:
    [[nodiscard]] std::string write(std::string_view text, const std::vector<Segment>& segments,
                                    const Span& covering);

    const SourceFile& source_;
    const std::vector<FigureMark>& marks_;
    std::string prefix_;
    std::vector<bool> placed_;
    std::vector<std::vector<ByteRange>> decoded_;  ///< each mark's pieces, in decoded bytes
};

/// Text as it reads, escaped: control characters (a form feed between pages) shown as spaces.
void append_text(std::string& out, std::string_view text);

}  // namespace crossfoot::html
