// Kind `segment-sum`: the parts of a concept stated for segments, subsidiaries or product lines
// for one period add up to the company's total for that period.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "checks/kinds.h"
#include "checks/statement_lookup.h"
#include "crossfoot/check_context.h"

namespace crossfoot {

namespace {

std::any parse_params(const RuleFields&) { return {}; }

bool is_part(const ProseFigure& pf) {
    const auto& b = pf.binding;
    return b && !b->segment.empty() && b->part_named && !b->non_gaap && !b->negated && b->period &&
           b->period->complete() && !b->concepts.empty() && pf.role == ProseRole::amount &&
           b->qualifier == Qualifier::none && !pf.figure.value.is_negative();
}

struct Group {
    size_t concept_index = 0;
    Period period;
    std::map<std::string, const ProseFigure*> parts;  ///< the first figure of each part
};

std::vector<Group> groups_of(const DocumentFacts& facts) {
    std::vector<Group> groups;
    for (const ProseFigure& pf : facts.prose) {
        if (!is_part(pf)) continue;
        const ProseBinding& b = *pf.binding;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
            return g.concept_index == b.concepts.front() && same_period(g.period, *b.period);
        });
        if (it == groups.end()) {
            groups.push_back({b.concepts.front(), *b.period, {}});
            it = groups.end() - 1;
        }
        it->parts.emplace(b.segment, &pf);
    }
    return groups;
}

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    const auto& concepts = ctx.rules().concepts;
    for (const Group& g : groups_of(ctx.facts())) {
        if (g.parts.size() < 2) continue;
        auto total =
            statement_figure(ctx.facts(), g.concept_index, g.period, ctx.rules().vocabulary);
        if (!total || total->loss_label || total->figure->value.is_negative()) continue;
        Relation rel;
        rel.rule = &rule;
        rel.stated = {total->figure, "total"};
        // The statement's total ties to the rest of the statement: a part is the likelier
        // slip, and which one the prose does not say.
        rel.offers_fix = false;
        std::string sum_text;
        Interval sum{Rational(0), Rational(0)};
        Rational best(0);
        for (const auto& [segment, pf] : g.parts) {
            rel.operands.push_back({&pf->figure, "part '" + segment + "'"});
            sum = sum + pf->figure.interval();
            best = best + pf->figure.value.value();
            sum_text += (sum_text.empty() ? "" : " + ") + pf->figure.text;
        }
        rel.computed = sum;
        rel.best_estimate = best;
        rel.summary = fmt::format("{} against {}", sum_text, total->figure->text);
        rel.message = fmt::format(
            "the parts of {} stated for {} add to more than its total: {} = {}, the table "
            "prints {}",
            concepts.at(g.concept_index).id, g.period.describe(), sum_text,
            total->figure->format_like(best), total->figure->text);
        // Parts that fall short of the total leave room for parts the release does not state;
        // parts that exceed it cannot all be right.
        if (!CheckContext::holds(rel) && sum.hi < total->figure->interval().lo) continue;
        ctx.judge(rel);
    }
}

}  // namespace

const RuleKind kSegmentSumKind = {
    "segment-sum",
    "The parts of a concept stated for segments add up to its total",
    R"(Gathers the figures the prose states for parts of the company — segments, subsidiaries,
product lines: "net sales for our accessory segment increased to $4,477,000", "Joe's net
sales increased to $4,394,000" — by concept and period, and adds them up against the
total the release's table prints for that concept and period, within the printed
precisions (4,477,000 + 4,394,000 + 21,151,000 = 30,022,000 is consistent with a total
of 30,023 in thousands). Parts that add to more than the total are a finding; parts that
fall short are not, since the release may not state every part. No fix is offered: the
total ties to the rest of its statement, and the prose does not say which part is wrong.

Fails:

    Halvorsen Tool Works Reports Third Quarter Results

    Net sales for our hand tools segment were $5,120,000 for the three months
    ended September 30, 2005. Net sales for our power tools segment were
    $3,910,000 for the three months ended September 30, 2005.

                          HALVORSEN TOOL WORKS, INC.
                      CONSOLIDATED STATEMENTS OF OPERATIONS
                                (in thousands)
    <TABLE>
    <CAPTION>
                                       Three Months Ended September 30,
                                           2005           2004
    <S>                                <C>            <C>
    Net sales                          $     8,250    $     6,600
    Cost of sales                            5,115          4,092
                                       -----------    -----------
    Gross profit                             3,135          2,508
    </TABLE>

The two segments add to $9,030,000, more than the 8,250 the table prints: the
segment-sum rule reports it.

Passes:

    Halvorsen Tool Works Reports Third Quarter Results

    Net sales for our hand tools segment were $5,120,000 for the three months
    ended September 30, 2005. Net sales for our power tools segment were
    $3,130,000 for the three months ended September 30, 2005.

                          HALVORSEN TOOL WORKS, INC.
                      CONSOLIDATED STATEMENTS OF OPERATIONS
                                (in thousands)
    <TABLE>
    <CAPTION>
                                       Three Months Ended September 30,
                                           2005           2004
    <S>                                <C>            <C>
    Net sales                          $     8,250    $     6,600
    Cost of sales                            5,115          4,092
                                       -----------    -----------
    Gross profit                             3,135          2,508
    </TABLE>)",
    parse_params,
    evaluate,
    {},
    nullptr,
    RuleScope::sentence,
    nullptr,
};

}  // namespace crossfoot
