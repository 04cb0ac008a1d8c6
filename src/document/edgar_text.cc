// EDGAR plain text -> Document: strips the SGML wrapper and page markers, finds
// tagged and untagged tables, and keeps the rest as narrative blocks.
#include <algorithm>
#include <cctype>

#include "common/text.h"
#include "crossfoot/document.h"
#include "document/readers.h"
#include "line_shape.h"
#include "table_layout.h"

namespace crossfoot {

namespace {

using detail::LineKind;
using detail::TableLine;
using detail::TableRegion;

using text::lower;
using text::trim;

enum class Markup { none, wrapper, page, table_open, table_close, caption, columns, footnote };

// What SGML markup a line is, if any: "<TABLE>", "<S>   <C>   <C>", "<PAGE>  12".
// Only the head of the line is lowered: no tag is longer than kTagPrefix bytes.
constexpr size_t kTagPrefix = 16;

Markup markup_of(std::string_view line) {
    std::string t = lower(trim(line).substr(0, kTagPrefix));
    if (t.empty() || t[0] != '<') return Markup::none;
    auto starts = [&](std::string_view tag) { return t.rfind(tag, 0) == 0; };
    if (starts("<table")) return Markup::table_open;
    if (starts("</table")) return Markup::table_close;
    if (starts("<caption")) return Markup::caption;
    if (starts("<s>") || starts("<c>")) return Markup::columns;
    if (starts("<fn>")) return Markup::footnote;
    if (starts("<page")) return Markup::page;
    for (std::string_view tag :
         {"<document", "</document", "<type>", "<sequence>", "<filename>", "<description>",
          "<text>", "</text", "</fn", "</caption", "<r>", "</r"}) {
        if (starts(tag)) return Markup::wrapper;
    }
    return Markup::none;
}

// The text a line holds once markup is blanked and EDGAR's dash escape ("- -10") undone.
// Byte positions stay those of the original line.
std::string clean_line(std::string_view line, Markup markup) {
    if (markup != Markup::none) return std::string(line.size(), ' ');
    std::string out(line);
    size_t first = out.find_first_not_of(' ');
    if (first != std::string::npos && out.compare(first, 3, "- -") == 0)
        out.replace(first, 2, "  ");
    return out;
}

// "shares, which are reflected in thousands": the scale printed after the share word is the
// share counts' own.
void read_share_scale(std::string_view after_share, const Vocabulary& words, TableScale& scale) {
    size_t first = std::string_view::npos;
    for (const auto& [phrase, exponent] : words.scale) {
        size_t at = after_share.find(phrase);
        if (at < first) {
            first = at;
            scale.shares_exponent = exponent;
        }
    }
}

// What follows an except word from `from` on exempts from the scale: "except per share data":
// EPS prints in dollars; "except share data" or "except share and per share amounts": share
// counts print in full too. Only sets flags, never clears them.
void read_exemptions(std::string_view lowered, size_t from, const Vocabulary& words,
                     TableScale& scale) {
    size_t except = std::string_view::npos;
    for (const auto& w : words.scale_except) except = std::min(except, lowered.find(w, from));
    if (except == std::string_view::npos) return;
    std::string_view rest = lowered.substr(except);
    for (const auto& share_word : words.scale_except_shares) {
        for (size_t share = rest.find(share_word); share != std::string_view::npos;
             share = rest.find(share_word, share + 1)) {
            scale.per_share_exempt = true;
            bool per = std::any_of(words.scale_except_per.begin(), words.scale_except_per.end(),
                                   [&](const std::string& p) {
                                       return share > p.size() &&
                                              rest.substr(share - p.size() - 1, p.size()) == p &&
                                              (rest[share - 1] == ' ' || rest[share - 1] == '-');
                                   });
            scale.shares_exempt |= !per;
            if (!per) read_share_scale(rest.substr(share), words, scale);
        }
    }
}

// Rows of an untagged table may be this many lines apart (long wrapped labels, blank lines).
constexpr size_t kMaxRowGap = 15;

class Walker {
public:
    Walker(const SourceFile& source, const Vocabulary& words) : source_(source), words_(words) {
        cleaned_.reserve(source.lines.size());
        markup_.reserve(source.lines.size());
        laid_out_.resize(source.lines.size());
        to_cleaned_.resize(source.lines.size());
        for (size_t i = 0; i < source.lines.size(); ++i) {
            markup_.push_back(markup_of(source.lines[i]));
            cleaned_.push_back(clean_line(source.lines[i], markup_.back()));
            laid_out_[i] = detail::expand_tabs(cleaned_[i], to_cleaned_[i]);
            ascii_.push_back(
                std::all_of(laid_out_[i].begin(), laid_out_[i].end(),
                            [](char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; })
                    ? 1
                    : 0);
        }
        in_table_.assign(source.lines.size(), false);
        footnote_.assign(source.lines.size(), false);
        row_like_.reserve(source.lines.size());
        for (size_t i = 0; i < cleaned_.size(); ++i) row_like_.push_back(looks_like_row(i) ? 1 : 0);
    }

