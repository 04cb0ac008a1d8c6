#include "extract/prose_words.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace crossfoot {

namespace {

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// A stop ends what a phrase may reach across: ";", ":", parentheses and a dash between words.
bool is_stop(std::string_view text, size_t i) {
    char c = text[i];
    if (c == ';' || c == ':' || c == '(' || c == ')') return true;
    return c == '-' && i + 1 < text.size() && text[i + 1] == '-';
}

Word make_word(WordKind kind, size_t begin, size_t end, std::string text) {
    Word w;
    w.kind = kind;
    w.begin = begin;
    w.end = end;
    w.text = std::move(text);
    return w;
}

}  // namespace

bool in_list(const std::vector<std::string>& list, const std::string& word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

std::vector<Word> sentence_words(const DocumentFacts& facts, size_t b, size_t s) {
    const TextBlock& block = facts.document->blocks[b];
    std::string_view text = block.content.text;
    const Sentence& sentence = block.sentences[s];
    // The checkable figures of this sentence, in order.
    auto first = std::lower_bound(
        facts.prose.begin(), facts.prose.end(), std::pair{b, sentence.begin},
        [](const ProseFigure& f, std::pair<size_t, size_t> at) {
            return f.block < at.first || (f.block == at.first && f.begin < at.second);
        });
    std::vector<Word> out;
    size_t i = sentence.begin;
    // A list item's bullet is no word of its sentence: EDGAR text bullets with a lone "o".
    if (block.kind == BlockKind::list_item && i == 0 && text.size() > 2 && is_word_char(text[0]) &&
        text[1] == ' ')
        i = 2;
    while (i < sentence.end && i < text.size()) {
        while (first != facts.prose.end() && first->block == b && first->end <= i) ++first;
        bool checkable = first != facts.prose.end() && first->block == b && first->begin == i &&
                         (first->role == ProseRole::amount || first->role == ProseRole::count ||
                          first->role == ProseRole::percent);
        if (checkable) {
            Word w = make_word(WordKind::figure, first->begin, first->end, first->figure.text);
            w.figure = static_cast<size_t>(first - facts.prose.begin());
            out.push_back(std::move(w));
            i = first->end;
            continue;
        }
        char c = text[i];
        if (is_word_char(c)) {
            Word w = make_word(WordKind::word, i, i, "");
            while (i < sentence.end &&
                   (is_word_char(text[i]) || text[i] == '\'' ||
                    (text[i] == '.' && i + 1 < sentence.end &&
                     std::isdigit(static_cast<unsigned char>(text[i + 1])) && !w.text.empty() &&
                     std::isdigit(static_cast<unsigned char>(w.text.back()))))) {
                if (text[i] == '\'') {
                    w.possessive =
                        w.possessive ||
                        (i + 1 >= sentence.end || !is_word_char(text[i + 1]) || text[i + 1] == 's');
                } else if (text[i] != '.') {
                    w.text += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
                }
                ++i;
            }
            w.end = i;
            out.push_back(std::move(w));
            continue;
        }
        if (c == '&') out.push_back(make_word(WordKind::word, i, i + 1, "and"));
        if (c == ',') out.push_back(make_word(WordKind::comma, i, i + 1, ","));
        if (is_stop(text, i)) out.push_back(make_word(WordKind::stop, i, i + 1, std::string(1, c)));
        ++i;
    }
    return out;
}

size_t phrase_at(const std::vector<Word>& words, size_t at,
                 const std::vector<std::string>& phrases) {
    size_t best = 0;
    for (const std::string& phrase : phrases) {
        size_t k = at;
        size_t p = 0;
        bool ok = true;
        while (p < phrase.size()) {
            size_t space = phrase.find(' ', p);
            std::string_view part(phrase.data() + p,
                                  (space == std::string::npos ? phrase.size() : space) - p);
            while (k < words.size() && words[k].kind == WordKind::comma) ++k;
            if (k >= words.size() || words[k].kind != WordKind::word || words[k].text != part) {
                ok = false;
                break;
            }
            ++k;
            p = space == std::string::npos ? phrase.size() : space + 1;
        }
        if (ok) best = std::max(best, k - at);
    }
    return best;
}

}  // namespace crossfoot
