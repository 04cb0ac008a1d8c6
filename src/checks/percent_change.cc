// Kind `percent-change`: a percentage change stated in a sentence follows from the two figures
// it compares, and its direction word agrees with the way they moved.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>

#include "checks/change_statements.h"
#include "checks/kinds.h"
#include "checks/statement_lookup.h"
#include "crossfoot/check_context.h"

namespace crossfoot {

namespace {

struct PercentChangeParams {
    /// How far "approximately 150%" may be from the computed change before it is an error.
    Tolerance approximation;
};

constexpr std::string_view kApproximation = "approximation";
constexpr std::string_view kDefaultApproximation = "10%";
constexpr std::array<std::string_view, 1> kKeys = {kApproximation};

std::any parse_params(const RuleFields& fields) {
    std::string text = fields.string(kApproximation).value_or(std::string(kDefaultApproximation));
    auto approximation = Tolerance::parse(text);
    if (!approximation)
        fields.fail(kApproximation,
                    "must be a string: percentage points (\"2\") or a share of the stated "
                    "percentage (\"10%\")");
    return PercentChangeParams{*approximation};
}

// The values the stated percentage allows read strictly, and with its qualifier's leeway.
std::pair<Interval, Interval> readings(const StatedChange& c, const Interval& computed,
                                       const Tolerance& approximation) {
    const Figure& stated = c.percent->figure;
    Interval printed = stated.interval();
    Rational w = approximation.allowance(stated.value.value());
    switch (c.qualifier) {
        case Qualifier::none:
            break;
        case Qualifier::approximate:
            return {printed, printed.widened(w)};
        case Qualifier::nearly:
            return {{printed.lo - w, printed.hi}, printed.widened(w)};
        case Qualifier::at_least: {
            Interval open{printed.lo, std::max(printed.hi, computed.hi)};
            return {open, open};
        }
        case Qualifier::at_most: {
            Interval open{std::min(printed.lo, computed.lo), printed.hi};
            return {open, open};
        }
    }
    return {printed, printed};
}

// One side of a change: the figure printed and the values it stands for.
struct Side {
    const Figure* figure = nullptr;
    Interval interval;
    Rational value;
    std::string where;  ///< "current figure"; for a table figure, its period too
};

Side side_of(const Figure& f, std::string where) {
    return {&f, f.interval(), f.value.value(), std::move(where)};
}

Side side_of(const StatementFigure& sf, const Period& period) {
    return {sf.figure, sf.interval(), sf.value(), "table figure for " + period.describe()};
}

void report_direction(const RuleSpec& rule, CheckContext& ctx, const StatedChange& c,
                      const Side& current, const Side& prior, const std::string& magnitude) {
    Diagnostic d;
    d.rule = rule.id;
    d.severity = rule.severity;
    d.message =
        fmt::format("stated \"{}\" but {} vs {} is {} of {}", c.direction_word,
                    current.figure->text, prior.figure->text,
                    c.direction == Direction::increase ? "a decrease" : "an increase", magnitude);
    d.span = c.direction_span;
    d.found = c.direction_word;
    d.related.push_back({"stated change " + c.stated_words, c.percent->figure.span});
    d.related.push_back({current.where + " " + current.figure->text, current.figure->span});
    d.related.push_back({prior.where + " " + prior.figure->text, prior.figure->span});
    ctx.report(std::move(d));
}

void judge_change(const RuleSpec& rule, const PercentChangeParams& params, CheckContext& ctx,
                  const StatedChange& c, Side current, Side prior, const std::string& basis) {
    const Figure& stated = c.percent->figure;
    Interval now = current.interval;
    Interval before = prior.interval;
    Rational now_value = current.value;
    Rational before_value = prior.value;
    if (now_value.is_negative() && before_value.is_negative()) {
        // Two losses printed with their sign: the change is that of their size.
        now = -now;
        before = -before;
        now_value = -now_value;
        before_value = -before_value;
    }
    // A zero or negative prior figure, or a change of sign, has no percentage change to check.
    if (!(before_value > Rational(0)) || now_value.is_negative() || stated.value.is_negative())
        return;
    auto ratio = now.divided_by(before);
    if (!ratio || ratio->lo.is_negative()) return;
    const Rational hundred(100);
    Interval change{(ratio->lo - Rational(1)) * hundred, (ratio->hi - Rational(1)) * hundred};
    Rational best = (now_value / before_value - Rational(1)) * hundred;
    if (c.direction == Direction::decrease) {
        change = -change;
        best = -best;
    }
    if (change.hi.is_negative()) {
        change = -change;
        best = -best;
        report_direction(rule, ctx, c, current, prior, stated.format_like(best));
    }
    const std::string& now_text = current.figure->text;
    const std::string& before_text = prior.figure->text;
    Relation rel;
    rel.rule = &rule;
    rel.computed = change;
    rel.best_estimate = best;
    rel.stated = {&stated, "stated change"};
    rel.operands = {{current.figure, current.where}, {prior.figure, prior.where}};
    rel.summary = now_text + " vs " + before_text + basis;
    rel.what = rule.summary;
    std::string computed = stated.format_like(best);
    auto [strict, lenient] = readings(c, change, params.approximation);
    rel.message = fmt::format("stated change {} does not follow from {} vs {}{} (computed {})",
                              c.stated_words, now_text, before_text, basis, computed);
    rel.stated_reading = lenient;
    if (CheckContext::holds(rel)) {
        rel.stated_reading = strict;
        if (!CheckContext::holds(rel)) {
            rel.severity = Severity::warning;
            rel.message = fmt::format(
                "stated change {} does not follow from {} vs {}{} when '{}' is read strictly "
                "(computed {})",
                c.stated_words, now_text, before_text, basis, c.qualifier_words, computed);
        }
    }
    ctx.judge(rel);
}

bool table_checkable(const ProseFigure& pf) {
    const auto& b = pf.binding;
    return pf.role == ProseRole::percent && b && b->change != ChangeDirection::none &&
           b->consolidated() && b->period && b->period->complete() && b->compared_with &&
           b->compared_with->complete() && !b->concepts.empty();
}

// "net sales increased 12%" with no figures to compare in its sentence: the concept's figures
// for the period and for the one it is compared with, from the release's tables.
void judge_against_tables(const RuleSpec& rule, const PercentChangeParams& params,
                          CheckContext& ctx, const ProseFigure& pf) {
    const ProseBinding& b = *pf.binding;
    const Vocabulary& words = ctx.rules().vocabulary;
    for (size_t concept_index : b.concepts) {
        auto now = statement_figure(ctx.facts(), concept_index, *b.period, words);
        auto before = statement_figure(ctx.facts(), concept_index, *b.compared_with, words);
        if (!now || !before || now->figure == before->figure ||
            same_period(*b.period, *b.compared_with))
            continue;
        StatedChange c;
        c.percent = &pf;
        c.direction =
            b.change == ChangeDirection::increase ? Direction::increase : Direction::decrease;
        c.direction_word = b.change_words;
        c.direction_span = pf.figure.span;
        c.qualifier = b.qualifier;
        c.qualifier_words = b.qualifier_words;
        c.stated_words =
            b.qualifier_words.empty() ? pf.figure.text : b.qualifier_words + " " + pf.figure.text;
        std::string basis =
            fmt::format(" ({} in the tables)", ctx.rules().concepts.at(concept_index).id);
        judge_change(rule, params, ctx, c, side_of(*now, *b.period),
                     side_of(*before, *b.compared_with), basis);
        return;
    }
}

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    const auto& params = std::any_cast<const PercentChangeParams&>(rule.params);
    std::set<const ProseFigure*> stated_in_sentence;
    for (const auto& change : find_stated_changes(ctx.facts(), ctx.rules().vocabulary)) {
        stated_in_sentence.insert(change.percent);
        judge_change(rule, params, ctx, change, side_of(change.current->figure, "current figure"),
                     side_of(change.prior->figure, "prior figure"), "");
    }
    for (const ProseFigure& pf : ctx.facts().prose) {
        if (table_checkable(pf) && !stated_in_sentence.count(&pf))
            judge_against_tables(rule, params, ctx, pf);
    }
}

}  // namespace

