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

// Converted text keeps the vertical space of the page: a title may stand a dozen blank lines
// above its table.
constexpr size_t kMaxTitleGap = 16;

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

    // Lays out a run of row groups as a table, if it has figures; the run is consumed.
    void add_table(Document& doc, std::vector<PipeRow>& run) {
        std::vector<PipeRow> rows = std::move(run);
        run.clear();
        if (rows.empty()) return;
        std::vector<LocatedText> scale_candidates;
        auto table = detail::build_cell_table(source_, rows, scale_candidates);
        if (!table) return;
        for (size_t i = rows.front().first_line; i <= rows.back().last_line; ++i) taken_[i] = true;
        detail::name_table(*table, title_above(rows.front().first_line),
                           std::move(scale_candidates), words_);
        doc.tables.push_back(std::move(*table));
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
