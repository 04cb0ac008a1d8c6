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

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

bool has_word(const std::string& label, std::string_view word) {
    std::string padded = " " + label + " ";
    return padded.find(" " + std::string(word) + " ") != std::string::npos;
}

bool named_total(const std::string& label) { return starts_with(label, "total") || has_word(label, "total"); }

// Words of a label that names a deduction ("Cost of goods sold", "Provision for loan losses").
bool names_deduction(const std::string& label) {
    static constexpr std::string_view kWords[] = {"cost", "costs", "expense", "expenses", "provision", "provisions",
                                                  "tax", "taxes", "less", "depreciation", "amortization", "charge",
                                                  "charges", "impairment", "restructuring", "minority", "dividends",
                                                  "deductions", "writedown", "write"};
    return std::any_of(std::begin(kWords), std::end(kWords), [&](auto w) { return has_word(label, w); });
}

// "Costs and expenses", "Provision for ..." (not "Income before income taxes").
bool leads_with_deduction(const std::string& label) {
    return names_deduction(label.substr(0, label.find(' ')));
}

// Column headers of figures that do not add: averages, prices, rates, ratios.
bool additive_column(const std::string& header) {
    static constexpr std::string_view kWords[] = {"average", "price", "life", "rate", "rates", "ratio", "margin",
                                                  "yield", "percent", "change", "per share"};
    std::string h = normalize_label(header);
    return std::none_of(std::begin(kWords), std::end(kWords), [&](auto w) { return has_word(h, w); });
}

// Concepts computed by a difference or a quotient (their blocks are identities, not
// footings), and the concepts those differences deduct.
struct IdentityRoles {
    std::set<std::string> results;
    std::set<std::string> deducted;
};

IdentityRoles identity_roles(const RuleSet& rules) {
    IdentityRoles roles;
    for (const auto& rule : rules.rules) {
        if (const auto* identity = std::any_cast<IdentityParams>(&rule.params)) {
            const Formula& formula = identity->formula;
            bool differs = formula.quotient;
            for (const auto& term : formula.terms) {
                if (term.negative) roles.deducted.insert(term.concept_id);
                differs |= term.negative;
            }
            if (differs) roles.results.insert(formula.result);
        }
    }
    return roles;
}

// The rows above a total in one column, with the places where its items may begin:
// after a section header, a caption, a blank line or an earlier total. A closed total
// stands in for the rows it closed.
struct Ledger {
    std::vector<size_t> entries;  // indices into TableFacts::rows
    std::set<size_t> starts;      // positions in `entries` where a total's items may begin

    void reset() {
        entries.clear();
        starts = {0};
    }
    void mark() { starts.insert(entries.size()); }
    void close(size_t from, size_t total) {
        entries.resize(from);
        starts.erase(starts.upper_bound(from), starts.end());
        starts.insert(from);
        entries.push_back(total);
        starts.insert(entries.size());
    }
};

class ColumnFooter {
public:
    ColumnFooter(const RuleSpec& rule, CheckContext& ctx, const TableFacts& t, size_t column,
                 const std::set<std::string>& deferred, const std::set<std::string>& deducted)
        : rule_(rule), ctx_(ctx), t_(t), c_(column), deferred_(deferred), deducted_(deducted) {
        ledger_.reset();
    }

    void run() {
        std::map<size_t, size_t> fact_of_row;
        for (size_t i = 0; i < t_.rows.size(); ++i) fact_of_row[t_.rows[i].row] = i;
        bool rule_above = false;
        bool after_total = false;  // the last row was a total
        bool underline = false;    // the rule above came right under a total
        for (size_t r = 0; r < t_.table->rows.size(); ++r) {
            const Row& row = t_.table->rows[r];
            switch (row.kind) {
                case RowKind::blank:
                    // A rule under a total, then a blank line, underlines that total; it opens nothing.
                    if (underline) rule_above = false;
                    ledger_.mark();
                    continue;
                case RowKind::caption:
                case RowKind::section:
                    rule_above = underline = false;
                    ledger_.mark();
                    continue;
                case RowKind::single_rule:
                    rule_above = true;
                    underline = after_total;
                    after_total = false;
                    continue;
                case RowKind::double_rule:
                case RowKind::header:
                    ledger_.reset();
                    rule_above = after_total = underline = false;
                    continue;
                case RowKind::data: break;
            }
            size_t f = fact_of_row.at(r);
            const RowFacts& facts = t_.rows[f];
            const auto& figure = facts.figures[c_];
            bool by_rule = rule_above && !leaf(facts);
            bool is_total = by_rule || named_total(facts.label);
            rule_above = underline = false;
            after_total = is_total;
            if (!figure) continue;
            if (is_total) {
                close(f);
            } else if (facts.concept_index && concepts().at(*facts.concept_index).nature == Nature::result) {
                ledger_.reset();
                ledger_.entries.push_back(f);
                ledger_.mark();
            } else {
                ledger_.entries.push_back(f);
            }
        }
    }

private:
    const ConceptDictionary& concepts() const { return ctx_.rules().concepts; }

