#include "table_layout.h"

#include <algorithm>

#include "columns.h"
#include "row_builder.h"

namespace crossfoot::detail {

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
    table.tagged = region.tagged;
    table.columns = infer_columns(source, body);
    if (table.columns.empty()) return std::nullopt;
    std::vector<int> left_edges(table.columns.size(), 1 << 20);
    for (const auto& l : body) {
        for (const auto& cell : l.shape.cells) {
            int end = char_pos(source, l.line.index, cell.end);
            if (auto c = column_for(table.columns, end)) {
                left_edges[*c] =
                    std::min(left_edges[*c], char_pos(source, l.line.index, cell.begin));
            }
        }
    }
    assign_headers(source, header, table.columns, left_edges);
    build_rows(source, body, table, words);
    const auto& first = region.lines.front();
    const auto& last = region.lines.back();
    table.range = {{static_cast<int>(first.index) + 1, 1},
                   {static_cast<int>(last.index) + 1, static_cast<int>(last.text.size()) + 1}};
    return table;
}

}  // namespace crossfoot::detail
