// Kind `change-column`: a column headed "Change", "Increase (Decrease)" or "% Change" equals,
// in every row, the current figure less the prior one, or that difference over the prior one.
#include <fmt/format.h>

#include <array>

#include "checks/change_pairs.h"
#include "checks/kinds.h"
#include "checks/table_columns.h"
#include "crossfoot/check_context.h"

namespace crossfoot {

namespace {

using namespace table_columns;

struct ChangeParams {
    bool percent = false;                   ///< form "percent": the change over the prior
    std::vector<std::string> headers;       ///< a column headed so is a change column
    std::vector<std::string> skip_headers;  ///< not from the printed figures: "constant currency"
    std::vector<std::string> percent_headers;  ///< a change column headed so is in percent
};

constexpr std::array<std::string_view, 4> kKeys = {"form", "headers", "skip_headers",
                                                   "percent_headers"};

std::any parse_params(const RuleFields& fields) {
    ChangeParams p;
    std::string form = fields.string("form").value_or("amount");
    if (form != "amount" && form != "percent")
        fields.fail("form", "must be \"amount\" or \"percent\"");
    p.percent = form == "percent";
    p.headers = phrases(fields, "headers", true);
    p.skip_headers = phrases(fields, "skip_headers", false);
    p.percent_headers = phrases(fields, "percent_headers", false);
    return p;
}

enum class Reading { amount, points, percent };

// One way a row's change may be read; its words are added only when it is judged.
struct Candidate {
    Relation rel;
    Reading reading = Reading::amount;
};

// The first reading that holds, else the nearest one.
std::optional<Candidate> nearest(std::vector<Candidate> readings) {
    if (readings.empty()) return std::nullopt;
    const Candidate* pick = &readings.front();
    Rational best_gap;
    for (const Candidate& c : readings) {
        if (CheckContext::holds(c.rel)) return c;
        Rational gap = (c.rel.computed.midpoint() - c.rel.stated.figure->value.value()).abs();
        if (pick == &c || gap < best_gap) {
            pick = &c;
            best_gap = gap;
        }
    }
    return *pick;
}

class ColumnJudge {
public:
    ColumnJudge(const RuleSpec& rule, const ChangeParams& p, const TableFacts& t, size_t column)
        : rule_(rule), p_(p), t_(t), c_(column) {}

    // The relation of row `r` for `pair`, without its words (a pair is tried on every row
    // before one is chosen); nothing when the row prints no change, no operands, or figures of
    // different kinds.
    [[nodiscard]] std::optional<Candidate> candidate(size_t r, const ColumnPair& pair) const {
        const RowFacts& row = t_.rows[r];
        const Figure* now = figure_at(row, pair.current);
        const Figure* before = figure_at(row, pair.prior);
        const Figure* stated = figure_at(row, c_);
        if (!now || !before || !stated || !same_kind(*now, *before)) return std::nullopt;
        bool points = now->unit == Unit::percent;
        std::vector<Candidate> readings;
        // "(2.4)pts", "(231)bp": a change of percentages printed in points is their difference.
        if (stated->unit == Unit::points || stated->unit == Unit::basis_points) {
            if (!points) return std::nullopt;
            readings.push_back(difference(*now, *before, *stated, true));
            return nearest(std::move(readings));
        }
        if (!p_.percent) {
            if (stated->unit == Unit::percent && !points) return std::nullopt;
            readings.push_back(difference(*now, *before, *stated, points));
        } else {
            // A dash in a percent column is "not meaningful", not 0%.
            if (stated->nil) return std::nullopt;
            if (points) readings.push_back(difference(*now, *before, *stated, true));
            relative(*now, *before, *stated, readings);
        }
        return nearest(std::move(readings));
    }

