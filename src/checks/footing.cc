// Kind `footing`: a total or subtotal row equals the sum of the rows it closes.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "checks/footing_labels.h"
#include "checks/kinds.h"
#include "common/text.h"
#include "crossfoot/check_context.h"
#include "crossfoot/formula.h"
#include "crossfoot/rule_kind.h"

namespace crossfoot {

namespace {

using namespace footing_labels;

// The rows above a total in one column, with the places where its items may begin:
// after a section header, a caption, a blank line, a result row or an earlier total.
// A closed total stands in for the rows it closed.
struct Ledger {
    std::vector<size_t> entries;  // indices into TableFacts::rows
    std::set<size_t> starts;      // positions in `entries` where a total's items may begin
    std::set<size_t> totals;      // entries that are closed totals
    // Rows whose figures no column took, each with the position in `entries` it stands at:
    // a total over them cannot be tied.
    std::vector<std::pair<size_t, size_t>> unplaced;

    void reset() {
        entries.clear();
        starts = {0};
        totals.clear();
        unplaced.clear();
    }
    void mark() { starts.insert(entries.size()); }
    void close(size_t from, size_t total) {
        entries.resize(from);
        std::erase_if(unplaced, [&](const auto& u) { return u.first >= from; });
        starts.erase(starts.upper_bound(from), starts.end());
        starts.insert(from);
        entries.push_back(total);
        totals.insert(total);
        starts.insert(entries.size());
    }
};

class ColumnFooter {
public:
    ColumnFooter(const RuleSpec& rule, CheckContext& ctx, const TableFacts& t, size_t column,
                 const ConceptRoles& roles)
        : rule_(rule), ctx_(ctx), t_(t), c_(column), roles_(roles) {
        ledger_.reset();
    }

    void run() {
        // TableFacts::rows holds the data rows in table order: the next one is the next fact.
        size_t next_fact = 0;
        for (const Row& row : t_.table->rows) {
            if (row.kind == RowKind::data) {
                add_row(next_fact++);
            } else {
                add_layout(row.kind);
            }
        }
        close_header_total();
    }

private:
    const ConceptDictionary& concepts() const { return ctx_.rules().concepts; }
    const Vocabulary& words() const { return ctx_.rules().vocabulary; }
    const Figure& figure_of(size_t f) const { return *t_.rows[f].figures[c_]; }
    const std::string& raw_label(size_t f) const { return t_.table->rows[t_.rows[f].row].label; }
    bool has_nature(const RowFacts& row, Nature n) const {
        return row.concept_index && concepts().at(*row.concept_index).nature == n;
    }

    void add_layout(RowKind kind) {
        switch (kind) {
            case RowKind::blank:
                // A rule under a total, then a blank line, underlines that total; it opens nothing.
                if (underline_) rule_above_ = false;
                close_header_total();
                ledger_.mark();
                break;
            case RowKind::caption:
            case RowKind::section:
                rule_above_ = underline_ = false;
                close_header_total();
                ledger_.mark();
                break;
            case RowKind::single_rule:
                close_header_total();
                rule_above_ = true;
                underline_ = after_total_;
                after_total_ = false;
                break;
            case RowKind::double_rule:
            case RowKind::header:
                close_header_total();
                ledger_.reset();
                poisoned_ = false;
                rule_above_ = after_total_ = underline_ = false;
                break;
            case RowKind::data:
                break;
        }
    }

    void add_row(size_t f) {
        const RowFacts& row = t_.rows[f];
        // Income taxes are deducted as printed, never a sum: a rule above them is decoration.
        bool leaf = has_nature(row, Nature::amount) &&
                    roles_.deducted.count(concepts().at(*row.concept_index).id);
        bool after_less =
            !ledger_.entries.empty() && is_less_row(t_.rows[ledger_.entries.back()].label, words());
        bool named_total = (rule_above_ && !leaf) || names_total(row.label, words()) ||
                           (is_net_row(row.label, words()) && after_less);
        // A concept some rule sums closes its items without a rule above it; when no run of
        // the rows above adds up to it, that rule judges it, not the footing.
        sum_only_ = !named_total && row.concept_index &&
                    roles_.sums.count(concepts().at(*row.concept_index).id) > 0;
        bool is_total = named_total || sum_only_;
        ruled_ = rule_above_ && !leaf;
        rule_above_ = underline_ = false;
        after_total_ = is_total;
        if (!row.figures[c_]) {
            const auto& cell = t_.table->rows[row.row].cells[c_];
            if (cell && cell->text.find_first_of("0123456789") != std::string::npos) unreadable(f);
            if (!cell && !t_.table->rows[row.row].unplaced.empty())
                ledger_.unplaced.emplace_back(ledger_.entries.size(), f);
            return;
        }
        if (is_total && heads_its_items(raw_label(f), words())) {
            close_header_total();
            ledger_.mark();
            header_total_ = {f, ledger_.entries.size()};
            return;
        }
        if (is_total) {
            close(f);
            return;
        }
        // A result line (gross profit, operating income) begins the next computation.
        if (has_nature(row, Nature::result)) ledger_.mark();
        ledger_.entries.push_back(f);
    }

