#include "crossfoot/source.h"

#include <algorithm>
#include <array>

namespace crossfoot {

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the UTF-8 sequence starting at `i`, or 0 when it is malformed.
size_t utf8_sequence_length(std::string_view s, size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    if (n == 2 && c < 0xC2) return 0;  // overlong
    for (size_t k = 1; k < n; ++k) {
        if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return 0;
    }
    return n;
}

bool is_valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        size_t n = utf8_sequence_length(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// windows-1252 bytes 0x80-0x9F; the five undefined ones map to themselves as C1 controls.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

// Records (decoded offset, original offset) of every character that takes more than one byte
// in UTF-8, so that spans can point at the original bytes.
std::string windows_1252_to_utf8(std::string_view bytes,
                                 std::vector<std::pair<size_t, size_t>>& wide) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (size_t i = 0; i < bytes.size(); ++i) {
        auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x80) wide.emplace_back(out.size(), i);
        append_utf8(out, c >= 0x80 && c < 0xA0 ? kCp1252High[c - 0x80] : char32_t{c});
    }
    return out;
}

// Bytes of the UTF-8 sequence that starts with `lead`.
size_t utf8_width(unsigned char lead) {
    return lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
}

}  // namespace

SourceFile& SourceFile::operator=(SourceFile&& other) noexcept {
    // `lines` point into `text`, whose buffer may be inline: re-point them after the move.
    std::vector<std::pair<size_t, size_t>> extents;
    extents.reserve(other.lines.size());
    for (auto line : other.lines)
        extents.emplace_back(static_cast<size_t>(line.data() - other.text.data()), line.size());
    path = std::move(other.path);
    id = other.id;
    encoding = other.encoding;
    text = std::move(other.text);
    lines.clear();
    lines.reserve(extents.size());
    for (auto [at, size] : extents) lines.emplace_back(text.data() + at, size);
    other.lines.clear();
    line_starts_ = std::move(other.line_starts_);
    continuations_ = std::move(other.continuations_);
    wide_ = std::move(other.wide_);
    bom_ = other.bom_;
    return *this;
}

void SourceFile::index(size_t bom_bytes, std::vector<std::pair<size_t, size_t>> wide_characters) {
    bom_ = bom_bytes;
    wide_ = std::move(wide_characters);
    line_starts_.clear();
    line_starts_.reserve(lines.size());
    for (size_t i = 0; i < lines.size(); ++i)
        line_starts_.push_back(original_offset(line_offset(i)));
    if (line_starts_.empty()) line_starts_.push_back(bom_);
    continuations_.clear();
    if (encoding != Encoding::utf8) return;
    for (size_t i = 0; i < text.size(); ++i) {
        if (is_continuation(static_cast<unsigned char>(text[i])))
            continuations_.push_back(i + bom_);
    }
}

size_t SourceFile::original_offset(size_t decoded) const {
    if (wide_.empty()) return decoded + bom_;
    // The last wide character at or before `decoded`.
    auto it = std::upper_bound(wide_.begin(), wide_.end(), decoded,
                               [](size_t d, const auto& w) { return d < w.first; });
    if (it == wide_.begin()) return decoded + bom_;
    const auto& [d, o] = *std::prev(it);
    size_t width = utf8_width(static_cast<unsigned char>(text[d]));
    // Inside a character: its first byte. After it: one original byte per decoded byte.
    if (decoded < d + width) return o + bom_;
    return o + 1 + (decoded - d - width) + bom_;
}

size_t SourceFile::decoded_offset(size_t original) const {
    size_t o = original < bom_ ? 0 : original - bom_;
    if (wide_.empty()) return o;
    auto it = std::upper_bound(wide_.begin(), wide_.end(), o,
                               [](size_t x, const auto& w) { return x < w.second; });
    if (it == wide_.begin()) return o;
    const auto& [d, w_o] = *std::prev(it);
    if (o == w_o) return d;
    return d + utf8_width(static_cast<unsigned char>(text[d])) + (o - w_o - 1);
}

Span SourceFile::span(size_t begin, size_t end) const {
    return Span{id, original_offset(begin), original_offset(end), {}};
}

Span SourceFile::span(size_t line_index, size_t begin, size_t end) const {
    size_t at = line_offset(line_index);
    return span(at + begin, at + end);
}

Span SourceFile::sub_span(const Span& whole, size_t begin, size_t end) const {
    if (whole.pieces.empty()) {
        size_t at = decoded_offset(whole.begin);
        return span(at + begin, at + end);
    }
    Span out{id, 0, 0, {}};
    size_t text_at = 0;
    for (const auto& piece : whole.pieces) {
        size_t d_begin = decoded_offset(piece.begin);
        size_t length = decoded_offset(piece.end) - d_begin;
        size_t lo = std::max(begin, text_at);
        size_t hi = std::min(end, text_at + length);
        if (lo < hi || (begin == end && begin >= text_at && begin <= text_at + length)) {
            Span part = span(d_begin + (lo - text_at), d_begin + (std::max(lo, hi) - text_at));
            out.pieces.push_back({part.begin, part.end});
        }
        text_at += length;
    }
    if (out.pieces.empty()) return Span{id, whole.end, whole.end, {}};
    out.begin = out.pieces.front().begin;
    out.end = out.pieces.back().end;
    if (out.pieces.size() == 1) out.pieces.clear();
    return out;
}

size_t SourceFile::line_index(size_t original) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), original);
    return it == line_starts_.begin() ? 0 : static_cast<size_t>(it - line_starts_.begin()) - 1;
}

Position SourceFile::position(size_t original) const {
    size_t line = line_index(original);
    size_t start = line_starts_[line];
    size_t bytes = original > start ? original - start : 0;
    // A column counts characters: UTF-8 continuation bytes between the line start and the
    // offset are not columns of their own.
    auto first = std::lower_bound(continuations_.begin(), continuations_.end(), start);
    auto last = std::lower_bound(first, continuations_.end(), original);
    bytes -= static_cast<size_t>(last - first);
    return {static_cast<int>(line) + 1, static_cast<int>(bytes) + 1};
}

int SourceFile::column_of(size_t line_index, size_t byte_offset) const {
    std::string_view line = lines.at(line_index);
    byte_offset = std::min(byte_offset, line.size());
    return position(original_offset(line_offset(line_index) + byte_offset)).column;
}

std::string non_text_reason(std::string_view bytes) {
    if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
        return "binary file (a zip archive)";
    }
    size_t controls = 0;
    for (char ch : bytes) {
        auto c = static_cast<unsigned char>(ch);
        if (c == 0) return "binary file (contains NUL bytes)";
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
    }
    if (controls > bytes.size() / 100 + 8) return "binary file (control characters)";
    return {};
}

SourceFile decode_source(std::string path, std::string_view bytes) {
    SourceFile source;
    source.path = std::move(path);
    size_t bom = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bytes.remove_prefix(3);
        bom = 3;
    }
    std::vector<std::pair<size_t, size_t>> wide;
    if (is_valid_utf8(bytes)) {
        source.text.assign(bytes);
    } else {
        source.encoding = Encoding::windows_1252;
        source.text = windows_1252_to_utf8(bytes, wide);
    }
    std::string_view text = source.text;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        source.lines.push_back(text.substr(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < text.size()) source.lines.push_back(text.substr(start));
    source.index(bom, std::move(wide));
    return source;
}

}  // namespace crossfoot
