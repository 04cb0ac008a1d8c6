// The figure a release's tables print for a concept and a period, and how a figure stated in
// prose reads: what prose checks compare with. Internal to src/checks.
#pragma once

#include <optional>
#include <string>

#include "crossfoot/decimal.h"
#include "crossfoot/facts.h"
#include "crossfoot/rule_set.h"

namespace crossfoot {

struct StatementFigure {
    const Figure* figure = nullptr;
    const TableFacts* table = nullptr;
    size_t column = 0;
    /// The row's label names a loss and prints it as a positive amount ("Net loss  4,200").
    bool loss_label = false;

    /// The value the concept has: a loss printed positive under a loss label is negative.
    [[nodiscard]] Interval interval() const {
        return loss_label ? -figure->interval() : figure->interval();
    }
    [[nodiscard]] Rational value() const {
        return loss_label ? -figure->value.value() : figure->value.value();
    }
};

/// A label that says loss without income prints the loss as a positive amount.
[[nodiscard]] bool names_loss(const std::string& label, const Vocabulary& words);

/// The figure of `concept` for `period` in the first table (not restated) that has one row of
/// the concept and a column of the period.
[[nodiscard]] std::optional<StatementFigure> statement_figure(const DocumentFacts& facts,
                                                              size_t concept_index,
                                                              const Period& period,
                                                              const Vocabulary& words);

/// The values a prose figure states for its concept: minus the figure when stated as a loss,
/// and widened as its qualifier reads ("approximately" by `approximation` of the figure;
/// "more than" open above up to `reach`).
[[nodiscard]] Interval stated_reading(const ProseFigure& figure, const Rational& approximation,
                                      const Interval& reach);

/// The concept's value in the prose figure's sense: `value` negated when stated as a loss.
[[nodiscard]] Rational in_stated_sense(const ProseFigure& figure, const Rational& value);

}  // namespace crossfoot
