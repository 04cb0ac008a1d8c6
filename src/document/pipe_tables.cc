// Text converted from HTML with "|"-separated cells -> Document. A table row is a group of
// lines with blank lines around it: the label cell, then one line per column (pipe_rows.h).
// A table is a run of such groups; the rest is narrative (pipe_prose.cc).
#include <algorithm>

#include "common/text.h"
#include "crossfoot/document.h"
#include "crossfoot/figure.h"
#include "document/readers.h"
#include "html_entities.h"
#include "pipe_rows.h"

namespace crossfoot {

namespace {

using detail::PipeCell;
using detail::PipeRow;
using text::trim;

enum class Role { blank, label_only, header, data };

// Converted text keeps the vertical space of the page: a title may stand a dozen blank lines
// above its table.
constexpr size_t kMaxTitleGap = 16;

Role role_of(const SourceFile& source, const PipeRow& row, bool after_data) {
    if (row.all_empty()) return Role::blank;
    bool any = false;
    bool headings = true;
    for (const auto& cell : row.cells) {
        if (cell.parts.empty()) continue;
        any = true;
        headings &= detail::heading_text(source, cell);
    }
    if (!any) return row.label.parts.empty() ? Role::blank : Role::label_only;
    if (headings && (row.label.parts.empty() || !after_data)) return Role::header;
    return Role::data;
}

class PipeWalker {
public:
    PipeWalker(const SourceFile& source, const Vocabulary& words)
        : source_(source), words_(words), taken_(source.lines.size(), false) {}

    Document run() {
        Document doc;
        doc.source = &source_;
        std::vector<PipeRow> run;
        size_t n = source_.lines.size();
        for (size_t i = 0; i < n;) {
            if (blank(i)) {
                ++i;
                continue;
            }
            size_t last = i;
            while (last + 1 < n && !blank(last + 1)) ++last;
            if (auto row = detail::read_pipe_row(source_, i, last)) {
                run.push_back(std::move(*row));
            } else {
                add_table(doc, run);
            }
            i = last + 1;
        }
        add_table(doc, run);
        detail::collect_pipe_prose(source_, taken_, words_, doc);
        return doc;
    }

private:
    bool blank(size_t i) const { return trim(source_.lines[i]).empty(); }

    LocatedText located(size_t begin, size_t end) const {
        LocatedTextBuilder out(source_);
        detail::append_decoded(out, source_.text, begin, end);
        return out.finish();
    }

    LocatedText located(const PipeCell& cell) const {
        LocatedTextBuilder out(source_);
        for (const auto& part : cell.parts) {
            if (!out.empty()) out.append_separator(" ");
            detail::append_decoded(out, source_.text, part.begin, part.end);
        }
        return out.finish();
    }

    // Lays out a run of row groups as a table, if it has figures; the run is consumed.
    void add_table(Document& doc, std::vector<PipeRow>& run) {
        std::vector<PipeRow> rows = std::move(run);
        run.clear();
        std::vector<Role> roles;
        bool after_data = false;
        size_t columns = 0;
        for (const auto& row : rows) {
            roles.push_back(role_of(source_, row, after_data));
            if (roles.back() != Role::data) continue;
            after_data = true;
            columns = std::max(columns, row.cells.size());
        }
        if (columns == 0) return;
        for (size_t i = rows.front().first_line; i <= rows.back().last_line; ++i) taken_[i] = true;
        Table table;
        table.span = source_.span(source_.line_offset(rows.front().first_line),
                                  source_.line_offset(rows.back().last_line) +
                                      source_.lines[rows.back().last_line].size());
        table.columns.resize(columns);
        std::vector<std::vector<detail::TextRange>> header_parts(columns);
        std::vector<LocatedText> scale_candidates;
        after_data = false;
        for (size_t r = 0; r < rows.size(); ++r) {
            const PipeRow& row = rows[r];
            after_data |= roles[r] == Role::data;
            if (roles[r] == Role::header && !after_data) {
                add_headers(row, table.columns, header_parts);
                if (!row.label.parts.empty()) scale_candidates.push_back(located(row.label));
                continue;
            }
            table.rows.push_back(make_row(row, roles[r], rows, roles, r, columns));
            if (!after_data && !row.label.parts.empty())
                scale_candidates.push_back(located(row.label));
        }
        for (size_t c = 0; c < columns; ++c) {
            if (!header_parts[c].empty())
                table.columns[c].header_span = detail::span_of_ranges(source_, header_parts[c]);
        }
        finish(doc, std::move(table), rows.front().first_line, std::move(scale_candidates));
    }