    // The relation of row `r` for `pair`, worded for its finding.
    [[nodiscard]] std::optional<Relation> relation(size_t r, const ColumnPair& pair) const {
        auto c = candidate(r, pair);
        if (!c) return std::nullopt;
        Relation& rel = c->rel;
        const Figure& stated = *rel.stated.figure;
        const Figure& now = *rel.operands[0].figure;
        const Figure& before = *rel.operands[1].figure;
        rel.what = t_.table->rows[t_.rows[r].row].label;
        bool percent = c->reading == Reading::percent;
        rel.summary = fmt::format("{} {} {}", now.text, percent ? "vs" : "-", before.text);
        rel.message = fmt::format(
            "'{}': the {}{} is printed {}, computed {} ({})", rel.what,
            percent ? "percent change"
                    : (c->reading == Reading::points ? "change in percentage points" : "change"),
            column_suffix(t_, c_), stated.text, stated.format_like(rel.best_estimate), rel.summary);
        return std::move(rel);
    }

private:
    const RuleSpec& rule_;
    const ChangeParams& p_;
    const TableFacts& t_;
    size_t c_;

    [[nodiscard]] Relation base(const Figure& now, const Figure& before,
                                const Figure& stated) const {
        Relation rel;
        rel.rule = &rule_;
        rel.stated = {&stated, "change"};
        rel.operands = {{&now, "current figure"}, {&before, "prior figure"}};
        return rel;
    }

    [[nodiscard]] Candidate difference(const Figure& now, const Figure& before,
                                       const Figure& stated, bool points) const {
        Relation rel = base(now, before, stated);
        Rational reading = points ? percent_reading(stated) : Rational(1);
        rel.computed = (now.interval() - before.interval()).times(reading);
        rel.best_estimate = (now.value.value() - before.value.value()) * reading;
        return {std::move(rel), points ? Reading::points : Reading::amount};
    }

    // (now - before) / before; over a negative base or across a change of sign, releases print
    // either sign: both readings.
    void relative(const Figure& now, const Figure& before, const Figure& stated,
                  std::vector<Candidate>& out) const {
        auto ratio = now.interval().divided_by(before.interval());
        Rational base_value = before.value.value();
        if (!ratio || base_value.is_zero()) return;
        const Rational hundred = Rational(100) * percent_reading(stated);
        Relation rel = base(now, before, stated);
        rel.computed = {(ratio->lo - Rational(1)) * hundred, (ratio->hi - Rational(1)) * hundred};
        rel.best_estimate = (now.value.value() / base_value - Rational(1)) * hundred;
        out.push_back({rel, Reading::percent});
        // A change of sign may be printed as its size: "(81) vs 35" as 328%.
        if (!base_value.is_negative() && now.value.is_negative() == before.value.is_negative())
            return;
        rel.computed = -rel.computed;
        rel.best_estimate = -rel.best_estimate;
        out.push_back({std::move(rel), Reading::percent});
    }
};

void judge_rows(CheckContext& ctx, const ColumnJudge& judge, const std::vector<size_t>& rows,
                const ColumnPair& pair) {
    for (size_t r : rows) {
        if (auto rel = judge.relation(r, pair)) ctx.judge(*rel);
    }
}

void evaluate_table(const RuleSpec& rule, const ChangeParams& p, CheckContext& ctx,
                    const TableFacts& t) {
    std::vector<size_t> rows = headed_rows(t);
    size_t columns = t.table->columns.size();
    std::vector<bool> is_change(columns);
    std::vector<size_t> operands;
    for (size_t c = 0; c < columns; ++c) {
        // "12 Months Ended December 2003 Change": a header that names one period is that
        // period's column, whatever a change header stacked over it says; printed over two
        // columns the layout could not tell apart, the second is the change.
        const auto& headers = t.table->columns;
        bool repeated = c > 0 && headers[c].header == headers[c - 1].header;
        is_change[c] = header_has(t, c, p.headers) && (!names_period(t, c) || repeated);
        // A column headed "%" holds shares of a total, whatever its cells print.
        if (!is_change[c] && !header_has_percent_sign(t, c) && shape_of(t, c, rows).of_amounts())
            operands.push_back(c);
    }
    for (size_t c = 0; c < columns; ++c) {
        ColumnShape shape = shape_of(t, c, rows);
        if (shape.figures == 0 || header_has(t, c, p.skip_headers)) continue;
        bool percent = shape.of_percents() || header_has_percent_sign(t, c) ||
                       header_has(t, c, p.percent_headers);
        if (percent != p.percent) continue;
        ColumnJudge judge(rule, p, t, c);
        auto verdict = [&](size_t r, const ColumnPair& pair) -> std::optional<bool> {
            auto read = judge.candidate(r, pair);
            if (!read) return std::nullopt;
            return CheckContext::holds(read->rel);
        };
        if (!is_change[c]) {
            // A column of percentages under a header with no "%": a change whose header the
            // layout lost, when the figures say so beyond doubt.
            if (!p.percent || !shape.of_percents() || header_has_percent_sign(t, c)) continue;
            if (auto pair = fitted_pair(operands, rows, verdict))
                judge_rows(ctx, judge, rows, *pair);
            continue;
        }
        PairChoice choice = choose_pair(t, c, operands, is_change, rows, verdict);
        if (!choice.pair) {
            auto span = column_span(t, c, rows);
            if (!choice.reason.empty() && span)
                ctx.report(column_note(rule,
                                       fmt::format("change column{} is not checked: {}",
                                                   column_suffix(t, c), choice.reason),
                                       *span));
            continue;
        }
        judge_rows(ctx, judge, rows, *choice.pair);
    }
}

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    const auto& p = std::any_cast<const ChangeParams&>(rule.params);
    for (const TableFacts& t : ctx.facts().tables) evaluate_table(rule, p, ctx, t);
}

}  // namespace

