// Kind `period-sum`: the amounts of the quarters (or other periods) that make up a longer period
// add up to the amount printed for it — a six-month, nine-month or fiscal-year column against
// the quarter columns of the same row, in one table or in another table of the release.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <set>

#include "checks/balance_rows.h"
#include "checks/footing_labels.h"
#include "checks/kinds.h"
#include "checks/statement_lookup.h"
#include "common/text.h"
#include "crossfoot/check_context.h"

namespace crossfoot {

namespace {

using namespace footing_labels;

struct PeriodSumParams {
    /// Concepts that are amounts of a period: in a table that is not a statement of operations
    /// or of cash flows, only their rows are summed.
    std::vector<std::string> flows;
};

constexpr std::array<std::string_view, 1> kKeys = {"flows"};

std::any parse_params(const RuleFields& fields) {
    PeriodSumParams p;
    p.flows = fields.strings("flows");
    for (const auto& id : p.flows) {
        if (!fields.concepts().find(id)) fields.fail("flows", "names no concept: '" + id + "'");
    }
    return p;
}

// A figure of one row and column whose period is known.
struct Entry {
    const TableFacts* table = nullptr;
    size_t row = 0;  // into TableFacts::rows
    size_t column = 0;
    const Figure* figure = nullptr;
    int months = 0;
    std::optional<CalendarDate> end;
    std::optional<PeriodLabel> label;  // "First Quarter 2005", "Fiscal 2005": no end date
};

// Two days a week apart or less are one date: 52-53 week years end on a weekday.
constexpr long kSameDay = 7;
// How many tables away the quarters of a figure are looked for.
constexpr long kNearTables = 12;

bool same_span(const Entry& a, const Entry& b) {
    if (a.months != b.months) return false;
    if (a.end && b.end) return std::labs(day_number(*a.end) - day_number(*b.end)) <= kSameDay;
    return !a.end && !b.end && a.label == b.label;
}

bool has_any(const std::string& label, const std::vector<std::string>& phrases) {
    return std::any_of(phrases.begin(), phrases.end(),
                       [&](const std::string& p) { return text::has_phrase(label, p); });
}

class PeriodSummer {
public:
    PeriodSummer(const RuleSpec& rule, CheckContext& ctx) : rule_(rule), ctx_(ctx) {
        const auto& p = std::any_cast<const PeriodSumParams&>(rule.params);
        for (const auto& id : p.flows) {
            if (auto index = concepts().find(id)) flows_.insert(*index);
        }
    }

    void run() {
        for (const TableFacts& t : ctx_.facts().tables) gather(t);
        for (const auto& [label, entries] : by_label_) {
            for (const Entry& target : entries) {
                if (target.months > 3 && target.months <= 12) sum_to(target, entries);
            }
        }
    }

private:
    const ConceptDictionary& concepts() const { return ctx_.rules().concepts; }
    const Vocabulary& words() const { return ctx_.rules().vocabulary; }

    // Balances, averages, rates, per-share amounts and share counts do not add over periods:
    // only amounts of a period (sales, expenses, income, cash flows) do.
    bool flow_row(const TableFacts& t, const RowFacts& row) const {
        if (row.label.empty() || has_any(row.label, words().non_flow_words) ||
            balance_role(row.label, words()) != BalanceRole::none)
            return false;
        if (row.concept_index) {
            Nature n = concepts().at(*row.concept_index).nature;
            if (n == Nature::per_share || n == Nature::shares) return false;
        }
        if (t.statement == Statement::income || t.statement == Statement::cash_flow) return true;
        return row.concept_index && flows_.count(*row.concept_index);
    }

