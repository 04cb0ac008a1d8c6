// Kind `identity`: an equation between concepts in the same column of a table.
#include <algorithm>
#include <array>

#include "checks/footing_labels.h"
#include "checks/kinds.h"
#include "crossfoot/check_context.h"

namespace crossfoot {

namespace {

struct Resolved {
    const RowFacts* row = nullptr;  // nullptr: an optional term the table does not print
    const FormulaTerm* term = nullptr;
};

constexpr std::array<std::string_view, 3> kIdentityKeys = {"formula", "adjacent", "adjusted_up_to"};

const Formula* formula_of(const std::any& params) {
    const auto* p = std::any_cast<IdentityParams>(&params);
    return p ? &p->formula : nullptr;
}

std::any parse_params(const RuleFields& fields) {
    IdentityParams params;
    auto text = fields.string("formula");
    if (!text)
        fields.fail("formula",
                    "is required for kind identity: \"gross_profit = net_sales - cost_of_sales\"");
    std::string error;
    auto formula = parse_formula(*text, error);
    if (!formula) fields.fail("formula", error);
    auto check_concept = [&](const std::string& id) {
        if (!fields.concepts().find(id)) fields.fail("formula", "names no concept: '" + id + "'");
    };
    check_concept(formula->result);
    for (const auto& term : formula->terms) {
        check_concept(term.concept_id);
        if (term.concept_id == formula->result)
            fields.fail("formula", "uses its own result '" + formula->result +
                                       "' as a term: a formula cannot refer to itself");
    }
    params.formula = *formula;
    params.adjacent = fields.boolean("adjacent").value_or(false);
    params.adjusted_up_to = fields.string("adjusted_up_to").value_or("");
    if (!params.adjusted_up_to.empty()) check_concept(params.adjusted_up_to);
    return params;
}

bool closes_a_group(const TableFacts& t, const RowFacts& row, const Vocabulary& words) {
    const auto& rows = t.table->rows;
    for (size_t r = row.row; r-- > 0;) {
        if (rows[r].kind == RowKind::single_rule) return true;
        if (rows[r].kind != RowKind::blank) break;
    }
    std::string label = normalize_label(rows[row.row].label);
    return std::any_of(words.total_words.begin(), words.total_words.end(),
                       [&](const std::string& w) { return label.rfind(w, 0) == 0; });
}

// Nothing but the operands stands between the first operand and the result; rows between
// two operands are allowed when the later one is a subtotal closing them.
bool adjacent_in(const TableFacts& t, const std::vector<Resolved>& terms, const RowFacts& result,
                 size_t c, const Vocabulary& words) {
    auto index = [&](const RowFacts* r) { return static_cast<size_t>(r - t.rows.data()); };
    auto operand_at = [&](size_t i) {
        return std::any_of(terms.begin(), terms.end(),
                           [&](const Resolved& r) { return r.row == &t.rows[i]; });
    };
    size_t first = index(&result);
    for (const auto& r : terms) {
        if (r.row) first = std::min(first, index(r.row));
    }
    for (size_t i = first; i < index(&result); ++i) {
        if (operand_at(i) || !t.rows[i].figures[c] || t.rows[i].figures[c]->nil) continue;
        size_t next = i + 1;
        while (next < index(&result) && !operand_at(next)) ++next;
        if (next == index(&result) || !closes_a_group(t, t.rows[next], words)) return false;
    }
    return true;
}

// Whether column `c` prints its expenses with a minus sign ("Cost of revenues (2,010,370)"):
// then every deduction of the column is printed signed, income taxes included.
bool prints_deductions_signed(const TableFacts& t, size_t c, const ConceptDictionary& concepts) {
    return std::any_of(t.rows.begin(), t.rows.end(), [&](const RowFacts& row) {
        bool expense =
            row.concept_index && concepts.at(*row.concept_index).nature == Nature::expense;
        return expense && row.figures[c] && row.figures[c]->value.is_negative();
    });
}

// "(Provision for) benefit from income taxes": a label that prints its deduction word in
// parentheses says the figures in parentheses are that deduction, the others its reverse.
bool parenthesizes_deduction(std::string_view raw_label, const Vocabulary& words) {
    size_t open = raw_label.find('(');
    size_t close = raw_label.find(')', open);
    if (open == std::string_view::npos || close == std::string_view::npos) return false;
    std::string inner = normalize_label(raw_label.substr(open + 1, close - open - 1));
    return footing_labels::names_deduction(inner, words);
}

// A deduction printed with a sign, "(26,593)" under net sales, is still a deduction; so is an
// amount that may go either way (income taxes) in a column that prints its deductions signed.
// Under a label that says its parentheses are the deduction, the figure is what the row adds:
// "(435)" takes 435 away, "747" adds a benefit of 747.
Interval contribution(const Figure& f, const FormulaTerm& term, const ConceptDictionary& concepts,
                      const RowFacts& row, bool signed_deductions, bool label_signed,
                      bool& negated) {
    Interval v = f.interval();
    if (label_signed && term.negative) {
        negated = false;
        return v;
    }
    bool expense = row.concept_index && concepts.at(*row.concept_index).nature == Nature::expense;
    if ((expense || (signed_deductions && term.negative)) && f.value.is_negative()) v = -v;
    negated = term.negative;
    return term.negative ? -v : v;
}

void sum_up(Relation& rel, const std::vector<Interval>& parts, const std::vector<bool>& negated) {
    Interval sum = Interval::point(Rational(0));
    for (const auto& part : parts) sum = sum + part;
    rel.computed = sum;
    rel.best_estimate = sum.midpoint();
    rel.summary = signed_sum_text(rel.operands, negated);
}

bool quotient(Relation& rel, const std::vector<Interval>& parts) {
    auto q = parts[0].divided_by(parts[1]);
    if (!q) return false;
    rel.computed = *q;
    rel.best_estimate =
        rel.operands[0].figure->value.value() / rel.operands[1].figure->value.value();
    rel.summary = rel.operands[0].figure->text + " / " + rel.operands[1].figure->text;
    return true;
}

// A table "in thousands, except per share data" that prints its share counts in full: the
// quotient holds only with the divisor as printed. The per-share figure is right; the scale
// statement is what misleads, and that is the warning.
bool judged_unscaled(const RuleSpec& rule, CheckContext& ctx, const TableFacts& t, Relation rel,
                     const std::vector<Interval>& parts) {
    const Figure& divisor = *rel.operands[1].figure;
    const auto& statement = t.table->scale.statement;
    if (divisor.scale <= 0 || !divisor.share_count || !statement) return false;
    Rational unscale = Rational(1) / Rational::pow10(divisor.scale);
    if (!quotient(rel, {parts[0], parts[1].times(unscale)})) return false;
    rel.best_estimate = rel.best_estimate / unscale;
    if (!CheckContext::holds(rel)) return false;
    ctx.judge(rel);
    Diagnostic d;
    d.rule = rule.id;
    d.severity = Severity::warning;
    d.message = "the scale statement '" + statement->text +
                "' puts share counts in thousands, but " + rel.stated.figure->text +
                " per share follows only from " + rel.summary + " with the shares as printed";
    d.span = statement->span;
    d.related.push_back({"per-share figure " + rel.stated.figure->text, rel.stated.figure->span});
    d.related.push_back({"share count " + divisor.text, divisor.span});
    ctx.report(std::move(d));
    return true;
}

// The stated figure lies between the computed quotient and the bound (basic EPS): the diluted
// numerator may add back interest on convertible debt, which the table does not show.
bool within_adjustment(const IdentityParams& p, const ConceptDictionary& concepts,
                       const TableFacts& t, size_t c, const Relation& rel) {
    // Add-backs raise income; with a loss they would be anti-dilutive and are never made.
    if (p.adjusted_up_to.empty() || !(rel.operands[0].figure->value.value() > Rational(0)))
        return false;
    auto bound_concept = concepts.find(p.adjusted_up_to);
    const RowFacts* bound_row = bound_concept ? t.unique_row(*bound_concept) : nullptr;
    if (!bound_row || !bound_row->figures[c]) return false;
    Interval stated = rel.stated.figure->interval();
    Interval bound = bound_row->figures[c]->interval();
    Rational lo = std::min(rel.computed.lo, bound.lo);
    Rational hi = std::max(rel.computed.hi, bound.hi);
    // Add-backs of convertible interest are a fraction of income: a numerator the stated figure
    // implies beyond a quarter more than net income points at a wrong figure instead.
    const Rational& income = rel.operands[0].figure->value.value();
    Rational implied = stated.lo * rel.operands[1].figure->value.value();
    return Interval{lo, hi}.overlaps(stated) && implied <= income * Rational(5) / Rational(4);
}

void evaluate_table(const RuleSpec& rule, const IdentityParams& p, CheckContext& ctx,
                    const TableFacts& t) {
    const auto& concepts = ctx.rules().concepts;
    auto result_concept = concepts.find(p.formula.result);
    const RowFacts* result = result_concept ? t.unique_row(*result_concept) : nullptr;
    if (!result) return;
    std::vector<Resolved> terms;
    for (const auto& term : p.formula.terms) {
        auto concept_index = concepts.find(term.concept_id);
        const RowFacts* row = concept_index ? t.unique_row(*concept_index) : nullptr;
        if (!row && !term.optional) return;
        if (row && p.adjacent && row >= result) return;
        terms.push_back({row, &term});
    }
    for (size_t c = 0; c < t.table->columns.size(); ++c) {
        const auto& stated = result->figures[c];
        // "n/a" states nothing to check, and computes nothing.
        if (!stated || !is_amount(stated->unit) || stated->not_applicable) continue;
        Relation rel;
        rel.rule = &rule;
        rel.stated = {&*stated, t.table->rows[result->row].label};
        std::vector<bool> negated;
        std::vector<Interval> parts;
        Rational estimate;
        bool complete = true;
        bool signed_deductions = prints_deductions_signed(t, c, concepts);
        std::vector<size_t> either_sign;  // deductions in parentheses read as reversals
        for (const auto& r : terms) {
            if (!r.row) continue;
            bool label_signed =
                parenthesizes_deduction(t.table->rows[r.row->row].label, ctx.rules().vocabulary);
            const auto& fig = r.row->figures[c];
            if (fig && fig->not_applicable) complete = false;
            if (!fig || !is_amount(fig->unit)) {
                complete = r.term->optional && complete;
                continue;
            }
            bool minus = false;
            parts.push_back(contribution(*fig, *r.term, concepts, *r.row, signed_deductions,
                                         label_signed, minus));
            if (minus && fig->value.is_negative() && parts.back().lo > Rational(0))
                either_sign.push_back(parts.size() - 1);
            negated.push_back(minus);
            rel.operands.push_back({&*fig, t.table->rows[r.row->row].label});
        }
        if (!complete || rel.operands.empty()) continue;
        if (p.adjacent && !adjacent_in(t, terms, *result, c, ctx.rules().vocabulary)) continue;
        if (p.formula.quotient) {
            if (parts.size() != 2 || !quotient(rel, parts)) continue;
            if (!CheckContext::holds(rel) && judged_unscaled(rule, ctx, t, rel, parts)) continue;
            // Between the quotient and its bound (diluted EPS up to basic EPS), the numerator may
            // add back what the table does not print (interest on convertible debt): no slip an
            // accountant could name, so no finding.
            if (!CheckContext::holds(rel) && within_adjustment(p, concepts, t, c, rel)) continue;
        } else {
            sum_up(rel, parts, negated);
            // "Provision for income taxes (435)": parentheses on a deduction may print the
            // amount subtracted, or its reversal (a benefit); the label does not say which, so
            // either reading that holds is the statement's.
            if (!CheckContext::holds(rel) && !either_sign.empty()) {
                Relation other = rel;
                for (size_t i : either_sign) {
                    parts[i] = -parts[i];
                    negated[i] = false;
                }
                sum_up(other, parts, negated);
                if (CheckContext::holds(other)) rel = std::move(other);
            }
        }
        rel.what = rule.summary + column_suffix(t, c);
        ctx.judge(rel);
    }
}

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    const auto& p = std::any_cast<const IdentityParams&>(rule.params);
    for (const auto& t : ctx.facts().tables) evaluate_table(rule, p, ctx, t);
}

}  // namespace

