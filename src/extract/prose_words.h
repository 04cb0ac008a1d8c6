// A sentence of prose as words, commas, stops and figures, for reading what its figures are
// stated to be. Internal to src/extract.
#pragma once

#include <string>
#include <vector>

#include "crossfoot/facts.h"

namespace crossfoot {

enum class WordKind { word, comma, stop, figure };

struct Word {
    WordKind kind = WordKind::word;
    size_t begin = 0;  ///< bytes in the block's text
    size_t end = 0;
    std::string text;         ///< normalised like a label: "joes", "2004"
    bool possessive = false;  ///< "Joe's", "brands'"
    size_t figure = 0;        ///< into DocumentFacts::prose, for figures
};

/// The words of sentence `s` of block `b`. Amounts, counts and percentages of `facts.prose`
/// become one figure word each; years, dates and other numbers stay words.
[[nodiscard]] std::vector<Word> sentence_words(const DocumentFacts& facts, size_t b, size_t s);

/// Words in the longest phrase of `phrases` (each split into words) that starts at `at`;
/// commas are skipped. 0: none.
[[nodiscard]] size_t phrase_at(const std::vector<Word>& words, size_t at,
                               const std::vector<std::string>& phrases);

/// One word: is `word` a word of `list`?
[[nodiscard]] bool in_list(const std::vector<std::string>& list, const std::string& word);

}  // namespace crossfoot
