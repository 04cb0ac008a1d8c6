// A release as text: decoded to UTF-8, split into lines, with positions that
// point into the original file.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace crossfoot {

/// 1-based line and column; columns count Unicode characters of the original file.
struct Position {
    int line = 0;
    int column = 0;
    friend auto operator<=>(const Position&, const Position&) = default;
};

/// A half-open range [begin, end) of one file.
struct Range {
    Position begin;
    Position end;
    friend auto operator<=>(const Range&, const Range&) = default;
};

enum class Encoding { utf8, windows_1252 };

/// The decoded text of one input, one entry per line without its line ending.
struct SourceFile {
    std::string path;
    std::vector<std::string> lines;
    Encoding encoding = Encoding::utf8;

    /// 1-based column of the byte at `byte_offset` in 0-based line `line_index`.
    /// "café x", offset 6 -> column 6 (é is one character).
    [[nodiscard]] int column_of(size_t line_index, size_t byte_offset) const;
    /// The range of bytes [begin, end) of 0-based line `line_index`.
    [[nodiscard]] Range range_of(size_t line_index, size_t begin, size_t end) const;
};

/// An error of the tool's own input (a rule file, a document, a flag), not a finding.
/// Printed as `path:line:col: error: message` and exits 2. Line 0 means "no line".
class ToolError : public std::runtime_error {
public:
    ToolError(std::string path, const std::string& message, Position where = {})
        : std::runtime_error(message), path_(std::move(path)), where_(where) {}
    [[nodiscard]] const std::string& path() const { return path_; }
    [[nodiscard]] Position where() const { return where_; }

private:
    std::string path_;
    Position where_;
};

/// Why these bytes are not a text release, or empty when they are text.
/// "\x00\x01..." -> "binary file (contains NUL bytes)".
[[nodiscard]] std::string non_text_reason(std::string_view bytes);

/// Decodes bytes (UTF-8, or windows-1252 when they are not valid UTF-8),
/// drops a UTF-8 byte-order mark and splits lines on LF, CRLF or CR.
[[nodiscard]] SourceFile decode_source(std::string path, std::string_view bytes);

/// Reads a file whole. Throws ToolError when it cannot be read or exceeds `max_bytes`.
[[nodiscard]] std::string read_file_bytes(const std::string& path, size_t max_bytes);

}  // namespace crossfoot
