#include "checks/plug_rounding.h"

#include <optional>
#include <vector>

#include "checks/table_columns.h"

namespace crossfoot {

namespace {

using table_columns::figure_at;

// Groups longer than this are not a release's subtotal; their shares are not read as plugged.
constexpr size_t kMaxItems = 24;

struct Group {
    std::vector<size_t> items;  // fact rows, in order
    size_t total = 0;
};

std::optional<size_t> fact_of(const TableFacts& t, size_t raw) {
    for (size_t f = 0; f < t.rows.size(); ++f) {
        if (t.rows[f].row == raw) return f;
    }
    return std::nullopt;
}

// The data rows around `row` up to any other kind of row (with `underlined`, and the row a
// rule above them underlines), and the total under the rule below them.
std::optional<Group> group_of(const TableFacts& t, size_t row, bool underlined) {
    const auto& raw = t.table->rows;
    size_t at = t.rows[row].row;
    // Blank lines inside a group are spacing (HTML spacer rows); a rule or a section ends it.
    auto inside = [&](size_t r) {
        return raw[r].kind == RowKind::data || raw[r].kind == RowKind::blank;
    };
    size_t first = at;
    while (first > 0 && inside(first - 1)) --first;
    size_t last = at;
    while (last + 1 < raw.size() && inside(last + 1)) ++last;
    // A rule right above may underline the row above it (a result that begins the group).
    size_t above = first;
    while (above > 0 && raw[above - 1].kind == RowKind::blank) --above;
    if (underlined && above > 1 && raw[above - 1].kind == RowKind::single_rule) {
        size_t r = above - 1;
        while (r > 0 && raw[r - 1].kind == RowKind::blank) --r;
        if (r == 0 || raw[r - 1].kind != RowKind::data) return std::nullopt;
        first = r - 1;
    } else if (underlined) {
        return std::nullopt;
    }
    while (raw[first].kind == RowKind::blank) ++first;
    while (raw[last].kind == RowKind::blank) --last;
    size_t rule = last + 1;
    while (rule < raw.size() && raw[rule].kind == RowKind::blank) ++rule;
    size_t closing = rule + 1;
    while (closing < raw.size() && raw[closing].kind == RowKind::blank) ++closing;
    if (closing >= raw.size() || rule >= raw.size() || raw[rule].kind != RowKind::single_rule ||
        raw[closing].kind != RowKind::data || last + 1 - first > kMaxItems)
        return std::nullopt;
    Group g;
    for (size_t r = first; r <= last; ++r) {
        if (raw[r].kind != RowKind::data) continue;  // the underline of the first row
        auto f = fact_of(t, r);
        if (!f) return std::nullopt;
        g.items.push_back(*f);
    }
    auto total = fact_of(t, closing);
    if (!total) return std::nullopt;
    g.total = *total;
    return g;
}

// The items add up to the total in both columns with the signs of one pattern: all added, or
// the first less the rest (a result less its expense).
bool foots(const TableFacts& t, const Group& g, size_t shares, size_t amounts, bool less) {
    const Figure* total_share = figure_at(t.rows[g.total], shares);
    const Figure* total_amount = figure_at(t.rows[g.total], amounts);
    if (!total_share || !total_amount) return false;
    Rational share_sum(0);
    Interval amount_sum{Rational(0), Rational(0)};
    for (size_t i = 0; i < g.items.size(); ++i) {
        const Figure* share = figure_at(t.rows[g.items[i]], shares);
        const Figure* amount = figure_at(t.rows[g.items[i]], amounts);
        if (!share || !amount) return false;
        bool minus = less && i > 0;
        share_sum = minus ? share_sum - share->value.value() : share_sum + share->value.value();
        amount_sum = minus ? amount_sum - amount->interval() : amount_sum + amount->interval();
    }
    return share_sum == total_share->value.value() && amount_sum.overlaps(total_amount->interval());
}

}  // namespace

std::optional<size_t> plug_total(const TableFacts& table, size_t shares, size_t amounts, size_t row,
                                 const Relation& rel) {
    const Figure& stated = *rel.stated.figure;
    Rational unit = Rational::pow10(stated.value.exponent());
    if (!stated.interval().widened(unit).overlaps(rel.computed)) return std::nullopt;
    for (bool underlined : {false, true}) {
        auto group = group_of(table, row, underlined);
        if (!group || group->items.size() < 2) continue;
        for (bool less : {false, true}) {
            if (foots(table, *group, shares, amounts, less)) return group->total;
        }
    }
    return std::nullopt;
}

}  // namespace crossfoot
