// Word documents (.docx): a zip of XML, read as a text with one line per paragraph and one per
// table row. Each line keeps its place in the document (SourceFile::places), so every finding
// can say where a reviewer finds it in Word: "table 3, row 5, cell 2", "paragraph 12".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "crossfoot/source.h"

namespace crossfoot {

/// What a Word document may hold before it is refused: a zip bomb, a table of a million cells
/// or XML nested a million deep is an input error, never unbounded memory or a crash.
struct DocxLimits {
    size_t max_entry_bytes = size_t{64} << 20;  ///< an XML part, uncompressed
    size_t max_ratio = 100;                     ///< uncompressed to compressed size of a part
    size_t ratio_floor = size_t{1} << 20;       ///< parts smaller than this are not ratio-checked
    size_t max_depth = 256;                     ///< XML elements nested
    size_t max_row_cells = 1024;                ///< grid columns of one table row
    size_t max_cells = size_t{1} << 20;         ///< table cells of the whole document
};

/// A zip archive holding word/document.xml: a Word document whatever its name.
[[nodiscard]] bool looks_like_docx(std::string_view bytes);

/// Reads the body (word/document.xml) and footnotes (word/footnotes.xml) of a Word document.
/// Page headers and footers are not read; deleted text of tracked changes and field codes are
/// not text. Throws ToolError naming `path` when the file is not a Word document that can be
/// read within `limits`.
[[nodiscard]] SourceFile read_docx(std::string path, std::string_view bytes,
                                   const DocxLimits& limits = {});

/// The same from the XML of the parts: `body` is word/document.xml, `footnotes` is
/// word/footnotes.xml or empty.
[[nodiscard]] SourceFile read_wordprocessing_xml(std::string path, std::string_view body,
                                                 std::string_view footnotes,
                                                 const DocxLimits& limits = {});

}  // namespace crossfoot
