#include "columns.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "common/text.h"
#include "crossfoot/figure.h"

namespace crossfoot::detail {

namespace {

// The run of dashes under [begin, end) on a rule line: a group header's underline shows which
// columns it spans ("Quarter Ended" over four columns).
std::pair<size_t, size_t> underline_span(std::string_view rule, size_t begin, size_t end) {
    if (begin >= rule.size()) return {begin, end};
    size_t b = begin;
    size_t e = std::min(end, rule.size());
    size_t probe = rule.find_first_of("-=", b);
    if (probe == std::string_view::npos || probe >= e) return {begin, end};
    b = probe;
    while (b > 0 && (rule[b - 1] == '-' || rule[b - 1] == '=')) --b;
    e = probe;
    while (e < rule.size() && (rule[e] == '-' || rule[e] == '=')) ++e;
    return {std::min(b, begin), std::max(e, end)};
}

// "December 2006 ------" -> "December 2006".
std::string without_underlines(std::string_view chunk) {
    std::string out;
    size_t i = 0;
    while (i < chunk.size()) {
        size_t end = chunk.find(' ', i);
        if (end == std::string_view::npos) end = chunk.size();
        std::string_view word = chunk.substr(i, end - i);
        if (!word.empty() && word.find_first_not_of("-=_") != std::string_view::npos)
            text::append_word(out, word);
        i = end + 1;
    }
    return out;
}

}  // namespace

int char_pos(const TableLine& line, size_t byte) {
    if (line.ascii) return static_cast<int>(std::min(byte, line.text.size()));
    std::string_view before = line.text.substr(0, std::min(byte, line.text.size()));
    return static_cast<int>(std::count_if(before.begin(), before.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

ColumnEdges infer_columns(const std::vector<ShapedLine>& body) {
    std::vector<int> edges;
    for (const auto& l : body) {
        if (l.shape.kind != LineKind::data) continue;
        for (const auto& cell : l.shape.cells) {
            // Dashes for nil are often centred: only figures show where a column ends.
            auto figure = parse_figure(l.line.text.substr(cell.begin, cell.end - cell.begin));
            if (figure && !figure->nil) edges.push_back(char_pos(l.line, cell.end));
        }
    }
    std::sort(edges.begin(), edges.end());
    ColumnEdges columns;
    int cluster_start = -100;
    for (int edge : edges) {
        if (columns.empty() || edge > cluster_start + kAlignmentSlack) {
            columns.push_back(edge);
            cluster_start = edge;
        }
        columns.back() = edge;
    }
    return columns;
}

// The column a token ending at `right_edge` belongs to; a centred dash may end well short of it.
std::optional<size_t> column_for(const ColumnEdges& edges, int right_edge, bool centred) {
    int reach = centred ? 4 * kAlignmentSlack : 2 * kAlignmentSlack;
    // Edges rise left to right: the first edge at or past the token is the only candidate, and
    // a binary search keeps a table of 10,000 columns linear.
    auto at = std::lower_bound(edges.begin(), edges.end(), right_edge);
    if (at == edges.end() || right_edge < *at - reach) return std::nullopt;
    return static_cast<size_t>(at - edges.begin());
}

// Header chunks (text separated by two or more spaces) go to every column they overlap, or
// that the dashes right under them span.
void assign_headers(const SourceFile& source, const std::vector<ShapedLine>& header,
                    const ColumnEdges& right_edges, const std::vector<int>& left_edges,
                    std::vector<Column>& columns) {
    // The least left edge from each column on: the walk over the columns a chunk overlaps
    // stops where no later column can begin before the chunk ends.
    std::vector<int> least_left(left_edges.size() + 1, 1 << 30);
    for (size_t c = left_edges.size(); c-- > 0;)
        least_left[c] = std::min(least_left[c + 1], left_edges[c]);
    for (size_t k = 0; k < header.size(); ++k) {
        const auto& l = header[k];
        if (l.shape.kind == LineKind::single_rule || l.shape.kind == LineKind::double_rule)
            continue;
        std::string_view text = l.line.text;
        size_t i = 0;
        while (i < text.size()) {
            while (i < text.size() && text[i] == ' ') ++i;
            if (i >= text.size()) break;
            size_t end = i;
            while (end < text.size() &&
                   !(text[end] == ' ' && (end + 1 >= text.size() || text[end + 1] == ' ')))
                ++end;
            auto [span_begin, span_end] = std::pair<size_t, size_t>{i, end};
            if (k + 1 < header.size() && header[k + 1].shape.kind == LineKind::single_rule) {
                std::tie(span_begin, span_end) = underline_span(header[k + 1].line.text, i, end);
            }
            int b = char_pos(l.line, std::min(span_begin, text.size()));
            int e = char_pos(l.line, std::min(span_end, text.size())) +
                    static_cast<int>(span_end > text.size() ? span_end - text.size() : 0);
            // Underlines printed on a header's own line are not words of it.
            std::string chunk = without_underlines(text.substr(i, end - i));
            if (chunk.empty()) {
                i = end;
                continue;
            }
            // Right edges rise: the columns ending before the chunk are skipped by a search.
            auto first = std::lower_bound(right_edges.begin(), right_edges.end(), b - 1);
            for (auto c = static_cast<size_t>(first - right_edges.begin());
                 c < columns.size() && least_left[c] <= e; ++c) {
                int left = left_edges[c];
                if (b <= right_edges[c] + 1 && e >= left) {
                    auto& h = columns[c].header;
                    text::append_word(h, chunk);
                    if (!columns[c].header_span)
                        columns[c].header_span = l.line.span(source, i, end);
                }
            }
            i = end;
        }
    }
}

}  // namespace crossfoot::detail
