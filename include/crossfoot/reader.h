// Readers: each input format is one file under src/document/ and one row in the table of
// readers() (src/document/readers.cc). The engine, `facts`, the fuzz targets and the benchmark
// choose a reader here and never call one by name.
#pragma once

#include <span>
#include <string_view>

#include "crossfoot/document.h"
#include "crossfoot/vocabulary.h"

namespace crossfoot {

struct Reader {
    std::string_view name;        ///< "edgar-text"
    std::string_view summary;     ///< one line, for `--help` and the docs
    std::string_view extensions;  ///< the file extensions it claims: ".txt .md"
    /// True when the text is evidently in this format, whatever its extension (the first 64 KiB).
    bool (*sniff)(std::string_view head);
    /// Walks a decoded source into the document model; `words` holds the English it reads by
    /// (scale statements, label connectors).
    Document (*read)(const SourceFile& source, const Vocabulary& words);
};

/// Every reader, most specific first: the first whose sniffer accepts the text reads it.
[[nodiscard]] std::span<const Reader* const> readers();
[[nodiscard]] const Reader* find_reader(std::string_view name);

/// The reader for a decoded source: by content first, then by extension, else plain text.
[[nodiscard]] const Reader& reader_for(const SourceFile& source);

/// Reads `source` with the reader that `reader_for` picks.
[[nodiscard]] Document read_document(const SourceFile& source, const Vocabulary& words);

}  // namespace crossfoot