    Document run() {
        Document doc;
        doc.source = &source_;
        find_tagged_tables(doc);
        find_untagged_tables(doc);
        for (size_t t = 0; t < doc.tables.size(); ++t) attach_title(doc.tables[t], first_lines_[t]);
        collect_blocks(doc);
        return doc;
    }

private:
    bool blank(size_t i) const { return trim(cleaned_[i]).empty(); }

    // Line `i` for a table: laid out with tabs expanded, mapped back to its own bytes.
    TableLine table_line(size_t i) const {
        return {i, laid_out_[i], cleaned_[i], to_cleaned_[i], ascii_[i] != 0};
    }

    void add_table(Document& doc, const TableRegion& region, size_t first, size_t last) {
        if (region.lines.empty()) return;
        auto table = detail::lay_out_table(source_, region, words_);
        if (!table) return;
        for (size_t i = first; i < last; ++i) in_table_[i] = true;
        table->span.begin = source_.span(first, 0, 0).begin;
        auto at = std::lower_bound(first_lines_.begin(), first_lines_.end(), first);
        doc.tables.insert(doc.tables.begin() + (at - first_lines_.begin()), std::move(*table));
        first_lines_.insert(at, first);
    }

    void find_tagged_tables(Document& doc) {
        for (size_t i = 0; i < cleaned_.size(); ++i) {
            if (markup_[i] != Markup::table_open) continue;
            TableRegion region;
            region.tagged = true;
            size_t j = i + 1;
            bool footnotes = false;
            for (; j < cleaned_.size() && markup_[j] != Markup::table_close; ++j) {
                if (markup_[j] == Markup::table_open)
                    break;  // unclosed table: stop at the next one
                if (markup_[j] == Markup::footnote) footnotes = true;
                if (footnotes && markup_[j] == Markup::none) footnote_[j] = true;
                if (markup_[j] == Markup::columns && !region.body_start)
                    region.body_start = region.lines.size();
                if (markup_[j] != Markup::none || footnotes) continue;
                region.lines.push_back(table_line(j));
            }
            size_t end = j < cleaned_.size() && markup_[j] == Markup::table_close ? j + 1 : j;
            add_table(doc, std::move(region), i, end);
            i = end > i ? end - 1 : i;
        }
    }

    bool untagged_row(size_t i) const { return row_like_[i] != 0; }

    // A line that looks like a row of an untagged table: figures well apart from any label.
    bool looks_like_row(size_t i) const {
        if (markup_[i] != Markup::none) return false;
        // Rows of "|"-separated tables (text converted from HTML) are another format, not
        // whitespace-aligned columns: reading them as such would misplace every figure.
        if (std::count(cleaned_[i].begin(), cleaned_[i].end(), '|') >= 2) return false;
        auto shape = detail::analyze_line(laid_out_[i], 3);
        if (shape.kind != LineKind::data) return false;
        // Figures with no label stand in their column, well to the right; a figure alone at the
        // margin is a list of values, not a table row.
        if (shape.label.end == shape.label.begin) return shape.indent >= 10;
        return shape.widest_gap >= 3;
    }

