#include "cell_table.h"

#include <algorithm>

#include "common/text.h"
#include "html_entities.h"

namespace crossfoot::detail {

namespace {

enum class Role { blank, label_only, header, data };

Role role_of(const SourceFile& source, const PipeRow& row, bool after_data) {
    if (row.all_empty()) return Role::blank;
    bool any = false;
    bool headings = true;
    for (const auto& cell : row.cells) {
        if (cell.parts.empty()) continue;
        any = true;
        headings &= heading_text(source, cell);
    }
    if (!any) return row.label.parts.empty() ? Role::blank : Role::label_only;
    if (headings && (row.label.parts.empty() || !after_data)) return Role::header;
    return Role::data;
}

// A heading cell stands over its column, or over as many as divide evenly when the row has
// fewer cells than the table has columns ("Three Months Ended" over 2026 and 2025).
void add_headers(const PipeRow& row, std::vector<Column>& columns,
                 std::vector<std::vector<TextRange>>& parts) {
    size_t k = row.cells.size();
    size_t n = columns.size();
    for (size_t i = 0; i < k; ++i) {
        const PipeCell& cell = row.cells[i];
        if (cell.parts.empty()) continue;
        size_t first = 0;
        size_t count = 1;
        if (k < n && n % k == 0) {
            count = n / k;
            first = i * count;
        } else if (k == n) {
            first = i;
        } else {
            continue;  // which columns each heading spans is not printed
        }
        for (size_t c = first; c < first + count && c < n; ++c) {
            text::append_word(columns[c].header, cell.text);
            parts[c].insert(parts[c].end(), cell.parts.begin(), cell.parts.end());
        }
    }
}

RowKind label_row_kind(const std::vector<PipeRow>& rows, const std::vector<Role>& roles, size_t r) {
    // A label over the rows it heads; one that heads nothing is a caption.
    size_t next = r + 1;
    while (next < rows.size() && roles[next] == Role::blank) ++next;
    const std::string& label = rows[r].label.text;
    bool heads = (next < rows.size() && roles[next] == Role::data && next == r + 1) ||
                 (!label.empty() && label.back() == ':');
    return heads ? RowKind::section : RowKind::caption;
}

Row make_row(const SourceFile& source, const std::vector<PipeRow>& rows,
             const std::vector<Role>& roles, size_t r, size_t columns) {
    const PipeRow& row = rows[r];
    Row out;
    out.label = row.label.text;
    for (const auto& part : row.label.parts)
        out.label_spans.push_back(source.span(part.begin, part.end));
    TextRange extent = roles[r] == Role::data ? row.cells_extent : row.extent;
    out.span = source.span(extent.begin, extent.end);
    switch (roles[r]) {
        case Role::blank:
            out.kind = RowKind::blank;
            break;
        case Role::header:
            out.kind = RowKind::header;
            break;
        case Role::label_only:
            out.kind = label_row_kind(rows, roles, r);
            break;
        case Role::data:
            out.kind = RowKind::data;
            out.cells.resize(columns);
            for (size_t c = 0; c < row.cells.size() && c < columns; ++c)
                out.cells[c] = figure_cell(source, row.cells[c]);
            break;
    }
    return out;
}

}  // namespace

LocatedText located_cell(const SourceFile& source, const PipeCell& cell) {
    LocatedTextBuilder out(source);
    for (const auto& part : cell.parts) {
        if (!out.empty()) out.append_separator(" ");
        append_decoded(out, source.text, part.begin, part.end);
    }
    return out.finish();
}

std::optional<LaidOutTable> lay_out_cell_rows(const SourceFile& source,
                                              const std::vector<PipeRow>& rows) {
    std::vector<Role> roles;
    bool after_data = false;
    size_t columns = 0;
    for (const auto& row : rows) {
        roles.push_back(role_of(source, row, after_data));
        if (roles.back() != Role::data) continue;
        after_data = true;
        columns = std::max(columns, row.cells.size());
    }
    if (columns == 0) return std::nullopt;
    LaidOutTable out;
    Table& table = out.table;
    table.span = source.span(rows.front().extent.begin, rows.back().extent.end);
    table.columns.resize(columns);
    std::vector<std::vector<TextRange>> header_parts(columns);
    after_data = false;
    for (size_t r = 0; r < rows.size(); ++r) {
        const PipeRow& row = rows[r];
        after_data |= roles[r] == Role::data;
        bool header = roles[r] == Role::header && !after_data;
        if (header) add_headers(row, table.columns, header_parts);
        if (!after_data && !row.label.parts.empty())
            out.scale_candidates.push_back(located_cell(source, row.label));
        if (header) continue;
        table.rows.push_back(make_row(source, rows, roles, r, columns));
        if (row.rule_below && after_data) {
            Row rule;
            rule.kind = *row.rule_below;
            rule.span = source.span(row.cells_extent.begin, row.cells_extent.end);
            table.rows.push_back(std::move(rule));
        }
    }
    for (size_t c = 0; c < columns; ++c) {
        if (!header_parts[c].empty())
            table.columns[c].header_span = span_of_ranges(source, header_parts[c]);
    }
    return out;
}

void read_scale(Table& table, const std::vector<LocatedText>& candidates, const Vocabulary& words) {
    for (const auto& line : candidates) {
        if (auto scale = parse_scale_statement(line.text, words)) {
            table.scale = *scale;
            table.scale.statement = line;
            return;
        }
    }
}

}  // namespace crossfoot::detail
