// Kind `percent-of-total`: a column of percentages beside a column of amounts ("% of
// revenues", "% of total", a mix table) gives each row's amount over the base row's.
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "checks/kinds.h"
#include "checks/plug_rounding.h"
#include "checks/table_columns.h"
#include "common/text.h"
#include "crossfoot/check_context.h"
#include "crossfoot/concepts.h"

namespace crossfoot {

namespace {

using namespace table_columns;

struct ShareParams {
    std::vector<std::string> headers;      ///< "of revenues": a column of shares of a base row
    std::vector<std::string> not_headers;  ///< "change": a column of percentages of another kind
    std::vector<std::string> base_leads;   ///< "of": what comes before the base row's label
    Severity plug_severity = Severity::note;
};

constexpr std::array<std::string_view, 4> kKeys = {"headers", "not_headers", "base_leads",
                                                   "plug_severity"};

std::any parse_params(const RuleFields& fields) {
    ShareParams p;
    p.headers = phrases(fields, "headers", true);
    p.not_headers = phrases(fields, "not_headers", false);
    p.base_leads = phrases(fields, "base_leads", false);
    p.plug_severity = severity(fields, "plug_severity", Severity::note);
    return p;
}

Rational hundred() { return Rational(100); }

class ShareColumn {
public:
    ShareColumn(const RuleSpec& rule, const ShareParams& p, CheckContext& ctx, const TableFacts& t,
                size_t column, size_t amounts, std::vector<size_t> rows)
        : rule_(rule), p_(p), ctx_(ctx), t_(t), c_(column), a_(amounts), rows_(std::move(rows)) {}

    // The rows printing 100%, else the row the header names ("% of net sales": "Net sales").
    [[nodiscard]] std::vector<size_t> bases() const {
        std::vector<size_t> out;
        for (size_t r : rows_) {
            const Figure* f = figure_at(t_.rows[r], c_);
            if (f && !f->nil && f->value.value() == hundred() * percent_reading(*f) &&
                figure_at(t_.rows[r], a_))
                out.push_back(r);
        }
        if (!out.empty()) return out;
        std::string header = normalize_label(t_.table->columns[c_].header);
        for (size_t r : rows_) {
            std::string label = normalize_label(t_.table->rows[t_.rows[r].row].label);
            for (const auto& lead : p_.base_leads) {
                if (!label.empty() && figure_at(t_.rows[r], a_) &&
                    text::has_phrase(header, lead + " " + label))
                    return {r};
            }
        }
        return out;
    }

    // The relation of each row with its base: the base below a row is its total; the rows after
    // the last base share the one above.
    [[nodiscard]] std::vector<Relation> relations(const std::vector<size_t>& bases) const {
        std::vector<Relation> out;
        for (size_t r : rows_) {
            if (std::find(bases.begin(), bases.end(), r) != bases.end()) continue;
            auto below = std::find_if(bases.begin(), bases.end(), [&](size_t b) { return b > r; });
            size_t base = below != bases.end() ? *below : bases.back();
            if (auto rel = relation(r, base)) out.push_back(std::move(*rel));
        }
        return out;
    }

private:
    const RuleSpec& rule_;
    const ShareParams& p_;
    CheckContext& ctx_;
    const TableFacts& t_;
    size_t c_, a_;
    std::vector<size_t> rows_;

    [[nodiscard]] const std::string& label_of(size_t r) const {
        return t_.table->rows[t_.rows[r].row].label;
    }