    bool rule(size_t i) const {
        bool is_double = false;
        return detail::is_rule_line(laid_out_[i], is_double);
    }

    // Column headers stand above the first row, over the figures; in a double-spaced table
    // they, and the labels wrapped above the first row, come with blank lines between.
    size_t header_start(size_t first_row) const {
        size_t first = first_row;
        bool in_headers = false;
        while (first > 0 && first_row - first < 20) {
            size_t above = first;
            while (above > 0 && blank(above - 1) && first - above < 3) --above;
            if (above == 0 || in_table_[above - 1] || markup_[above - 1] != Markup::none) break;
            std::string_view line = trim(laid_out_[above - 1]);
            auto indent = static_cast<size_t>(line.data() - laid_out_[above - 1].data());
            // Narrative is long lines of words; headers are short or spread over columns.
            bool narrative = line.size() >= 50 && line.find(' ') != std::string_view::npos &&
                             line.find("   ") == std::string_view::npos;
            if (narrative) break;
            bool over_figures = indent >= 20 && indent + line.size() / 2 > 45;
            bool label = indent < 20 && !in_headers;
            if (above == first && !over_figures && !label && line.size() > 0) {
                first = above - 1;  // an adjacent header line
                continue;
            }
            if (!over_figures && !label) break;
            in_headers |= over_figures;
            first = above - 1;
        }
        return first;
    }

    void find_untagged_tables(Document& doc) {
        size_t n = cleaned_.size();
        for (size_t i = 0; i < n; ++i) {
            if (in_table_[i] || markup_[i] != Markup::none || !untagged_row(i)) continue;
            size_t last_row = i;
            size_t rows = 1;
            size_t rules = 0;
            for (size_t j = i + 1; j < n && !in_table_[j] && j <= last_row + kMaxRowGap; ++j) {
                if (untagged_row(j)) {
                    last_row = j;
                    ++rows;
                } else if (rule(j)) {
                    ++rules;
                    last_row = j;
                }
            }
            if (rows < 3 && !(rows >= 2 && rules > 0)) {
                i = last_row;
                continue;
            }
            size_t first = header_start(i);
            TableRegion region;
            region.min_gap =
                2;  // rows were recognised by wider gaps; "$8,700  $ 8,851" is two cells
            for (size_t k = first; k <= last_row; ++k) {
                if (markup_[k] == Markup::none) region.lines.push_back(table_line(k));
            }
            add_table(doc, std::move(region), first, last_row + 1);
            i = last_row;
        }
    }

    // The lines just above a table name it and state its scale.
    void attach_title(Table& table, size_t first) {
        size_t last_line = source_.line_index(table.span.end);
        // The title is the block of short lines just above the table, and the block above that
        // when it is short lines too ("CONSOLIDATED STATEMENTS OF INCOME" / blank / "(unaudited)");
        // never the narrative before it.
        size_t k = first;
        std::vector<LocatedText> title;
        for (int block = 0; block < 3 && title.size() < 8; ++block) {
            size_t top = k;
            while (top > 0 && blank(top - 1) && k - top < 4) --top;
            size_t bottom = top;
            while (top > 0 && !in_table_[top - 1] && !blank(top - 1) && bottom - top < 6 &&
                   markup_[top - 1] == Markup::none) {
                --top;
            }
            if (top == bottom) break;
            bool short_lines = true;
            for (size_t i = top; i < bottom; ++i) {
                std::string_view t = trim(cleaned_[i]);
                short_lines &= t.size() <= 80 && t.back() != '.';
            }
            if (block > 0 && !short_lines) break;
            for (size_t i = bottom; i-- > top && title.size() < 8;) {
                title.push_back(line_text(i));
            }
            k = top;
            if (!short_lines) break;
        }
        std::reverse(title.begin(), title.end());
        table.title = title;
        std::vector<LocatedText> candidates = title;
        for (size_t line = first; line <= last_line && line < first + 12; ++line) {
            if (!blank(line)) candidates.push_back(line_text(line));
        }
        for (size_t i = 0; i < candidates.size(); ++i) {
            const auto& span = candidates[i];
            auto scale = parse_scale_statement(span.text, words_);
            // "(in 000s," / "except share" / "data)" stacked in a header column.
            if (scale && !scale->per_share_exempt && i + 2 < candidates.size()) {
                std::string joined = candidates[i + 1].text + " " + candidates[i + 2].text;
                read_exemptions(lower(joined.substr(0, 100)), 0, words_, *scale);
            }
            if (scale) {
                table.scale = *scale;
                table.scale.statement = scale_phrase(span, words_);
                break;
            }
        }
    }

