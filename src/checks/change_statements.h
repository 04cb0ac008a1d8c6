// Stated percentage changes in prose, with the two figures each compares: "net sales increased
// to $30,023,000 from $12,013,000, or a 150% increase". Internal to src/checks.
#pragma once

#include <string>
#include <vector>

#include "crossfoot/facts.h"
#include "crossfoot/vocabulary.h"

namespace crossfoot {

enum class Direction { increase, decrease };

/// A percentage tied by its sentence to the figure it describes and the one it compares with.
struct StatedChange {
    const ProseFigure* percent = nullptr;
    const ProseFigure* current = nullptr;
    const ProseFigure* prior = nullptr;
    Direction direction = Direction::increase;
    std::string direction_word;  ///< as printed: "increase"
    Span direction_span;
    Qualifier qualifier = Qualifier::none;
    std::string qualifier_words;  ///< as printed: "approximately"
    std::string stated_words;     ///< the percentage with its qualifier: "approximately 92 percent"
};

/// Every stated change of the document's prose whose percentage is tied to two amounts (or two
/// counts) of one unit by the sentence's structure, read with the prose lists of `words`:
///   "increased to $30,023,000 from $12,013,000, or a 150% increase" -> 150%, current
///   $30,023,000, prior $12,013,000, increase;
///   "revenues were $19,217,000, down 2.9% from $19,786,000" -> 2.9%, decrease;
///   "gross margin decreased to 11% from 28%" -> nothing (the operands are percentages).
[[nodiscard]] std::vector<StatedChange> find_stated_changes(const DocumentFacts& facts,
                                                            const Vocabulary& words);

}  // namespace crossfoot
