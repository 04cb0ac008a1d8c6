// Positions as the Language Server Protocol counts them: 0-based lines, UTF-16 code units.
// crossfoot's own positions (contracts.md) count Unicode characters from 1.
#pragma once

#include <cstddef>
#include <string_view>

#include "crossfoot/source.h"

namespace crossfoot::lsp {

struct LspPosition {
    int line = 0;
    int character = 0;  ///< UTF-16 code units from the start of the line
    friend auto operator<=>(const LspPosition&, const LspPosition&) = default;
};

struct LspRange {
    LspPosition start;
    LspPosition end;
};

/// UTF-16 code units of the first `characters` characters of `line` (valid UTF-8); past its
/// end counts to its end. ("a€𝄞b", 3) -> 4: € is one unit, 𝄞 two.
[[nodiscard]] int utf16_units(std::string_view line, int characters);

/// Byte offset of the LSP position in `text` (lines end at LF, CRLF or CR); a position past
/// the end of its line is the end of the line, past the last line the end of the text.
[[nodiscard]] size_t byte_offset(std::string_view text, LspPosition position);

/// The LSP position of a crossfoot position (1-based line, character column) in `source`.
[[nodiscard]] LspPosition to_lsp(const SourceFile& source, Position position);
[[nodiscard]] LspRange to_lsp(const SourceFile& source, Range range);

}  // namespace crossfoot::lsp
