// Kind `roll-forward`: an opening balance plus the movements printed below it is the closing
// balance, each column down; and the balance one period closes with is the one the next period
// opens with, across the columns of a table and between successive roll-forwards.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>

#include "checks/balance_rows.h"
#include "checks/footing_labels.h"
#include "checks/kinds.h"
#include "crossfoot/check_context.h"

namespace crossfoot {

namespace {

using namespace footing_labels;

enum class Check { movements, continuity, across };

struct RollForwardParams {
    Check check = Check::movements;
};

constexpr std::array<std::string_view, 1> kKeys = {"check"};

// No roll-forward a reader ticks has more movements than this; a longer run of rows between two
// balances is not read as one (and would cost time quadratic in its length).
constexpr size_t kMaxMovements = 120;
// The most movements whose signs are tried when the table does not print them.
constexpr size_t kMaxUnsigned = 12;

std::any parse_params(const RuleFields& fields) {
    auto check = fields.string("check").value_or("movements");
    if (check != "movements" && check != "continuity" && check != "across")
        fields.fail("check", "must be \"movements\", \"continuity\" or \"across\"");
    if (check == "across") return RollForwardParams{Check::across};
    return RollForwardParams{check == "continuity" ? Check::continuity : Check::movements};
}

// A balance or a movement is an amount or a count; a price or a percentage does not roll.
const Figure* rolling_figure(const RowFacts& row, size_t column) {
    const auto& f = row.figures[column];
    return f && !f->per_share && f->unit != Unit::percent ? &*f : nullptr;
}

// A movement row as one column prints it, with what its label allows it to be.
struct Movement {
    const RowFacts* row = nullptr;
    const Figure* figure = nullptr;
    bool total = false;       // "Total charge-offs": may close the rows above it
    bool net = false;         // "Net charge-offs": may close the rows above it
    bool subtracted = false;  // "Less dividends 120": printed positive, subtracted
    bool deduction = false;   // "Charge-offs 1,200": printed positive, may be subtracted
};

// One way of reading the movements: the rows that count, and which of them are subtracted.
struct Reading {
    std::vector<const Movement*> rows;
    std::vector<bool> minus;
    bool unconfirmed = false;  // a total or net row that closes no rows above it is counted
};

bool subtracts(const Movement& m, const std::vector<const Movement*>& flips) {
    bool flipped = std::find(flips.begin(), flips.end(), &m) != flips.end();
    return (m.subtracted || flipped) && !m.figure->value.is_negative();
}

Interval signed_interval(const Movement& m, bool minus) {
    return minus ? -m.figure->interval() : m.figure->interval();
}

// The movements as a ledger reads them: a total or net row that equals the rows just above it
// (the shortest run back, earlier subtotals standing for their rows) closes them and stands
// in for them; one that closes nothing is a movement of its own ("Net income").
Reading ledger_reading(const std::vector<Movement>& moves,
                       const std::vector<const Movement*>& flips) {
    Reading r;
    for (const auto& m : moves) {
        bool minus = subtracts(m, flips);
        if (m.total || m.net) {
            Interval own = signed_interval(m, minus);
            Interval sum{Rational(0), Rational(0)};
            size_t k = r.rows.size();
            for (; k > 0; --k) {
                sum = sum + signed_interval(*r.rows[k - 1], r.minus[k - 1]);
                if (sum.overlaps(own)) break;
            }
            if (k > 0) {
                r.rows.resize(k - 1);
                r.minus.resize(k - 1);
            } else {
                r.unconfirmed = r.unconfirmed || m.total;
            }
        }
        r.rows.push_back(&m);
        r.minus.push_back(minus);
    }
    return r;
}

// Every reading the labels allow: the ledger's and every row counted, each with deductions
// printed without a sign taken as printed, each alone subtracted, or all subtracted. A table
// that prints no movement negative prints no signs at all: any one or two of its movements may
// be the deductions.
std::vector<Reading> readings_of(const std::vector<Movement>& moves, bool signs_printed) {
    std::vector<const Movement*> unsigned_moves;
    for (const auto& m : moves) {
        if ((m.deduction || !signs_printed) && !m.subtracted && !m.figure->value.is_negative())
            unsigned_moves.push_back(&m);
    }
    // Readings grow with the square of the candidates: a block with more is read as printed.
    if (unsigned_moves.size() > kMaxUnsigned) unsigned_moves.clear();
    std::vector<std::vector<const Movement*>> flips = {{}};
    for (size_t i = 0; i < unsigned_moves.size(); ++i) {
        flips.push_back({unsigned_moves[i]});
        for (size_t j = i + 1; j < unsigned_moves.size() && !signs_printed; ++j)
            flips.push_back({unsigned_moves[i], unsigned_moves[j]});
    }
    if (signs_printed && unsigned_moves.size() > 1) flips.push_back(unsigned_moves);
    std::vector<Reading> readings;
    for (const auto& flip : flips) {
        readings.push_back(ledger_reading(moves, flip));
        Reading every;
        for (const auto& m : moves) {
            every.rows.push_back(&m);
            every.minus.push_back(subtracts(m, flip));
        }
        readings.push_back(std::move(every));
    }
    return readings;
}

class ColumnRoller {
public:
    ColumnRoller(const RuleSpec& rule, CheckContext& ctx, const TableFacts& t, size_t column,
                 bool signs_printed)
        : rule_(rule), ctx_(ctx), t_(t), c_(column), signs_printed_(signs_printed) {}

