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