    // The statement itself within its line: "(in 000s," of "(unaudited) (in 000s,   Dec 31,".
    LocatedText scale_phrase(const LocatedText& line, const Vocabulary& words) const {
        std::string t = lower(line.text);
        size_t at = std::string::npos;
        for (const auto& word : words.scale_starts) at = std::min(at, t.find(word));
        if (at == std::string::npos) return line;
        size_t end = t.find("   ", at);
        if (end == std::string::npos) end = t.size();
        return {line.text.substr(at, end - at), line.span_of(source_, at, end), {}};
    }

    // The trimmed text of line `i` (markup blanked, dash escape undone), located.
    LocatedText line_text(size_t i) const {
        std::string_view t = trim(cleaned_[i]);
        size_t begin = static_cast<size_t>(t.data() - cleaned_[i].data());
        return {std::string(t), source_.span(i, begin, begin + t.size()), {}};
    }

    // Wrapped prose runs to about the same width and indent line after line; a centred title, a
    // line indented well past the one above, or a line after a short one that does not run on
    // (no comma or hyphen) starts a new block.
    bool starts_new_block(size_t i) const {
        std::string_view above = trim(cleaned_[i - 1]);
        std::string_view here = trim(cleaned_[i]);
        auto indent = [&](size_t k, std::string_view t) {
            return static_cast<size_t>(t.data() - cleaned_[k].data());
        };
        if (indent(i, here) >= indent(i - 1, above) + 8) return true;
        bool runs_on = !above.empty() && (above.back() == ',' || above.back() == '-');
        bool capital = std::isupper(static_cast<unsigned char>(here.front())) != 0;
        return above.size() < 50 && !runs_on && capital;
    }

    // Justified text pads words with runs of spaces: the logical text has one space each.
    static void append_collapsed(LocatedTextBuilder& out, size_t at, std::string_view t) {
        size_t run = 0;
        for (size_t i = 0; i <= t.size(); ++i) {
            if (i < t.size() && !(t[i] == ' ' && i > 0 && t[i - 1] == ' ')) continue;
            out.append(at + run, at + i);
            while (i < t.size() && t[i] == ' ') ++i;
            run = i;
        }
    }

    static bool is_bullet(std::string_view t) {
        return t.rfind("* ", 0) == 0 || t.rfind("- ", 0) == 0 || t.rfind("\xE2\x80\xA2", 0) == 0 ||
               t.rfind("o ", 0) == 0;
    }

