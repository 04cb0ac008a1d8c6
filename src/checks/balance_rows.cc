#include "checks/balance_rows.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "checks/footing_labels.h"
#include "checks/kinds.h"
#include "common/text.h"
#include "crossfoot/concepts.h"

namespace crossfoot {

namespace {

// The first entry of `phrases` found in `label` as whole words, or null.
const std::string* phrase_in(const std::string& label, const std::vector<std::string>& phrases) {
    auto it = std::find_if(phrases.begin(), phrases.end(),
                           [&](const std::string& p) { return text::has_phrase(label, p); });
    return it == phrases.end() ? nullptr : &*it;
}

bool begins_with_word(const std::string& label, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
        return label.size() > w.size() && text::starts_with(label, w) && label[w.size()] == ' ';
    });
}

// The label with `phrase` taken out once: "cash at end of year" less "end of" -> "cash at year".
std::string without(const std::string& label, const std::string* phrase) {
    if (!phrase) return label;
    size_t at = label.find(*phrase);
    std::string out = label.substr(0, at);
    std::string rest = label.substr(at + phrase->size());
    if (!out.empty() && !rest.empty()) out.pop_back();
    return out + rest;
}

}  // namespace

BalanceRole balance_role(const std::string& label, const Vocabulary& words) {
    bool opens = phrase_in(label, words.opening_balance_words) != nullptr;
    bool closes = phrase_in(label, words.closing_balance_words) != nullptr;
    // A label with both ("change from beginning to end of year") states no single balance.
    if (opens && closes) return BalanceRole::none;
    if (opens) return BalanceRole::opening;
    if (closes) return BalanceRole::closing;
    return begins_with_word(label, words.balance_words) ? BalanceRole::dated : BalanceRole::none;
}

std::vector<RollBlock> roll_blocks(const TableFacts& table, const Vocabulary& words) {
    std::vector<RollBlock> blocks;
    std::optional<RollBlock> open;
    for (size_t i = 0; i < table.rows.size(); ++i) {
        BalanceRole role = balance_role(table.rows[i].label, words);
        if (role == BalanceRole::none) {
            if (open) open->movements.push_back(i);
            continue;
        }
        if (open && role != BalanceRole::opening) {
            open->closing = i;
            blocks.push_back(std::move(*open));
        }
        open.reset();
        if (role != BalanceRole::closing) open = RollBlock{i, {}, 0};
    }
    return blocks;
}

bool same_balance(const std::string& closing, const std::string& opening, const Vocabulary& words) {
    return without(closing, phrase_in(closing, words.closing_balance_words)) ==
           without(opening, phrase_in(opening, words.opening_balance_words));
}

}  // namespace crossfoot

namespace crossfoot {

namespace {

// A balance a row prints in a column, at the day it stands at.
struct BalancePoint {
    long day = 0;
    size_t row = 0;  // into TableFacts::rows
    size_t column = 0;
    const Figure* figure = nullptr;
};

// Two days a week apart or less are one date: 52-53 week years end on a weekday.
constexpr long kSameDay = 7;

const Figure* balance_figure(const TableFacts& t, size_t row, size_t column) {
    const auto& f = t.rows[row].figures[column];
    return f && !f->per_share && f->unit != Unit::percent ? &*f : nullptr;
}

void tie(const RuleSpec& rule, CheckContext& ctx, const TableFacts& t, const BalancePoint& from,
         const BalancePoint& to, const std::string& why) {
    const auto& rows = t.table->rows;
    Relation rel;
    rel.rule = &rule;
    rel.stated = {to.figure, "balance"};
    rel.operands.push_back({from.figure, "balance '" + rows[t.rows[from.row].row].label + "'"});
    rel.computed = from.figure->interval();
    rel.best_estimate = from.figure->value.value();
    rel.summary = fmt::format("{} at line {}", from.figure->text, ctx.line_of(from.figure->span));
    rel.what = fmt::format("'{}'{} is not {}", rows[t.rows[to.row].row].label,
                           column_suffix(t, to.column), why);
    ctx.judge(rel);
}

// Across columns: every balance of a block at a known date, tied to the first one printed at
// that date.
void tie_dates(const RuleSpec& rule, CheckContext& ctx, const TableFacts& t, const RollBlock& b) {
    std::vector<BalancePoint> points;
    for (size_t c = 0; c < t.column_periods.size(); ++c) {
        const Period& p = t.column_periods[c];
        if (!p.complete() || *p.months <= 0) continue;
        if (const Figure* f = balance_figure(t, b.opening, c))
            points.push_back({day_number(months_before(*p.end, *p.months)), b.opening, c, f});
        if (const Figure* f = balance_figure(t, b.closing, c))
            points.push_back({day_number(*p.end), b.closing, c, f});
    }
    std::vector<bool> tied(points.size(), false);
    for (size_t i = 0; i < points.size(); ++i) {
        if (tied[i]) continue;
        for (size_t j = i + 1; j < points.size(); ++j) {
            if (tied[j] || points[j].column == points[i].column) continue;
            if (std::labs(points[j].day - points[i].day) > kSameDay) continue;
            tied[j] = true;
            if (points[i].row == points[j].row) {
                tie(rule, ctx, t, points[i], points[j],
                    "the balance the column with its date prints");
                continue;
            }
            // A period's opening balance is checked against the closing one of the period
            // before it.
            bool i_opens = points[i].row == b.opening;
            const BalancePoint& opening = i_opens ? points[i] : points[j];
            const BalancePoint& closing = i_opens ? points[j] : points[i];
            tie(rule, ctx, t, closing, opening,
                "the balance the period before it closed with" + column_suffix(t, closing.column));
        }
    }
}

}  // namespace

bool parallel_columns(const TableFacts& t) {
    const auto& periods = t.column_periods;
    if (periods.size() > kMaxPeriodColumns) return true;
    for (size_t a = 0; a < periods.size(); ++a) {
        for (size_t b = a + 1; b < periods.size(); ++b) {
            const Period& p = periods[a];
            const Period& q = periods[b];
            if (!p.months || p.months != q.months || *p.months == 0) continue;
            bool same_end =
                p.end && q.end && std::labs(day_number(*p.end) - day_number(*q.end)) <= kSameDay;
            bool same_label = !p.end && !q.end && p.label && p.label == q.label;
            if (same_end || same_label) return true;
        }
    }
    return false;
}

void tie_balances(const RuleSpec& rule, CheckContext& ctx, const TableFacts& t,
                  const std::vector<RollBlock>& blocks) {
    const Vocabulary& words = ctx.rules().vocabulary;
    bool parallel = parallel_columns(t);
    for (size_t k = 0; k < blocks.size(); ++k) {
        if (!parallel) tie_dates(rule, ctx, t, blocks[k]);
        if (k + 1 == blocks.size()) continue;
        // "Balance at end of 2004" with "Balance at beginning of 2005" right below it, in a table
        // whose columns are not periods: the next roll-forward starts where this one ended.
        const RollBlock& next = blocks[k + 1];
        const std::string& closing = t.rows[blocks[k].closing].label;
        const std::string& opening = t.rows[next.opening].label;
        if (next.opening == blocks[k].closing || next.opening != blocks[k].closing + 1 ||
            balance_role(closing, words) != BalanceRole::closing ||
            !same_balance(closing, opening, words))
            continue;
        for (size_t c = 0; c < t.table->columns.size(); ++c) {
            if (c < t.column_periods.size() && t.column_periods[c].complete()) continue;
            const Figure* from = balance_figure(t, blocks[k].closing, c);
            const Figure* to = balance_figure(t, next.opening, c);
            if (from && to)
                tie(rule, ctx, t, {0, blocks[k].closing, c, from}, {0, next.opening, c, to},
                    "the balance the roll-forward above closed with");
        }
    }
}

}  // namespace crossfoot

