// Located text: text assembled from the source, with the map back to it.
#include <algorithm>

#include "crossfoot/document.h"

namespace crossfoot {

void LocatedTextBuilder::append(size_t begin, size_t end) {
    if (begin >= end) return;
    auto& pieces = out_.pieces;
    // A run that continues the previous one verbatim extends it.
    if (!pieces.empty() && pieces.back().verbatim && pieces.back().source_end == begin &&
        pieces.back().text_begin + (pieces.back().source_end - pieces.back().source_begin) ==
            out_.text.size()) {
        pieces.back().source_end = end;
    } else {
        pieces.push_back({out_.text.size(), begin, end, true});
    }
    out_.text.append(std::string_view(source_->text).substr(begin, end - begin));
}

void LocatedTextBuilder::append_replacement(std::string_view text, size_t begin, size_t end) {
    out_.pieces.push_back({out_.text.size(), begin, end, false});
    out_.text.append(text);
}

void LocatedTextBuilder::append_separator(std::string_view text) { out_.text.append(text); }

LocatedText LocatedTextBuilder::finish() {
    LocatedText out = std::move(out_);
    out_ = {};
    if (out.pieces.empty()) {
        out.span = Span{source_->id, 0, 0, {}};
        return out;
    }
    for (const auto& piece : out.pieces) {
        Span part = source_->span(piece.source_begin, piece.source_end);
        out.span.pieces.push_back({part.begin, part.end});
    }
    out.span.file = source_->id;
    out.span.begin = out.span.pieces.front().begin;
    out.span.end = out.span.pieces.back().end;
    // One verbatim run needs no map: the text is its span.
    if (out.pieces.size() == 1 && out.pieces.front().verbatim &&
        out.pieces.front().text_begin == 0 &&
        out.pieces.front().source_end - out.pieces.front().source_begin == out.text.size()) {
        out.pieces.clear();
        out.span.pieces.clear();
    }
    return out;
}

Span LocatedText::span_of(const SourceFile& source, size_t begin, size_t end) const {
    if (pieces.empty()) return source.sub_span(span, begin, end);
    Span out{span.file, 0, 0, {}};
    // Where piece `i` ends in the text: a replacement runs to the next piece.
    auto text_end_of = [&](size_t i) {
        const TextPiece& piece = pieces[i];
        return piece.verbatim ? piece.text_begin + (piece.source_end - piece.source_begin)
                              : (i + 1 < pieces.size() ? pieces[i + 1].text_begin : text.size());
    };
    // Pieces start and end in text order, so the ones that can hold [begin, end) are found by
    // binary search and the walk stops past `end`: a figure in a block of many pieces (a
    // release stored on one line) costs a logarithm, not a walk over the whole block.
    size_t first = 0;
    for (size_t count = pieces.size(); count > 0;) {
        size_t half = count / 2;
        if (text_end_of(first + half) <= begin) {
            first += half + 1;
            count -= half + 1;
        } else {
            count = half;
        }
    }
    for (size_t i = first; i < pieces.size(); ++i) {
        const TextPiece& piece = pieces[i];
        if (begin == end ? piece.text_begin > begin : piece.text_begin >= end) break;
        size_t text_end = text_end_of(i);
        size_t lo = std::max(begin, piece.text_begin);
        size_t hi = std::min(end, text_end);
        if (lo >= hi && !(begin == end && begin >= piece.text_begin && begin < text_end)) continue;
        // Part of a replacement stands for all of what it replaced.
        size_t from =
            piece.verbatim ? piece.source_begin + (lo - piece.text_begin) : piece.source_begin;
        size_t to =
            piece.verbatim ? piece.source_begin + (hi - piece.text_begin) : piece.source_end;
        if (begin == end) to = from;
        Span part = source.span(from, std::max(from, to));
        if (!out.pieces.empty() && out.pieces.back().end == part.begin) {
            out.pieces.back().end = part.end;
        } else {
            out.pieces.push_back({part.begin, part.end});
        }
    }
    if (out.pieces.empty()) {
        size_t at = begin >= text.size() ? span.end : span.begin;
        return Span{span.file, at, at, {}};
    }
    out.begin = out.pieces.front().begin;
    out.end = out.pieces.back().end;
    if (out.pieces.size() == 1) out.pieces.clear();
    return out;
}

}  // namespace crossfoot
