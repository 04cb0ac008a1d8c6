// A sentence of prose as the words, commas, stops and figures a phrase reader walks over, and
// the vocabulary lists it matches them with. Internal to src/checks.
#pragma once

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "checks/change_statements.h"
#include "crossfoot/document.h"
#include "crossfoot/facts.h"
#include "crossfoot/vocabulary.h"

namespace crossfoot {

/// Phrases split into words once: "compared to" -> {"compared", "to"}.
using PhraseList = std::vector<std::vector<std::string>>;

/// The prose lists of the vocabulary, split for matching against tokens.
struct ChangeWords {
    explicit ChangeWords(const Vocabulary& v);
    PhraseList increase, decrease, to, from, comparison, links, continuations, objects,
        percent_leads, leads, of, clause, per, approximate, nearly, more_than, less_than;
    std::vector<std::string> loss, income;  ///< parts of a word: "loss" in "losses"
};

/// A stop ends what a phrase may reach across: ";", ":" and a dash between words (" -- ").
enum class TokenKind { word, comma, stop, figure };

struct Token {
    TokenKind kind = TokenKind::word;
    size_t begin = 0;  ///< bytes in the block's text
    size_t end = 0;
    std::string word;  ///< lower case, for words
    const ProseFigure* figure = nullptr;
    size_t words_end = 0;  ///< a figure's end with its unit word: "92 percent"
};

class SentenceTokens {
public:
    /// `figures`: the prose figures of one sentence, in order.
    SentenceTokens(const Document& document, std::span<const ProseFigure> figures);

    [[nodiscard]] size_t size() const { return tokens_.size(); }
    [[nodiscard]] const Token& token(size_t i) const { return tokens_[i]; }
    [[nodiscard]] const ProseFigure& figure(size_t i) const { return *tokens_[i].figure; }
    [[nodiscard]] bool is_percent(size_t i) const;
    /// An amount or a count, not nil: what a change compares.
    [[nodiscard]] bool is_operand(size_t i) const;
    /// A year, date, time, ordinal, reference or phone number: part of the words around.
    [[nodiscard]] bool is_transparent(size_t i) const;
    [[nodiscard]] bool is_year(size_t i) const;
    /// Two amounts, or two counts of the same thing: the word after each is the same
    /// ("1,200 stores" and "1,000 stores"; not "59 cents" and "39").
    [[nodiscard]] bool same_count_unit(size_t a, size_t b) const;

    /// Words in the longest phrase of `list` that ends right before token `end` (0: none).
    [[nodiscard]] size_t phrase_ending(size_t end, const PhraseList& list) const;
    /// Words in the longest phrase of `list` that starts at token `begin` (0: none).
    [[nodiscard]] size_t phrase_starting(size_t begin, const PhraseList& list) const;
    /// The qualifier whose words end right before token `end`, and how many words it has.
    [[nodiscard]] std::pair<Qualifier, size_t> qualifier_ending(size_t end,
                                                                const ChangeWords& w) const;
    /// Figure `i` is an item of a list: "..., and $1.01 billion" (articles aside).
    [[nodiscard]] bool listed(size_t i, const ChangeWords& w) const;
    /// A clause word or a stop stands between tokens `from` and `to`.
    [[nodiscard]] bool clause_between(size_t from, size_t to, const ChangeWords& w) const;
    /// The sentence names both a loss and an income: its figures may differ in sign.
    [[nodiscard]] bool mixes_loss_and_income(const ChangeWords& w) const;

    /// The change of percentage token `p` between tokens `current` and `prior`.
    [[nodiscard]] StatedChange change(size_t p, size_t current, size_t prior, Direction d,
                                      size_t direction_token, Qualifier q,
                                      size_t qualifier_begin) const;

private:
    const Document& document_;
    const TextBlock& block_;
    std::vector<Token> tokens_;
};

}  // namespace crossfoot
