// Reading one sentence of prose for what its figures are stated to be: the dictionary's concept
// phrases, the sentence's words and periods, and the steps the binders share. Internal to
// src/extract.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/prose_periods.h"
#include "extract/prose_words.h"

namespace crossfoot {

/// A concept label as words, for matching backwards from a figure.
struct Phrase {
    std::vector<std::string> words;
    size_t concept_index = 0;
};

/// The labels and prose phrases of every concept, keyed by their last word.
class PhraseIndex {
public:
    explicit PhraseIndex(const ConceptDictionary& concepts);
    /// The longest phrase ending at word `end` (inclusive), as [first, end]; commas skipped.
    [[nodiscard]] std::optional<std::pair<size_t, const Phrase*>> ending_at(
        const std::vector<Word>& w, size_t end) const;

private:
    void add(const std::string& label, size_t concept_index);
    std::unordered_map<std::string, std::vector<Phrase>> by_last_;
};

struct SentenceContext {
    const DocumentFacts& facts;
    const Vocabulary& v;
    const PhraseIndex& phrases;
    const ConceptDictionary& concepts;
    const std::vector<Word>& w;
    const std::vector<PeriodMention>& mentions;
    size_t block = 0;
};

[[nodiscard]] bool any_substring(const std::vector<std::string>& list, const std::string& text);

/// Words in the longest phrase of `list` that ends right before word `end` (0: none).
[[nodiscard]] size_t phrase_ending(const std::vector<Word>& w, size_t end,
                                   const std::vector<std::string>& list);

/// The mention covering word `k`, if any.
[[nodiscard]] const PeriodMention* mention_at(const SentenceContext& s, size_t k);

/// The direction word that makes the figure at `f` a change rather than an amount: "increased
/// 12%", "an increase of $41 million", "up approximately 5%", "decreased by $2 million".
[[nodiscard]] std::optional<size_t> direction_before(const SentenceContext& s, size_t f);

/// The concept named before word `from`, over the words that may stand between a concept and
/// its figure: "net sales for the quarter increased to".
[[nodiscard]] bool concept_before(const SentenceContext& s, size_t from, ProseBinding& b);

/// The concept named right after the "in" or "of" at word `at`: "$30 million in revenues".
[[nodiscard]] bool concept_after(const SentenceContext& s, size_t at, ProseBinding& b);

/// A percentage stated as the change of a concept: "net sales increased 12%", "a 12% decrease
/// in revenues", "up $3.2 million, or 12%".
[[nodiscard]] bool bind_change(const SentenceContext& s, size_t f, ProseBinding& b);

/// The period of every bound figure of the sentence, from its mentions; `carried` is the
/// paragraph's period so far, and becomes the sentence's.
void bind_periods(const SentenceContext& s, const PeriodResolver& resolver,
                  std::optional<Period>& carried, std::vector<ProseFigure>& prose);

}  // namespace crossfoot
