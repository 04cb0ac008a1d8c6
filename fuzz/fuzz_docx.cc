// libFuzzer target for Word documents: bytes starting "PK" are read as a .docx (zip, limits,
// XML), anything else as the XML of word/document.xml, so mutations reach the XML walker
// without breaking a zip checksum first. No input may crash it, hang it or throw anything but
// a ToolError; a document read must give spans inside its text and places for every line.
#include <cstdint>
#include <string_view>

#include "crossfoot/docx.h"
#include "crossfoot/engine.h"
#include "crossfoot/facts.h"
#include "crossfoot/reader.h"
#include "fuzz_require.h"

namespace {

using namespace crossfoot;

const RuleSet& built_in_rules() {
    static const RuleSet kRules = load_rule_set({});
    return kRules;
}

void require_inside(const Span& span, size_t size) {
    fuzz::require(span.begin <= span.end && span.end <= size, "span outside the text");
    for (const auto& piece : span.pieces)
        fuzz::require(piece.begin <= piece.end && piece.end <= size, "span piece outside the text");
}

// Limits small enough that the fuzzer meets them, and cannot spend its time inflating.
DocxLimits fuzz_limits() {
    DocxLimits limits;
    limits.max_entry_bytes = size_t{4} << 20;
    limits.max_depth = 64;
    limits.max_row_cells = 64;
    limits.max_cells = 4096;
    return limits;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    SourceFile source;
    try {
        source = bytes.substr(0, 2) == "PK"
                     ? read_docx("fuzz.docx", bytes, fuzz_limits())
                     : read_wordprocessing_xml("fuzz.docx", bytes, "", fuzz_limits());
    } catch (const ToolError& e) {
        fuzz::require(e.path() == "fuzz.docx", "an input error names another file");
        return 0;
    }
    fuzz::require(source.places.size() == source.lines.size(), "a line without its place");
    const Reader& reader = reader_for(source);
    fuzz::require(reader.name == "docx", "a Word document read by another reader");
    Document document = reader.read(source, built_in_rules().vocabulary);
    size_t text_size = source.text.size();
    for (const auto& table : document.tables) {
        require_inside(table.span, text_size);
        for (const auto& row : table.rows) {
            for (const auto& cell : row.cells) {
                if (!cell) continue;
                require_inside(cell->span, text_size);
                fuzz::require(source.text_of(cell->span) == cell->text,
                              "a cell's text is not the bytes of its span");
                (void)source.place(cell->span.begin);
            }
        }
    }
    for (const auto& block : document.blocks) require_inside(block.content.span, text_size);
    DocumentFacts facts =
        extract_facts(document, built_in_rules().concepts, built_in_rules().vocabulary);
    FileReport report;
    run_rules(facts, built_in_rules(), report);
    for (const auto& d : report.diagnostics) require_inside(d.span, text_size);
    return 0;
}
