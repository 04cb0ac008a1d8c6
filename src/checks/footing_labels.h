// What a row's label says about its place in a footing. Internal to src/checks.
#pragma once

#include <string>
#include <string_view>

namespace crossfoot::footing_labels {

/// "total current assets", "net sales total".
[[nodiscard]] bool names_total(const std::string& label);
/// A label with a deduction word: "cost of goods sold", "provision for loan losses".
[[nodiscard]] bool names_deduction(const std::string& label);
/// The first word is a deduction: "costs and expenses" (not "income before income taxes").
[[nodiscard]] bool leads_with_deduction(const std::string& label);
/// "less allowance for uncollectible accounts": a printed amount that is subtracted.
[[nodiscard]] bool is_less_row(const std::string& label);
/// "net credit card receivables": the result of the rows just above it.
[[nodiscard]] bool is_net_row(const std::string& label);
/// "gross loans receivable".
[[nodiscard]] bool is_gross_row(const std::string& label);
/// Column headers of figures that do not add: averages, prices, rates, ratios, changes.
[[nodiscard]] bool additive_column(const std::string& header);
/// "Total Retail Sales-", "Total revenues:": a total printed above the rows it sums.
[[nodiscard]] bool heads_its_items(const std::string& raw_label);

}  // namespace crossfoot::footing_labels
