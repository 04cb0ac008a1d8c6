// What the reader targets (HTML, Word, pipe tables) share: a document read from a source must
// keep every span inside the source's text, each cell must be the bytes its span covers, and
// extraction and the rules must run on it with every finding inside the text too.
#pragma once

#include "crossfoot/engine.h"
#include "crossfoot/facts.h"
#include "crossfoot/source.h"
#include "fuzz_require.h"
#include "fuzz_rules.h"

namespace crossfoot::fuzz {

inline void require_inside(const Span& span, size_t size) {
    require(span.begin <= span.end && span.end <= size, "span outside the text");
    for (const auto& piece : span.pieces)
        require(piece.begin <= piece.end && piece.end <= size, "span piece outside the text");
}

inline void require_document_inside(const SourceFile& source, const Document& document) {
    size_t size = source.text.size();
    for (const auto& table : document.tables) {
        require_inside(table.span, size);
        for (const auto& row : table.rows) {
            for (const auto& cell : row.cells) {
                if (!cell) continue;
                require_inside(cell->span, size);
                require(source.text_of(cell->span) == cell->text,
                        "a cell's text is not the bytes of its span");
            }
        }
    }
    for (const auto& block : document.blocks) require_inside(block.content.span, size);
    DocumentFacts facts =
        extract_facts(document, built_in_rules().concepts, built_in_rules().vocabulary);
    for (const auto& figure : facts.prose) require_inside(figure.figure.span, size);
    FileReport report;
    run_rules(facts, built_in_rules(), report);
    for (const auto& d : report.diagnostics) require_inside(d.span, size);
}

}  // namespace crossfoot::fuzz
