// Kind `ratio`: a stated margin or share of a whole follows from the figures it divides —
// "gross margin, as a percentage of net sales, decreased to 11%", "approximately 71% of the
// total shares outstanding of 29,161,350".
#include <fmt/format.h>

#include <array>
#include <cctype>

#include "checks/kinds.h"
#include "checks/statement_lookup.h"
#include "common/text.h"
#include "crossfoot/check_context.h"

namespace crossfoot {

namespace {

constexpr size_t kShareReach = 80;  // bytes from "71% of" to the whole it names

struct RatioParams {
    bool share = false;                ///< form "share": a part and its whole in one sentence
    std::vector<std::string> phrases;  ///< form "margin": the words that name it
    std::optional<size_t> numerator, denominator;
    Tolerance approximation;
};

constexpr std::array<std::string_view, 5> kKeys = {"form", "phrases", "numerator", "denominator",
                                                   "approximation"};

std::any parse_params(const RuleFields& fields) {
    RatioParams p;
    std::string form = fields.string("form").value_or("margin");
    if (form != "margin" && form != "share") fields.fail("form", "must be \"margin\" or \"share\"");
    p.share = form == "share";
    auto approximation = Tolerance::parse(fields.string("approximation").value_or("10%"));
    if (!approximation) fields.fail("approximation", "must be a string such as \"10%\"");
    p.approximation = *approximation;
    if (p.share) return p;
    for (const auto& phrase : fields.strings("phrases"))
        p.phrases.push_back(normalize_label(phrase));
    if (p.phrases.empty()) fields.fail("phrases", "is required for a margin: [\"gross margin\"]");
    for (auto [key, slot] :
         {std::pair{"numerator", &p.numerator}, std::pair{"denominator", &p.denominator}}) {
        auto id = fields.string(key);
        if (!id) fields.fail(key, "is required for a margin: a concept id");
        *slot = fields.concepts().find(*id);
        if (!*slot) fields.fail(key, "names no concept: '" + *id + "'");
    }
    return p;
}

std::string_view block_text(const CheckContext& ctx, const ProseFigure& pf) {
    return ctx.facts().document->blocks[pf.block].content.text;
}

// The lower-case word right before byte `at` and right after byte `at`.
std::string word_before(std::string_view text, size_t at) {
    size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
    return text::lower(text.substr(begin, end - begin));
}
std::string word_after(std::string_view text, size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    size_t end = at;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    return text::lower(text.substr(at, end - at));
}

// "improved 2%", "by 2%", "a 2% increase", "2% to 35%": a change of the margin, not its level.
bool states_a_change(const CheckContext& ctx, const ProseFigure& pf) {
    const Vocabulary& v = ctx.rules().vocabulary;
    std::string_view text = block_text(ctx, pf);
    std::string before = word_before(text, pf.begin), after = word_after(text, pf.end);
    auto in = [](const std::vector<std::string>& list, const std::string& w) {
        return std::find(list.begin(), list.end(), w) != list.end();
    };
    return before == "by" || in(v.increase_words, before) || in(v.decrease_words, before) ||
           in(v.increase_words, after) || in(v.decrease_words, after) || after == "to" ||
           after == "points";
}

void judge(const RuleSpec& rule, const RatioParams& p, CheckContext& ctx, const ProseFigure& pct,
           const Figure& part, const Figure& whole, const Interval& part_i, const Interval& whole_i,
           const std::string& what) {
    auto quotient = part_i.divided_by(whole_i);
    if (!quotient || whole.value.is_zero()) return;
    const Rational hundred(100);
    Relation rel;
    rel.rule = &rule;
    rel.computed = quotient->times(hundred);
    rel.best_estimate = part.value.value() / whole.value.value() * hundred;
    rel.stated = {&pct.figure, "stated percentage"};
    rel.operands = {{&part, "part"}, {&whole, "whole"}};
    Rational w = p.approximation.allowance(pct.figure.value.value());
    rel.stated_reading = stated_reading(pct, w, rel.computed);
    rel.summary = fmt::format("{} / {}", part.text, whole.text);
    rel.message = fmt::format("stated {} {} does not follow from {} / {} (computed {})", what,
                              pct.figure.text, part.text, whole.text,
                              pct.figure.format_like(rel.best_estimate));
    ctx.judge(rel);
}

void evaluate_margin(const RuleSpec& rule, const RatioParams& p, CheckContext& ctx) {
    const Vocabulary& v = ctx.rules().vocabulary;
    for (const ProseFigure& pf : ctx.facts().prose) {
        const auto& b = pf.binding;
        if (pf.role != ProseRole::percent || !b || !b->consolidated() || !b->period ||
            !b->period->complete() ||
            std::find(p.phrases.begin(), p.phrases.end(), b->concept_words) == p.phrases.end() ||
            states_a_change(ctx, pf))
            continue;
        auto num = statement_figure(ctx.facts(), *p.numerator, *b->period, v);
        auto den = statement_figure(ctx.facts(), *p.denominator, *b->period, v);
        if (!num || !den) continue;
        judge(rule, p, ctx, pf, *num->figure, *den->figure, num->interval(), den->interval(),
              b->concept_words);
    }
}

// "20,793,953 shares ... represented approximately 71% of the total shares outstanding of
// 29,161,350": the figure before the percentage over the one its "of" names.
void evaluate_share(const RuleSpec& rule, const RatioParams& p, CheckContext& ctx) {
    const auto& prose = ctx.facts().prose;
    for (size_t i = 1; i + 1 < prose.size(); ++i) {
        const ProseFigure& pct = prose[i];
        if (pct.role != ProseRole::percent || states_a_change(ctx, pct)) continue;
        const ProseFigure& part = prose[i - 1];
        const ProseFigure& whole = prose[i + 1];
        bool same_sentence = part.block == pct.block && whole.block == pct.block &&
                             part.sentence == pct.sentence && whole.sentence == pct.sentence;
        if (!same_sentence || part.role != whole.role ||
            (part.role != ProseRole::amount && part.role != ProseRole::count))
            continue;
        std::string_view text = block_text(ctx, pct);
        if (word_after(text, pct.end) != "of" || whole.begin - pct.end > kShareReach) continue;
        std::string_view between = text.substr(pct.end, whole.begin - pct.end);
        std::string_view lead = text.substr(part.end, pct.begin - part.end);
        if (between.find_first_of(";:()") != std::string_view::npos ||
            lead.find_first_of(";:()") != std::string_view::npos ||
            !(part.figure.value.value() < whole.figure.value.value()))
            continue;
        judge(rule, p, ctx, pct, part.figure, whole.figure, part.figure.interval(),
              whole.figure.interval(), "share");
    }
}

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    const auto& p = std::any_cast<const RatioParams&>(rule.params);
    if (p.share) {
        evaluate_share(rule, p, ctx);
    } else {
        evaluate_margin(rule, p, ctx);
    }
}

}  // namespace

const RuleKind kRatioKind = {
    "ratio",
    "A stated margin or share of a whole follows from the figures it divides",
    R"(Two forms. A margin (`form = "margin"`, the default) is a percentage the prose states
for words the rule lists (`phrases`, such as "gross margin") for a period; it must be the
rule's `numerator` concept over its `denominator` concept for that period, as the table
prints them: "gross margin, as a percentage of net sales, decreased to 11% in the second
quarter of fiscal 2004 from 28%" is checked against gross profit over net sales for
each quarter. A share (`form = "share"`) is a percentage between two figures of one
sentence, "A ... Z% of ... B": 20,793,953 shares "represented approximately 71% of the
total shares outstanding of 29,161,350". Words before the percentage read it as for
percent-change ("approximately" allows the rule's `approximation`, default "10%");
a percentage that states a change ("improved 2%", "by 2%", "a 2% increase") is not a
level and is left alone.

Fails:

    Halvorsen Tool Works Reports Third Quarter Results

    Gross margin for the three months ended September 30, 2005 was 41%.

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

3,135 / 8,250 is 38%, not 41%: the gross-margin rule reports it.

Passes:

    Halvorsen Tool Works Reports Third Quarter Results

    Gross margin for the three months ended September 30, 2005 was 38%.

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
