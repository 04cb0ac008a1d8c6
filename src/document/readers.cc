#include "document/readers.h"

#include <algorithm>
#include <array>
#include <filesystem>

#include "common/text.h"

namespace crossfoot {

namespace {

// One row per reader, most specific first; plain EDGAR text, which accepts any text, is last.
// A test keeps this table and the reader files in step.
// The Word reader sniffs nothing: ingest names it for the text it builds from a .docx.
const std::array<const Reader*, 4> kReaders = {&kPipeTableReader, &kHtmlReader, &kDocxReader,
                                               &kEdgarTextReader};

constexpr size_t kSniffBytes = size_t{64} << 10;

bool claims_extension(const Reader& reader, std::string_view path) {
    std::string ext = text::lower(std::filesystem::path(path).extension().string());
    if (ext.empty()) return false;
    std::string_view list = reader.extensions;
    for (size_t at = list.find(ext); at != std::string_view::npos; at = list.find(ext, at + 1)) {
        size_t end = at + ext.size();
        if (end == list.size() || list[end] == ' ') return true;
    }
    return false;
}

}  // namespace

std::span<const Reader* const> readers() { return kReaders; }

const Reader* find_reader(std::string_view name) {
    for (const Reader* reader : kReaders) {
        if (reader->name == name) return reader;
    }
    return nullptr;
}

const Reader& reader_for(const SourceFile& source) {
    // A text built from a structured file (a Word document) names the reader of its layout.
    if (const Reader* named = find_reader(source.reader); named != nullptr) return *named;
    std::string_view head = std::string_view(source.text).substr(0, kSniffBytes);
    for (const Reader* reader : kReaders) {
        if (reader->sniff(head)) return *reader;
    }
    for (const Reader* reader : kReaders) {
        if (claims_extension(*reader, source.path)) return *reader;
    }
    return kEdgarTextReader;
}

Document read_document(const SourceFile& source, const Vocabulary& words) {
    return reader_for(source).read(source, words);
}

}  // namespace crossfoot