    void gather(const TableFacts& t) {
        if (t.statement == Statement::balance_sheet || t.restated || parallel_columns(t)) return;
        std::map<std::string, int> seen;
        for (const RowFacts& row : t.rows) ++seen[row.label];
        for (size_t r = 0; r < t.rows.size(); ++r) {
            const RowFacts& row = t.rows[r];
            if (!flow_row(t, row)) continue;
            for (size_t c = 0; c < t.column_periods.size() && c < row.figures.size(); ++c) {
                const Period& p = t.column_periods[c];
                const auto& f = row.figures[c];
                if (!f || !p.months || *p.months <= 0 || !(p.end || p.label) || f->per_share ||
                    f->share_count || f->unit == Unit::percent ||
                    !additive_column(t.table->columns[c].header, words()))
                    continue;
                // A label printed twice in a table is two things: neither is matched by label.
                if (seen[row.label] > 1) continue;
                by_label_[row.label].push_back({&t, r, c, &*f, *p.months, p.end, p.label});
            }
        }
    }

    // Periods of the same row in the same table first; then the same label in another table
    // of the same statement, unless the label deducts (tables may sign expenses differently).
    bool may_add(const Entry& target, const Entry& part) const {
        if (part.months >= target.months) return false;
        if (part.table == target.table) return part.row == target.row;
        const std::string& label = target.table->rows[target.row].label;
        return part.table->statement == target.table->statement &&
               !names_deduction(label, words()) && !names_loss(label, words());
    }

    // The parts that tile [end - months, end], latest first; shorter periods tried first.
    bool tile(const Entry& target, const std::vector<const Entry*>& parts, CalendarDate end,
              int months, std::vector<const Entry*>& chain) const {
        if (months == 0) return chain.size() >= 2;
        for (const Entry* part : parts) {
            if (part->months > months || !part->end ||
                std::labs(day_number(*part->end) - day_number(end)) > kSameDay)
                continue;
            chain.push_back(part);
            if (tile(target, parts, months_before(end, part->months), months - part->months, chain))
                return true;
            chain.pop_back();
        }
        return false;
    }

    void sum_to(const Entry& target, const std::vector<Entry>& entries) {
        std::vector<const Entry*> parts;
        // Entries are in table order: a release's other statements stand within a few tables
        // of each other, and a file of many releases is not searched whole for each figure.
        const TableFacts* first = ctx_.facts().tables.data();
        auto near = [&](const Entry& e) {
            auto distance = std::abs(static_cast<long>(e.table - first) -
                                     static_cast<long>(target.table - first));
            return distance <= kNearTables;
        };
        auto from = std::lower_bound(entries.begin(), entries.end(), target,
                                     [&](const Entry& e, const Entry& t) {
                                         return e.table - first + kNearTables < t.table - first;
                                     });
        for (auto it = from; it != entries.end() && near(*it); ++it) {
            if (may_add(target, *it)) parts.push_back(&*it);
        }
        std::stable_sort(parts.begin(), parts.end(), [&](const Entry* a, const Entry* b) {
            bool a_here = a->table == target.table, b_here = b->table == target.table;
            return a->months != b->months ? a->months < b->months : a_here > b_here;
        });
        // One figure per period, the nearest first: the search for a tiling stays small.
        std::vector<const Entry*> distinct;
        for (const Entry* part : parts) {
            if (std::none_of(distinct.begin(), distinct.end(),
                             [&](const Entry* d) { return same_span(*d, *part); }))
                distinct.push_back(part);
        }
        parts = std::move(distinct);
        std::vector<const Entry*> chain;
        if (target.end) {
            if (!tile(target, parts, *target.end, target.months, chain)) return;
            std::reverse(chain.begin(), chain.end());
        } else if (!quarters_of(target, parts, chain)) {
            return;
        }
        judge(target, chain);
    }

    // Columns named only by quarter and year ("First Quarter 2005" ... "Fiscal 2005"): the
    // four quarters of the year in the same row, when the table prints each once.
    static bool quarters_of(const Entry& target, const std::vector<const Entry*>& parts,
                            std::vector<const Entry*>& chain) {
        if (!target.label || target.label->quarter != 0 || target.months != 12) return false;
        for (int q = 1; q <= 4; ++q) {
            const Entry* found = nullptr;
            for (const Entry* part : parts) {
                if (part->table != target.table || part->end || !part->label ||
                    part->label->quarter != q || part->label->year != target.label->year)
                    continue;
                if (found) return false;
                found = part;
            }
            if (!found) return false;
            chain.push_back(found);
        }
        return true;
    }

