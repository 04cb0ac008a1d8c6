// A table from rows of cells, as HTML and Word print them: the label cell, then one cell per
// column of figures ("$" | "(617" | ")" joined as one). Shared by the readers whose tables
// come as cells (pipe_tables.cc, docx.cc); which rows make a table is theirs to say.
#include <algorithm>

#include "common/text.h"
#include "crossfoot/document.h"
#include "html_entities.h"
#include "pipe_rows.h"

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

LocatedText located(const SourceFile& source, const PipeCell& cell) {
    LocatedTextBuilder out(source);
    for (const auto& part : cell.parts) {
        if (!out.empty()) out.append_separator(" ");
        append_decoded(out, source.text, part.begin, part.end);
    }
    return out.finish();
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

Span lines_span(const SourceFile& source, size_t first, size_t last) {
    return source.span(source.line_offset(first),
                       source.line_offset(last) + source.lines[last].size());
}

Row make_row(const SourceFile& source, const std::vector<PipeRow>& rows,
             const std::vector<Role>& roles, size_t r, size_t columns) {
    const PipeRow& row = rows[r];
    Row out;
    out.label = row.label.text;
    for (const auto& part : row.label.parts)
        out.label_spans.push_back(source.span(part.begin, part.end));
    out.span = lines_span(source, roles[r] == Role::data ? row.first_cell_line : row.first_line,
                          row.last_line);
    switch (roles[r]) {
        case Role::blank:
            out.kind = RowKind::blank;
            break;
        case Role::header:
            out.kind = RowKind::header;
            break;
        case Role::label_only: {
            // A label over the rows it heads; one that heads nothing is a caption.
            size_t next = r + 1;
            while (next < rows.size() && roles[next] == Role::blank) ++next;
            bool heads = (next < rows.size() && roles[next] == Role::data && next == r + 1) ||
                         (!row.label.text.empty() && row.label.text.back() == ':');
            out.kind = heads ? RowKind::section : RowKind::caption;
            break;
        }
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

std::optional<Table> build_cell_table(const SourceFile& source, const std::vector<PipeRow>& rows,
                                      std::vector<LocatedText>& scale_candidates) {
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
    Table table;
    table.span = lines_span(source, rows.front().first_line, rows.back().last_line);
    table.columns.resize(columns);
    std::vector<std::vector<TextRange>> header_parts(columns);
    after_data = false;
    for (size_t r = 0; r < rows.size(); ++r) {
        const PipeRow& row = rows[r];
        after_data |= roles[r] == Role::data;
        if (roles[r] == Role::header && !after_data) {
            add_headers(row, table.columns, header_parts);
            if (!row.label.parts.empty()) scale_candidates.push_back(located(source, row.label));
            continue;
        }
        table.rows.push_back(make_row(source, rows, roles, r, columns));
        if (row.rule_below) {
            Row rule;
            rule.kind = *row.rule_below;
            rule.span = table.rows.back().span;
            table.rows.push_back(std::move(rule));
        }
        if (!after_data && !row.label.parts.empty())
            scale_candidates.push_back(located(source, row.label));
    }
    for (size_t c = 0; c < columns; ++c) {
        if (!header_parts[c].empty())
            table.columns[c].header_span = span_of_ranges(source, header_parts[c]);
    }
    return table;
}

void name_table(Table& table, std::vector<LocatedText> title,
                std::vector<LocatedText> scale_candidates, const Vocabulary& words) {
    table.title = std::move(title);
    scale_candidates.insert(scale_candidates.begin(), table.title.begin(), table.title.end());
    for (const auto& line : scale_candidates) {
        if (auto scale = parse_scale_statement(line.text, words)) {
            table.scale = *scale;
            table.scale.statement = line;
            break;
        }
    }
}

}  // namespace crossfoot::detail
