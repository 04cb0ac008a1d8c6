#include "emit/html/layout.h"

#include <fmt/format.h>

#include <algorithm>

namespace crossfoot::html {

namespace {

// A block or a table, by where it starts in the file.
struct Item {
    size_t begin;
    const TextBlock* block;
    const Table* table;
};

int line_of(const SourceFile& source, size_t original) { return source.position(original).line; }

std::string line_cell(const SourceFile& source, const Span& span) {
    return fmt::format("<td class=\"ln\">{}</td>", line_of(source, span.begin));
}

// Title lines that no prose block holds already (readers differ in this).
std::vector<const LocatedText*> own_title(const Table& table, const std::vector<ByteRange>& prose) {
    std::vector<const LocatedText*> out;
    for (const auto& line : table.title) {
        auto it = std::upper_bound(prose.begin(), prose.end(), line.span.begin,
                                   [](size_t at, const ByteRange& r) { return at < r.begin; });
        bool held = it != prose.begin() && std::prev(it)->end > line.span.begin;
        if (!held && !line.text.empty()) out.push_back(&line);
    }
    return out;
}

void write_head(std::string& out, const Table& table, const std::vector<const LocatedText*>& title,
                MarkWriter& writer) {
    if (!title.empty()) {
        out += "<caption>";
        for (size_t i = 0; i < title.size(); ++i)
            out += (i ? "<br>" : "") + writer.write(*title[i]);
        out += "</caption>\n";
    }
    bool headed = std::any_of(table.columns.begin(), table.columns.end(),
                              [](const Column& c) { return !c.header.empty(); });
    if (!headed) return;
    out += "<thead><tr><td class=\"ln\"></td><th></th>";
    for (const auto& column : table.columns) {
        std::string header;
        append_text(header, column.header);
        out += "<th class=\"num\" scope=\"col\">" + header + "</th>";
    }
    out += "</tr></thead>\n";
}

std::string_view rule_class(RowKind kind) {
    return kind == RowKind::double_rule ? " double-ruled" : " ruled";
}

std::string_view row_class(RowKind kind) {
    switch (kind) {
        case RowKind::section:
            return "section";
        case RowKind::caption:
            return "caption";
        case RowKind::header:
            return "header";
        case RowKind::blank:
            return "blank";
        default:
            return "data";
    }
}

std::string label_html(const Row& row, MarkWriter& writer) {
    if (row.label_spans.size() == 1) return writer.write(row.label, row.label_spans.front());
    std::string out;
    append_text(out, row.label);
    return out;
}

void write_row(std::string& out, const SourceFile& source, const Row& row, std::string_view ruled,
               size_t columns, MarkWriter& writer) {
    const Span& at = row.label_spans.empty() ? row.span : row.label_spans.front();
    out += fmt::format("<tr class=\"{}{}\">", row_class(row.kind), ruled);
    out += row.kind == RowKind::blank ? "<td class=\"ln\"></td>" : line_cell(source, at);
    bool lone = row.kind == RowKind::section || row.kind == RowKind::caption;
    out += fmt::format("<th scope=\"row\"{}>{}</th>",
                       lone ? fmt::format(" colspan=\"{}\"", columns + 1) : "",
                       label_html(row, writer));
    if (lone) {
        out += "</tr>\n";
        return;
    }
    std::string_view cell_tag = row.kind == RowKind::header ? "th" : "td";
    for (size_t c = 0; c < columns; ++c) {
        const auto& cell = c < row.cells.size() ? row.cells[c] : std::nullopt;
        out += fmt::format("<{} class=\"num\">{}</{}>", cell_tag,
                           cell ? writer.write(cell->text, cell->span) : "", cell_tag);
    }
    for (const auto& cell : row.unplaced)
        out += "<td class=\"num unplaced\">" + writer.write(cell.text, cell.span) + "</td>";
    out += "</tr>\n";
}

void write_table(std::string& out, const SourceFile& source, const Table& table,
                 const std::vector<ByteRange>& prose, MarkWriter& writer) {
    out += "<div class=\"table\"><table class=\"rt\">\n";
    write_head(out, table, own_title(table, prose), writer);
    out += "<tbody>\n";
    std::string_view ruled;
    for (const auto& row : table.rows) {
        if (row.kind == RowKind::single_rule || row.kind == RowKind::double_rule) {
            ruled = rule_class(row.kind);
            continue;
        }
        // A rule stands over the figures of the next row that has any.
        bool blank = row.kind == RowKind::blank;
        write_row(out, source, row, blank ? "" : ruled, table.columns.size(), writer);
        if (!blank) ruled = {};
    }
    out += "</tbody>\n</table></div>\n";
}

std::string_view block_tag(BlockKind kind) {
    switch (kind) {
        case BlockKind::heading:
            return "h4";  // below the page's own h1-h3
        case BlockKind::list_item:
            return "li";
        case BlockKind::quotation:
            return "blockquote";
        case BlockKind::paragraph:
        case BlockKind::footnote:
            return "p";
    }
    return "p";
}

void write_block(std::string& out, const SourceFile& source, const TextBlock& block,
                 MarkWriter& writer) {
    std::string_view tag = block_tag(block.kind);
    std::string_view kind = block.kind == BlockKind::footnote ? " class=\"footnote\"" : "";
    out += fmt::format("<{}{} data-line=\"{}\">{}</{}>\n", tag, kind,
                       line_of(source, block.content.span.begin), writer.write(block.content), tag);
}

}  // namespace

std::string release_html(const Document& document, MarkWriter& writer) {
    const SourceFile& source = *document.source;
    std::vector<Item> items;
    std::vector<ByteRange> prose;
    for (const auto& block : document.blocks) {
        if (block.content.text.empty()) continue;
        items.push_back({block.content.span.begin, &block, nullptr});
        prose.push_back({block.content.span.begin, block.content.span.end});
    }
    for (const auto& table : document.tables) items.push_back({table.span.begin, nullptr, &table});
    std::stable_sort(items.begin(), items.end(),
                     [](const Item& a, const Item& b) { return a.begin < b.begin; });
    std::sort(prose.begin(), prose.end());
    std::string out;
    bool in_list = false;
    for (const auto& item : items) {
        bool list_item = item.block && item.block->kind == BlockKind::list_item;
        if (list_item != in_list) out += list_item ? "<ul>\n" : "</ul>\n";
        in_list = list_item;
        if (item.table)
            write_table(out, source, *item.table, prose, writer);
        else
            write_block(out, source, *item.block, writer);
    }
    if (in_list) out += "</ul>\n";
    return out;
}

std::string unplaced_html(const SourceFile& source, const std::vector<FigureMark>& marks,
                          MarkWriter& writer) {
    std::vector<size_t> rest = writer.unplaced();
    if (rest.empty()) return "";
    constexpr size_t kContext = 60;  // bytes of the line shown on each side
    std::string out =
        "<div class=\"rest\"><p>Figures outside the text above, as the file has them:</p>\n<ul>\n";
    for (size_t m : rest) {
        const Span& span = marks[m].span;
        size_t line = source.line_index(span.begin);
        size_t line_begin = source.line_offset(line);
        size_t line_end = line_begin + source.lines[line].size();
        size_t begin = source.decoded_offset(span.begin);
        size_t end = std::min(source.decoded_offset(span.end), line_end);
        size_t from = begin - std::min(begin - line_begin, kContext);
        size_t to = std::min(line_end, end + kContext);
        std::string_view text(source.text);
        // Whole characters only.
        while (from < begin && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
        while (to > end && to < line_end && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80)
            --to;
        out += fmt::format("<li data-line=\"{}\"><code>", line + 1);
        append_text(out, text.substr(from, begin - from));
        out += writer.open_mark(m);
        append_text(out, text.substr(begin, end - begin));
        out += "</a></mark>";
        append_text(out, text.substr(end, to - end));
        out += "</code></li>\n";
    }
    return out + "</ul>\n</div>\n";
}

}  // namespace crossfoot::html