    // A cell that is there but cannot be read ("4,180 ,000") stops the column's footing.
    void unreadable(size_t f) {
        const Cell& cell = *t_.table->rows[t_.rows[f].row].cells[c_];
        Diagnostic d;
        d.rule = rule_.id;
        d.severity = Severity::warning;
        d.message = "cannot read '" + cell.text +
                    "' as a figure; the rows around it are not footed" + column_suffix(t_, c_);
        d.span = cell.span;
        ctx_.report(std::move(d));
        ledger_.reset();
        poisoned_ = true;
    }

    // A deduction printed without a sign under a result that is not a "Total" makes the rows a
    // difference: identities check it, and no sign is guessed.
    bool difference(const RowFacts& total, size_t from) const {
        bool sums_deductions = leads_with_deduction(total.label, words()) ||
                               names_total(total.label, words()) ||
                               has_nature(total, Nature::expense);
        if (sums_deductions || t_.statement == Statement::cash_flow) return false;
        return std::any_of(ledger_.entries.begin() + static_cast<long>(from), ledger_.entries.end(),
                           [&](size_t e) {
                               const Figure& f = figure_of(e);
                               return !f.value.is_negative() && !f.value.is_zero() &&
                                      names_deduction(t_.rows[e].label, words()) &&
                                      !is_less_row(t_.rows[e].label, words());
                           });
    }

    // A column adds figures of one kind printed to one precision: never EPS into share counts.
    static bool comparable(const Figure& a, const Figure& b) {
        return is_amount(a.unit) && is_amount(b.unit) && a.per_share == b.per_share &&
               a.share_count == b.share_count && (a.nil || b.nil || decimals(a) == decimals(b));
    }
    static size_t decimals(const Figure& f) {
        size_t point = f.text.find('.');
        if (point == std::string::npos) return 0;
        size_t end = f.text.find_first_not_of("0123456789", point + 1);
        return (end == std::string::npos ? f.text.size() : end) - point - 1;
    }

    // Items that run through a difference (net sales, cost of sales, gross profit) are not a sum.
    bool spans_difference(size_t from, size_t to) const {
        bool deduction_seen = false;
        for (size_t i = from; i < to; ++i) {
            const RowFacts& row = t_.rows[ledger_.entries[i]];
            if (has_nature(row, Nature::result) && deduction_seen) return true;
            const Figure& f = figure_of(ledger_.entries[i]);
            deduction_seen |= !f.value.is_negative() && !f.value.is_zero() &&
                              names_deduction(row.label, words()) &&
                              !ledger_.totals.count(ledger_.entries[i]);
        }
        return false;
    }

    // The relation "total = entries[from..to)". A "Less ..." row printed positive is subtracted;
    // printed in parentheses, the parentheses mark the deduction ("Less accumulated depreciation
    // (5,000)") — unless the row is an income or a loss, which carries its own sign ("Less: net
    // loss attributable to noncontrolling interests (1,582)" is subtracted as printed).
    std::optional<Relation> relation_from(size_t from, size_t to, size_t total) const {
        const Figure& stated = figure_of(total);
        Relation rel;
        rel.rule = &rule_;
        rel.stated = {&stated, "total"};
        Interval sum = Interval::point(Rational(0));
        std::vector<bool> negated;
        for (size_t i = from; i < to; ++i) {
            const Figure& f = figure_of(ledger_.entries[i]);
            if (!comparable(f, stated)) return std::nullopt;
            const std::string& label = t_.rows[ledger_.entries[i]].label;
            bool less = is_less_row(label, words());
            std::string_view rest =
                std::string_view(label).substr(std::min(label.size(), label.find(' ')));
            bool own_sign = names_result(rest, words()) && !names_deduction(rest, words());
            bool minus = less && (!f.value.is_negative() || own_sign);
            sum = minus ? sum - f.interval() : sum + f.interval();
            rel.best_estimate =
                minus ? rel.best_estimate - f.value.value() : rel.best_estimate + f.value.value();
            rel.operands.push_back({&f, "item"});
            negated.push_back(minus);
        }
        bool items_nil = std::all_of(rel.operands.begin(), rel.operands.end(),
                                     [](const Participant& p) { return p.figure->nil; });
        if (items_nil) return std::nullopt;
        rel.computed = sum;
        const std::string& label = raw_label(total);
        rel.what = (label.empty() ? std::string("subtotal") : "'" + label + "'") +
                   " does not foot" + column_suffix(t_, c_);
        rel.summary = signed_sum_text(rel.operands, negated);
        return rel;
    }

