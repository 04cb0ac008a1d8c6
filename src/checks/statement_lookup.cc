#include "checks/statement_lookup.h"

#include <algorithm>

namespace crossfoot {

bool names_loss(const std::string& label, const Vocabulary& words) {
    std::string l = normalize_label(label);
    auto has = [&](const std::string& w) { return l.find(w) != std::string::npos; };
    return std::any_of(words.loss_words.begin(), words.loss_words.end(), has) &&
           std::none_of(words.income_words.begin(), words.income_words.end(), has);
}

std::optional<StatementFigure> statement_figure(const DocumentFacts& facts, size_t concept_index,
                                                const Period& period, const Vocabulary& words) {
    for (const TableFacts& t : facts.tables) {
        const RowFacts* row = t.unique_row(concept_index);
        if (!row || t.restated) continue;
        for (size_t c = 0; c < t.column_periods.size() && c < row->figures.size(); ++c) {
            const auto& f = row->figures[c];
            if (!f || f->nil || !same_period(t.column_periods[c], period) || t.restated_columns[c])
                continue;
            // "Net loss  4,200" prints a loss as a positive amount; "(4,200)" under the same
            // label is already negative.
            bool positive_loss =
                names_loss(t.table->rows[row->row].label, words) && !f->value.is_negative();
            return StatementFigure{&*f, &t, c, positive_loss};
        }
    }
    return std::nullopt;
}

Interval stated_reading(const ProseFigure& pf, const Rational& approximation,
                        const Interval& reach) {
    Interval printed = pf.figure.interval();
    const ProseBinding* b = pf.binding ? &*pf.binding : nullptr;
    Interval read = printed;
    switch (b ? b->qualifier : Qualifier::none) {
        case Qualifier::none:
            break;
        case Qualifier::approximate:
            read = printed.widened(approximation);
            break;
        case Qualifier::nearly:
            read = {printed.lo - approximation, printed.hi};
            break;
        case Qualifier::at_least:
            read = {printed.lo, std::max(printed.hi, b->negated ? -reach.lo : reach.hi)};
            break;
        case Qualifier::at_most:
            read = {std::min(printed.lo, b->negated ? -reach.hi : reach.lo), printed.hi};
            break;
    }
    return b && b->negated ? -read : read;
}

Rational in_stated_sense(const ProseFigure& pf, const Rational& value) {
    return pf.binding && pf.binding->negated ? -value : value;
}

}  // namespace crossfoot