    [[nodiscard]] std::optional<Relation> relation(size_t r, size_t base) const {
        const Figure* part = figure_at(t_.rows[r], a_);
        const Figure* whole = figure_at(t_.rows[base], a_);
        const Figure* stated = figure_at(t_.rows[r], c_);
        if (!part || !whole || !stated || stated->nil || !same_kind(*part, *whole))
            return std::nullopt;
        auto quotient = part->interval().divided_by(whole->interval());
        if (!quotient || whole->value.is_zero()) return std::nullopt;
        Relation rel;
        rel.rule = &rule_;
        rel.stated = {stated, "share"};
        rel.operands = {{part, "amount"}, {whole, "base amount"}};
        Rational scale = hundred() * percent_reading(*stated);
        rel.computed = quotient->times(scale);
        rel.best_estimate = part->value.value() / whole->value.value() * scale;
        // Releases print the share of an expense or a loss with or without its sign.
        if (rel.best_estimate.is_negative() != stated->value.is_negative() &&
            !rel.best_estimate.is_zero() && !stated->value.is_zero()) {
            rel.computed = -rel.computed;
            rel.best_estimate = -rel.best_estimate;
        }
        rel.summary = fmt::format("{} / {}", part->text, whole->text);
        rel.message = fmt::format("'{}': the share of '{}'{} is printed {}, computed {} ({})",
                                  label_of(r), label_of(base), column_suffix(t_, c_), stated->text,
                                  stated->format_like(rel.best_estimate), rel.summary);
        std::optional<size_t> total;
        if (!CheckContext::holds(rel) && (total = plug_total(t_, c_, a_, r, rel))) {
            rel.severity = p_.plug_severity;
            rel.message += fmt::format(
                "; its group's percentages are rounded so that they add up to the {} printed "
                "for '{}' (plug rounding)",
                figure_at(t_.rows[*total], c_)->text, label_of(*total));
        }
        return rel;
    }
};

// The share misses by more than one unit of its last digit: not a rounding of the share.
bool far_off(const Relation& rel) {
    const Figure& stated = *rel.stated.figure;
    Rational unit = Rational::pow10(stated.value.exponent());
    return !stated.interval().widened(unit).overlaps(rel.computed);
}

// The column of amounts a column of shares divides: the nearest one before it.
std::optional<size_t> amounts_before(const TableFacts& t, size_t column,
                                     const std::vector<size_t>& rows, const ShareParams& p) {
    for (size_t c = column; c-- > 0;) {
        if (header_has(t, c, p.not_headers)) continue;
        ColumnShape shape = shape_of(t, c, rows);
        if (shape.of_amounts() && !header_has_percent_sign(t, c)) return c;
        if (shape.figures > 0) return std::nullopt;
    }
    return std::nullopt;
}

void evaluate_table(const RuleSpec& rule, const ShareParams& p, CheckContext& ctx,
                    const TableFacts& t) {
    std::vector<size_t> rows = headed_rows(t);
    for (size_t c = 0; c < t.table->columns.size(); ++c) {
        ColumnShape shape = shape_of(t, c, rows);
        bool named = header_has(t, c, p.headers);
        // "% of net sales" over cells printed without their sign ("61.0") is a share column.
        bool percents = shape.of_percents() || (named && header_has_percent_sign(t, c));
        if (!percents || header_has(t, c, p.not_headers)) continue;
        auto amounts = amounts_before(t, c, rows, p);
        if (!amounts) continue;
        ShareColumn column(rule, p, ctx, t, c, *amounts, rows);
        std::vector<size_t> bases = column.bases();
        // A column of percentages not named a share is one only when a row prints 100%.
        if (!named && bases.empty()) continue;
        if (bases.empty()) {
            if (auto span = column_span(t, c, rows))
                ctx.report(column_note(rule,
                                       fmt::format("share column{} is not checked: no row prints "
                                                   "100% and none is the base its header names",
                                                   column_suffix(t, c)),
                                       *span));
            continue;
        }
        std::vector<Relation> relations = column.relations(bases);
        size_t failed = static_cast<size_t>(std::count_if(
            relations.begin(), relations.end(), [](const Relation& r) { return far_off(r); }));
        // Percentages that are not near the shares of the base in most rows are something else
        // (changes under a header the layout lost): a column not named a share is left alone.
        if (failed >= 2 && failed * 3 > relations.size()) {
            auto span = column_span(t, c, rows);
            if (named && span)
                ctx.report(column_note(
                    rule,
                    fmt::format("share column{} is not checked: its percentages are not shares "
                                "of the base row in {} of {} rows",
                                column_suffix(t, c), failed, relations.size()),
                    *span));
            continue;
        }
        for (const Relation& rel : relations) ctx.judge(rel);
    }
}

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    const auto& p = std::any_cast<const ShareParams&>(rule.params);
    for (const TableFacts& t : ctx.facts().tables) evaluate_table(rule, p, ctx, t);
}

}  // namespace

const RuleKind kPercentOfTotalKind = {
    "percent-of-total",
    "A column of shares of a total gives each row's amount over the base row's",
    R"doc(A column of percentages beside a column of amounts, headed with one of the rule's
`headers` ("% of revenues", "% of net sales", "% of total") or printing 100% in some row
(a mix table), gives each row's amount (the nearest column of amounts before it) over
the base row's: the row printing 100% below it (its total) or, for rows after the last
one, above it (revenues at the top of an income statement), else the row the header
names ("Net sales" for "% of net sales"). The share is computed from the intervals the
printed amounts stand for and must meet the interval of the printed percentage (62.1%
is 62.05% to 62.15%); a share printed without the sign of its amount is read as printed.
Columns headed with one of `not_headers` ("change") are not shares.

A release may force one cell so that the column foots to 100% ("plug rounding"): when a
cell misses by one unit of its last digit, the percentages of the base's items as
printed add up to the base's exactly and their amounts add up to its amount, the finding
is reported apart, at the rule's `plug_severity` (default "note").

Fails:

                          HALVORSEN TOOL WORKS, INC.
                            NET SALES BY PRODUCT LINE
                                (in thousands)
    <TABLE>
    <CAPTION>
                                         Three Months Ended September 30, 2005
                                             Amount          % of total
    <S>                                  <C>                 <C>
    Hand tools                           $     5,120             62.1%
    Power tools                                2,310             29.0%
    Accessories                                  820              9.9%
                                         -----------         ---------
    Total net sales                      $     8,250            100.0%
    </TABLE>

2,310 / 8,250 is 28.0%, not 29.0%: the percent-of-total rule reports it.

Passes:

                          HALVORSEN TOOL WORKS, INC.
                            NET SALES BY PRODUCT LINE
                                (in thousands)
    <TABLE>
    <CAPTION>
                                         Three Months Ended September 30, 2005
                                             Amount          % of total
    <S>                                  <C>                 <C>
    Hand tools                           $     5,120             62.1%
    Power tools                                2,310             28.0%
    Accessories                                  820              9.9%
                                         -----------         ---------
    Total net sales                      $     8,250            100.0%
    </TABLE>)doc",
    parse_params,
    evaluate,
    kKeys,
    nullptr,
    RuleScope::table,
    nullptr,
};

}  // namespace crossfoot