const RuleKind kChangeColumnKind = {
    "change-column",
    "A change column equals the current figure less the prior one, row by row",
    R"doc(A column whose header has one of the rule's `headers` ("Change", "Increase
(Decrease)", "Inc (Dec)", "Variance") relates two other columns of amounts in every row.
With `form = "amount"` it is the current figure less the prior one; with `form =
"percent"` (a column of percentages, or headed with "%" or one of `percent_headers`) it
is that difference over the prior figure. Both are computed from the intervals the
printed figures stand for: 8.0% agrees with 2,721 vs 2,520 because some values that
round to them give a change in [7.95%, 8.05%]. A row whose figures are percentages (a
margin) changes in percentage points. Over a negative prior figure a release may print
the change with either sign, and both are accepted; a prior figure that may be zero, a
dash, "n/m", "NM", "*" or "n/a" in the percent column leave the row unchecked. Columns
headed with one of `skip_headers` ("constant currency") do not follow from the printed
figures and are left alone.

The two columns compared are read from the layout: the two columns of amounts printed
since the previous change column (when there are more, the two whose headers name a
period), or the one before it and the one after it. The column whose header names the
later period is the current one; failing that, the first printed. When that pair does not
give the change in most rows, the one other pair of columns that gives it in all but a
fifth of at least three rows is used ("current | change | prior | change | a year ago",
where the second change compares the first and last columns); when there is none, the
column is reported as not checked, with the reason, in a note. Rows below a header
printed inside the table are left alone: other headers apply to them.

Fails:

                          HALVORSEN TOOL WORKS, INC.
                        SELECTED FINANCIAL INFORMATION
                                (in thousands)
    <TABLE>
    <CAPTION>
                                       Three Months Ended September 30,
                                           2005           2004        Change
    <S>                                <C>            <C>            <C>
    Net sales                          $     8,250    $     6,600    $   1,650
    Cost of sales                            5,115          4,092        1,023
    Gross profit                             3,135          2,508          627
    Operating expenses                       1,840          1,705          153
    </TABLE>

8,250 - 6,600 is 1,650 and 3,135 - 2,508 is 627, but 1,840 - 1,705 is 135, not 153: the
change-column rule reports it.

Passes:

                          HALVORSEN TOOL WORKS, INC.
                        SELECTED FINANCIAL INFORMATION
                                (in thousands)
    <TABLE>
    <CAPTION>
                                       Three Months Ended September 30,
                                           2005           2004        Change
    <S>                                <C>            <C>            <C>
    Net sales                          $     8,250    $     6,600    $   1,650
    Cost of sales                            5,115          4,092        1,023
    Gross profit                             3,135          2,508          627
    Operating expenses                       1,840          1,705          135
    </TABLE>)doc",
    parse_params,
    evaluate,
    kKeys,
    nullptr,
    RuleScope::table,
    nullptr,
};

}  // namespace crossfoot
