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
#include "fuzz_document.h"

using namespace crossfoot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (!non_text_reason(bytes).empty()) return 0;
    SourceFile source = decode_source("fuzz.htm", bytes);
    const Reader* reader = find_reader("html");
    fuzz::require(reader != nullptr, "no html reader");
    Document document;
    try {
        document = reader->read(source, fuzz::built_in_rules().vocabulary);
    } catch (const ToolError& e) {
        fuzz::require(e.path() == "fuzz.htm", "a reader's error names the file");
        return 0;
    }
    fuzz::require_document_inside(source, document);
    return 0;
}