namespace crossfoot {

namespace {

// The total column and the component columns of an equity statement: the last column whose
// header names a total, and every additive column before it with a figure in the block rows.
struct TotalColumns {
    size_t total = 0;
    std::vector<size_t> components;
};

std::optional<TotalColumns> total_columns(const TableFacts& t, const std::vector<size_t>& rows,
                                          const Vocabulary& words) {
    const auto& columns = t.table->columns;
    std::optional<size_t> total;
    for (size_t c = 0; c < columns.size(); ++c) {
        if (footing_labels::names_total(normalize_label(columns[c].header), words)) total = c;
    }
    if (!total) return std::nullopt;
    TotalColumns out{*total, {}};
    for (size_t c = 0; c < *total; ++c) {
        if (!footing_labels::additive_column(columns[c].header, words)) return std::nullopt;
        bool printed = std::any_of(rows.begin(), rows.end(),
                                   [&](size_t r) { return t.rows[r].figures[c].has_value(); });
        if (printed) out.components.push_back(c);
    }
    if (out.components.size() < 2) return std::nullopt;
    return out;
}

std::optional<Relation> across(const RuleSpec& rule, const TableFacts& t, size_t r,
                               const TotalColumns& cols) {
    const RowFacts& row = t.rows[r];
    const Figure* total = balance_figure(t, r, cols.total);
    if (!total) return std::nullopt;
    Relation rel;
    rel.rule = &rule;
    rel.stated = {total, "total"};
    Interval sum{Rational(0), Rational(0)};
    Rational best(0);
    for (size_t c : cols.components) {
        if (!row.figures[c]) continue;
        const Figure* f = balance_figure(t, r, c);
        if (!f) return std::nullopt;
        rel.operands.push_back({f, "component '" + t.table->columns[c].header + "'"});
        sum = sum + f->interval();
        best = best + f->value.value();
    }
    if (rel.operands.empty()) return std::nullopt;
    rel.computed = sum;
    rel.best_estimate = best;
    rel.summary = signed_sum_text(rel.operands, {});
    rel.what = fmt::format("'{}' does not cross-foot to its total{}", t.table->rows[row.row].label,
                           column_suffix(t, cols.total));
    return rel;
}

}  // namespace

void foot_total_column(const RuleSpec& rule, CheckContext& ctx, const TableFacts& t,
                       const std::vector<RollBlock>& blocks) {
    if (t.table->columns.size() > kMaxPeriodColumns) return;
    std::vector<size_t> rows;
    for (size_t r = blocks.front().opening; r <= blocks.back().closing; ++r) rows.push_back(r);
    auto cols = total_columns(t, rows, ctx.rules().vocabulary);
    if (!cols) return;
    // The first balance calibrates: a shares column or a memo column makes it fail.
    auto first = across(rule, t, blocks.front().opening, *cols);
    if (!first || !CheckContext::holds(*first)) return;
    for (size_t r : rows) {
        if (auto rel = across(rule, t, r, *cols)) ctx.judge(*rel);
    }
}

}  // namespace crossfoot