const RuleKind kPercentChangeKind = {
    "percent-change",
    "A percentage change stated in a sentence follows from the two figures it compares",
    R"(Reads each sentence for a stated percentage change tied to two amounts (or two counts)
of one unit: "increased to X from Y, or a Z% increase", "X compared to Y, or a Z%
decrease", "up Z% to X from Y", "X, an increase of Z% over Y". The change is computed
as X / Y - 1 from the intervals the figures stand for (an amount written out in full,
"$600,000", keeps only its significant digits) and must meet the interval of the
stated percentage (150% is 149.5 to 150.5). The direction word (increase, rose, up;
decrease, fell, down) must agree with the sign of the change: a stated increase where
the figures fell is a finding of its own. Two losses are compared by their size. A
zero or negative prior figure, or a change of sign, is not checked.

A percentage stated as the change of a concept with no figures beside it ("net sales
increased 12%", "gross profit rose 5% in the third quarter", "a 12% decrease in
revenues") is checked against the release's tables: the concept's figure for the
sentence's period against its figure for the period it is compared with (the same
period a year before, unless the sentence names another or says "sequentially"). A
part of the company, a non-GAAP measure, a sentence naming two periods of its own, or
a period the tables do not print leaves it unchecked.

Words before the percentage read it: "approximately 150%" may be off by the rule's
`approximation` (default "10%" of the stated percentage), and a miss within it is a
warning; "more than 20%" and "less than 20%" are bounds. Percentages that are not
changes of an amount ("gross margin decreased to 11% from 28%") are left alone.

Fails:

    Halvorsen Tool Works Reports Third Quarter Results

    Net sales for the third quarter increased to $8,250,000 from
    $6,600,000 in the third quarter of 2005, or a 35% increase.

$8,250,000 is 25% more than $6,600,000, not 35%: the percent-change rule reports it.

Passes:

    Halvorsen Tool Works Reports Third Quarter Results

    Net sales for the third quarter increased to $8,250,000 from
    $6,600,000 in the third quarter of 2005, or a 25% increase.)",
    parse_params,
    evaluate,
    kKeys,
    nullptr,
    RuleScope::sentence,
    nullptr,
};

}  // namespace crossfoot
