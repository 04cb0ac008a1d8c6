// Kind `tie`: a figure printed in two statements for the same period agrees.
#include <algorithm>
#include <array>

#include "checks/kinds.h"
#include "checks/statement_lookup.h"
#include "crossfoot/check_context.h"

namespace crossfoot {

namespace {

struct TieParams {
    std::vector<std::string>
        concepts;            // the first is printed in one statement, any of the rest in another
    bool date_only = false;  // a balance sheet date against a period's end
};

constexpr std::array<std::string_view, 2> kTieKeys = {"concepts", "match"};

std::any parse_params(const RuleFields& fields) {
    TieParams p;
    p.concepts = fields.strings("concepts");
    if (p.concepts.empty()) fields.fail("concepts", "is required for kind tie: [\"net_income\"]");
    for (const auto& id : p.concepts) {
        if (!fields.concepts().find(id)) fields.fail("concepts", "names no concept: '" + id + "'");
    }
    auto match = fields.string("match").value_or("period");
    if (match != "period" && match != "date")
        fields.fail("match", "must be \"period\" or \"date\"");
    p.date_only = match == "date";
    return p;
}

void tie_tables(const RuleSpec& rule, const TieParams& p, CheckContext& ctx, const TableFacts& a,
                const TableFacts& b) {
    const auto& concepts = ctx.rules().concepts;
    const Vocabulary& words = ctx.rules().vocabulary;
    auto anchor = concepts.find(p.concepts.front());
    const RowFacts* from = anchor ? a.unique_row(*anchor) : nullptr;
    if (!from) return;
    for (size_t k = p.concepts.size() == 1 ? 0 : 1; k < p.concepts.size(); ++k) {
        auto target = concepts.find(p.concepts[k]);
        const RowFacts* to = target ? b.unique_row(*target) : nullptr;
        if (!to) continue;
        for (size_t ca = 0; ca < a.periods.size(); ++ca) {
            for (size_t cb = 0; cb < b.periods.size(); ++cb) {
                const auto& fa = from->figures[ca];
                const auto& fb = to->figures[cb];
                if (!fa || !fb || a.periods[ca].empty()) continue;
                if (fa->not_applicable || fb->not_applicable) continue;  // "n/a" ties nothing
                bool same = p.date_only ? period_date(a.table->columns[ca].header, words) ==
                                              period_date(b.table->columns[cb].header, words)
                                        : a.periods[ca] == b.periods[cb];
                if (!same) continue;
                Relation rel;
                rel.rule = &rule;
                // "NET LOSS  4,200,103" in one statement is "(4,200,103)" in another.
                bool sign_by_label = names_loss(a.table->rows[from->row].label, words) ||
                                     names_loss(b.table->rows[to->row].label, words);
                bool flip = sign_by_label && fa->value.is_negative() != fb->value.is_negative();
                rel.computed = flip ? -fa->interval() : fa->interval();
                rel.best_estimate = flip ? -fa->value.value() : fa->value.value();
                rel.stated = {&*fb, b.table->rows[to->row].label};
                rel.operands.push_back({&*fa, a.table->rows[from->row].label});
                rel.summary =
                    "printed " + fa->text + " at line " + std::to_string(ctx.line_of(fa->span));
                rel.what = rule.summary + column_suffix(b, cb);
                ctx.judge(rel);
            }
        }
    }
}

// Statements are tied within a set: the run of consecutive statements in which each kind
// appears once. A file holding an annual and an interim set (or many releases) is tied set by
// set, in linear time.
void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    const auto& p = std::any_cast<const TieParams&>(rule.params);
    std::vector<std::vector<const TableFacts*>> sets(1);
    for (const auto& t : ctx.facts().tables) {
        if (t.statement == Statement::other || t.restated) continue;
        bool repeated =
            std::any_of(sets.back().begin(), sets.back().end(),
                        [&](const TableFacts* s) { return s->statement == t.statement; });
        if (repeated) sets.emplace_back();
        sets.back().push_back(&t);
    }
    for (const auto& set : sets) {
        for (size_t i = 0; i < set.size(); ++i) {
            // With one concept each pair is tied once; with several, from the first to the rest.
            for (size_t j = p.concepts.size() == 1 ? i + 1 : 0; j < set.size(); ++j) {
                if (i != j) tie_tables(rule, p, ctx, *set[i], *set[j]);
            }
        }
    }
}

}  // namespace

const RuleKind kTieKind = {
    "tie",
    "The same figure printed in two statements agrees",
    R"(Ties a concept printed in one statement to the same period in another: net income in
the statement of operations and in the statement of cash flows; ending cash in the cash
flow statement and cash on the balance sheet (`match = "date"`). Pro forma, adjusted and
non-GAAP tables are left out: they differ on purpose.

Fails:

    Tillingham Tools Reports First Half Results

                                 TILLINGHAM TOOLS CORP.
                    CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                     (in thousands)
    <TABLE>
    <CAPTION>
                                        Six Months Ended June 30,
                                           2005           2004
    <S>                                <C>            <C>
    Net sales                          $    52,310    $    47,885
    Cost of sales                           34,172         31,604
                                       -----------    -----------
    Gross profit                            18,138         16,281
    Operating expenses                      12,647         11,930
                                       -----------    -----------
    Income before income taxes               5,491          4,351
    Provision for income taxes               2,053          1,628
                                       -----------    -----------
    Net income                         $     3,438    $     2,723
    </TABLE>

                                 TILLINGHAM TOOLS CORP.
                    CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                                     (in thousands)
    <TABLE>
    <CAPTION>
                                        Six Months Ended June 30,
                                           2005           2004
    <S>                                <C>            <C>
    Net income                         $     3,483    $     2,723
    Depreciation and amortization            1,906          1,745
    Changes in working capital                (512)           388
                                       -----------    -----------
    Net cash provided by operating
      activities                             4,877          4,856
    </TABLE>

Each statement adds up, but the statement of cash flows starts from net income of 3,483
where the statement of operations prints 3,438: the net-income-tie rule reports it.

Passes:

    Tillingham Tools Reports First Half Results

                                 TILLINGHAM TOOLS CORP.
                    CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                     (in thousands)
    <TABLE>
    <CAPTION>
                                        Six Months Ended June 30,
                                           2005           2004
    <S>                                <C>            <C>
    Net sales                          $    52,310    $    47,885
    Cost of sales                           34,172         31,604
                                       -----------    -----------
    Gross profit                            18,138         16,281
    Operating expenses                      12,647         11,930
                                       -----------    -----------
    Income before income taxes               5,491          4,351
    Provision for income taxes               2,053          1,628
                                       -----------    -----------
    Net income                         $     3,438    $     2,723
    </TABLE>

                                 TILLINGHAM TOOLS CORP.
                    CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                                     (in thousands)
    <TABLE>
    <CAPTION>
                                        Six Months Ended June 30,
                                           2005           2004
    <S>                                <C>            <C>
    Net income                         $     3,438    $     2,723
    Depreciation and amortization            1,906          1,745
    Changes in working capital                (512)           388
                                       -----------    -----------
    Net cash provided by operating
      activities                             4,832          4,856
    </TABLE>)",
    parse_params,
    evaluate,
    kTieKeys,
    nullptr,
    RuleScope::document,
};

}  // namespace crossfoot
