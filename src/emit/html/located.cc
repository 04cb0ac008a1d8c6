#include "emit/html/located.h"

#include <algorithm>

namespace crossfoot::html {

namespace {

// The stretches of a located text: one per piece, or the whole text when it is its span.
std::vector<Segment> segments_of(const SourceFile& source, const LocatedText& located) {
    std::vector<Segment> out;
    if (located.pieces.empty()) {
        size_t from = source.decoded_offset(located.span.begin);
        out.push_back({0, located.text.size(), from, from + located.text.size(), true});
        return out;
    }
    for (size_t i = 0; i < located.pieces.size(); ++i) {
        const TextPiece& piece = located.pieces[i];
        size_t next =
            i + 1 < located.pieces.size() ? located.pieces[i + 1].text_begin : located.text.size();
        size_t end =
            piece.verbatim ? piece.text_begin + (piece.source_end - piece.source_begin) : next;
        out.push_back(
            {piece.text_begin, end, piece.source_begin, piece.source_end, piece.verbatim});
    }
    return out;
}

// A mark's place in the text: [begin, end) of the text, and which mark.
struct Placed {
    size_t begin;
    size_t end;
    size_t mark;
};

}  // namespace

void append_text(std::string& out, std::string_view text) {
    for (char c : text) {
        bool control = static_cast<unsigned char>(c) < 0x20 && c != '\t';
        out += control ? std::string(" ") : escape(std::string_view(&c, 1));
    }
}

MarkWriter::MarkWriter(const SourceFile& source, const std::vector<FigureMark>& marks,
                       std::string prefix)
    : source_(source), marks_(marks), prefix_(std::move(prefix)), placed_(marks.size(), false) {
    for (const auto& mark : marks) {
        std::vector<ByteRange> pieces = mark.span.pieces;
        if (pieces.empty()) pieces.push_back({mark.span.begin, mark.span.end});
        for (auto& piece : pieces)
            piece = {source.decoded_offset(piece.begin), source.decoded_offset(piece.end)};
        decoded_.push_back(std::move(pieces));
    }
}

std::string MarkWriter::open_mark(size_t m) {
    std::string id = placed_[m] ? "" : " id=\"" + prefix_ + "g" + std::to_string(m) + "\"";
    placed_[m] = true;
    return "<mark class=\"fig " + std::string(status_name(marks_[m].status)) + "\"" + id +
           " data-m=\"" + std::to_string(m) + "\"><a href=\"#" + prefix_ + "x" + std::to_string(m) +
           "\">";
}

std::string MarkWriter::write(const LocatedText& text) {
    return write(text.text, segments_of(source_, text), text.span);
}

std::string MarkWriter::write(std::string_view text, const Span& span) {
    std::vector<ByteRange> pieces = span.pieces;
    if (pieces.empty()) pieces.push_back({span.begin, span.end});
    std::vector<Segment> segments;
    size_t at = 0;
    for (const auto& piece : pieces) {
        size_t from = source_.decoded_offset(piece.begin);
        size_t to = source_.decoded_offset(piece.end);
        segments.push_back({at, at + (to - from), from, to, true});
        at += to - from;
    }
    if (at != text.size() || source_.text_of(span) != text) {
        std::string out;
        append_text(out, text);
        return out;
    }
    return write(text, segments, span);
}

std::string MarkWriter::write(std::string_view text, const std::vector<Segment>& segments,
                              const Span& covering) {
    // The marks are in text order and do not overlap: those within the covering span follow
    // the first that ends after its start.
    auto first =
        std::lower_bound(marks_.begin(), marks_.end(), covering.begin,
                         [](const FigureMark& mark, size_t at) { return mark.span.end <= at; });
    std::vector<Placed> placed;
    for (auto it = first; it != marks_.end() && it->span.begin < covering.end; ++it) {
        size_t m = static_cast<size_t>(it - marks_.begin());
        size_t begin = text.size();
        size_t end = 0;
        for (const auto& piece : decoded_[m]) {
            for (const auto& s : segments) {
                size_t from = std::max(piece.begin, s.source_begin);
                size_t to = std::min(piece.end, s.source_end);
                if (from >= to) continue;
                begin = std::min(
                    begin, s.verbatim ? s.text_begin + (from - s.source_begin) : s.text_begin);
                end = std::max(end, s.verbatim ? s.text_begin + (to - s.source_begin) : s.text_end);
            }
        }
        if (begin < end && end <= text.size()) placed.push_back({begin, end, m});
    }
    std::string out;
    size_t at = 0;
    for (const auto& p : placed) {
        if (p.begin < at) continue;
        append_text(out, text.substr(at, p.begin - at));
        out += open_mark(p.mark);
        append_text(out, text.substr(p.begin, p.end - p.begin));
        out += "</a></mark>";
        at = p.end;
    }
    append_text(out, text.substr(at));
    return out;
}

std::vector<size_t> MarkWriter::unplaced() const {
    std::vector<size_t> out;
    for (size_t m = 0; m < placed_.size(); ++m) {
        if (!placed_[m]) out.push_back(m);
    }
    return out;
}

}  // namespace crossfoot::html
