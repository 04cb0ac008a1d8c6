// Plain text inside an HTML file: the <TEXT> bodies of an EDGAR submission that hold no HTML,
// and <PRE> blocks. They are read by the plain-text reader, located in the same file.
// Internal to src/document.
#pragma once

#include <gumbo.h>

#include <optional>
#include <string_view>
#include <vector>

#include "crossfoot/document.h"
#include "pipe_rows.h"

namespace crossfoot::detail {

/// A part of an HTML file read on its own: a page, or plain text.
struct Payload {
    TextRange range;
    bool html = true;
};

/// An EDGAR submission wraps each document in <DOCUMENT>, its body in <TEXT>: each body is a
/// page when `is_html` says so of its beginning, else plain text. Any other file is one page.
[[nodiscard]] std::vector<Payload> payloads(std::string_view text,
                                            bool (*is_html)(std::string_view head));

/// The text between an element's start and end tags as written: what a <PRE> holds. Nullopt
/// when either tag was left out.
[[nodiscard]] std::optional<TextRange> element_content(const SourceFile& source,
                                                       const GumboNode& element);

/// The blocks and tables of plain text in an HTML file, read once by the plain-text reader.
class PlainTextParts {
public:
    PlainTextParts(const SourceFile& source, const Vocabulary& words)
        : source_(source), words_(words) {}

    /// Moves into `doc` the blocks and tables that lie wholly within `range`, in order.
    void take(TextRange range, Document& doc);

private:
    const SourceFile& source_;
    const Vocabulary& words_;
    std::optional<Document> read_;  ///< the whole file as plain text, read on first use
};

}  // namespace crossfoot::detail
