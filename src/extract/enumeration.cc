// Lists in prose and the counts that introduce them.
#include "crossfoot/enumeration.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "common/text.h"

namespace crossfoot {

namespace {

constexpr size_t kShortHead = 4;            // "three new products:"
constexpr size_t kLongHead = 12;            // "nine directors that received ... were:"
constexpr size_t kCommaItemWords = 4;       // "Vincent Sanfilippo", "the X router"
constexpr size_t kSemicolonItemWords = 12;  // "Jane Doe, Chief Executive Officer"

bool is_alpha(char c) { return text::is_ascii_alpha(c); }
bool is_word_char(char c) { return is_alpha(c) || c == '-' || c == '\''; }

bool contains(const std::vector<std::string>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

// "Jr." -> "jr", "L.P." -> "lp": a word compared with the vocabulary.
std::string bare(std::string_view word) {
    std::string out;
    for (char c : word) {
        if (c != '.') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

// The words of `text`, split on spaces.
std::vector<TextRange> words_of(std::string_view text, TextRange range) {
    std::vector<TextRange> out;
    size_t i = range.begin;
    while (i < range.end) {
        while (i < range.end && text[i] == ' ') ++i;
        size_t start = i;
        while (i < range.end && text[i] != ' ') ++i;
        if (i > start) out.push_back({start, i});
    }
    return out;
}

std::string_view view(std::string_view text, TextRange r) {
    return text.substr(r.begin, r.end - r.begin);
}

TextRange trimmed(std::string_view text, TextRange r) {
    while (r.begin < r.end && text[r.begin] == ' ') ++r.begin;
    while (r.end > r.begin && text[r.end - 1] == ' ') --r.end;
    return r;
}

// Where the sentence holding the list ends: a full stop that is not after an initial or a
// suffix ("J. Smith", "Acme, Inc. and"), or a question or exclamation mark.
size_t sentence_end(std::string_view text, size_t begin, const Vocabulary& words) {
    for (size_t i = begin; i < text.size(); ++i) {
        char c = text[i];
        if (c == '?' || c == '!') return i;
        if (c != '.' || (i + 1 < text.size() && text[i + 1] != ' ')) continue;
        size_t start = i;
        while (start > begin && (is_alpha(text[start - 1]) || text[start - 1] == '.')) --start;
        std::string word = bare(text.substr(start, i - start));
        if (word.size() == 1 || contains(words.list_suffixes, word)) continue;
        return i;
    }
    return text.size();
}

// Words `list` holds, lower-cased and stripped of full stops.
bool has_word_of(std::string_view text, TextRange r, const std::vector<std::string>& list) {
    for (auto w : words_of(text, r)) {
        std::string word = bare(view(text, w));
        while (!word.empty() && (word.back() == ',' || word.back() == ';')) word.pop_back();
        if (contains(list, word)) return true;
    }
    return false;
}

// Splits the last piece at its `list_and` word: "B and C" -> "B", "C"; "and C" -> "C".
// `inside` says the "and" had no comma before it: "B and C" may be one name.
bool split_last(std::string_view text, std::vector<TextRange>& pieces, const Vocabulary& words,
                bool& inside) {
    TextRange last = pieces.back();
    auto ws = words_of(text, last);
    size_t found = ws.size();
    for (size_t k = 0; k < ws.size(); ++k) {
        if (!contains(words.list_and, text::lower(view(text, ws[k])))) continue;
        if (found != ws.size()) return false;  // "B and C and D"
        found = k;
    }
    if (found == ws.size() || found + 1 == ws.size()) return false;
    TextRange after{ws[found + 1].begin, last.end};
    pieces.pop_back();
    inside = found > 0;
    if (inside) pieces.push_back({last.begin, ws[found - 1].end});
    pieces.push_back(after);
    return true;
}

// A piece that begins with a suffix gives it to the piece before: "Mary Smith", "Jr. and Tom
// Jones", "Sr." -> "Mary Smith, Jr.", "and Tom Jones, Sr.".
bool join_suffixes(std::string_view text, std::vector<TextRange>& pieces, const Vocabulary& words) {
    std::vector<TextRange> out;
    for (TextRange piece : pieces) {
        auto ws = words_of(text, piece);
        if (!ws.empty() && contains(words.list_suffixes, bare(view(text, ws.front())))) {
            if (out.empty()) return false;
            out.back().end = ws.front().end;
            piece = trimmed(text, {ws.front().end, piece.end});
            if (piece.begin == piece.end) continue;
        }
        out.push_back(piece);
    }
    pieces = std::move(out);
    return !pieces.empty();
}

int case_class(char c) {
    if (std::isupper(static_cast<unsigned char>(c))) return 1;
    return std::islower(static_cast<unsigned char>(c)) ? 2 : 0;
}

bool clear_items(std::string_view text, const std::vector<TextRange>& items, size_t max_words,
                 const Vocabulary& words) {
    int first_case = case_class(text[items.front().begin]);
    std::set<std::string> seen;
    for (const auto& item : items) {
        // "Acme, Johnson and Johnson": one name or two items, no reader can tell.
        if (!seen.insert(text::lower(view(text, item))).second) return false;
        size_t count = words_of(text, item).size();
        if (count == 0 || count > max_words) return false;
        if (case_class(text[item.begin]) != first_case || first_case == 0) return false;
        if (has_word_of(text, item, words.list_and) || has_word_of(text, item, words.list_stops) ||
            has_word_of(text, item, words.list_relatives))
            return false;
    }
    return true;
}

// The count, if its head (the words after it, last first) has the shape of a counted phrase
// and no blocking word stands before it.
std::optional<StatedCount> accept_count(std::string_view text, TextRange word, size_t index,
                                        const std::vector<TextRange>& head,
                                        const Vocabulary& words) {
    if (index == 0) return std::nullopt;  // "one of them:" is not the size of a list
    auto has = [&](const std::vector<std::string>& list, TextRange r) {
        return contains(list, text::lower(view(text, r)));
    };
    bool clause = head.size() <= kLongHead && !head.empty() &&
                  has(words.list_verbs, head.front()) &&
                  std::any_of(head.begin(), head.end(),
                              [&](TextRange r) { return has(words.list_relatives, r); });
    if (head.size() > kShortHead && !clause) return std::nullopt;
    // A capital inside a sentence makes the number part of a name: "Phase Two:".
    bool inside =
        word.begin > 1 && text[word.begin - 1] == ' ' && is_word_char(text[word.begin - 2]);
    if (inside && std::isupper(static_cast<unsigned char>(text[word.begin]))) return std::nullopt;
    // The word before the count, past its determiners: "one of the two", "for the three".
    size_t i = word.begin;
    bool determined = false;
    while (i > 1 && text[i - 1] == ' ' && is_word_char(text[i - 2])) {
        size_t start = i - 1;
        while (start > 0 && is_word_char(text[start - 1])) --start;
        TextRange before{start, i - 1};
        if (has(words.count_blockers, before) || has(words.list_stops, before) ||
            has(words.list_and, before))
            return std::nullopt;  // "two or three", "sales and three products"
        if (!has(words.count_determiners, before)) break;
        determined = true;
        i = start;
    }
    // A number right before the colon counts only after a determiner: "the following three:".
    if (head.empty() && !determined) return std::nullopt;
    return StatedCount{word, index + 1, index};
}

}  // namespace

std::optional<StatedCount> stated_count(std::string_view text, size_t colon,
                                        const Vocabulary& words) {
    if (colon >= text.size() || text[colon] != ':') return std::nullopt;
    if (colon + 1 < text.size() && text[colon + 1] != ' ') return std::nullopt;  // "2:00"
    std::vector<TextRange> head;  // the words between the count and the colon, last first
    size_t i = colon;
    while (head.size() <= kLongHead) {
        if (i > 0 && text[i - 1] == ' ') --i;
        size_t end = i;
        while (i > 0 && is_word_char(text[i - 1])) --i;
        if (i == end) return std::nullopt;  // a clause's edge: no count in it
        std::string word = text::lower(text.substr(i, end - i));
        const auto& numbers = words.number_words;
        auto number = std::find(numbers.begin(), numbers.end(), word);
        if (number != numbers.end()) {
            auto index = static_cast<size_t>(number - numbers.begin());
            return accept_count(text, {i, end}, index, head, words);
        }
        bool edge = i == 0 || text[i - 1] != ' ';
        if (edge || word.find('\'') != std::string::npos || contains(words.list_stops, word) ||
            contains(words.list_and, word))
            return std::nullopt;
        head.push_back({i, end});
    }
    return std::nullopt;
}

std::optional<InlineList> split_inline_list(std::string_view text, size_t begin,
                                            const Vocabulary& words) {
    TextRange range = trimmed(text, {begin, sentence_end(text, begin, words)});
    std::string_view body = view(text, range);
    if (body.empty() || body.find_first_of(":()[]{}\"$%0123456789") != std::string_view::npos)
        return std::nullopt;
    char separator = body.find(';') != std::string_view::npos ? ';' : ',';
    std::vector<TextRange> pieces;
    for (size_t at = range.begin; at <= range.end;) {
        size_t next = text.substr(0, range.end).find(separator, at);
        if (next == std::string_view::npos) next = range.end;
        pieces.push_back(trimmed(text, {at, next}));
        at = next + 1;
    }
    if (separator == ',' && !join_suffixes(text, pieces, words)) return std::nullopt;
    InlineList list;
    if (!split_last(text, pieces, words, list.last_two_may_be_one)) return std::nullopt;
    size_t max_words = separator == ';' ? kSemicolonItemWords : kCommaItemWords;
    if (pieces.size() < 2 || !clear_items(text, pieces, max_words, words)) return std::nullopt;
    list.items = std::move(pieces);
    return list;
}

}  // namespace crossfoot