    // Names the table from the lines above it and reads its scale there or in its headings.
    void finish(Document& doc, Table table, size_t first_line,
                std::vector<LocatedText> scale_candidates) {
        table.title = title_above(first_line);
        scale_candidates.insert(scale_candidates.begin(), table.title.begin(), table.title.end());
        for (const auto& line : scale_candidates) {
            if (auto scale = parse_scale_statement(line.text, words_)) {
                table.scale = *scale;
                table.scale.statement = line;
                break;
            }
        }
        doc.tables.push_back(std::move(table));
    }

    // A heading cell stands over its column, or over as many as divide evenly when the row has
    // fewer cells than the table has columns ("Three Months Ended" over 2026 and 2025).
    static void add_headers(const PipeRow& row, std::vector<Column>& columns,
                            std::vector<std::vector<detail::TextRange>>& parts) {
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

    Row make_row(const PipeRow& row, Role role, const std::vector<PipeRow>& rows,
                 const std::vector<Role>& roles, size_t r, size_t columns) const {
        Row out;
        out.label = row.label.text;
        for (const auto& part : row.label.parts)
            out.label_spans.push_back(source_.span(part.begin, part.end));
        size_t from = role == Role::data ? row.first_cell_line : row.first_line;
        out.span = source_.span(source_.line_offset(from), source_.line_offset(row.last_line) +
                                                               source_.lines[row.last_line].size());
        switch (role) {
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
                    out.cells[c] = detail::figure_cell(source_, row.cells[c]);
                break;
        }
        return out;
    }

    // The short lines just above a table name it and state its scale: "Condensed Consolidated
    // Balance Sheets" / "(In thousands)", with blank lines between them; never narrative.
    std::vector<LocatedText> title_above(size_t first) {
        std::vector<LocatedText> title;
        size_t k = first;
        while (title.size() < 6) {
            size_t blanks = 0;
            while (k > 0 && blank(k - 1) && blanks < kMaxTitleGap) {
                --k;
                ++blanks;
            }
            if (k == 0 || blank(k - 1) || taken_[k - 1]) break;
            std::string_view t = trim(source_.lines[k - 1]);
            // A sentence is narrative; "ACME HOLDINGS INC." is a name.
            bool sentence = t.back() == '.' && std::count(t.begin(), t.end(), ' ') >= 6;
            if (t.find('|') != std::string_view::npos || t.size() > 100 || sentence) break;
            auto begin = static_cast<size_t>(t.data() - source_.text.data());
            title.push_back(located(begin, begin + t.size()));
            --k;
        }
        std::reverse(title.begin(), title.end());
        return title;
    }

    const SourceFile& source_;
    const Vocabulary& words_;
    std::vector<bool> taken_;  ///< lines of tables
};

// Text converted from HTML: many lines that start with "|" or end with " | |".
bool sniff_pipe_tables(std::string_view head) {
    size_t lines = 0;
    size_t from = 0;
    while (from < head.size() && lines < 20) {
        size_t end = head.find('\n', from);
        if (end == std::string_view::npos) end = head.size();
        std::string_view line = head.substr(from, end - from);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
        bool starts = !line.empty() && line.front() == '|';
        bool ends = line.size() >= 4 && line.substr(line.size() - 4) == " | |";
        if (starts || ends) ++lines;
        from = end + 1;
    }
    return lines >= 20;
}

Document read_pipe_tables(const SourceFile& source, const Vocabulary& words) {
    return PipeWalker(source, words).run();
}

}  // namespace

const Reader kPipeTableReader = {
    "pipe-tables",
    "text converted from HTML: \"|\"-separated cells, one per line, rows between blank lines", "",
    sniff_pipe_tables, read_pipe_tables};

}  // namespace crossfoot