    // Income taxes are deducted as printed, never a sum: a rule above them is decoration.
    bool leaf(const RowFacts& row) const {
        return row.concept_index && concepts().at(*row.concept_index).nature == Nature::amount &&
               deducted_.count(concepts().at(*row.concept_index).id);
    }
    const Figure& figure_of(size_t f) const { return *t_.rows[f].figures[c_]; }

    // A deduction printed without a sign under a result that is not a "Total" makes the rows a
    // difference: identities check it, and no sign is guessed.
    bool difference_block(const RowFacts& total) const {
        bool sums_deductions = leads_with_deduction(total.label) || named_total(total.label) ||
                               (total.concept_index && concepts().at(*total.concept_index).nature == Nature::expense);
        if (sums_deductions || t_.statement == Statement::cash_flow) return false;
        return std::any_of(ledger_.entries.begin(), ledger_.entries.end(), [&](size_t e) {
            const Figure& f = figure_of(e);
            return !f.value.is_negative() && !f.value.is_zero() && names_deduction(t_.rows[e].label);
        });
    }

    // A column adds figures of one kind printed to one precision: never EPS into share counts.
    static bool comparable(const Figure& a, const Figure& b) {
        return a.unit != Unit::percent && b.unit != Unit::percent && a.per_share == b.per_share &&
               a.share_count == b.share_count && (a.nil || b.nil || decimals(a) == decimals(b));
    }
    static size_t decimals(const Figure& f) {
        size_t point = f.text.find('.');
        if (point == std::string::npos) return 0;
        size_t end = f.text.find_first_not_of("0123456789", point + 1);
        return (end == std::string::npos ? f.text.size() : end) - point - 1;
    }

    std::optional<Relation> relation_from(size_t from, size_t total) const {
        const Figure& stated = figure_of(total);
        Relation rel;
        rel.rule = &rule_;
        rel.stated = {&stated, "total"};
        Interval sum = Interval::point(Rational(0));
        bool all_nil = stated.nil;
        for (size_t i = from; i < ledger_.entries.size(); ++i) {
            const Figure& f = figure_of(ledger_.entries[i]);
            if (!comparable(f, stated)) return std::nullopt;
            all_nil &= f.nil;
            sum = sum + f.interval();
            rel.best_estimate = rel.best_estimate + f.value.value();
            rel.operands.push_back({&f, "item"});
        }
        if (all_nil) return std::nullopt;
        rel.computed = sum;
        const std::string& label = t_.table->rows[t_.rows[total].row].label;
        rel.what = (label.empty() ? std::string("subtotal") : "'" + label + "'") + " does not foot" + column_suffix(t_, c_);
        rel.summary = signed_sum_text(rel.operands, {});
        return rel;
    }

    void close(size_t total) {
        const RowFacts& row = t_.rows[total];
        const Figure& stated = figure_of(total);
        size_t n = ledger_.entries.size();
        bool checkable = additive_column(t_.table->columns[c_].header) && !difference_block(row) &&
                         !(row.concept_index && deferred_.count(concepts().at(*row.concept_index).id)) &&
                         stated.unit != Unit::percent;
        // Where the items begin: nearest first. A single item equal to its total is decoration.
        std::vector<std::pair<size_t, Relation>> candidates;
        std::optional<size_t> single;
        std::vector<size_t> starts(ledger_.starts.rbegin(), ledger_.starts.rend());
        // "Net loans receivable" closes the rows from "Gross loans receivable" on.
        if (starts_with(row.label, "net ")) {
            for (size_t i = n; i-- > 0;) {
                if (starts_with(t_.rows[ledger_.entries[i]].label, "gross ")) {
                    starts.insert(starts.begin(), i);
                    break;
                }
            }
        }
        for (size_t from : starts) {
            if (from + 1 == n && figure_of(ledger_.entries[from]).value == stated.value) single = from;
            if (from + 2 > n || !checkable) continue;
            if (auto rel = relation_from(from, total)) candidates.emplace_back(from, std::move(*rel));
        }
        for (auto& [from, rel] : candidates) {
            if (CheckContext::holds(rel)) {
                ctx_.judge(rel);
                ledger_.close(from, total);
                return;
            }
        }
        if (single) {
            ledger_.close(*single, total);
            return;
        }
        if (candidates.empty()) {
            ledger_.close(n, total);
            return;
        }
        // None holds: report the reading closest to what is printed.
        auto distance = [&](const Relation& rel) { return (rel.best_estimate - stated.value.value()).abs(); };
        auto closest = std::min_element(candidates.begin(), candidates.end(), [&](const auto& a, const auto& b) {
            return distance(a.second) < distance(b.second);
        });
        Relation& rel = closest->second;
        ctx_.judge(rel);
        ledger_.close(closest->first, total);
    }

    const RuleSpec& rule_;
    CheckContext& ctx_;
    const TableFacts& t_;
    size_t c_;
    const std::set<std::string>& deferred_;
    const std::set<std::string>& deducted_;
    Ledger ledger_;
};

std::any parse_params(const RuleFields&) { return {}; }

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    auto roles = identity_roles(ctx.rules());
    for (const auto& t : ctx.facts().tables) {
        for (size_t c = 0; c < t.table->columns.size(); ++c) ColumnFooter(rule, ctx, t, c, roles.results, roles.deducted).run();
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