    void judge(const Entry& target, const std::vector<const Entry*>& chain) {
        const TableFacts& t = *target.table;
        Relation rel;
        rel.rule = &rule_;
        rel.stated = {target.figure, "period total"};
        Interval sum{Rational(0), Rational(0)};
        Rational best(0);
        for (const Entry* part : chain) {
            rel.operands.push_back(
                {part->figure, part->table->column_periods[part->column].describe()});
            sum = sum + part->figure->interval();
            best = best + part->figure->value.value();
        }
        rel.computed = sum;
        rel.best_estimate = best;
        rel.summary = signed_sum_text(rel.operands, {});
        rel.what = fmt::format("'{}' for {} is not the sum of its periods{}",
                               t.table->rows[t.rows[target.row].row].label,
                               t.column_periods[target.column].describe(),
                               column_suffix(t, target.column));
        ctx_.judge(rel);
    }

    const RuleSpec& rule_;
    CheckContext& ctx_;
    std::set<size_t> flows_;
    std::map<std::string, std::vector<Entry>> by_label_;
};

void evaluate(const RuleSpec& rule, CheckContext& ctx) { PeriodSummer(rule, ctx).run(); }

}  // namespace

const RuleKind kPeriodSumKind = {
    "period-sum",
    "The quarters of a longer period add up to its amount",
    R"(Adds the amounts of the periods that make up a longer one — the quarters of a six-month,
nine-month or fiscal-year column — and compares the sum with the amount printed for the longer
period, within the printed precisions. Periods are read from the column headers ("Three Months
Ended June 30, 2005", "Six Months Ended June 30, 2005", "Fourth Quarter", "Fiscal Year") and
must tile the longer period exactly. The quarters may stand in the same table (same row) or
in another table of the release (a row with the same label in a statement of the same kind).
Only amounts of a period are summed: balance-sheet rows, balances, per-share amounts, share
counts, percentages and rows whose label has a `non_flow_words` word (averages, margins,
rates) never are; in a table that is not a statement of operations or of cash flows, only the
rows of the rule's `flows` concepts are. A footnote saying quarters "may not sum due to
rounding" widens nothing: the printed precision of every figure is already allowed for.

Fails:

    Pendleford Instruments Reports Fiscal 2005 Results

                         PENDLEFORD INSTRUMENTS, INC.
                    QUARTERLY FINANCIAL DATA (UNAUDITED)
                                (in thousands)
    <TABLE>
    <CAPTION>
                         First      Second     Third      Fourth     Fiscal
                        Quarter    Quarter    Quarter    Quarter      Year
                          2005       2005       2005       2005       2005
    <S>                 <C>        <C>        <C>        <C>        <C>
    Net sales           $ 12,410   $ 13,025   $ 12,880   $ 14,105   $ 53,240
    Gross profit           4,962      5,240      5,101      5,733     21,036
    Net income             1,204      1,388      1,297      1,652      5,541
    </TABLE>

The four quarters of net sales add to 52,420, not the 53,240 the fiscal-year column prints:
the period-sum rule reports it.

Passes:

    Pendleford Instruments Reports Fiscal 2005 Results

                         PENDLEFORD INSTRUMENTS, INC.
                    QUARTERLY FINANCIAL DATA (UNAUDITED)
                                (in thousands)
    <TABLE>
    <CAPTION>
                         First      Second     Third      Fourth     Fiscal
                        Quarter    Quarter    Quarter    Quarter      Year
                          2005       2005       2005       2005       2005
    <S>                 <C>        <C>        <C>        <C>        <C>
    Net sales           $ 12,410   $ 13,025   $ 12,880   $ 14,105   $ 52,420
    Gross profit           4,962      5,240      5,101      5,733     21,036
    Net income             1,204      1,388      1,297      1,652      5,541
    </TABLE>)",
    parse_params,
    evaluate,
    kKeys,
    nullptr,
    RuleScope::document,
};

}  // namespace crossfoot
