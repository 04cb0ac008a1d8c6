// Kind `per-share`: a per-share amount stated in the prose ("a net loss of $6,728,000, or $0.23
// per share") is the period's earnings over its weighted average shares.
#include <fmt/format.h>

#include <array>

#include "checks/kinds.h"
#include "checks/statement_lookup.h"
#include "crossfoot/check_context.h"

namespace crossfoot {

namespace {

struct PerShareParams {
    size_t earnings = 0;
    /// Each per-share concept with the share count it divides by, in the rule's order.
    std::vector<std::pair<size_t, size_t>> measures;
    Tolerance approximation;
};

constexpr std::array<std::string_view, 4> kKeys = {"earnings", "per_share", "shares",
                                                   "approximation"};

std::any parse_params(const RuleFields& fields) {
    PerShareParams p;
    auto concept_of = [&](std::string_view key, const std::string& id) {
        auto found = fields.concepts().find(id);
        if (!found) fields.fail(key, "names no concept: '" + id + "'");
        return *found;
    };
    auto earnings = fields.string("earnings");
    if (!earnings) fields.fail("earnings", "is required: a concept id such as \"net_income\"");
    p.earnings = concept_of("earnings", *earnings);
    auto per_share = fields.strings("per_share");
    auto shares = fields.strings("shares");
    if (per_share.empty() || per_share.size() != shares.size())
        fields.fail("shares", "must name one share count for each concept of per_share");
    for (size_t i = 0; i < per_share.size(); ++i)
        p.measures.emplace_back(concept_of("per_share", per_share[i]),
                                concept_of("shares", shares[i]));
    auto approximation = Tolerance::parse(fields.string("approximation").value_or("5%"));
    if (!approximation) fields.fail("approximation", "must be a string such as \"5%\"");
    p.approximation = *approximation;
    return p;
}

const size_t* shares_for(const PerShareParams& p, size_t per_share_concept) {
    for (const auto& [measure, shares] : p.measures) {
        if (measure == per_share_concept) return &shares;
    }
    return nullptr;
}

bool checkable(const ProseFigure& pf) {
    const auto& b = pf.binding;
    return pf.role == ProseRole::amount && b && b->consolidated() && b->period &&
           b->period->complete() && !b->concepts.empty() && b->change == ChangeDirection::none;
}

// The relation of a stated per-share amount to one candidate measure, when the tables print
// the earnings and the share count of its period.
std::optional<Relation> relation_for(const RuleSpec& rule, const PerShareParams& p,
                                     CheckContext& ctx, const ProseFigure& pf,
                                     size_t per_share_concept, const size_t* shares_concept) {
    if (!shares_concept) return std::nullopt;
    const Vocabulary& words = ctx.rules().vocabulary;
    const Period& period = *pf.binding->period;
    auto earnings = statement_figure(ctx.facts(), p.earnings, period, words);
    auto shares = statement_figure(ctx.facts(), *shares_concept, period, words);
    if (!earnings || !shares || !(shares->value() > Rational(0))) return std::nullopt;
    auto quotient = earnings->interval().divided_by(shares->interval());
    if (!quotient) return std::nullopt;
    const auto& concepts = ctx.rules().concepts;
    Relation rel;
    rel.rule = &rule;
    rel.computed = *quotient;
    rel.best_estimate = in_stated_sense(pf, earnings->value() / shares->value());
    rel.stated = {&pf.figure, "stated per-share amount"};
    rel.operands = {{earnings->figure, concepts.at(p.earnings).id + " in the table"},
                    {shares->figure, concepts.at(*shares_concept).id + " in the table"}};
    Rational w = p.approximation.allowance(pf.figure.value.value());
    rel.stated_reading = stated_reading(pf, w, rel.computed);
    rel.summary = fmt::format("{} / {} ({})", earnings->figure->text, shares->figure->text,
                              concepts.at(per_share_concept).id);
    rel.message = fmt::format(
        "stated {} {} for {} does not follow from {} / {} shares (computed {})",
        concepts.at(per_share_concept).id, pf.figure.text, period.describe(),
        earnings->figure->text, shares->figure->text, pf.figure.format_like(rel.best_estimate));
    return rel;
}

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    const auto& p = std::any_cast<const PerShareParams&>(rule.params);
    for (const ProseFigure& pf : ctx.facts().prose) {
        if (!checkable(pf)) continue;
        // "$0.23 per share" names neither basic nor diluted: it holds if either measure gives
        // it; a miss is reported against the first the sentence makes likely.
        std::optional<Relation> first_miss;
        bool held = false;
        for (size_t candidate : pf.binding->concepts) {
            // A loss is divided by basic shares whatever the measure: the dilution would be
            // anti-dilutive.
            if (!shares_for(p, candidate)) continue;
            std::vector<const size_t*> divisors = {shares_for(p, candidate)};
            if (pf.binding->negated || pf.figure.value.is_negative())
                for (const auto& measure : p.measures) divisors.push_back(&measure.second);
            for (const size_t* shares : divisors) {
                auto rel = relation_for(rule, p, ctx, pf, candidate, shares);
                if (!rel) continue;
                if (CheckContext::holds(*rel)) {
                    ctx.judge(*rel);
                    held = true;
                    break;
                }
                if (!first_miss) first_miss = std::move(rel);
            }
            if (held) break;
        }
        if (!held && first_miss) ctx.judge(*first_miss);
    }
}

}  // namespace

