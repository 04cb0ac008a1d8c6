#include "lsp/positions.h"

#include <utf8.h>

namespace crossfoot::lsp {

namespace {

// Bytes of `line` that hold its first `units` UTF-16 units; a unit inside a surrogate pair
// rounds up to the character's end.
size_t bytes_of_units(std::string_view line, int units) {
    auto it = line.begin();
    while (units > 0 && it != line.end()) {
        uint32_t code_point = utf8::unchecked::next(it);
        units -= code_point >= 0x10000 ? 2 : 1;
    }
    return static_cast<size_t>(it - line.begin());
}

}  // namespace

int utf16_units(std::string_view line, int characters) {
    int units = 0;
    auto it = line.begin();
    for (int i = 0; i < characters && it != line.end(); ++i)
        units += utf8::unchecked::next(it) >= 0x10000 ? 2 : 1;
    return units;
}

size_t byte_offset(std::string_view text, LspPosition position) {
    size_t start = 0;
    for (int line = 0; line < position.line; ++line) {
        size_t eol = text.find_first_of("\r\n", start);
        if (eol == std::string_view::npos) return text.size();
        start = eol + (text.compare(eol, 2, "\r\n") == 0 ? 2 : 1);
    }
    size_t eol = text.find_first_of("\r\n", start);
    std::string_view line = text.substr(start, eol == std::string_view::npos ? eol : eol - start);
    return start + bytes_of_units(line, position.character);
}

LspPosition to_lsp(const SourceFile& source, Position position) {
    if (position.line < 1 || source.lines.empty()) return {};
    size_t index = static_cast<size_t>(position.line - 1);
    // A position one past the last line (a span ending with the text) is the end of the last.
    if (index >= source.lines.size()) {
        std::string_view last = source.lines.back();
        return {static_cast<int>(source.lines.size() - 1), utf16_units(last, INT32_MAX)};
    }
    return {position.line - 1, utf16_units(source.lines[index], position.column - 1)};
}

LspRange to_lsp(const SourceFile& source, Range range) {
    return {to_lsp(source, range.begin), to_lsp(source, range.end)};
}

}  // namespace crossfoot::lsp