    void roll(const RollBlock& block) {
        const Figure* opening = rolling_figure(t_.rows[block.opening], c_);
        const Figure* closing = rolling_figure(t_.rows[block.closing], c_);
        // A closing balance under a rule is footed by the footing rule, over the same rows.
        if (!opening || !closing || ctx_.judged(closing->span)) return;
        std::vector<Movement> moves;
        for (size_t i : block.movements) {
            const RowFacts& row = t_.rows[i];
            if (!row.figures[c_]) continue;
            const Figure* f = rolling_figure(row, c_);
            if (!f) return;  // a price or a percentage among the rows: not a roll-forward
            moves.push_back({&row, f, names_total(row.label, words()),
                             is_net_row(row.label, words()), is_less_row(row.label, words()),
                             names_deduction(row.label, words())});
        }
        if (moves.empty() || moves.size() > kMaxMovements) return;
        // When no reading holds, the one that comes closest is reported: its slip is the
        // smallest that explains the table.
        std::optional<Relation> closest;
        bool unconfirmed = false;
        Rational gap;
        for (const Reading& r : readings_of(moves, signs_printed_)) {
            Relation rel = relation_of(block, r, *opening, *closing);
            if (CheckContext::holds(rel)) {
                ctx_.judge(rel);
                return;
            }
            Rational miss = (rel.best_estimate - closing->value.value()).abs();
            if (!closest || miss < gap) {
                closest = std::move(rel);
                gap = miss;
                unconfirmed = r.unconfirmed;
            }
        }
        explain_failure(*closest, block, unconfirmed);
        ctx_.judge(*closest);
    }

private:
    const Vocabulary& words() const { return ctx_.rules().vocabulary; }
    const Row& row_of(size_t fact) const { return t_.table->rows[t_.rows[fact].row]; }

    Relation relation_of(const RollBlock& block, const Reading& r, const Figure& opening,
                         const Figure& closing) const {
        Relation rel;
        rel.rule = &rule_;
        rel.stated = {&closing, "closing balance"};
        rel.operands.push_back({&opening, "opening balance '" + row_of(block.opening).label + "'"});
        std::vector<bool> minus = {false};
        Interval sum = opening.interval();
        Rational best = opening.value.value();
        for (size_t k = 0; k < r.rows.size(); ++k) {
            const Figure& f = *r.rows[k]->figure;
            sum = r.minus[k] ? sum - f.interval() : sum + f.interval();
            best = r.minus[k] ? best - f.value.value() : best + f.value.value();
            rel.operands.push_back(
                {&f, "movement '" + t_.table->rows[r.rows[k]->row->row].label + "'"});
            minus.push_back(r.minus[k]);
        }
        rel.computed = sum;
        rel.best_estimate = best;
        rel.summary = signed_sum_text(rel.operands, minus);
        rel.what =
            fmt::format("'{}' does not roll forward from '{}'{}", row_of(block.closing).label,
                        row_of(block.opening).label, column_suffix(t_, c_));
        return rel;
    }

    // A row whose figures no column took leaves the roll-forward untied: a warning naming it.
    // A total row that closes no rows above it may be a subtotal over a slip the footing rule
    // reports, and a table that prints no signs leaves the reader to know which movements are
    // deductions: a warning.
    void explain_failure(Relation& rel, const RollBlock& block, bool unconfirmed) const {
        for (size_t i : block.movements) {
            for (const Cell& cell : row_of(i).unplaced) {
                rel.notes.push_back({fmt::format("figure {} on line {} could not be placed in a "
                                                 "column: the roll-forward could not be tied",
                                                 cell.text, ctx_.line_of(cell.span)),
                                     cell.span});
            }
        }
        if (!rel.notes.empty() || unconfirmed || !signs_printed_) rel.severity = Severity::warning;
        if (unconfirmed) {
            rel.notes.push_back({"a total among the movements closes none of the rows above it",
                                 rel.operands.front().figure->span});
        }
    }

