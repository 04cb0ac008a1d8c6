#include "checks/footing_labels.h"

#include <algorithm>
#include <iterator>

#include "common/text.h"
#include "crossfoot/concepts.h"

namespace crossfoot::footing_labels {

namespace {

using text::starts_with;

bool has_word(std::string_view label, std::string_view word) {
    return text::has_phrase(label, word);
}

constexpr std::string_view kDeductions[] = {
    "cost",         "costs",     "expense",    "expenses",   "provision",
    "provisions",   "tax",       "taxes",      "less",       "depreciation",
    "amortization", "charge",    "charges",    "impairment", "restructuring",
    "minority",     "dividends", "deductions", "writedown",  "write"};

}  // namespace

bool names_total(const std::string& label) {
    return starts_with(label, "total") || has_word(label, "total");
}

bool names_deduction(const std::string& label) {
    // What comes after "before", "after" or "net of" is what the line excludes or has already
    // deducted: "income before income taxes", "proceeds, net of issuance costs".
    std::string head = label;
    for (std::string_view cut : {" before ", " after ", " excluding ", " net of "}) {
        size_t at = (head + " ").find(cut);
        if (at != std::string::npos) head = head.substr(0, at);
    }
    return std::any_of(std::begin(kDeductions), std::end(kDeductions),
                       [&](auto w) { return has_word(head, w); });
}

bool leads_with_deduction(const std::string& label) {
    return names_deduction(label.substr(0, label.find(' ')));
}

bool is_less_row(const std::string& label) { return starts_with(label, "less "); }

bool is_net_row(const std::string& label) { return starts_with(label, "net "); }

bool is_gross_row(const std::string& label) { return starts_with(label, "gross "); }

bool additive_column(const std::string& header) {
    static constexpr std::string_view kWords[] = {"average", "price",  "life",     "rate",
                                                  "rates",   "ratio",  "margin",   "yield",
                                                  "percent", "change", "per share"};
    std::string h = normalize_label(header);
    return std::none_of(std::begin(kWords), std::end(kWords),
                        [&](auto w) { return has_word(h, w); });
}

bool heads_its_items(const std::string& raw_label) {
    std::string l = normalize_label(raw_label);
    if (!names_total(l) || raw_label.empty()) return false;
    char last = raw_label.back();
    return last == '-' || last == ':';
}

}  // namespace crossfoot::footing_labels
