// The period of each figure of a sentence: the mention after it, the prior period of a
// comparison, or the sentence's own; and for a percentage stated as a change, the period it is
// compared with.
#include "extract/binding_context.h"

namespace crossfoot {

namespace {

// The words of a mention, as printed.
std::string mention_words(const SentenceContext& s, const PeriodMention& m) {
    std::string out;
    for (size_t k = m.first; k < m.last; ++k) {
        if (s.w[k].kind != WordKind::word) continue;
        if (!out.empty()) out += ' ';
        out += s.w[k].text;
    }
    return out;
}

// A figure that a "from" or "compared to" introduces is the prior one of a comparison.
bool introduced_as_prior(const SentenceContext& s, size_t f) {
    size_t k = f;
    while (k > 0 && s.w[k - 1].kind == WordKind::word &&
           in_list(s.v.operand_leads, s.w[k - 1].text))
        --k;
    return phrase_ending(s.w, k, s.v.change_from_words) > 0 ||
           phrase_ending(s.w, k, s.v.comparison_words) > 0;
}

bool appositive(const SentenceContext& s, const std::vector<ProseFigure>& prose, size_t k) {
    const ProseFigure& pf = prose[s.w[k].figure];
    return pf.role == ProseRole::percent ||
           (pf.binding && pf.binding->concept_words == "per share");
}

// A comparison word ("compared", "versus", "from") among words [from, to).
bool compared_since(const SentenceContext& s, size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
        if (phrase_at(s.w, k, s.v.comparison_words) || phrase_at(s.w, k, s.v.change_from_words))
            return true;
    }
    return false;
}

// A mention that a comparison word introduces: "compared to the second quarter of 2003".
bool introduced_by_comparison(const SentenceContext& s, const PeriodMention& m) {
    size_t k = m.first;
    while (k > 0 && s.w[k - 1].kind == WordKind::word &&
           in_list(s.v.operand_leads, s.w[k - 1].text))
        --k;
    return phrase_ending(s.w, k, s.v.comparison_words) > 0 ||
           phrase_ending(s.w, k, s.v.change_from_words) > 0;
}

// "net sales increased 12% for the second quarter compared to the second quarter of 2003": the
// sentence's own period (one only: "12% for the quarter and 8% for the year" is left alone) and
// the one it is compared with, the year before unless the sentence names another.
void bind_change_periods(const SentenceContext& s, const PeriodResolver& resolver,
                         const std::optional<Period>& carried, size_t f, ProseBinding& b) {
    b.period.reset();
    std::optional<Period> current;
    const PeriodMention* current_mention = nullptr;
    // The comparison named right after the figure, else the sentence's only one: "up 14% from
    // the third quarter of 2005 and 3% sequentially".
    const PeriodMention* compared = nullptr;
    size_t comparisons = 0;
    size_t next = f + 1;
    while (next < s.w.size() && s.w[next].kind != WordKind::figure) ++next;
    for (const auto& m : s.mentions) {
        bool relative = m.kind == MentionKind::prior_year || m.kind == MentionKind::sequential;
        if (relative || introduced_by_comparison(s, m)) {
            ++comparisons;
            bool after = m.first > f && m.first < next;
            if (after || (!compared && comparisons == 1)) compared = &m;
            if (after) comparisons = 1;
            continue;
        }
        auto p = resolver.resolve(m, carried);
        if (!p || (current && !same_period(*current, *p))) return;
        current = p;
        current_mention = &m;
    }
    if (!current) current = carried;
    if (!current || (comparisons > 1 && !(compared->first > f && compared->first < next))) return;
    PeriodMention year_before;
    year_before.kind = MentionKind::prior_year;
    b.period = current;
    b.period_words = current_mention ? mention_words(s, *current_mention) : "";
    b.compared_with = resolver.resolve(compared ? *compared : year_before, current);
}

}  // namespace

void bind_periods(const SentenceContext& s, const PeriodResolver& resolver,
                  std::optional<Period>& carried, std::vector<ProseFigure>& prose) {
    // The sentence's own period: its first absolute mention, else the paragraph's so far.
    std::optional<Period> base = carried;
    for (const auto& m : s.mentions) {
        bool absolute = m.kind == MentionKind::explicit_period || m.kind == MentionKind::label ||
                        m.kind == MentionKind::current;
        if (!absolute) continue;
        if (auto p = resolver.resolve(m, carried)) {
            base = p;
            break;
        }
    }
    for (size_t f = 0; f < s.w.size(); ++f) {
        if (s.w[f].kind != WordKind::figure) continue;
        ProseFigure& pf = prose[s.w[f].figure];
        if (!pf.binding) continue;
        if (pf.binding->change != ChangeDirection::none) {
            bind_change_periods(s, resolver, carried, f, *pf.binding);
            continue;
        }
        // The words up to the next figure it is compared with; a per-share amount or a
        // percentage in apposition ("$631,000, or ($0.02) per share, in the previous
        // quarter") is passed over.
        size_t next = f + 1;
        while (next < s.w.size() && s.w[next].kind != WordKind::stop &&
               (s.w[next].kind != WordKind::figure ||
                (pf.role != ProseRole::percent && appositive(s, prose, next))))
            ++next;
        const PeriodMention* chosen = nullptr;
        for (const auto& m : s.mentions) {
            if (m.first > f && m.first < next) {
                chosen = &m;
                break;
            }
        }
        std::optional<Period> period;
        if (chosen) {
            period = resolver.resolve(*chosen, base);
        } else if (introduced_as_prior(s, f)) {
            PeriodMention prior;
            prior.kind = MentionKind::prior_year;
            period = resolver.resolve(prior, base);
            pf.binding->period_words = "(the comparison's prior period)";
        } else {
            for (const auto& m : s.mentions) {
                if (m.last <= f) chosen = &m;
            }
            // "net loss was $4,327,000 as compared with a net loss of $5,267,000": a figure
            // compared with the one the period was named for is not of that period.
            if (chosen && compared_since(s, chosen->last, f)) {
                pf.binding->period.reset();
                continue;
            }
            // "a net loss of $6,728,000, or $0.23 per share, for the second quarter": the
            // sentence's one period, after its figures.
            if (!chosen && !s.mentions.empty() && !compared_since(s, f, s.mentions.front().first))
                chosen = &s.mentions.front();
            period = chosen ? resolver.resolve(*chosen, base) : carried;
        }
        if (chosen) pf.binding->period_words = mention_words(s, *chosen);
        pf.binding->period = period;
    }
    if (base) carried = base;
}

}  // namespace crossfoot