    // Consecutive non-blank lines outside tables are one logical text: joined with a space, or
    // with nothing after a hyphen that breaks a word ("year-" / "over-year").
    void collect_blocks(Document& doc) {
        LocatedTextBuilder text(source_);
        size_t lines = 0;
        bool footnote = false;
        auto flush = [&] {
            if (text.empty()) return;
            TextBlock block;
            block.content = text.finish();
            const std::string& t = block.content.text;
            if (footnote) {
                block.kind = BlockKind::footnote;
            } else if (is_bullet(t)) {
                block.kind = BlockKind::list_item;
            } else if (t.rfind("\"", 0) == 0 || t.rfind("\xE2\x80\x9C", 0) == 0) {
                block.kind = BlockKind::quotation;
            } else if (lines == 1 && t.size() < 80 && t.back() != '.') {
                block.kind = BlockKind::heading;
            }
            block.sentences = split_sentences(t, words_);
            doc.blocks.push_back(std::move(block));
            text = LocatedTextBuilder(source_);
            lines = 0;
        };
        for (size_t i = 0; i < cleaned_.size(); ++i) {
            bool prose = !in_table_[i] || footnote_[i];
            if (!prose || blank(i) || markup_[i] != Markup::none || footnote_[i] != footnote) {
                flush();
                footnote = footnote_[i];
                if (!prose || blank(i) || markup_[i] != Markup::none) continue;
            }
            std::string_view t = trim(cleaned_[i]);
            size_t begin = static_cast<size_t>(t.data() - cleaned_[i].data());
            if (lines > 0 && (is_bullet(t) || starts_new_block(i))) flush();
            if (lines > 0) {
                std::string_view before = trim(cleaned_[i - 1]);
                bool broken_word =
                    before.size() >= 2 && before.back() == '-' &&
                    std::isalpha(static_cast<unsigned char>(before[before.size() - 2])) &&
                    std::islower(static_cast<unsigned char>(t.front()));
                if (!broken_word) text.append_separator(" ");
            }
            append_collapsed(text, source_.line_offset(i) + begin, t);
            ++lines;
        }
        flush();
    }

    const SourceFile& source_;
    const Vocabulary& words_;
    std::vector<std::string> cleaned_;
    std::vector<std::string> laid_out_;  ///< cleaned_ with tabs expanded: where columns line up
    std::vector<std::vector<size_t>> to_cleaned_;  ///< per line, see TableLine::to_cleaned
    std::vector<char> ascii_;                      ///< per line, see TableLine::ascii
    std::vector<Markup> markup_;
    std::vector<bool> in_table_;
    std::vector<bool> footnote_;       ///< a <FN> line of a tagged table: prose, not rows
    std::vector<size_t> first_lines_;  ///< first line of each table, in document order
    std::vector<char> row_like_;
};

}  // namespace

std::optional<TableScale> parse_scale_statement(const std::string& text, const Vocabulary& words) {
    std::string t = lower(text);
    if (t.size() > 120) return std::nullopt;
    // The first phrase printed states the scale: "(in millions, except share amounts which are
    // reflected in thousands)" is in millions.
    size_t first = std::string::npos;
    int exponent = 0;
    for (const auto& [phrase, phrase_exponent] : words.scale) {
        size_t at = t.find(phrase);
        if (at < first) {
            first = at;
            exponent = phrase_exponent;
        }
    }
    if (first == std::string::npos) return std::nullopt;
    TableScale scale;
    scale.exponent = exponent;
    read_exemptions(t, first, words, scale);
    return scale;
}

namespace {

Document read_edgar_text(const SourceFile& source, const Vocabulary& words) {
    return Walker(source, words).run();
}

}  // namespace

}  // namespace crossfoot

namespace crossfoot {

namespace {

// EDGAR's SGML markers at the start of a line: "<TABLE>", "<PAGE>", "<S>", "<DOCUMENT>".
bool sniff_edgar_text(std::string_view head) {
    for (std::string_view marker : {"\n<TABLE>", "\n<PAGE>", "\n<S>", "<DOCUMENT>", "\n<table>"}) {
        if (head.find(marker) != std::string_view::npos) return true;
    }
    return false;
}

}  // namespace

const Reader kEdgarTextReader = {
    "edgar-text",
    "EDGAR plain text: <TABLE>/<S>/<C> and whitespace-aligned tables, with or without markup",
    ".txt .md .text", sniff_edgar_text, read_edgar_text};

}  // namespace crossfoot