const RuleKind kPerShareKind = {
    "per-share",
    "A per-share amount stated in the prose is the period's earnings over its weighted shares",
    R"(Reads each per-share amount of the prose that its sentence ties to earnings ("a net
loss of $6,728,000, or $0.23 per share", "$0.21 per diluted share") and the period it
is stated for, and divides the period's earnings (the rule's `earnings` concept) by
the weighted average share count of the same period, both as the release's tables
print them. A diluted amount is divided by diluted shares and a basic one by basic
shares (the rule's `per_share` and `shares` lists, in pairs); "per share" without
either word holds when either quotient gives it. The stated amount must meet the
quotient of the printed intervals at its printed cent; "approximately" allows the
rule's `approximation` (default "5%"). A loss gives a negative amount.

Left alone: per-share amounts not tied to earnings ("book value of $10.68 per
share", "a dividend of $0.10 per share"), adjusted or non-GAAP amounts, and periods
whose earnings or shares the tables do not print. Ties between a prose amount and the
table's own per-share row are the narrative-tie rule's.

Fails:

    Halvorsen Tool Works Reports Third Quarter Results

    For the three months ended September 30, 2005, net income was $3,135,000, or
    $0.52 per diluted share.

                          HALVORSEN TOOL WORKS, INC.
                      CONSOLIDATED STATEMENTS OF OPERATIONS
                      (in thousands, except per share data)
    <TABLE>
    <CAPTION>
                                       Three Months Ended September 30,
                                           2005           2004
    <S>                                <C>            <C>
    Net income                         $     3,135    $     2,508

    Weighted average shares
      Diluted                                6,270          6,210
    </TABLE>

3,135 / 6,270 is $0.50 a share, not $0.52: the per-share rule reports it.

Passes:

    Halvorsen Tool Works Reports Third Quarter Results

    For the three months ended September 30, 2005, net income was $3,135,000, or
    $0.50 per diluted share.

                          HALVORSEN TOOL WORKS, INC.
                      CONSOLIDATED STATEMENTS OF OPERATIONS
                      (in thousands, except per share data)
    <TABLE>
    <CAPTION>
                                       Three Months Ended September 30,
                                           2005           2004
    <S>                                <C>            <C>
    Net income                         $     3,135    $     2,508

    Weighted average shares
      Diluted                                6,270          6,210
    </TABLE>)",
    parse_params,
    evaluate,
    kKeys,
    nullptr,
    RuleScope::document,
    nullptr,
};

}  // namespace crossfoot
