// libFuzzer target for the HTML reader, called through the registry whatever its sniffer
// says: bytes -> source -> gumbo tree -> document -> facts -> rules -> report. Too deep a tree
// is refused with a ToolError, the one way it may stop.
// No input may crash it, every span must lie inside the file, and a cell's
// text must be the bytes its span covers.
#include <cstdint>
#include <string_view>

#include "crossfoot/engine.h"
#include "crossfoot/facts.h"
#include "crossfoot/reader.h"
#include "crossfoot/source.h"
#include "fuzz_require.h"

namespace {

using namespace crossfoot;

const RuleSet& built_in_rules() {
    static const RuleSet kRules = load_rule_set({});
    return kRules;
}

void require_inside(const Span& span, size_t size) {
    fuzz::require(span.begin <= span.end && span.end <= size, "span outside the file");
    for (const auto& piece : span.pieces)
        fuzz::require(piece.begin <= piece.end && piece.end <= size, "span piece outside the file");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (!non_text_reason(bytes).empty()) return 0;
    SourceFile source = decode_source("fuzz.htm", bytes);
    const Reader* reader = find_reader("html");
    fuzz::require(reader != nullptr, "no html reader");
    Document document;
    try {
        document = reader->read(source, built_in_rules().vocabulary);
    } catch (const ToolError& e) {
        fuzz::require(e.path() == "fuzz.htm", "a reader's error names the file");
        return 0;
    }
    for (const auto& table : document.tables) {
        require_inside(table.span, size);
        for (const auto& row : table.rows) {
            for (const auto& cell : row.cells) {
                if (!cell) continue;
                require_inside(cell->span, size);
                fuzz::require(source.text_of(cell->span) == cell->text,
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
    return 0;
}
