// The concept dictionary: which printed labels mean which financial line item.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "crossfoot/source.h"

namespace crossfoot {

/// How a concept's figures behave in arithmetic.
enum class Nature {
    amount,   ///< signed as printed (income taxes: a benefit prints negative)
    expense,  ///< never negative by nature: "(26,593)" of cost of sales is a deduction shown with a
              ///< sign
    result,   ///< a result line (gross profit, net income): the end of a difference, not an addend
    per_share,  ///< printed in dollars and cents whatever the table's scale
    shares,     ///< a share count
};

struct Concept {
    std::string id;  ///< "net_sales"
    Nature nature = Nature::amount;
    std::vector<std::string> labels;  ///< whole normalised labels: "net sales"
    std::vector<std::vector<std::string>>
        words;                         ///< phrases that must all occur: {"per share", "basic"}
    std::vector<std::string> exclude;  ///< phrases that rule the concept out
    /// Phrases that name it in a sentence, besides its labels: "losses", "weighted average
    /// shares outstanding on a fully diluted basis".
    std::vector<std::string> prose;
    std::string file;  ///< the rule file that defined it
    Position where;
};

/// Lower-cases, turns "&" into "and", drops footnote markers and punctuation:
/// "NET INCOME (LOSS)(1):" -> "net income loss".
[[nodiscard]] std::string normalize_label(std::string_view label);

class ConceptDictionary {
public:
    void add(Concept entry);
    /// The first concept matching `label` (already normalised), in definition order.
    [[nodiscard]] std::optional<size_t> match(const std::string& label) const;
    [[nodiscard]] std::optional<size_t> find(std::string_view id) const;
    [[nodiscard]] const Concept& at(size_t index) const { return concepts_.at(index); }
    [[nodiscard]] size_t size() const { return concepts_.size(); }

private:
    std::vector<Concept> concepts_;
    /// id -> index: a rule file of 100,000 concepts loads in linear time, not quadratic.
    std::unordered_map<std::string, size_t> index_;
};

}  // namespace crossfoot
