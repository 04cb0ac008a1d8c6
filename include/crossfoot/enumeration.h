// Lists in prose and the counts that introduce them: "the nine directors ... were: A, B, ...,
// and I". Read conservatively: when the shape of a list or of its count is unclear, there is
// none.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "crossfoot/vocabulary.h"

namespace crossfoot {

/// Bytes [begin, end) of a text.
struct TextRange {
    size_t begin = 0;
    size_t end = 0;
};

/// A number word that states how many items the list after a colon has.
struct StatedCount {
    TextRange word;    ///< "nine"
    size_t count = 0;  ///< 9
    size_t index = 0;  ///< into the vocabulary's number_words
};

/// The count stated before the colon at `colon` of `text`: a number word of `number_words`
/// (two or more) followed by at most four words ("three new products:"), or by a relative
/// clause ending with a `list_verbs` word ("the nine directors that received the highest number
/// of votes were:"), in one clause, with no `count_blockers` word before it ("one of the two",
/// "for the three months"). nullopt otherwise.
[[nodiscard]] std::optional<StatedCount> stated_count(std::string_view text, size_t colon,
                                                      const Vocabulary& words);

/// A list written inline, and how sure its length is.
struct InlineList {
    std::vector<TextRange> items;
    /// "A, B and C" with no comma before "and": "B and C" may be one name ("Procter and
    /// Gamble"), so the list has as many items as `items` or one fewer.
    bool last_two_may_be_one = false;
};

/// The items of the list written inline in `text` from `begin` to the end of its sentence:
/// "A, B, and C", "A, B and C", "A; B; and C". Items are short, alike in case, and hold no
/// figure; a `list_suffixes` word after a comma stays with its item ("John Smith, Jr.",
/// "Acme, Inc."); the last item follows a `list_and` word. nullopt when the shape is unclear:
/// "and" inside an earlier item, a `list_stops` or relative word, a figure, brackets or quotes,
/// the same item twice.
[[nodiscard]] std::optional<InlineList> split_inline_list(std::string_view text, size_t begin,
                                                          const Vocabulary& words);

}  // namespace crossfoot
