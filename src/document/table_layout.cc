#include "table_layout.h"

#include <algorithm>

#include "columns.h"
#include "row_builder.h"

namespace crossfoot::detail {

std::string expand_tabs(std::string_view line, std::vector<size_t>& to_cleaned) {
    to_cleaned.clear();
    if (line.find('\t') == std::string_view::npos) return std::string(line);
    std::string out;
    size_t column = 0;
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\t') {
            size_t n = kTabStop - column % kTabStop;
            out.append(n, ' ');
            to_cleaned.insert(to_cleaned.end(), n, i);
            column += n;
            continue;
        }
        out += line[i];
        to_cleaned.push_back(i);
        // A column counts characters: UTF-8 continuation bytes take none.
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
    }
    to_cleaned.push_back(line.size());
    return out;
}

namespace {

// Where each column's tokens begin (the leftmost), and how many lines have one in it.
std::vector<int> left_edges_of(const std::vector<ShapedLine>& body, const ColumnEdges& edges,
                               std::vector<size_t>& support) {
    std::vector<int> left(edges.size(), 1 << 20);
    support.assign(edges.size(), 0);
    for (const auto& l : body) {
        std::vector<bool> seen(edges.size(), false);
        for (const auto& cell : l.shape.cells) {
            if (auto c = column_for(edges, char_pos(l.line, cell.end))) {
                left[*c] = std::min(left[*c], char_pos(l.line, cell.begin));
                seen[*c] = true;
            }
        }
        for (size_t c = 0; c < edges.size(); ++c) support[c] += seen[c] ? 1 : 0;
    }
    return left;
}

}  // namespace

std::vector<int> drop_stray_columns(const std::vector<ShapedLine>& body, ColumnEdges& edges) {
    std::vector<size_t> support;
    std::vector<int> left = left_edges_of(body, edges, support);
    // A column that one line alone has, lying across the figures of a column that other lines
    // share, is that line's figures out of line: no column of their own.
    // Only the columns ending at or after where column c begins can lie across it (edges rise),
    // and the walk stops where no later column begins before c ends: linear in the columns.
    std::vector<int> least_left(left.size() + 1, 1 << 30);
    for (size_t c = left.size(); c-- > 0;) least_left[c] = std::min(least_left[c + 1], left[c]);
    ColumnEdges kept;
    for (size_t c = 0; c < edges.size(); ++c) {
        bool stray = false;
        if (support[c] == 1) {
            auto from = std::lower_bound(edges.begin(), edges.end(), left[c]) - edges.begin();
            for (auto k = static_cast<size_t>(from);
                 k < edges.size() && least_left[k] <= edges[c] && !stray; ++k)
                stray = k != c && support[k] >= 2 && edges[c] >= left[k];
        }
        if (!stray) kept.push_back(edges[c]);
    }
    if (kept.size() == edges.size()) return left;
    edges = std::move(kept);
    return left_edges_of(body, edges, support);
}

std::optional<Table> lay_out_table(const SourceFile& source, const TableRegion& region,
                                   const Vocabulary& words) {
    std::vector<ShapedLine> shaped;
    shaped.reserve(region.lines.size());
    for (const auto& line : region.lines)
        shaped.push_back({line, analyze_line(line.text, region.min_gap)});
    size_t body_start = 0;
    if (region.body_start) {
        body_start = *region.body_start;
    } else {
        while (body_start < shaped.size() && shaped[body_start].shape.kind != LineKind::data)
            ++body_start;
        if (body_start == shaped.size()) return std::nullopt;
        // Keep the label lines just above the first figures in the body: they are its section or
        // wrapped label. Column headers stand over the figures instead.
        const LineShape& first_data = shaped[body_start].shape;
        while (body_start > 0 && shaped[body_start - 1].shape.kind == LineKind::label_only &&
               shaped[body_start - 1].shape.indent <= first_data.indent + 2 &&
               shaped[body_start - 1].shape.label.end < first_data.cells.front().begin) {
            --body_start;
        }
    }
    std::vector<ShapedLine> header(
        shaped.begin(), shaped.begin() + static_cast<long>(std::min(body_start, shaped.size())));
    std::vector<ShapedLine> body(
        shaped.begin() + static_cast<long>(std::min(body_start, shaped.size())), shaped.end());
    Table table;
    ColumnEdges edges = infer_columns(body);
    if (edges.empty()) return std::nullopt;
    std::vector<int> left_edges = drop_stray_columns(body, edges);
    table.columns.resize(edges.size());
    assign_headers(source, header, edges, left_edges, table.columns);
    build_rows(source, body, edges, table, words);
    const auto& first = region.lines.front();
    const auto& last = region.lines.back();
    table.span = source.span(source.line_offset(first.index),
                             source.line_offset(last.index) + last.cleaned.size());
    return table;
}

}  // namespace crossfoot::detail
