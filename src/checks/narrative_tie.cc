// Kind `narrative-tie`: a figure stated in the prose for a concept and a period agrees with
// the table that prints them, or with the same figure stated more precisely elsewhere in the
// prose, within both printed precisions.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include "checks/kinds.h"
#include "checks/statement_lookup.h"
#include "crossfoot/check_context.h"

namespace crossfoot {

namespace {

struct NarrativeTieParams {
    Tolerance approximation;  ///< how far "approximately $5.5 million" may be
};

constexpr std::string_view kApproximation = "approximation";
constexpr std::array<std::string_view, 1> kKeys = {kApproximation};

std::any parse_params(const RuleFields& fields) {
    std::string text = fields.string(kApproximation).value_or("5%");
    auto approximation = Tolerance::parse(text);
    if (!approximation)
        fields.fail(kApproximation, "must be a string: a share of the stated figure (\"5%\")");
    return NarrativeTieParams{*approximation};
}

bool tieable(const ProseFigure& pf) {
    const auto& b = pf.binding;
    return b && b->consolidated() && b->period && b->period->complete() && !b->concepts.empty() &&
           pf.role != ProseRole::percent;
}

std::string describe(const ProseFigure& pf, const ConceptDictionary& concepts) {
    return fmt::format("{} for {}", concepts.at(pf.binding->concepts.front()).id,
                       pf.binding->period->describe());
}

Relation relation_to(const RuleSpec& rule, const NarrativeTieParams& p, const ProseFigure& pf,
                     const Interval& computed, const Rational& best, const Figure& other,
                     const std::string& where) {
    Relation rel;
    rel.rule = &rule;
    rel.computed = computed;
    rel.best_estimate = in_stated_sense(pf, best);
    rel.stated = {&pf.figure, "stated figure"};
    rel.operands = {{&other, where}};
    Rational w = p.approximation.allowance(pf.figure.value.value());
    rel.stated_reading = stated_reading(pf, w, computed);
    rel.summary = fmt::format("{} = {} ({})", pf.figure.text, other.text, where);
    return rel;
}

bool matches_other_column(const StatementFigure& sf, const Relation& rel) {
    const Interval& stated = *rel.stated_reading;
    for (const RowFacts& row : sf.table->rows) {
        if (row.figures.size() <= sf.column || !row.figures[sf.column] ||
            &*row.figures[sf.column] != sf.figure)
            continue;
        for (size_t c = 0; c < row.figures.size(); ++c) {
            const auto& f = row.figures[c];
            if (c == sf.column || !f) continue;
            Interval other = sf.loss_label ? -f->interval() : f->interval();
            if (stated.overlaps(other)) return true;
        }
    }
    return false;
}

void tie_to_statements(const RuleSpec& rule, const NarrativeTieParams& p, CheckContext& ctx,
                       const ProseFigure& pf, bool& tied) {
    const auto& concepts = ctx.rules().concepts;
    std::optional<Relation> first_miss;
    for (size_t concept_index : pf.binding->concepts) {
        auto sf = statement_figure(ctx.facts(), concept_index, *pf.binding->period,
                                   ctx.rules().vocabulary);
        if (!sf) continue;
        std::string where = concepts.at(concept_index).id + " in the table";
        Relation rel = relation_to(rule, p, pf, sf->interval(), sf->value(), *sf->figure, where);
        rel.message = fmt::format("{} stated as {} in the prose, but the table prints {} (line {})",
                                  describe(pf, concepts), pf.figure.text, sf->figure->text,
                                  ctx.line_of(sf->figure->span));
        tied = true;
        if (CheckContext::holds(rel)) {
            ctx.judge(rel);
            return;
        }
        // The figure of another column of the same row: the sentence's period may be read
        // wrongly as much as the figure be stale, so it is left unverified.
        if (matches_other_column(*sf, rel)) return;
        if (!first_miss) first_miss = rel;
    }
    if (first_miss) ctx.judge(*first_miss);
}

// The most precise statements of each concept and period in the prose, so that every figure
// finds its most precise peer in one pass. Statements in one paragraph are often of different
// things the sentence names alike ("cost of revenues ... of which ..."): only other paragraphs
// are compared, so each group keeps its two most precise figures from different paragraphs.
class Peers {
public:
    explicit Peers(const DocumentFacts& facts) {
        for (const ProseFigure& pf : facts.prose) {
            if (tieable(pf) && pf.binding->qualifier == Qualifier::none)
                offer(groups_[key(pf)], pf);
        }
    }

