// What a row's label says about its place in a footing. Internal to src/checks.
// Labels are normalised; the words come from the rule set's vocabulary.
#pragma once

#include <string>
#include <string_view>

#include "crossfoot/vocabulary.h"

namespace crossfoot::footing_labels {

/// "total current assets", "net sales total".
[[nodiscard]] bool names_total(std::string_view label, const Vocabulary& words);
/// A label with a deduction word: "cost of goods sold", "provision for loan losses".
[[nodiscard]] bool names_deduction(std::string_view label, const Vocabulary& words);
/// The first word is a deduction: "costs and expenses" (not "income before income taxes").
[[nodiscard]] bool leads_with_deduction(std::string_view label, const Vocabulary& words);
/// "less allowance for uncollectible accounts": a printed amount that is subtracted.
/// The label names an income or a loss (`income_words`, `loss_words`): its figure carries its
/// own sign. "net loss attributable to noncontrolling interests" -> true.
[[nodiscard]] bool names_result(std::string_view label, const Vocabulary& words);
[[nodiscard]] bool is_less_row(std::string_view label, const Vocabulary& words);
/// "net credit card receivables": the result of the rows just above it.
[[nodiscard]] bool is_net_row(std::string_view label, const Vocabulary& words);
/// "gross loans receivable".
[[nodiscard]] bool is_gross_row(std::string_view label, const Vocabulary& words);
/// Column headers of figures that do not add: averages, prices, rates, ratios, changes.
[[nodiscard]] bool additive_column(const std::string& header, const Vocabulary& words);
/// "Total Retail Sales-", "Total revenues:": a total printed above the rows it sums.
[[nodiscard]] bool heads_its_items(const std::string& raw_label, const Vocabulary& words);
/// "Summary financial information": a title of a table that may leave lines out.
[[nodiscard]] bool names_summary(std::string_view title, const Vocabulary& words);

}  // namespace crossfoot::footing_labels
