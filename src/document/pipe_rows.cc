#include "pipe_rows.h"

#include <algorithm>

#include "common/text.h"
#include "crossfoot/figure.h"
#include "html_entities.h"

namespace crossfoot::detail {

namespace {

using text::trim;

constexpr size_t kMaxFigure = 40;  // "$ (1,234,567.89) million" and then some

// A reference that spells a nil figure: "&mdash;", "&#8212;".
bool is_nil_reference(std::string_view text) {
    auto printed = parse_figure(text);
    return printed && printed->nil;
}

bool has_pipe(std::string_view line) { return line.find('|') != std::string_view::npos; }

// The range of `part` (a view into `source.text`).
TextRange range_of(const SourceFile& source, std::string_view part) {
    auto begin = static_cast<size_t>(part.data() - source.text.data());
    return {begin, begin + part.size()};
}

// Appends the non-empty fields of a cell line that ends with "|", in order.
void add_fields(const SourceFile& source, std::string_view line, std::vector<TextRange>& parts) {
    std::string_view body = line.substr(0, line.find_last_of('|'));
    size_t from = 0;
    while (from <= body.size()) {
        size_t bar = body.find('|', from);
        if (bar == std::string_view::npos) bar = body.size();
        std::string_view field = trim(body.substr(from, bar - from));
        if (!field.empty()) parts.push_back(range_of(source, field));
        from = bar + 1;
    }
}

// A cell line holds one figure or one heading: "$ | 508,758 | | |", "| (617 | ) | |",
// "June 30, 2026 | | |". More parts than that is a whole row on one line, another layout.
bool one_cell(const SourceFile& source, const std::vector<TextRange>& parts) {
    auto text = [&](size_t i) {
        return std::string_view(source.text).substr(parts[i].begin, parts[i].end - parts[i].begin);
    };
    size_t n = parts.size();
    if (n <= 1) return true;
    size_t first = is_currency(text(0)) ? 1 : 0;
    size_t last = is_closer(text(n - 1)) ? n - 1 : n;
    return last > first && last - first == 1;
}

}  // namespace

// A currency sign printed in a cell of its own before the figure: "$", "US$", "€".
bool is_currency(std::string_view part) {
    if (part.size() > 4 || part.find_first_of("0123456789") != std::string_view::npos) return false;
    for (std::string_view sign : {"$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5"}) {
        if (part.size() >= sign.size() && part.substr(part.size() - sign.size()) == sign)
            return true;
    }
    return false;
}

// What closes a figure in the cell after it: "(617 | )", "12.5 | %".
// A unit of points in a cell of its own closes the figure too: "(1.8 | pts)", "(242) | bp".
bool is_closer(std::string_view part) {
    if (part == ")" || part == "%" || part == ")%" || part == "%)") return true;
    if (!part.empty() && part.front() == ')') part.remove_prefix(1);
    if (!part.empty() && part.back() == ')') part.remove_suffix(1);
    return unit_word(part).has_value();
}

std::string joined_text(const SourceFile& source, const std::vector<TextRange>& parts) {
    std::string out;
    for (const auto& part : parts) {
        text::append_word(
            out, decode_entities(
                     std::string_view(source.text).substr(part.begin, part.end - part.begin)));
    }
    return out;
}

bool only_pipes(std::string_view line) {
    return has_pipe(line) && line.find_first_not_of("| \t") == std::string_view::npos;
}

bool PipeRow::all_empty() const {
    return label.parts.empty() && std::all_of(cells.begin(), cells.end(),
                                              [](const PipeCell& c) { return c.parts.empty(); });
}

std::optional<PipeRow> read_pipe_row(const SourceFile& source, size_t first, size_t last) {
    PipeRow row;
    row.first_line = first;
    row.last_line = last;
    std::vector<TextRange> pending;  // lines with no "|": the start of the next cell
    bool have_label = false;
    for (size_t i = first; i <= last; ++i) {
        std::string_view line = trim(source.lines[i]);
        if (!has_pipe(line)) {
            pending.push_back(range_of(source, line));
            continue;
        }
        if (line.back() != '|') return std::nullopt;
        if (!have_label) {
            // "Inventories | |" or "| |": the label, then one empty cell of padding.
            size_t bar = line.find('|');
            if (trim(line.substr(bar + 1)) != "|") return std::nullopt;
            std::string_view label = trim(line.substr(0, bar));
            if (label.empty()) {
                // "| |" under lines of text: those are the title above the table, not a label.
                row.first_line = i;
                pending.clear();
            } else {
                pending.push_back(range_of(source, label));
            }
            row.label.parts = std::move(pending);
            row.label.text = joined_text(source, row.label.parts);
            pending.clear();
            have_label = true;
            continue;
        }
        std::vector<TextRange> fields;
        add_fields(source, line, fields);
        if (!one_cell(source, fields)) return std::nullopt;
        if (row.cells.empty()) row.first_cell_line = i - pending.size();
        PipeCell cell;
        cell.parts = std::move(pending);
        cell.parts.insert(cell.parts.end(), fields.begin(), fields.end());
        cell.text = joined_text(source, cell.parts);
        row.cells.push_back(std::move(cell));
        pending.clear();
    }
    if (!pending.empty() || row.cells.empty()) return std::nullopt;
    size_t end = source.line_offset(row.last_line) + source.lines[row.last_line].size();
    row.extent = {source.line_offset(row.first_line), end};
    row.cells_extent = {source.line_offset(row.first_cell_line), end};
    return row;
}

Span span_of_ranges(const SourceFile& source, const std::vector<TextRange>& ranges) {
    if (ranges.empty()) return Span{source.id, 0, 0, {}};
    Span out = source.span(ranges.front().begin, ranges.back().end);
    if (ranges.size() == 1) return out;
    for (const auto& range : ranges) {
        Span part = source.span(range.begin, range.end);
        out.pieces.push_back({part.begin, part.end});
    }
    return out;
}

std::optional<Cell> figure_cell(const SourceFile& source, const PipeCell& cell) {
    if (cell.parts.empty()) return std::nullopt;
    Cell out;
    for (const auto& part : cell.parts) {
        std::string_view text =
            std::string_view(source.text).substr(part.begin, part.end - part.begin);
        // A dash spelt as a reference ("&mdash;") stands for nothing and reads as nil.
        if (decode_entities(text) != text && !is_nil_reference(text)) return std::nullopt;
        out.text += text;
    }
    // A remark in a column of its own ("Growth primarily driven by ...") is not a figure.
    if (out.text.size() > kMaxFigure || std::count(out.text.begin(), out.text.end(), ' ') >= 2)
        return std::nullopt;
    out.span = span_of_ranges(source, cell.parts);
    return out;
}

// A year alone reads as a number; over a column it is a heading.
bool heading_text(const SourceFile& source, const PipeCell& cell) {
    auto figure = figure_cell(source, cell);
    if (!figure) return true;
    const std::string& t = figure->text;
    bool year = t.size() == 4 && (t.rfind("19", 0) == 0 || t.rfind("20", 0) == 0) &&
                t.find_first_not_of("0123456789") == std::string::npos;
    return year || !parse_figure(t);
}

}  // namespace crossfoot::detail