    /// The most precise statement of the figure's concept and period in another paragraph,
    /// when it is more precise than the figure.
    [[nodiscard]] const ProseFigure* of(const ProseFigure& pf) const {
        auto it = groups_.find(key(pf));
        if (it == groups_.end()) return nullptr;
        Rational width = pf.figure.interval().hi - pf.figure.interval().lo;
        for (const Entry& e : it->second) {
            if (e.figure->block == pf.block) continue;
            return e.width < width ? e.figure : nullptr;
        }
        return nullptr;
    }

private:
    struct Entry {
        const ProseFigure* figure;
        Rational width;
    };
    using Key = std::tuple<size_t, std::string, int, long>;

    static Key key(const ProseFigure& pf) {
        const ProseBinding& b = *pf.binding;
        return {b.concepts.front(), b.concept_words, *b.period->months, day_number(*b.period->end)};
    }

    static void offer(std::vector<Entry>& best, const ProseFigure& pf) {
        Entry entry{&pf, pf.figure.interval().hi - pf.figure.interval().lo};
        auto narrower = [](const Entry& x, const Entry& y) { return x.width < y.width; };
        for (Entry& e : best) {
            if (e.figure->block != pf.block) continue;
            if (entry.width < e.width) e = entry;
            std::stable_sort(best.begin(), best.end(), narrower);
            return;
        }
        best.push_back(entry);
        std::stable_sort(best.begin(), best.end(), narrower);
        if (best.size() > 2) best.pop_back();
    }

    std::map<Key, std::vector<Entry>> groups_;
};

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    const auto& p = std::any_cast<const NarrativeTieParams&>(rule.params);
    const auto& concepts = ctx.rules().concepts;
    const Peers peers(ctx.facts());
    for (const ProseFigure& pf : ctx.facts().prose) {
        if (!tieable(pf)) continue;
        bool tied = false;
        tie_to_statements(rule, p, ctx, pf, tied);
        if (tied) continue;
        const ProseFigure* peer = peers.of(pf);
        if (!peer) continue;
        Rational value = in_stated_sense(*peer, peer->figure.value.value());
        Interval interval =
            peer->binding->negated ? -peer->figure.interval() : peer->figure.interval();
        std::string where = "stated elsewhere in the prose";
        Relation rel = relation_to(rule, p, pf, interval, value, peer->figure, where);
        rel.message =
            fmt::format("{} stated as {} here and as {} at line {}", describe(pf, concepts),
                        pf.figure.text, peer->figure.text, ctx.line_of(peer->figure.span));
        ctx.judge(rel);
    }
}

}  // namespace

const RuleKind kNarrativeTieKind = {
    "narrative-tie",
    "A figure stated in the prose agrees with the table that prints its concept and period",
    R"(Reads what each amount in the prose is stated to be: the concept its sentence names
("net sales increased to $X", "a net loss of $X", "$X in revenues", "$0.23 per diluted
share"), the period ("the second quarter of fiscal 2004", "the three months ended May
29, 2004", "the prior year comparative period", resolved against the column headers),
and its sense (a loss is a negative net income). The figure must agree with the table
that prints the same concept for the same period, within both printed precisions:
"$30 million" ties to 30,023 in thousands, "$6.7 million" and "$6,728,000" to (6,728).
Without a table, it must agree with the most precise statement of the same figure in
the prose. "approximately" allows the rule's `approximation` (default "5%"); "more
than" and "less than" are bounds.

Left alone: figures of a part of the company ("Joe's net sales", "net sales for our
accessory segment"), adjusted or non-GAAP measures, and figures whose concept or period
the sentence does not make plain. `crossfoot facts` shows what each figure was read as.

Fails:

    Halvorsen Tool Works Reports Third Quarter Results

    Net sales for the three months ended September 30, 2005 were $8,520,000.

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

The table prints 8,250 for the quarter; the prose says $8,520,000: the narrative-tie
rule reports it.

Passes:

    Halvorsen Tool Works Reports Third Quarter Results

    Net sales for the three months ended September 30, 2005 were $8,250,000.

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
    kKeys,
    nullptr,
    RuleScope::sentence,
    nullptr,
};

}  // namespace crossfoot