namespace {

// A difference or a quotient computes its result (its block is not a sum) and deducts the
// concepts it subtracts: footing asks this instead of reading identity parameters.
void publish_roles(const RuleSpec& rule, ConceptRoles& roles) {
    const auto* identity = std::any_cast<IdentityParams>(&rule.params);
    if (!identity) return;
    bool differs = identity->formula.quotient;
    for (const auto& term : identity->formula.terms) {
        if (term.negative) roles.deducted.insert(term.concept_id);
        differs |= term.negative;
    }
    if (differs) roles.results.insert(identity->formula.result);
    if (!differs && identity->formula.terms.size() >= 2)
        roles.sums.insert(identity->formula.result);
}

}  // namespace

const RuleKind kIdentityKind = {
    "identity",
    "An equation between concepts holds in every column of a table",
    R"(Evaluates a formula over the rows the concept dictionary recognises, column by column:
a sum or difference ("gross_profit = net_sales - cost_of_sales") or a quotient
("eps_basic = net_income / shares_basic", compared at the printed cent). Each figure
stands for the interval of its printed precision, and the relation holds when the
computed interval meets the stated one. A deduction printed in parentheses is still a
deduction. With `adjacent = true` the operands must be the rows directly above the
result, so a line between them (discontinued operations, minority interest) makes the
rule not apply rather than fail. A term written `name?` is optional.

Fails:

    Wrenfield Foods Reports Second Quarter Results

                                  WRENFIELD FOODS INC.
                    CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                     (in thousands)

                                           Three Months Ended
                                                June 30,
                                           2005           2004
                                       -----------    -----------
    Net sales                          $    41,862    $    37,205
    Cost of goods sold                      28,519         25,940
                                       -----------    -----------
    Gross profit                            13,433         11,265

41,862 - 28,519 = 13,343, not 13,433: the gross-profit rule reports it.

Passes:

    Wrenfield Foods Reports Second Quarter Results

                                  WRENFIELD FOODS INC.
                    CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                     (in thousands)

                                           Three Months Ended
                                                June 30,
                                           2005           2004
                                       -----------    -----------
    Net sales                          $    41,862    $    37,205
    Cost of goods sold                      28,519         25,940
                                       -----------    -----------
    Gross profit                            13,343         11,265)",
    parse_params,
    evaluate,
    kIdentityKeys,
    formula_of,
    RuleScope::table,
    publish_roles,
};

}  // namespace crossfoot