    // "Summary financial information ... is as follows": a summary may leave lines out, so a
    // total that does not foot there states no sum to check.
    bool selected_items() const {
        return std::any_of(
            t_.table->title.begin(), t_.table->title.end(),
            [&](const LocatedText& s) { return names_summary(normalize_label(s.text), words()); });
    }

    bool all_nil_from(size_t from) const {
        return std::all_of(ledger_.entries.begin() + static_cast<long>(from), ledger_.entries.end(),
                           [&](size_t e) { return figure_of(e).nil; });
    }

    bool checkable(const RowFacts& row, const Figure& stated) const {
        bool deferred =
            row.concept_index && roles_.results.count(concepts().at(*row.concept_index).id);
        return additive_column(t_.table->columns[c_].header, words()) && !deferred &&
               is_amount(stated.unit) && !stated.not_applicable && !poisoned_;
    }

    // Where the items of a total may begin, nearest first.
    std::vector<size_t> candidate_starts(const RowFacts& row) const {
        std::vector<size_t> starts(ledger_.starts.rbegin(), ledger_.starts.rend());
        size_t n = ledger_.entries.size();
        if (is_net_row(row.label, words())) {
            // "Net loans receivable" closes the rows from "Gross loans receivable"; "Net credit
            // card receivables" closes a "Less ..." deduction and the rows it is taken from.
            for (size_t i = n; i-- > 0;) {
                const std::string& label = t_.rows[ledger_.entries[i]].label;
                if (is_gross_row(label, words())) {
                    starts.insert(starts.begin(), i);
                    break;
                }
                if (is_less_row(label, words())) {
                    size_t floor = *std::prev(ledger_.starts.upper_bound(i));
                    for (size_t k = i; k-- > floor;)
                        starts.insert(starts.begin() + static_cast<long>(i - 1 - k), k);
                    break;
                }
            }
        }
        return starts;
    }

    void close(size_t total) {
        const RowFacts& row = t_.rows[total];
        const Figure& stated = figure_of(total);
        size_t n = ledger_.entries.size();
        std::vector<std::pair<size_t, Relation>> candidates;
        std::optional<size_t>
            single;  // one item equal to its total, or nothing but dashes: decoration
        for (size_t from : candidate_starts(row)) {
            if (!single &&
                ((from + 1 == n && figure_of(ledger_.entries[from]).value == stated.value) ||
                 (from < n && stated.nil && all_nil_from(from)))) {
                single = from;
            }
            if (from + 2 > n || !checkable(row, stated) || difference(row, from) ||
                spans_difference(from, n))
                continue;
            if (auto rel = relation_from(from, n, total))
                candidates.emplace_back(from, std::move(*rel));
        }
        size_t consumed = judge_closest(candidates, total, single.value_or(n));
        ledger_.close(consumed, total);
    }

    // Judges the first candidate that holds, or else the one closest to the printed total.
    // Returns where the consumed items begin.
    size_t judge_closest(std::vector<std::pair<size_t, Relation>>& candidates, size_t total,
                         size_t fallback) {
        const Figure& stated = figure_of(total);
        for (auto& [from, rel] : candidates) {
            if (CheckContext::holds(rel)) {
                ctx_.judge(rel);
                return from;
            }
        }
        if (candidates.empty() || fallback < ledger_.entries.size() || sum_only_) return fallback;
        auto distance = [&](const Relation& rel) {
            return (rel.best_estimate - stated.value.value()).abs();
        };
        auto closest = std::min_element(
            candidates.begin(), candidates.end(),
            [&](const auto& a, const auto& b) { return distance(a.second) < distance(b.second); });
        // A total of nothing but other totals with no rule above it is a sibling of them, not
        // their sum ("Total Wholesale Sales" under "Total Sales" and "Total Retail Sales"), and a
        // summary ("summary financial information") may leave lines out: neither states a sum of
        // the rows above, so neither is a finding.
        bool only_totals = std::all_of(ledger_.entries.begin() + static_cast<long>(closest->first),
                                       ledger_.entries.end(),
                                       [&](size_t e) { return ledger_.totals.count(e) > 0; });
        if ((only_totals && !ruled_) || selected_items()) return closest->first;
        untie(closest->second, closest->first, total);
        ctx_.judge(closest->second);
        return closest->first;
    }

