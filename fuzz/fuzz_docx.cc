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
#include "fuzz_document.h"

namespace {

using namespace crossfoot;

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
    Document document = reader.read(source, fuzz::built_in_rules().vocabulary);
    for (const auto& table : document.tables) {
        for (const auto& row : table.rows) {
            for (const auto& cell : row.cells) {
                if (cell) (void)source.place(cell->span.begin);
            }
        }
    }
    fuzz::require_document_inside(source, document);
    return 0;
}
