#include "crossfoot/source.h"

#include <algorithm>

namespace crossfoot {

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

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
    nul_bytes = other.nul_bytes;
    first_nul = other.first_nul;
    places = std::move(other.places);
    reader = other.reader;
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
    if (is_utf16(encoding)) {
        for (const auto& [d, o] : wide_) {
            if (original_width(d) == 4) continuations_.push_back(o + 2 + bom_);
        }
        return;
    }
    if (encoding != Encoding::utf8) return;
    for (size_t i = 0; i < text.size(); ++i) {
        if (is_continuation(static_cast<unsigned char>(text[i])))
            continuations_.push_back(i + bom_);
    }
}

size_t SourceFile::original_width(size_t decoded) const {
    if (!is_utf16(encoding)) return 1;
    return utf8_width(static_cast<unsigned char>(text[decoded])) == 4 ? 4 : 2;
}

size_t SourceFile::original_offset(size_t decoded) const {
    // The last wide character at or before `decoded`.
    auto it = std::upper_bound(wide_.begin(), wide_.end(), decoded,
                               [](size_t d, const auto& w) { return d < w.first; });
    if (it == wide_.begin()) return decoded * unit() + bom_;
    const auto& [d, o] = *std::prev(it);
    size_t width = utf8_width(static_cast<unsigned char>(text[d]));
    // Inside a character: its first byte. After it: `unit()` original bytes per decoded byte.
    if (decoded < d + width) return o + bom_;
    return o + original_width(d) + (decoded - d - width) * unit() + bom_;
}

size_t SourceFile::decoded_offset(size_t original) const {
    size_t o = original < bom_ ? 0 : original - bom_;
    auto it = std::upper_bound(wide_.begin(), wide_.end(), o,
                               [](size_t x, const auto& w) { return x < w.second; });
    if (it == wide_.begin()) return o / unit();
    const auto& [d, w_o] = *std::prev(it);
    if (o < w_o + original_width(d)) return d;
    return d + utf8_width(static_cast<unsigned char>(text[d])) +
           (o - w_o - original_width(d)) / unit();
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

std::string SourceFile::text_of(const Span& span) const {
    auto piece = [&](size_t begin, size_t end) {
        size_t from = decoded_offset(begin);
        return std::string_view(text).substr(from, decoded_offset(end) - from);
    };
    if (span.pieces.empty()) return std::string(piece(span.begin, span.end));
    std::string out;
    for (const auto& p : span.pieces) out += piece(p.begin, p.end);
    return out;
}

size_t SourceFile::line_index(size_t original) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), original);
    return it == line_starts_.begin() ? 0 : static_cast<size_t>(it - line_starts_.begin()) - 1;
}

Position SourceFile::position(size_t original) const {
    size_t line = line_index(original);
    size_t start = line_starts_[line];
    size_t units = (original > start ? original - start : 0) / unit();
    // A column counts characters: UTF-8 continuation bytes (the second half of a UTF-16
    // surrogate pair) between the line start and the offset are not columns of their own.
    auto first = std::lower_bound(continuations_.begin(), continuations_.end(), start);
    auto last = std::lower_bound(first, continuations_.end(), original);
    units -= static_cast<size_t>(last - first);
    return {static_cast<int>(line) + 1, static_cast<int>(units) + 1};
}

std::string SourceFile::place(size_t original) const {
    if (places.empty()) return {};
    size_t line = line_index(original);
    if (line >= places.size()) return {};
    const LinePlace& at = places[line];
    switch (at.kind) {
        case LinePlace::Kind::table_row: {
            std::string out =
                "table " + std::to_string(at.number) + ", row " + std::to_string(at.row);
            size_t in_line = decoded_offset(original) - line_offset(line);
            for (size_t c = at.cells.size(); c-- > 0;) {
                if (at.cells[c].begin <= in_line) return out + ", cell " + std::to_string(c + 1);
            }
            return out;
        }
        case LinePlace::Kind::footnote:
            return "footnote " + std::to_string(at.number);
        default:
            return "paragraph " + std::to_string(at.number);
    }
}

int SourceFile::column_of(size_t line_index, size_t byte_offset) const {
    std::string_view line = lines.at(line_index);
    byte_offset = std::min(byte_offset, line.size());
    return position(original_offset(line_offset(line_index) + byte_offset)).column;
}

}  // namespace crossfoot
