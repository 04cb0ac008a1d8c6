#include "checks/change_pairs.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "checks/table_columns.h"

namespace crossfoot {

namespace {

using namespace table_columns;

// More operand columns than this are not searched for a pair: no release prints such a table
// with a change column, and the search is quadratic.
constexpr size_t kMaxSearched = 16;

struct Fit {
    size_t held = 0;
    size_t failed = 0;
    [[nodiscard]] size_t rows() const { return held + failed; }
};

// Stops counting once more than `max_failed` rows failed, or (when `searching`) the first two
// rows it relates both failed: the pair is out of the running, and most pairs are.
Fit fit_of(const ColumnPair& pair, const std::vector<size_t>& rows, const RowVerdict& verdict,
           size_t max_failed = SIZE_MAX, bool searching = false) {
    Fit fit;
    for (size_t r : rows) {
        if (auto ok = verdict(r, pair)) ++(*ok ? fit.held : fit.failed);
        if (fit.failed > max_failed || (searching && fit.held == 0 && fit.failed == 2)) break;
    }
    return fit;
}

ColumnPair oriented(const TableFacts& table, size_t first, size_t second) {
    auto later = ends_later(table, first, second);
    if (later && !*later) return {second, first};
    return {first, second};
}

// The operand columns printed with the change column: those since the previous change column
// that is not printed right beside it (a "$ Change" and a "% Change" side by side compare the
// same two columns).
std::optional<ColumnPair> printed_pair(const TableFacts& table, size_t change,
                                       const std::vector<size_t>& operands,
                                       const std::vector<bool>& is_change) {
    auto is_operand = [&](size_t c) {
        return std::find(operands.begin(), operands.end(), c) != operands.end();
    };
    size_t start = 0;
    bool beside = true;
    for (size_t c = change; c-- > 0;) {
        if (is_operand(c)) beside = false;
        if (is_change[c] && !beside) {
            start = c + 1;
            break;
        }
    }
    std::vector<size_t> before;
    for (size_t c : operands) {
        if (c >= start && c < change) before.push_back(c);
    }
    if (before.size() > 2) {
        std::erase_if(before, [&](size_t c) { return !names_period(table, c); });
        if (before.size() != 2) return std::nullopt;
    }
    if (before.size() == 2) return oriented(table, before[0], before[1]);
    if (before.size() != 1) return std::nullopt;
    auto after =
        std::find_if(operands.begin(), operands.end(), [&](size_t c) { return c > change; });
    if (after == operands.end()) return std::nullopt;
    return oriented(table, before[0], *after);
}

std::string header_of(const TableFacts& table, size_t column) {
    const std::string& header = table.table->columns[column].header;
    return header.empty() ? fmt::format("column {}", column + 1) : "'" + header + "'";
}

}  // namespace

namespace {

// The one pair of `operands` that holds in at least `least` rows and fails in at most one row
// in `per` held; `related` is the most rows any pair could relate.
std::optional<ColumnPair> best_fit(const std::vector<size_t>& operands,
                                   const std::vector<size_t>& rows, const RowVerdict& verdict,
                                   size_t least, size_t per, size_t& related) {
    std::optional<ColumnPair> best;
    Fit best_fit;
    bool tied = false;
    if (operands.size() > kMaxSearched) return std::nullopt;
    for (size_t a : operands) {
        for (size_t b : operands) {
            if (a == b) continue;
            // A pair that holds in at most all the other rows may fail in one per `per`.
            Fit fit = fit_of({a, b}, rows, verdict, rows.size() / (per + 1), true);
            related = std::max(related, fit.rows());
            if (fit.held < least || fit.failed * per > fit.held) continue;
            if (best && fit.held == best_fit.held && fit.failed == best_fit.failed) tied = true;
            if (!best || fit.held > best_fit.held ||
                (fit.held == best_fit.held && fit.failed < best_fit.failed)) {
                best = ColumnPair{a, b};
                best_fit = fit;
                tied = false;
            }
        }
    }
    return tied ? std::nullopt : best;
}

}  // namespace

PairChoice choose_pair(const TableFacts& table, size_t change, const std::vector<size_t>& operands,
                       const std::vector<bool>& is_change, const std::vector<size_t>& rows,
                       const RowVerdict& verdict) {
    auto printed = printed_pair(table, change, operands, is_change);
    Fit printed_fit;
    if (printed) {
        printed_fit = fit_of(*printed, rows, verdict);
        if (printed_fit.failed == 0 ||
            (printed_fit.held >= 3 && printed_fit.failed * 3 <= printed_fit.held))
            return {printed, ""};
    }
    size_t related = printed_fit.rows();
    if (auto best = best_fit(operands, rows, verdict, 3, 4, related)) return {best, ""};
    if (related == 0) return {std::nullopt, ""};
    if (printed)
        return {std::nullopt,
                fmt::format("the columns printed with it ({} and {}) give it in {} of {} rows, "
                            "and no other two columns give it in most rows",
                            header_of(table, printed->current), header_of(table, printed->prior),
                            printed_fit.held, printed_fit.rows())};
    return {std::nullopt,
            "its header names no two columns to compare, and no two columns give it in most rows"};
}

std::optional<ColumnPair> fitted_pair(const std::vector<size_t>& operands,
                                      const std::vector<size_t>& rows, const RowVerdict& verdict) {
    size_t related = 0;
    return best_fit(operands, rows, verdict, 4, 10, related);
}

}  // namespace crossfoot
