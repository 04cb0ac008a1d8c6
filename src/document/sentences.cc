// Sentence boundaries in prose.
#include <algorithm>
#include <cctype>

#include "crossfoot/document.h"

namespace crossfoot {

namespace {

bool is_abbreviation(std::string_view text, size_t stop, const Vocabulary& words) {
    size_t begin = stop;
    while (begin > 0 &&
           (std::isalpha(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '.')) {
        --begin;
    }
    std::string word;
    for (size_t i = begin; i < stop; ++i)
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    // An initial ("J. Smith"), not the letter ending a form name ("10-Q.").
    bool word_start = begin == 0 || text[begin - 1] == ' ' || text[begin - 1] == '(';
    if (word.size() == 1) return word_start;
    return std::find(words.abbreviations.begin(), words.abbreviations.end(), word) !=
           words.abbreviations.end();
}

// A sentence starts with a capital, a digit, a quotation mark, "$" or an opening bracket.
bool opens_sentence(std::string_view text, size_t at) {
    if (at >= text.size()) return false;
    auto c = static_cast<unsigned char>(text[at]);
    return std::isupper(c) || std::isdigit(c) || c == '"' || c == '$' || c == '(' || c >= 0x80;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const Vocabulary& words) {
    std::vector<Sentence> out;
    size_t begin = 0;
    while (begin < text.size() && text[begin] == ' ') ++begin;
    for (size_t i = begin; i < text.size(); ++i) {
        char c = text[i];
        if (c != '.' && c != '?' && c != '!') continue;
        size_t end = i + 1;
        // Closing quotes and brackets belong to the sentence they close.
        while (end < text.size() && (text[end] == '"' || text[end] == ')' || text[end] == '\''))
            ++end;
        if (text.substr(end, 3) == "\xE2\x80\x9D") end += 3;
        if (end < text.size() && text[end] != ' ') continue;  // "$6.7", "U.S."
        size_t next = end;
        while (next < text.size() && text[next] == ' ') ++next;
        if (next < text.size() && !opens_sentence(text, next)) continue;
        if (c == '.' && is_abbreviation(text, i, words)) continue;
        out.push_back({begin, end});
        begin = next;
        i = next > 0 ? next - 1 : 0;
    }
    size_t end = text.size();
    while (end > begin && text[end - 1] == ' ') --end;
    if (end > begin) out.push_back({begin, end});
    return out;
}

}  // namespace crossfoot
