// Percentages stated as the change of a concept, with no figures to compare in their sentence:
// "net sales increased 12%", "revenues were up 12%", "a 12% decrease in revenues", "an increase
// of $3.2 million, or 12%". The change is checked against the release's tables.
#include "extract/binding_context.h"

namespace crossfoot {

namespace {

std::optional<ChangeDirection> direction_of(const SentenceContext& s, size_t k) {
    if (k >= s.w.size() || s.w[k].kind != WordKind::word) return std::nullopt;
    if (in_list(s.v.increase_words, s.w[k].text)) return ChangeDirection::increase;
    if (in_list(s.v.decrease_words, s.w[k].text)) return ChangeDirection::decrease;
    return std::nullopt;
}

bool bound_as(const SentenceContext& s, size_t direction_word, ProseBinding& b) {
    b.change = *direction_of(s, direction_word);
    b.change_words = s.w[direction_word].text;
    return true;
}

}  // namespace

bool bind_change(const SentenceContext& s, size_t f, ProseBinding& b) {
    const auto& w = s.w;
    if (s.facts.prose[w[f].figure].figure.value.is_negative()) return false;
    // "net sales increased 12%", "revenues were up approximately 12%".
    if (auto d = direction_before(s, f)) return concept_before(s, *d, b) && bound_as(s, *d, b);
    // "a 12% increase in net sales"; "net sales were 12% higher".
    if (direction_of(s, f + 1)) {
        bool found = f + 2 < w.size() && (w[f + 2].text == "in" || w[f + 2].text == "of")
                         ? concept_after(s, f + 2, b)
                         : concept_before(s, f, b);
        return found && bound_as(s, f + 1, b);
    }
    // "increased $3.2 million, or 12%": the percentage of a change amount before it.
    size_t k = f;
    while (k > 0 && w[k - 1].kind == WordKind::word && in_list(s.v.operand_leads, w[k - 1].text))
        --k;
    if (k < 3 || w[k - 1].text != "or" || w[k - 2].kind != WordKind::comma ||
        w[k - 3].kind != WordKind::figure ||
        s.facts.prose[w[k - 3].figure].role != ProseRole::amount)
        return false;
    auto d = direction_before(s, k - 3);
    return d && concept_before(s, *d, b) && bound_as(s, *d, b);
}

}  // namespace crossfoot
