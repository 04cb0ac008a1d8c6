#include "checks/footing_labels.h"

#include <algorithm>

#include "common/text.h"
#include "crossfoot/concepts.h"

namespace crossfoot::footing_labels {

namespace {

using text::starts_with;

bool has_any(std::string_view label, const std::vector<std::string>& phrases) {
    return std::any_of(phrases.begin(), phrases.end(),
                       [&](const std::string& p) { return text::has_phrase(label, p); });
}

// The label begins with one of `words` followed by a space: "less allowance", not "lessor".
bool begins_with_word(std::string_view label, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
        return label.size() > w.size() && starts_with(label, w) && label[w.size()] == ' ';
    });
}

// Where `phrase` first occurs as whole words after the label's first character: the place to
// cut "income before income taxes" at " before ".
size_t cut_at(std::string_view label, std::string_view phrase) {
    for (size_t at = label.find(phrase, 1); at != std::string_view::npos;
         at = label.find(phrase, at + 1)) {
        size_t end = at + phrase.size();
        if (label[at - 1] == ' ' && (end == label.size() || label[end] == ' ')) return at - 1;
    }
    return std::string_view::npos;
}

}  // namespace

bool names_total(std::string_view label, const Vocabulary& words) {
    return std::any_of(
        words.total_words.begin(), words.total_words.end(),
        [&](const std::string& w) { return starts_with(label, w) || text::has_phrase(label, w); });
}

bool names_deduction(std::string_view label, const Vocabulary& words) {
    // What comes after "before", "after" or "net of" is what the line excludes or has already
    // deducted: "income before income taxes", "proceeds, net of issuance costs".
    std::string_view head = label;
    for (const auto& stop : words.deduction_stops) head = head.substr(0, cut_at(head, stop));
    return has_any(head, words.deduction_words);
}

bool leads_with_deduction(std::string_view label, const Vocabulary& words) {
    return names_deduction(label.substr(0, label.find(' ')), words);
}

bool names_result(std::string_view label, const Vocabulary& words) {
    auto has = [&](const std::string& w) { return label.find(w) != std::string_view::npos; };
    return std::any_of(words.income_words.begin(), words.income_words.end(), has) ||
           std::any_of(words.loss_words.begin(), words.loss_words.end(), has);
}

bool is_less_row(std::string_view label, const Vocabulary& words) {
    return begins_with_word(label, words.less_words);
}

bool is_net_row(std::string_view label, const Vocabulary& words) {
    return begins_with_word(label, words.net_words);
}

bool is_gross_row(std::string_view label, const Vocabulary& words) {
    return begins_with_word(label, words.gross_words);
}

bool additive_column(const std::string& header, const Vocabulary& words) {
    return !has_any(normalize_label(header), words.non_additive_headers);
}

bool heads_its_items(const std::string& raw_label, const Vocabulary& words) {
    std::string l = normalize_label(raw_label);
    if (!names_total(l, words) || raw_label.empty()) return false;
    char last = raw_label.back();
    return last == '-' || last == ':';
}

bool names_summary(std::string_view title, const Vocabulary& words) {
    return has_any(title, words.summary_titles);
}

}  // namespace crossfoot::footing_labels
