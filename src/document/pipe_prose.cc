// The narrative of text converted from HTML: wrapped paragraphs with blank lines between
// them, and list items printed as a row of cells, "| &middot; | GAAP revenue was ... |".
#include <algorithm>
#include <array>
#include <cctype>

#include "common/text.h"
#include "html_entities.h"
#include "pipe_rows.h"

namespace crossfoot::detail {

namespace {

using text::trim;

constexpr size_t kShortLine = 50;

// "| &middot; | text..." or "&middot; | text...": where the item's text starts, else npos.
// Where the text of a list item starts: after "| &middot; |", "● |", or a bullet and a space
// at the start of a line ("• Total net revenue of ..."); npos when the line is no list item.
size_t bullet_text_start(std::string_view line) {
    size_t space = line.find(' ');
    if (space != std::string_view::npos && space > 0 && line[0] != '|' &&
        line.substr(0, space).find('|') == std::string_view::npos &&
        is_bullet_mark(line.substr(0, space)) && line.substr(0, space) != "o" &&
        line.substr(0, space) != "-") {
        return space + 1;
    }
    size_t from = !line.empty() && line[0] == '|' ? 1 : 0;
    size_t bar = line.find('|', from);
    if (bar == std::string_view::npos || !is_bullet_mark(line.substr(from, bar - from)))
        return std::string_view::npos;
    return bar + 1;
}

size_t words_in(std::string_view s) {
    size_t words = 0;
    bool in_word = false;
    for (char c : s) {
        bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
        if (letter && !in_word) ++words;
        in_word = letter || (in_word && c != ' ');
    }
    return words;
}

class ProseCollector {
public:
    ProseCollector(const SourceFile& source, const Vocabulary& words, Document& doc)
        : source_(source), words_(words), doc_(doc), text_(source) {}

    void line(size_t i) {
        std::string_view t = trim(source_.lines[i]);
        if (t.empty() || only_pipes(t)) return flush();
        size_t at = static_cast<size_t>(t.data() - source_.text.data());
        if (size_t start = bullet_text_start(t); start != std::string_view::npos) {
            flush();
            list_item_ = open_item_ = true;
            t = trim(t.substr(start));
            at = static_cast<size_t>(t.data() - source_.text.data());
        }
        if (t.find('|') == std::string_view::npos) return append(at, t);
        if (open_item_ && t.back() == '|' && t.find('|') == t.size() - 1) {
            append(at, trim(t.substr(0, t.size() - 1)));
            return flush();
        }
        // A row of cells outside a table: keep the cells that are prose (a footnote beside its
        // marker), not the stray figures of a table this reader does not lay out.
        flush();
        size_t from = 0;
        while (from < t.size()) {
            size_t bar = std::min(t.find('|', from), t.size());
            std::string_view field = trim(t.substr(from, bar - from));
            if (words_in(field) >= 6)
                append(static_cast<size_t>(field.data() - source_.text.data()), field);
            from = bar + 1;
        }
        flush();
    }

    void flush() {
        if (!text_.empty()) {
            TextBlock block;
            block.content = text_.finish();
            const std::string& t = block.content.text;
            if (list_item_) {
                block.kind = BlockKind::list_item;
            } else if (t.rfind('"', 0) == 0 || t.rfind("\xE2\x80\x9C", 0) == 0) {
                block.kind = BlockKind::quotation;
            } else if (lines_ == 1 && t.size() < 80 && t.back() != '.') {
                block.kind = BlockKind::heading;
            }
            block.sentences = split_sentences(t, words_);
            doc_.blocks.push_back(std::move(block));
        }
        text_ = LocatedTextBuilder(source_);
        lines_ = 0;
        list_item_ = open_item_ = false;
        last_.clear();
    }

private:
    // Joins wrapped lines with a space, or with nothing after a hyphen that breaks a word.
    void append(size_t at, std::string_view t) {
        if (t.empty()) return;
        // Wrapped prose runs to the width of the page; a short line that does not run on is a
        // block of its own ("COMPANY NAME" over "STATEMENTS OF INCOME").
        bool runs_on = !last_.empty() && (last_.back() == ',' || last_.back() == '-');
        if (lines_ > 0 && !open_item_ && last_.size() < kShortLine && !runs_on) {
            flush();
        }
        if (lines_ > 0) {
            bool broken_word = last_.size() >= 2 && last_.back() == '-' &&
                               std::isalpha(static_cast<unsigned char>(last_[last_.size() - 2])) &&
                               std::islower(static_cast<unsigned char>(t.front()));
            if (!broken_word) text_.append_separator(" ");
        }
        append_decoded(text_, source_.text, at, at + t.size());
        last_ = std::string(t);
        ++lines_;
    }

    const SourceFile& source_;
    const Vocabulary& words_;
    Document& doc_;
    LocatedTextBuilder text_;
    size_t lines_ = 0;
    bool list_item_ = false;
    bool open_item_ = false;
    std::string last_;
};

}  // namespace

bool is_bullet_mark(std::string_view field) {
    std::string mark = decode_entities(trim(field));
    constexpr std::array<std::string_view, 9> kMarks = {"\xC2\xB7",
                                                        "\xE2\x80\xA2",
                                                        "\xE2\x97\x8F",
                                                        "\xE2\x97\xA6",
                                                        "\xE2\x96\xAA",
                                                        "\xE2\x96\xA0",
                                                        "-",
                                                        "*",
                                                        "o"};
    return std::find(kMarks.begin(), kMarks.end(), mark) != kMarks.end();
}

void collect_pipe_prose(const SourceFile& source, const std::vector<bool>& taken,
                        const Vocabulary& words, Document& doc) {
    ProseCollector prose(source, words, doc);
    for (size_t i = 0; i < source.lines.size(); ++i) {
        if (taken[i]) {
            prose.flush();
            continue;
        }
        prose.line(i);
    }
    prose.flush();
}

}  // namespace crossfoot::detail
