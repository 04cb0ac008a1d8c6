// A release as text, and the source map back to its original bytes.
//
// Every location crossfoot keeps is a `Span`: a file id and byte offsets into the file as it
// was read. Line and column are derived only when a location is written out, from a table of
// line starts by binary search (the way clang keeps locations).
#pragma once

#include <cstddef>
#include <cstdint>
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

/// A half-open range [begin, end) of one file, as the output formats write it.
struct Range {
    Position begin;
    Position end;
    friend auto operator<=>(const Range&, const Range&) = default;
};

/// Which input a span points into: an index into the report's list of sources.
using FileId = std::uint32_t;

/// Bytes [begin, end) of an original file.
struct ByteRange {
    size_t begin = 0;
    size_t end = 0;
    friend auto operator<=>(const ByteRange&, const ByteRange&) = default;
};

/// Where a piece of text came from. Text that is not contiguous in the file (a figure wrapped
/// across lines, split across cells or runs, an escape undone) has its parts in `pieces`, in
/// text order; `begin` and `end` then cover the first to the last of them.
struct Span {
    FileId file = 0;
    size_t begin = 0;
    size_t end = 0;
    std::vector<ByteRange> pieces;  ///< empty when the span is one contiguous run

    [[nodiscard]] bool empty() const { return begin == end; }
    friend bool operator==(const Span&, const Span&) = default;
};

enum class Encoding { utf8, windows_1252, utf16le, utf16be };

/// Where a line stands in a file that has no lines of its own. A Word document is read as a
/// text with one line per paragraph and one per table row (src/ingest/docx_text.cc); each line
/// keeps what a reviewer finds it by in Word.
struct LinePlace {
    enum class Kind : std::uint8_t { paragraph, heading, list_item, footnote, table_row };
    Kind kind = Kind::paragraph;
    std::uint32_t number = 0;  ///< the paragraph, footnote or table, 1-based, in document order
    std::uint32_t row = 0;     ///< table rows: the row of the table, 1-based
    /// Table rows: the decoded bytes of each cell (in `w:tc` order) within the line.
    std::vector<ByteRange> cells;
    /// Table rows: the first column of the table's grid each cell stands in (a cell may span
    /// several, `w:gridSpan`), then one past the last: one more entry than `cells`.
    std::vector<std::uint32_t> grid;
    /// Table rows: the rule drawn under the row's figures (a cell's bottom border): 0 none,
    /// 1 single, 2 double.
    std::uint8_t rule_below = 0;
};

/// UTF-16, either byte order: every character is two original bytes, or four.
[[nodiscard]] bool is_utf16(Encoding encoding);

/// A text may hold one NUL byte in this many bytes (a slip of the tool that wrote it; the NULs
/// read as spaces); more make it binary.
inline constexpr size_t kBytesPerNul = 1024;

/// The decoded text of one input, with the map from decoded text back to the original bytes.
///
/// Readers work on `text` (UTF-8) and make spans with `span()`; emitters turn spans into
/// lines and columns with `range()`.
class SourceFile {
public:
    std::string path;
    FileId id = 0;
    Encoding encoding = Encoding::utf8;
    /// The decoded text (UTF-8, byte-order mark dropped, line endings as in the file).
    std::string text;
    /// Each line of `text` without its line ending.
    std::vector<std::string_view> lines;
    /// NUL bytes of the original, read as spaces in `text`, and the original offset of the first.
    size_t nul_bytes = 0;
    size_t first_nul = 0;
    /// A text built from a structured file (a Word document): one place per line, and the
    /// reader that must read it. Empty for a text file, whose reader is chosen by its content.
    std::vector<LinePlace> places;
    std::string_view reader;

    SourceFile() = default;
    SourceFile(const SourceFile&) = delete;  // `lines` point into `text`
    SourceFile& operator=(const SourceFile&) = delete;
    SourceFile(SourceFile&& other) noexcept { *this = std::move(other); }
    SourceFile& operator=(SourceFile&& other) noexcept;

    /// Offset in `text` of the first byte of 0-based line `line_index`.
    [[nodiscard]] size_t line_offset(size_t line_index) const {
        return static_cast<size_t>(lines[line_index].data() - text.data());
    }
    /// The original byte offset of the decoded byte at `decoded` (one past the end maps past
    /// the end of the original).
    [[nodiscard]] size_t original_offset(size_t decoded) const;
    /// The decoded offset of the original byte at `original`.
    [[nodiscard]] size_t decoded_offset(size_t original) const;

    /// The span of decoded bytes [begin, end) of `text`.
    [[nodiscard]] Span span(size_t begin, size_t end) const;
    /// The span of bytes [begin, end) of 0-based line `line_index`.
    [[nodiscard]] Span span(size_t line_index, size_t begin, size_t end) const;
    /// The part [begin, end) of the text that `whole` covers, where that text is the decoded
    /// bytes of its pieces one after the other.
    [[nodiscard]] Span sub_span(const Span& whole, size_t begin, size_t end) const;

    /// The decoded text a span covers, its pieces joined ("$6.7" and "million" on two lines ->
    /// "$6.7million").
    [[nodiscard]] std::string text_of(const Span& span) const;

    /// Line and column of an original byte offset: binary search in the line-start table.
    [[nodiscard]] Position position(size_t original) const;
    [[nodiscard]] Range range(const Span& span) const {
        return {position(span.begin), position(span.end)};
    }
    /// Where an original offset stands, in words a reviewer finds in the file: "table 3, row 5,
    /// cell 2" or "paragraph 12" for a Word document; empty for a text file, whose line and
    /// column say it.
    [[nodiscard]] std::string place(size_t original) const;
    /// 0-based line holding the original byte offset.
    [[nodiscard]] size_t line_index(size_t original) const;
    /// 1-based column of the byte at `byte_offset` in 0-based line `line_index`.
    /// "café x", offset 6 -> column 6 (é is one character).
    [[nodiscard]] int column_of(size_t line_index, size_t byte_offset) const;

    /// Builds the maps; called once the text and lines are in place.
    void index(size_t bom_bytes, std::vector<std::pair<size_t, size_t>> wide_characters);

private:
    std::vector<size_t> line_starts_;  ///< original offset of each line
    /// Original offsets of the bytes (UTF-8 input) or code units (UTF-16: the second of a
    /// surrogate pair) that continue a character: a column counts characters.
    std::vector<size_t> continuations_;
    /// (decoded offset, original offset) of each character that is not ASCII (windows-1252 and
    /// UTF-16 input), in order; between them, each decoded byte is `unit()` original bytes.
    std::vector<std::pair<size_t, size_t>> wide_;
    /// Original bytes of an ASCII character: 2 in UTF-16, else 1.
    [[nodiscard]] size_t unit() const { return is_utf16(encoding) ? 2 : 1; }
    /// Original bytes of the recorded character whose decoded bytes start at `decoded`.
    [[nodiscard]] size_t original_width(size_t decoded) const;
    size_t bom_ = 0;
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

/// Decodes bytes (UTF-16 after its byte-order mark, UTF-8, or windows-1252 when they are not
/// valid UTF-8), drops a byte-order mark, reads NUL bytes as spaces (counting them) and splits
/// lines on LF, CRLF or CR.
[[nodiscard]] SourceFile decode_source(std::string path, std::string_view bytes);

/// Reads a file whole. Throws ToolError when it cannot be read or exceeds `max_bytes`.
[[nodiscard]] std::string read_file_bytes(const std::string& path, size_t max_bytes);

}  // namespace crossfoot