    // A failing total over items whose figures no column took (a row out of line, a figure
    // unreadable in the encoding) is not known to be wrong: a warning that it could not be
    // tied, with a note at each such figure.
    void untie(Relation& rel, size_t from, size_t total) const {
        for (const auto& [at, f] : ledger_.unplaced) {
            if (at < from) continue;
            for (const Cell& cell : t_.table->rows[t_.rows[f].row].unplaced) {
                rel.notes.push_back(
                    {fmt::format("figure {} on line {} could not be placed in a column",
                                 text::trim(cell.text), ctx_.line_of(cell.span)),
                     cell.span});
            }
        }
        if (rel.notes.empty()) return;
        const std::string& label = raw_label(total);
        rel.what = (label.empty() ? std::string("subtotal") : "'" + label + "'") +
                   " could not be tied" + column_suffix(t_, c_) +
                   ", an item above it has no column";
        rel.severity = Severity::warning;
    }

    // "Total Retail Sales-" above Residential, Commercial, Industrial: the rows up to the next
    // break are its items. The layout is less certain, so a mismatch is a warning.
    void close_header_total() {
        if (!header_total_) return;
        auto [total, from] = *header_total_;
        header_total_.reset();
        size_t n = ledger_.entries.size();
        const Figure& stated = figure_of(total);
        if (n < from + 2 || !checkable(t_.rows[total], stated)) return;
        auto rel = relation_from(from, n, total);
        if (!rel) return;
        rel->severity = Severity::warning;
        if (!CheckContext::holds(*rel)) untie(*rel, from, total);
        ctx_.judge(*rel);
        ledger_.close(from, total);
    }

    const RuleSpec& rule_;
    CheckContext& ctx_;
    const TableFacts& t_;
    size_t c_;
    const ConceptRoles& roles_;
    Ledger ledger_;
    bool rule_above_ = false;
    bool after_total_ = false;  // the last row was a total
    bool underline_ = false;    // the rule above came right under a total
    bool ruled_ = false;        // the row being closed has a rule above it
    bool sum_only_ = false;     // the row being closed is a total only as a rule's sum
    bool poisoned_ =
        false;  // an unreadable figure above: totals up to the next break are not checked
    std::optional<std::pair<size_t, size_t>>
        header_total_;  // a total above its items, and where they begin
};

std::any parse_params(const RuleFields&) { return {}; }

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    auto roles = concept_roles(ctx.rules());
    for (const auto& t : ctx.facts().tables) {
        for (size_t c = 0; c < t.table->columns.size(); ++c)
            ColumnFooter(rule, ctx, t, c, roles).run();
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

    Harborview Instruments Reports Second Quarter Results

                              HARBORVIEW INSTRUMENTS INC.
                         CONDENSED CONSOLIDATED BALANCE SHEETS
                                     (in thousands)

                                         June 30,    December 31,
                                           2005           2004
                                       -----------    -----------
    Cash and cash equivalents          $     7,415    $     6,208
    Accounts receivable, net                 4,210          3,877
    Inventories                             12,684         10,942
    Prepaid expenses                           538            415
                                       -----------    -----------
    Total current assets               $    24,947    $    21,442

The items of June 30 sum to 24,847, not 24,947.

Passes:

    Harborview Instruments Reports Second Quarter Results

                              HARBORVIEW INSTRUMENTS INC.
                         CONDENSED CONSOLIDATED BALANCE SHEETS
                                     (in thousands)

                                         June 30,    December 31,
                                           2005           2004
                                       -----------    -----------
    Cash and cash equivalents          $     7,415    $     6,208
    Accounts receivable, net                 4,210          3,877
    Inventories                             12,684         10,942
    Prepaid expenses                           538            415
                                       -----------    -----------
    Total current assets               $    24,847    $    21,442)",
    parse_params,
    evaluate,
    {},
    nullptr,
    RuleScope::table,
};

}  // namespace crossfoot
