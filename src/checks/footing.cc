// Kind `footing`: a total or subtotal row equals the sum of the rows it closes.
#include "crossfoot/check_context.h"
#include "crossfoot/formula.h"
#include "crossfoot/rule_kind.h"

#include "checks/kinds.h"

#include <algorithm>
#include <map>
#include <set>

namespace crossfoot {

namespace {

// A total and the item lists it may close, most likely first.
struct Footing {
    size_t total = 0;  // index into TableFacts::rows
    std::vector<std::vector<size_t>> extents;
};

struct Block {
    std::vector<size_t> items;
    std::set<size_t> totals;  // items that are themselves totals
    size_t blank_mark = 0;    // items before the last blank line
    int indent = -1;
    bool section = false;
};

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

bool has_word(const std::string& label, std::string_view word) {
    std::string padded = " " + label + " ";
    return padded.find(" " + std::string(word) + " ") != std::string::npos;
}

// Words of a label that names a deduction ("Cost of goods sold", "Provision for loan losses").
bool names_deduction(const std::string& label) {
    static constexpr std::string_view kWords[] = {"cost", "costs", "expense", "expenses", "provision", "tax", "taxes", "less", "depreciation", "amortization", "charge",
                                                  "charges", "impairment", "restructuring", "minority", "dividends",
                                                  "deductions", "writedown", "write"};
    return std::any_of(std::begin(kWords), std::end(kWords), [&](auto w) { return has_word(label, w); });
}

// Concepts computed by a difference or a quotient: their blocks are identities, not footings.
std::set<std::string> difference_results(const RuleSet& rules) {
    std::set<std::string> out;
    for (const auto& rule : rules.rules) {
        if (const auto* identity = std::any_cast<IdentityParams>(&rule.params)) {
            const Formula* formula = &identity->formula;
            bool differs = formula->quotient ||
                           std::any_of(formula->terms.begin(), formula->terms.end(), [](const auto& t) { return t.negative; });
            if (differs) out.insert(formula->result);
        }
    }
    return out;
}

std::vector<std::vector<size_t>> extents_of(const Block& b) {
    std::vector<std::vector<size_t>> out;
    auto add = [&](size_t from) {
        std::vector<size_t> extent(b.items.begin() + static_cast<long>(from), b.items.end());
        if (extent.size() >= 2 && std::find(out.begin(), out.end(), extent) == out.end()) out.push_back(extent);
    };
    add(0);
    for (size_t i = b.items.size(); i-- > 0;) {
        if (b.totals.count(b.items[i])) {
            add(i + 1);
            break;
        }
    }
    if (b.blank_mark > 0) add(b.blank_mark);
    return out;
}

std::vector<Footing> find_footings(const TableFacts& t, const ConceptDictionary& concepts) {
    std::map<size_t, size_t> fact_of_row;
    for (size_t i = 0; i < t.rows.size(); ++i) fact_of_row[t.rows[i].row] = i;
    std::vector<Footing> out;
    std::vector<Block> stack(1);
    bool rule_above = false;
    bool after_total = false;  // a rule right under a total underlines it; it opens nothing
    auto close_into_parent = [&](size_t total) {
        if (stack.size() > 1 && stack.back().section) {
            stack.pop_back();
        } else {
            stack.back() = Block{};
        }
        stack.back().items.push_back(total);
        stack.back().totals.insert(total);
    };
    for (size_t r = 0; r < t.table->rows.size(); ++r) {
        const Row& row = t.table->rows[r];
        switch (row.kind) {
            case RowKind::blank:
                stack.back().blank_mark = stack.back().items.size();
                continue;
            case RowKind::single_rule:
                rule_above = !after_total;
                after_total = false;
                continue;
            case RowKind::double_rule:
                stack.assign(1, Block{});
                rule_above = false;
                continue;
            case RowKind::caption: continue;
            case RowKind::section:
                // A section at the indentation of an open one ends it; its items stay with the parent.
                while (stack.size() > 1 && stack.back().indent == row.indent) {
                    Block done = std::move(stack.back());
                    stack.pop_back();
                    stack.back().items.insert(stack.back().items.end(), done.items.begin(), done.items.end());
                    stack.back().totals.insert(done.totals.begin(), done.totals.end());
                }
                stack.push_back(Block{{}, {}, 0, row.indent, true});
                rule_above = false;
                continue;
            case RowKind::data: break;
        }
        size_t f = fact_of_row.at(r);
        const RowFacts& facts = t.rows[f];
        bool is_total = rule_above || starts_with(facts.label, "total") || has_word(facts.label, "total");
        rule_above = false;
        after_total = is_total;
        bool is_result = facts.concept_index && concepts.at(*facts.concept_index).nature == Nature::result;
        if (is_total) {
            out.push_back({f, extents_of(stack.back())});
            close_into_parent(f);
        } else if (is_result) {
            stack.assign(1, Block{});
            stack.back().items.push_back(f);
            stack.back().totals.insert(f);
        } else {
            stack.back().items.push_back(f);
        }
    }
    return out;
}

void evaluate_column(const RuleSpec& rule, CheckContext& ctx, const TableFacts& t, const Footing& footing, size_t c,
                     const std::set<std::string>& deferred) {
    const RowFacts& total_row = t.rows[footing.total];
    const auto& total = total_row.figures[c];
    if (!total || total->unit == Unit::percent || footing.extents.empty()) return;
    const auto& concepts = ctx.rules().concepts;
    if (total_row.concept_index && deferred.count(concepts.at(*total_row.concept_index).id)) return;
    bool total_named = starts_with(total_row.label, "total") || has_word(total_row.label, "total");
    // A deduction printed without a sign under a result that is not a "Total" makes the block a
    // difference: identities check it, and no sign is guessed.
    bool sums_deductions = names_deduction(total_row.label) ||
                           (total_row.concept_index && concepts.at(*total_row.concept_index).nature == Nature::expense);
    if (!total_named && !sums_deductions && t.statement != Statement::cash_flow) {
        for (size_t item : footing.extents.front()) {
            for (const auto& fig : t.rows[item].figures) {
                if (fig && !fig->value.is_negative() && !fig->value.is_zero() && names_deduction(t.rows[item].label)) return;
            }
        }
    }
    std::vector<Relation> candidates;
    for (const auto& extent : footing.extents) {
        Relation rel;
        rel.rule = &rule;
        rel.stated = {&*total, "total"};
        bool all_nil = total->nil;
        for (size_t item : extent) {
            const auto& fig = t.rows[item].figures[c];
            if (!fig) continue;
            if (fig->unit == Unit::percent) return;
            all_nil &= fig->nil;
            rel.operands.push_back({&*fig, "item"});
        }
        if (rel.operands.size() < 2 || all_nil) continue;
        Interval sum = Interval::point(Rational(0));
        Rational estimate;
        for (const auto& p : rel.operands) {
            sum = sum + p.figure->interval();
            estimate = estimate + p.figure->value.value();
        }
        rel.computed = sum;
        rel.best_estimate = estimate;
        const std::string& label = t.table->rows[total_row.row].label;
        rel.what = (label.empty() ? std::string("subtotal") : "'" + label + "'") + " does not foot" + column_suffix(t, c);
        rel.summary = signed_sum_text(rel.operands, {});
        candidates.push_back(std::move(rel));
    }
    if (candidates.empty()) return;
    for (const auto& rel : candidates) {
        if (CheckContext::holds(rel)) {
            ctx.judge(rel);
            return;
        }
    }
    // None holds: report the reading closest to what is printed.
    auto distance = [&](const Relation& rel) { return (rel.best_estimate - total->value.value()).abs(); };
    ctx.judge(*std::min_element(candidates.begin(), candidates.end(),
                                [&](const auto& a, const auto& b) { return distance(a) < distance(b); }));
}

std::any parse_params(const RuleFields&) { return {}; }

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    auto deferred = difference_results(ctx.rules());
    for (const auto& t : ctx.facts().tables) {
        for (const auto& footing : find_footings(t, ctx.rules().concepts)) {
            for (size_t c = 0; c < t.table->columns.size(); ++c) evaluate_column(rule, ctx, t, footing, c, deferred);
        }
    }
}

}  // namespace

const RuleKind kFootingKind = {
    "footing",
    "A total or subtotal row equals the sum of the rows it closes",
    R"(Finds the rows a total closes from the table's layout: the rule line above a total, a
"Total" label, section headers such as "CURRENT ASSETS" that open a group, and blank lines.
A subtotal closes its items and then counts as one item of the next total, so nested
subtotals are checked at every level. Each column is checked on its own, with every
figure standing for the interval its printed precision allows.

A block whose result is a difference (gross profit under net sales and cost of sales) is
not a footing: identity rules check it, and no sign is ever guessed to make a block pass.

Fails:
    Inventories                     11,596
    Prepaid expenses                   332
                                   -------
    TOTAL CURRENT ASSETS            11,929     <- the items sum to 11,928

Passes:
    Inventories                     11,596
    Prepaid expenses                   332
                                   -------
    TOTAL CURRENT ASSETS            11,928)",
    parse_params,
    evaluate,
};

}  // namespace crossfoot
