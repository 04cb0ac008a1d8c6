// libFuzzer target for the pipe-table reader (text converted from HTML), called through the
// registry whatever its sniffer says: bytes -> source -> document -> facts -> rules -> report.
// No input may crash it or make it throw, every span must lie inside the file, and a cell's
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
    SourceFile source = decode_source("fuzz.txt", bytes);
    const Reader* reader = find_reader("pipe-tables");
    fuzz::require(reader != nullptr, "no pipe-tables reader");
    Document document = reader->read(source, fuzz::built_in_rules().vocabulary);
    fuzz::require_document_inside(source, document);
    return 0;
}