    const RuleSpec& rule_;
    CheckContext& ctx_;
    const TableFacts& t_;
    size_t c_;
    bool signs_printed_;
};

bool additive_columns(const TableFacts& t, size_t c, const Vocabulary& words) {
    return additive_column(t.table->columns[c].header, words);
}

void roll_movements(const RuleSpec& rule, CheckContext& ctx, const TableFacts& t,
                    const std::vector<RollBlock>& blocks) {
    // A cash-flow statement's cash roll-forward is the identity cash-flow-ending-cash.
    if (t.statement == Statement::cash_flow || t.table->columns.size() > kMaxPeriodColumns) return;
    bool signs_printed = false;
    for (const RollBlock& block : blocks) {
        for (size_t i : block.movements) {
            for (const auto& f : t.rows[i].figures) signs_printed |= f && f->value.is_negative();
        }
    }
    for (size_t c = 0; c < t.table->columns.size(); ++c) {
        if (!additive_columns(t, c, ctx.rules().vocabulary)) continue;
        ColumnRoller roller(rule, ctx, t, c, signs_printed);
        for (const RollBlock& block : blocks) roller.roll(block);
    }
}

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    const auto& p = std::any_cast<const RollForwardParams&>(rule.params);
    const Vocabulary& words = ctx.rules().vocabulary;
    for (const TableFacts& t : ctx.facts().tables) {
        if (t.statement == Statement::balance_sheet) continue;
        auto blocks = roll_blocks(t, words);
        if (blocks.empty()) continue;
        if (p.check == Check::movements) {
            roll_movements(rule, ctx, t, blocks);
        } else if (p.check == Check::continuity) {
            tie_balances(rule, ctx, t, blocks);
        } else {
            foot_total_column(rule, ctx, t, blocks);
        }
    }
}

}  // namespace

const RuleKind kRollForwardKind = {
    "roll-forward",
    "An opening balance plus its movements is the closing balance",
    R"(Follows a balance through the rows that move it: from a row that opens it ("Balance at
beginning of period", `opening_balance_words`; or a dated balance, "Balance, December 31, 2004",
`balance_words`) through the movements printed below it to the row that closes it ("Balance at
end of period", `closing_balance_words`, or the next dated balance), and checks each column
down: opening + movements = closing, within the printed precisions. This covers allowances for
loan losses, deferred revenue, options outstanding and each column of a statement of
stockholders' equity (a cash-flow statement's cash is the identity `cash-flow-ending-cash`).
A total or net row that equals the rows just above it ("Total charge-offs", "Net
charge-offs") stands for them; one that closes nothing is a movement ("Net income").
Deductions printed without a sign ("Charge-offs 1,200") may be subtracted, and in a table that
prints no movement negative, any one or two movements: the roll-forward holds when one reading
does. When none does it is an error, or a warning when the table prints no signs, a total row
among the movements closes nothing, or a movement's figure could not be placed in a column.
A closing balance printed under a rule is a total the footing rule already sums over the same
rows: the roll-forward leaves it to footing, so one slip makes one finding.
With `check = "continuity"`, a rule ties balances instead: the opening balance of a column's
period is the closing balance of the column whose period ends that day, two columns' balances
at one date agree, and a closing row is the opening row printed right below it. With
`check = "across"`, each row of the roll-forwards (a statement of stockholders' equity) adds
across to its total column, when the first balance row shows which columns the total adds.

Fails:

    Marlow Bancorp Reports Second Quarter Results

                                MARLOW BANCORP
                           ALLOWANCE FOR LOAN LOSSES
                                 (in thousands)
    <TABLE>
    <CAPTION>
                                        Three Months Ended June 30,
                                           2005           2004
    <S>                                <C>            <C>
    Balance at beginning of period     $     4,210    $     3,905
    Provision for loan losses                  350            300
    Loans charged off                         (185)          (240)
    Recoveries                                  42             31
    Balance at end of period           $     4,471    $     3,996
    </TABLE>

4,210 + 350 - 185 + 42 is 4,417, not the 4,471 printed as the balance at end of period:
the roll-forward rule reports it.

Passes:

    Marlow Bancorp Reports Second Quarter Results

                                MARLOW BANCORP
                           ALLOWANCE FOR LOAN LOSSES
                                 (in thousands)
    <TABLE>
    <CAPTION>
                                        Three Months Ended June 30,
                                           2005           2004
    <S>                                <C>            <C>
    Balance at beginning of period     $     4,210    $     3,905
    Provision for loan losses                  350            300
    Loans charged off                         (185)          (240)
    Recoveries                                  42             31
    Balance at end of period           $     4,417    $     3,996
    </TABLE>)",
    parse_params,
    evaluate,
    kKeys,
    nullptr,
    RuleScope::table,
};

}  // namespace crossfoot
