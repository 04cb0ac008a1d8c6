#include "html_table.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <string>

#include "crossfoot/figure.h"
#include "html_grid.h"
#include "html_tree.h"

namespace crossfoot::detail {

namespace {

bool is_element(const GumboNode* node, GumboTag tag) {
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

// The <tr> of a table, in order, through its <thead>, <tbody> and <tfoot>.
std::vector<const GumboNode*> table_rows(const GumboNode& table) {
    std::vector<const GumboNode*> rows;
    const GumboVector& children = table.v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (hidden_element(*child)) continue;
        if (is_element(child, GUMBO_TAG_TR)) rows.push_back(child);
        if (!is_element(child, GUMBO_TAG_THEAD) && !is_element(child, GUMBO_TAG_TBODY) &&
            !is_element(child, GUMBO_TAG_TFOOT))
            continue;
        const GumboVector& group = child->v.element.children;
        for (unsigned j = 0; j < group.length; ++j) {
            const auto* row = static_cast<const GumboNode*>(group.data[j]);
            if (is_element(row, GUMBO_TAG_TR) && !hidden_element(*row)) rows.push_back(row);
        }
    }
    return rows;
}

// colspan="3" -> 3; absent, zero or unreadable -> 1; at most `max`.
size_t span_attribute(const GumboNode& cell, const char* name, size_t max) {
    const GumboAttribute* attribute = gumbo_get_attribute(&cell.v.element.attributes, name);
    if (attribute == nullptr) return 1;
    const char* value = attribute->value;
    size_t n = 0;
    auto [end, error] = std::from_chars(value, value + std::strlen(value), n);
    if (error == std::errc::result_out_of_range) return max;
    return error != std::errc{} || n == 0 ? 1 : std::min(n, max);
}

// The words of a cell, in order; a <br> or a tag between them parts them as a space would.
PipeCell cell_text(const SourceFile& source, const GumboNode& cell) {
    PipeCell out;
    std::vector<TextRun> runs;
    std::vector<const GumboNode*> stack = {&cell};
    bool space = false;
    while (!stack.empty()) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (node->type == GUMBO_NODE_TEXT) text_runs(source, *node, runs, space);
        if (node->type != GUMBO_NODE_ELEMENT || hidden_element(*node)) continue;
        const GumboVector& children = node->v.element.children;
        for (unsigned i = children.length; i-- > 0;)
            stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
    for (const auto& run : runs) out.parts.push_back(run.range);
    out.text = joined_text(source, out.parts);
    return out;
}

// Places each cell in the grid, rowspans and colspans taken into account; nullopt when the
// grid would be too large.
std::optional<std::vector<GridRow>> grid_of(const SourceFile& source, const GumboNode& table) {
    std::vector<GridRow> grid;
    std::vector<size_t> busy;  // per grid column: rows still covered by a cell from above
    size_t cells = 0;
    for (const GumboNode* tr : table_rows(table)) {
        GridRow& row = grid.emplace_back();
        size_t column = 0;
        const GumboVector& children = tr->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto* td = static_cast<const GumboNode*>(children.data[i]);
            if (!is_element(td, GUMBO_TAG_TD) && !is_element(td, GUMBO_TAG_TH)) continue;
            if (hidden_element(*td)) continue;
            while (column < busy.size() && busy[column] > 0) ++column;
            size_t span = span_attribute(*td, "colspan", kMaxGridColumns);
            size_t down = span_attribute(*td, "rowspan", kMaxGridCells);
            cells += span;
            if (column + span > kMaxGridColumns || cells > kMaxGridCells) return std::nullopt;
            if (busy.size() < column + span) busy.resize(column + span, 0);
            std::fill(busy.begin() + static_cast<long>(column),
                      busy.begin() + static_cast<long>(column + span), down);
            row.push_back({column, span, cell_text(source, *td), border(*td, "border-top"),
                           border(*td, "border-bottom")});
            column += span;
        }
        for (auto& b : busy) b -= b > 0 ? 1 : 0;
        if (++cells > kMaxGridCells) return std::nullopt;
    }
    return grid;
}

bool is_figure(const SourceFile& source, const PipeCell& cell) {
    return !cell.parts.empty() && !heading_text(source, cell);
}

// A figure that prints a value: a dash or "n/a" says nothing is there, so cells of nothing
// but those make no column of figures; they are placed in the columns other rows make.
bool prints_value(const SourceFile& source, const PipeCell& cell) {
    if (!is_figure(source, cell)) return false;
    auto figure = figure_cell(source, cell);
    auto printed = figure ? parse_figure(figure->text) : std::nullopt;
    return printed && !printed->nil;
}

bool overlaps(const Interval& a, size_t first, size_t end) {
    return a.first < end && first < a.second;
}

// The figure columns: the grid columns of single-column figure cells, then those of wider
// figure cells that fall in none of them.
std::vector<Interval> figure_columns(const SourceFile& source, const std::vector<GridRow>& grid) {
    std::vector<Interval> columns;
    for (const auto& row : grid) {
        for (const auto& cell : row) {
            if (cell.span == 1 && prints_value(source, cell.cell))
                columns.emplace_back(cell.column, cell.column + 1);
        }
    }
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
    size_t narrow = columns.size();
    for (const auto& row : grid) {
        for (const auto& cell : row) {
            if (cell.span == 1 || !prints_value(source, cell.cell)) continue;
            size_t end = cell.column + cell.span;
            auto stop = columns.begin() + static_cast<long>(narrow);
            if (std::none_of(columns.begin(), stop,
                             [&](const Interval& c) { return overlaps(c, cell.column, end); }))
                columns.emplace_back(cell.column, end);
        }
    }
    std::sort(columns.begin(), columns.end());
    std::vector<Interval> merged;
    for (const auto& c : columns) {
        if (!merged.empty() && c.first < merged.back().second) {
            merged.back().second = std::max(merged.back().second, c.second);
        } else {
            merged.push_back(c);
        }
    }
    return merged;
}

void add_parts(PipeCell& to, const PipeCell& from) {
    to.parts.insert(to.parts.end(), from.parts.begin(), from.parts.end());
}

// "$", or the "(" of a negative figure, in a cell of its own before the figure.
bool is_opener(std::string_view t) { return is_currency(t) || t == "(" || t == "$(" || t == "($"; }

std::string_view first_word(const SourceFile& source, const PipeCell& cell) {
    const TextRange& word = cell.parts.front();
    return std::string_view(source.text).substr(word.begin, word.end - word.begin);
}

// Puts a cell outside the label into the figure column(s) it belongs to: the ones it overlaps
// (a heading over several), or, for a "$" or ")" in a cell of its own, the figure after or before.
void place(const SourceFile& source, const GridCell& cell, const std::vector<Interval>& columns,
           PipeRow& row) {
    size_t end = cell.column + cell.span;
    std::vector<size_t> hit;
    for (size_t c = 0; c < columns.size(); ++c) {
        if (overlaps(columns[c], cell.column, end)) hit.push_back(c);
    }
    if (hit.size() > 1 && is_figure(source, cell.cell)) return;  // which column is not printed
    if (hit.empty()) {
        const std::string& t = cell.cell.text;
        if (is_opener(t)) {
            for (size_t c = 0; c < columns.size() && hit.empty(); ++c)
                if (columns[c].first >= end) hit.push_back(c);
        } else if (is_closer(first_word(source, cell.cell))) {
            // ")" closes the figure before it; a footnote mark after it ("(a)") is left out.
            for (size_t c = columns.size(); c-- > 0;) {
                if (columns[c].second > cell.column) continue;
                row.cells[c].parts.push_back(cell.cell.parts.front());
                break;
            }
            return;
        }
    }
    for (size_t c : hit) add_parts(row.cells[c], cell.cell);
}

// From the first to the last byte of the row's words (or of its figure cells only).
TextRange extent_of(const PipeRow& row, bool cells_only) {
    TextRange out{std::string::npos, 0};
    auto widen = [&](const PipeCell& cell) {
        for (const auto& part : cell.parts) {
            out.begin = std::min(out.begin, part.begin);
            out.end = std::max(out.end, part.end);
        }
    };
    if (!cells_only) widen(row.label);
    for (const auto& cell : row.cells) widen(cell);
    return out.begin == std::string::npos ? TextRange{} : out;
}

// The label is what stands left of the figures: the first cell of the row (a title spanning the
// table included), and cells before the first figure column that cover none and are no "$".
bool in_label(const GridCell& cell, const std::vector<Interval>& columns) {
    if (cell.column == 0) return true;
    size_t end = cell.column + cell.span;
    return cell.column < columns.front().first && end <= columns.front().first &&
           !is_opener(cell.cell.text);
}

PipeRow pipe_row(const SourceFile& source, const GridRow& grid_row,
                 const std::vector<Interval>& columns) {
    PipeRow row;
    row.cells.resize(columns.size());
    for (const auto& cell : grid_row) {
        if (cell.cell.parts.empty()) continue;
        if (in_label(cell, columns)) {
            add_parts(row.label, cell.cell);
        } else {
            place(source, cell, columns, row);
        }
    }
    row.label.text = joined_text(source, row.label.parts);
    for (auto& cell : row.cells) cell.text = joined_text(source, cell.parts);
    row.extent = extent_of(row, false);
    row.cells_extent = extent_of(row, true);
    if (row.cells_extent.end == 0) row.cells_extent = row.extent;
    return row;
}

}  // namespace

std::optional<HtmlTable> read_html_table(const SourceFile& source, const GumboNode& table) {
    auto grid = grid_of(source, table);
    if (!grid) return std::nullopt;
    std::vector<Interval> columns = figure_columns(source, *grid);
    if (columns.empty()) return std::nullopt;
    std::vector<PipeRow> rows;
    for (const auto& grid_row : *grid) rows.push_back(pipe_row(source, grid_row, columns));
    add_rules(*grid, columns, rows);
    // A row with no words is placed where the words before it end (or the table starts).
    size_t at = offset_of(source, table);
    for (auto& row : rows) {
        if (row.extent.end == 0) row.extent = row.cells_extent = {at, at};
        at = row.extent.end;
    }
    auto laid_out = lay_out_cell_rows(source, rows);
    if (!laid_out) return std::nullopt;
    HtmlTable out{std::move(*laid_out), {}};
    for (const auto& row : rows) {
        bool cells = std::any_of(row.cells.begin(), row.cells.end(),
                                 [](const PipeCell& c) { return !c.parts.empty(); });
        if (cells) break;
        if (!row.label.parts.empty()) out.captions.push_back(located_cell(source, row.label));
    }
    return out;
}

}  // namespace crossfoot::detail
