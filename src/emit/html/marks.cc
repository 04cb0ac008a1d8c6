#include "emit/html/marks.h"

#include <algorithm>
#include <map>
#include <set>

namespace crossfoot::html {

namespace {

using Key = std::pair<size_t, size_t>;

Key key_of(const Span& span) { return {span.begin, span.end}; }

// A mark per distinct figure span of file 0, with what points at it.
struct Builder {
    std::map<Key, FigureMark> marks;

    FigureMark* at(const Span& span) {
        if (span.file != 0 || span.empty()) return nullptr;
        auto [it, added] = marks.try_emplace(key_of(span));
        if (added) it->second.span = span;
        return &it->second;
    }
};

void raise(Status& status, Status to) {
    if (static_cast<int>(to) > static_cast<int>(status)) status = to;
}

// Walks the marks in text order, keeping those that start after the last kept one ends.
std::vector<FigureMark> without_overlaps(std::map<Key, FigureMark>& all) {
    std::vector<FigureMark> kept;
    for (auto& [key, mark] : all) {
        if (!kept.empty() && key.first < kept.back().span.end) continue;
        kept.push_back(std::move(mark));
    }
    return kept;
}

}  // namespace

std::string_view status_name(Status s) {
    switch (s) {
        case Status::verified:
            return "verified";
        case Status::unverified:
            return "unverified";
        case Status::discrepancy:
            return "discrepancy";
    }
    return "";
}

std::vector<FigureMark> figure_marks(const FileReport& report) {
    Builder builder;
    std::set<Key> held;
    for (size_t c = 0; c < report.checks.size(); ++c) {
        for (const auto& operand : report.checks[c].operands) {
            FigureMark* mark = builder.at(operand.span);
            if (!mark) continue;
            if (mark->checks.empty() || mark->checks.back() != c) mark->checks.push_back(c);
            if (report.checks[c].passed) held.insert(key_of(operand.span));
        }
    }
    for (auto& [key, mark] : builder.marks)
        mark.status = held.contains(key) ? Status::verified : Status::unverified;
    for (size_t d = 0; d < report.diagnostics.size(); ++d) {
        const Diagnostic& diagnostic = report.diagnostics[d];
        if (diagnostic.severity == Severity::note) continue;
        FigureMark* mark = builder.at(diagnostic.span);
        if (!mark) continue;
        mark->diagnostics.push_back(d);
        raise(mark->status,
              diagnostic.severity == Severity::error ? Status::discrepancy : Status::unverified);
    }
    std::vector<FigureMark> marks = without_overlaps(builder.marks);
    // Peers: the other figures of each relation and finding a mark takes part in.
    for (auto& mark : marks) {
        std::set<size_t> peers;
        for (size_t c : mark.checks) {
            for (const auto& operand : report.checks[c].operands)
                peers.insert(mark_of(marks, operand.span));
        }
        for (size_t d : mark.diagnostics) {
            for (const auto& related : report.diagnostics[d].related)
                peers.insert(mark_of(marks, related.span));
        }
        peers.erase(mark_of(marks, mark.span));
        peers.erase(std::string::npos);
        mark.peers.assign(peers.begin(), peers.end());
    }
    return marks;
}

size_t mark_of(const std::vector<FigureMark>& marks, const Span& span) {
    if (span.file != 0) return std::string::npos;
    auto it = std::lower_bound(marks.begin(), marks.end(), span.begin,
                               [](const FigureMark& m, size_t at) { return m.span.end <= at; });
    if (it == marks.end() || it->span.begin > span.begin) return std::string::npos;
    return static_cast<size_t>(it - marks.begin());
}

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace crossfoot::html

namespace crossfoot::html {

namespace {

// One piece of a mark, in decoded offsets of the text.
struct Piece {
    size_t begin;
    size_t end;
    size_t mark;
    bool first;
};

std::vector<Piece> pieces_of(const SourceFile& source, const std::vector<FigureMark>& marks) {
    std::vector<Piece> pieces;
    for (size_t m = 0; m < marks.size(); ++m) {
        const Span& span = marks[m].span;
        std::vector<ByteRange> ranges = span.pieces;
        if (ranges.empty()) ranges.push_back({span.begin, span.end});
        for (size_t i = 0; i < ranges.size(); ++i) {
            pieces.push_back({source.decoded_offset(ranges[i].begin),
                              source.decoded_offset(ranges[i].end), m, i == 0});
        }
    }
    std::sort(pieces.begin(), pieces.end(),
              [](const Piece& a, const Piece& b) { return a.begin < b.begin; });
    return pieces;
}

// Text as it reads: control characters (a form feed between pages) shown as spaces.
void append_text(std::string& out, std::string_view text) {
    for (char c : text) {
        bool control = static_cast<unsigned char>(c) < 0x20 && c != '\t';
        out += control ? std::string(" ") : escape(std::string_view(&c, 1));
    }
}

std::string open_mark(const FigureMark& mark, const Piece& piece, const std::string& prefix) {
    std::string id = piece.first ? " id=\"" + prefix + "g" + std::to_string(piece.mark) + "\"" : "";
    return "<mark class=\"fig " + std::string(status_name(mark.status)) + "\"" + id + " data-m=\"" +
           std::to_string(piece.mark) + "\"><a href=\"#" + prefix + "x" +
           std::to_string(piece.mark) + "\">";
}

}  // namespace

std::string marked_text(const FileReport& report, const std::vector<FigureMark>& marks,
                        const std::string& prefix) {
    const SourceFile& source = *report.sources.front();
    std::vector<Piece> pieces = pieces_of(source, marks);
    std::string out;
    out.reserve(source.text.size() * 2);
    size_t next = 0;
    for (size_t i = 0; i < source.lines.size(); ++i) {
        size_t at = source.line_offset(i);
        size_t line_end = at + source.lines[i].size();
        out += "<span class=\"ln\" data-n=\"" + std::to_string(i + 1) + "\"></span>";
        while (next < pieces.size() && pieces[next].begin < line_end) {
            const Piece& piece = pieces[next++];
            if (piece.begin < at) continue;  // overlaps what was written
            size_t end = std::min(piece.end, line_end);
            append_text(out, std::string_view(source.text).substr(at, piece.begin - at));
            out += open_mark(marks[piece.mark], piece, prefix);
            append_text(out, std::string_view(source.text).substr(piece.begin, end - piece.begin));
            out += "</a></mark>";
            at = end;
        }
        append_text(out, std::string_view(source.text).substr(at, line_end - at));
        out += "\n";
    }
    return out;
}

}  // namespace crossfoot::html
