// A Word document, as src/ingest/docx_text.cc lays it out: one line per paragraph and one per
// table row, each with its place. Paragraphs are blocks of their own (Word says which are
// headings and list items); a table's cells are grouped into columns of figures, the "$" cell
// before a figure and the ")" or "%" cell after it joined to it, and laid out as the cells of
// text converted from HTML are (cell_table.cc).
#include <algorithm>

#include "common/text.h"
#include "crossfoot/document.h"
#include "document/readers.h"
#include "cell_table.h"
#include "pipe_rows.h"

namespace crossfoot {

namespace {

using detail::PipeCell;
using detail::PipeRow;
using detail::TextRange;
using Kind = LinePlace::Kind;

constexpr size_t kMaxTitleLines = 6;
constexpr size_t kMaxTitleChars = 100;

// Printed like a figure: digits with commas, points, signs and brackets ("(5,919)", "$7",
// "12.5%"), no letters.
bool figure_like(std::string_view t) {
    bool digit = false;
    for (char c : t) {
        if (std::isalpha(static_cast<unsigned char>(c)) != 0) return false;
        digit |= std::isdigit(static_cast<unsigned char>(c)) != 0;
    }
    return digit;
}

bool has_letters(std::string_view t) {
    return std::any_of(t.begin(), t.end(),
                       [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
}

// What closes a figure from the cell after it: ")", "%", ")%".
bool closes_figure(std::string_view t) {
    return t.find_first_not_of(")%") == std::string_view::npos && !t.empty();
}

class TableRows {
public:
    TableRows(const SourceFile& source, size_t first, size_t last)
        : source_(source), first_(first), last_(last) {}

    std::vector<PipeRow> rows() {
        find_figure_columns();
        std::vector<PipeRow> out;
        for (size_t i = first_; i <= last_; ++i) out.push_back(row(i));
        return out;
    }

private:
    // The trimmed text of cell `c` of line `i`, as a range of the source text.
    TextRange cell(size_t i, size_t c) const {
        const ByteRange& b = source_.places[i].cells[c];
        size_t at = source_.line_offset(i);
        std::string_view t = text::trim(source_.lines[i].substr(b.begin, b.end - b.begin));
        size_t begin =
            t.empty() ? at + b.begin : static_cast<size_t>(t.data() - source_.text.data());
        return {begin, begin + t.size()};
    }
    std::string_view text(TextRange r) const {
        return std::string_view(source_.text).substr(r.begin, r.end - r.begin);
    }

    // A column of the grid holds figures when a cell of its own there prints one.
    void find_figure_columns() {
        for (size_t i = first_; i <= last_; ++i) {
            const LinePlace& place = source_.places[i];
            for (size_t c = 0; c < place.cells.size(); ++c) {
                if (place.grid[c + 1] - place.grid[c] == 1 && figure_like(text(cell(i, c))))
                    figures_.push_back(place.grid[c]);
            }
        }
        std::sort(figures_.begin(), figures_.end());
        figures_.erase(std::unique(figures_.begin(), figures_.end()), figures_.end());
    }

    // Which figure columns a cell over grid columns [from, to) belongs to: those it covers, else
    // the one its ")" or "%" closes, else the one its "$" (or heading) stands before.
    std::pair<size_t, size_t> columns_of(std::uint32_t from, std::uint32_t to,
                                         std::string_view t) const {
        auto lo = std::lower_bound(figures_.begin(), figures_.end(), from);
        auto hi = std::lower_bound(lo, figures_.end(), to);
        auto index = [&](auto it) { return static_cast<size_t>(it - figures_.begin()); };
        if (lo != hi) return {index(lo), figure_like(t) ? index(lo) + 1 : index(hi)};
        bool left = closes_figure(t) || lo == figures_.end();
        if (left)
            return lo == figures_.begin() ? std::pair{size_t{0}, size_t{0}}
                                          : std::pair{index(lo) - 1, index(lo)};
        return {index(lo), index(lo) + 1};
    }

    PipeRow row(size_t i) const {
        const LinePlace& place = source_.places[i];
        PipeRow out;
        out.first_line = out.last_line = out.first_cell_line = i;
        out.cells.resize(figures_.size());
        if (place.rule_below != 0)
            out.rule_below = place.rule_below == 2 ? RowKind::double_rule : RowKind::single_rule;
        std::uint32_t label_end = figures_.empty() ? ~0U : figures_.front();
        std::optional<size_t> first_figure;
        for (size_t c = 0; c < place.cells.size(); ++c) {
            TextRange range = cell(i, c);
            if (range.begin == range.end) continue;
            // The label: the row's first cell, and words wholly left of the figures (a "$"
            // printed there belongs to the figure).
            if (c == 0 || (place.grid[c + 1] <= label_end && has_letters(text(range)))) {
                add(out.label, range);
                continue;
            }
            auto [lo, hi] = columns_of(place.grid[c], place.grid[c + 1], text(range));
            for (size_t k = lo; k < hi; ++k) add(out.cells[k], range);
            if (lo < hi && !first_figure) first_figure = range.begin;
        }
        // The row is its line of the text the document was read into.
        size_t begin = source_.line_offset(i);
        size_t end = begin + source_.lines[i].size();
        out.extent = {begin, end};
        out.cells_extent = {first_figure.value_or(begin), end};
        return out;
    }

    void add(PipeCell& cell, TextRange range) const {
        cell.parts.push_back(range);
        text::append_word(cell.text, text(range));
    }

    const SourceFile& source_;
    size_t first_;
    size_t last_;
    std::vector<std::uint32_t> figures_;  ///< grid columns of figures, in order
};

class DocxWalker {
public:
    DocxWalker(const SourceFile& source, const Vocabulary& words)
        : source_(source), words_(words) {}

    Document run() {
        Document doc;
        doc.source = &source_;
        size_t n = std::min(source_.lines.size(), source_.places.size());
        for (size_t i = 0; i < n;) {
            const LinePlace& place = source_.places[i];
            if (place.kind != Kind::table_row) {
                doc.blocks.push_back(block(i));
                ++i;
                continue;
            }
            size_t last = i;
            while (last + 1 < n && source_.places[last + 1].kind == Kind::table_row &&
                   source_.places[last + 1].number == place.number)
                ++last;
            add_table(doc, i, last);
            i = last + 1;
        }
        return doc;
    }

private:
    LocatedText line_text(size_t i) const {
        std::string_view t = text::trim(source_.lines[i]);
        auto begin = static_cast<size_t>(t.data() - source_.text.data());
        LocatedTextBuilder out(source_);
        out.append(begin, begin + t.size());
        return out.finish();
    }

    TextBlock block(size_t i) const {
        TextBlock out;
        switch (source_.places[i].kind) {
            case Kind::heading:
                out.kind = BlockKind::heading;
                break;
            case Kind::list_item:
                out.kind = BlockKind::list_item;
                break;
            case Kind::footnote:
                out.kind = BlockKind::footnote;
                break;
            default:
                out.kind = BlockKind::paragraph;
        }
        out.content = line_text(i);
        out.sentences = split_sentences(out.content.text, words_);
        return out;
    }

    void add_table(Document& doc, size_t first, size_t last) const {
        std::vector<PipeRow> rows = TableRows(source_, first, last).rows();
        auto laid_out = detail::lay_out_cell_rows(source_, rows);
        if (!laid_out) return;
        Table& table = laid_out->table;
        // Named by the paragraphs above it; its scale stated there or in its headings.
        table.title = title_above(first);
        std::vector<LocatedText> candidates = table.title;
        candidates.insert(candidates.end(), laid_out->scale_candidates.begin(),
                          laid_out->scale_candidates.end());
        detail::read_scale(table, candidates, words_);
        doc.tables.push_back(std::move(table));
    }

    // The short paragraphs just above a table name it and state its scale: "Consolidated
    // Balance Sheets" / "(In thousands)"; never a sentence, nor a row of another table.
    std::vector<LocatedText> title_above(size_t first) const {
        std::vector<LocatedText> title;
        for (size_t k = first; k > 0 && title.size() < kMaxTitleLines; --k) {
            if (source_.places[k - 1].kind == Kind::table_row) break;
            std::string_view t = text::trim(source_.lines[k - 1]);
            bool sentence = t.back() == '.' && std::count(t.begin(), t.end(), ' ') >= 6;
            if (t.size() > kMaxTitleChars || sentence) break;
            title.push_back(line_text(k - 1));
        }
        std::reverse(title.begin(), title.end());
        return title;
    }

    const SourceFile& source_;
    const Vocabulary& words_;
};

// A Word document's text is never sniffed: ingest names this reader (SourceFile::reader).
bool sniff_nothing(std::string_view /*head*/) { return false; }

Document read_docx_document(const SourceFile& source, const Vocabulary& words) {
    return DocxWalker(source, words).run();
}

}  // namespace

const Reader kDocxReader = {"docx",
                            "Word documents (.docx): paragraphs, list items, headings, tables and "
                            "footnotes, tracked changes accepted",
                            ".docx", sniff_nothing, read_docx_document};

}  // namespace crossfoot
