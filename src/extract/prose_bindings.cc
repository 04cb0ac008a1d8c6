// What each figure of the prose is stated to be: the concept its sentence names for it, the
// part of the company, the sign its words give, its qualifier and its period.
#include <algorithm>
#include <unordered_map>

#include "extract/binding_context.h"

namespace crossfoot {

PhraseIndex::PhraseIndex(const ConceptDictionary& concepts) {
    for (size_t c = 0; c < concepts.size(); ++c) {
        const Concept& k = concepts.at(c);
        for (const auto* list : {&k.labels, &k.prose}) {
            for (const std::string& label : *list) add(label, c);
        }
    }
}

std::optional<std::pair<size_t, const Phrase*>> PhraseIndex::ending_at(const std::vector<Word>& w,
                                                                       size_t end) const {
    if (w[end].kind != WordKind::word) return std::nullopt;
    auto it = by_last_.find(w[end].text);
    if (it == by_last_.end()) return std::nullopt;
    std::optional<std::pair<size_t, const Phrase*>> best;
    for (const Phrase& p : it->second) {
        size_t k = end + 1;
        bool ok = true;
        for (size_t n = p.words.size(); n-- > 0;) {
            do {
                if (k == 0) {
                    ok = false;
                    break;
                }
                --k;
            } while (w[k].kind == WordKind::comma);
            if (!ok || w[k].kind != WordKind::word || w[k].text != p.words[n]) {
                ok = false;
                break;
            }
        }
        if (ok && (!best || k < best->first)) best = std::pair{k, &p};
    }
    return best;
}

void PhraseIndex::add(const std::string& label, size_t c) {
    Phrase p;
    p.concept_index = c;
    size_t start = 0;
    while (start < label.size()) {
        size_t space = label.find(' ', start);
        if (space == std::string::npos) space = label.size();
        p.words.push_back(label.substr(start, space - start));
        start = space + 1;
    }
    if (!p.words.empty()) by_last_[p.words.back()].push_back(std::move(p));
}

bool any_substring(const std::vector<std::string>& list, const std::string& text) {
    return std::any_of(list.begin(), list.end(),
                       [&](const std::string& w) { return text.find(w) != std::string::npos; });
}

size_t phrase_ending(const std::vector<Word>& w, size_t end, const std::vector<std::string>& list) {
    for (size_t n = std::min<size_t>(end, 4); n > 0; --n) {
        if (phrase_at(w, end - n, list) == n) return n;
    }
    return 0;
}

const PeriodMention* mention_at(const SentenceContext& s, size_t k) {
    for (const auto& m : s.mentions) {
        if (k >= m.first && k < m.last) return &m;
    }
    return nullptr;
}

namespace {

constexpr size_t kSegmentReach = 5;   // "for our accessory segment": words back to the concept
constexpr size_t kPerShareReach = 4;  // "per fully diluted common share"

bool passable(const SentenceContext& s, const Word& word) {
    if (word.kind == WordKind::comma || word.kind == WordKind::figure) return true;
    if (word.kind != WordKind::word) return false;
    const Vocabulary& v = s.v;
    for (const auto* list :
         {&v.binding_words, &v.increase_words, &v.decrease_words, &v.approximate_words,
          &v.nearly_words, &v.more_than_words, &v.less_than_words, &v.operand_leads}) {
        if (in_list(*list, word.text)) return true;
    }
    return false;
}

// Is the concept at [first, ...) the company's own, or a part ("Joe's net sales") or another
// measure ("adjusted net income")?
void qualify(const SentenceContext& s, size_t first, ProseBinding& b) {
    if (phrase_ending(s.w, first, s.v.non_gaap_words) > 0) {
        b.non_gaap = true;
        return;
    }
    // Back over the words that leave it the company's own ("we generated a net loss") to the
    // start of the clause; any other word makes it a part ("Joe's net sales", "its Tulsa
    // terminal alone had an operating margin").
    for (size_t k = first; k-- > 0;) {
        const Word& before = s.w[k];
        // "Cloud software-as-a-service (SaaS) revenues": a parenthesis names a part.
        if (before.kind == WordKind::stop && before.text == ")") {
            b.segment = "(...)";
            return;
        }
        if (before.kind != WordKind::word) return;
        if (mention_at(s, k)) continue;
        bool neutral = !before.possessive && (in_list(s.v.concept_neutral, before.text) ||
                                              in_list(s.v.increase_words, before.text) ||
                                              in_list(s.v.decrease_words, before.text));
        if (before.possessive && in_list(s.v.concept_neutral, before.text)) neutral = true;
        if (neutral) continue;
        b.segment = before.text;
        b.part_named = before.possessive;  // "Joe's net sales"
        return;
    }
}

void set_concept(const SentenceContext& s, size_t first, size_t last, const Phrase& p,
                 ProseBinding& b) {
    b.concepts = {p.concept_index};
    std::string words;
    for (size_t k = first; k <= last; ++k) {
        if (s.w[k].kind != WordKind::word) continue;
        if (!words.empty()) words += ' ';
        words += s.w[k].text;
    }
    b.concept_words = words;
    const TextBlock& block = s.facts.document->blocks[s.block];
    b.concept_span =
        block.content.span_of(*s.facts.document->source, s.w[first].begin, s.w[last].end);
    b.negated = any_substring(s.v.loss_words, words) && !any_substring(s.v.income_words, words);
    qualify(s, first, b);
}

// "$0.23 per share", "$0.21 per diluted share": the per-share concepts, diluted or basic as
// the sentence says.
bool bind_per_share(const SentenceContext& s, size_t f, ProseBinding& b) {
    const auto& w = s.w;
    if (f + 1 >= w.size() || !in_list(s.v.per_words, w[f + 1].text)) return false;
    size_t k = f + 2;
    for (; k < w.size() && k <= f + 1 + kPerShareReach; ++k) {
        if (w[k].kind != WordKind::word) return false;
        if (in_list(s.v.share_nouns, w[k].text)) break;
    }
    if (k >= w.size() || !in_list(s.v.share_nouns, w[k].text)) return false;
    // Earnings per share only: "a net loss of ..., or $0.23 per share", not "book value of
    // $10.68 per share" or "a dividend of $0.10 per share".
    // "Pro forma net income ... was $201,000, or $0.01 per share": earnings of another measure
    // make the amount that measure's.
    bool earnings = false;
    for (size_t j = 0; j < f; ++j) {
        earnings = earnings ||
                   (w[j].kind == WordKind::word && (any_substring(s.v.income_words, w[j].text) ||
                                                    any_substring(s.v.loss_words, w[j].text)));
        b.non_gaap = b.non_gaap || phrase_at(w, j, s.v.non_gaap_words) > 0;
    }
    if (!earnings) return false;
    // "per basic share", "per share (diluted)" say it of this figure; else the sentence may.
    bool diluted = false, basic = false;
    auto scan = [&](size_t from, size_t to) {
        for (size_t j = from; j < to && j < w.size(); ++j) {
            if (w[j].kind == WordKind::figure) break;
            diluted = diluted || in_list(s.v.diluted_words, w[j].text);
            basic = basic || in_list(s.v.basic_words, w[j].text);
        }
    };
    scan(f + 2, k + 4);
    if (!diluted && !basic) {
        for (size_t j = 0; j < w.size() && w[j].kind != WordKind::stop; ++j) {
            diluted = diluted || in_list(s.v.diluted_words, w[j].text);
            basic = basic || in_list(s.v.basic_words, w[j].text);
        }
    }
    std::vector<size_t> diluted_ids, basic_ids;
    for (size_t c = 0; c < s.concepts.size(); ++c) {
        const Concept& k2 = s.concepts.at(c);
        if (k2.nature != Nature::per_share) continue;
        bool d = false;
        for (const auto& all : k2.words)
            for (const auto& part : all) d = d || any_substring(s.v.diluted_words, part);
        (d ? diluted_ids : basic_ids).push_back(c);
    }
    if (diluted && !basic) b.concepts = diluted_ids;
    if (basic && !diluted) b.concepts = basic_ids;
    if (diluted == basic) {
        b.concepts = diluted_ids;
        b.concepts.insert(b.concepts.end(), basic_ids.begin(), basic_ids.end());
    }
    b.concept_words = "per share";
    // The nearer of a loss word and an income word before the figure gives its sign.
    for (size_t j = f; j-- > 0;) {
        if (w[j].kind != WordKind::word) continue;
        if (any_substring(s.v.income_words, w[j].text)) break;
        if (any_substring(s.v.loss_words, w[j].text)) {
            b.negated = true;
            break;
        }
    }
    return !b.concepts.empty();
}

// "net sales for our accessory segment increased to ...": the concept a few words before the
// segment word at `k`.
bool segment_before(const SentenceContext& s, size_t k, ProseBinding& b) {
    const auto& w = s.w;
    for (size_t j = k; j-- > 0 && k - j <= kSegmentReach;) {
        auto found = s.phrases.ending_at(w, j);
        if (!found) continue;
        set_concept(s, found->first, j, *found->second, b);
        std::string segment;
        for (size_t x = j + 1; x <= k; ++x) {
            if (w[x].kind != WordKind::word || in_list(s.v.concept_neutral, w[x].text)) continue;
            if (!segment.empty()) segment += ' ';
            segment += w[x].text;
        }
        b.segment = segment;
        b.part_named = true;
        return true;
    }
    return false;
}

// "$30 million in revenues", "$6.7 million of losses" (not "$2.9 million of the Company's $30
// million": a part of another figure).
bool bind_after(const SentenceContext& s, size_t f, ProseBinding& b) {
    return concept_after(s, f + 1, b);
}

// "net sales increased to $30,023,000 from $12,013,000": the figure is the concept's amount;
// "an increase of $41 million" is a change, not an amount.
bool bind_before(const SentenceContext& s, size_t f, ProseBinding& b) {
    if (f + 1 < s.w.size() && s.w[f + 1].kind == WordKind::figure) return false;
    if (direction_before(s, f)) return false;
    return concept_before(s, f, b);
}

struct SentenceWords {
    size_t block = 0;
    std::vector<Word> words;
    std::vector<PeriodMention> mentions;
};

void bind_qualifier(const SentenceContext& s, size_t f, ProseBinding& b) {
    const std::pair<Qualifier, const std::vector<std::string>*> lists[] = {
        {Qualifier::approximate, &s.v.approximate_words},
        {Qualifier::nearly, &s.v.nearly_words},
        {Qualifier::at_least, &s.v.more_than_words},
        {Qualifier::at_most, &s.v.less_than_words}};
    for (const auto& [q, list] : lists) {
        if (size_t n = phrase_ending(s.w, f, *list)) {
            b.qualifier = q;
            for (size_t k = f - n; k < f; ++k) {
                if (!b.qualifier_words.empty()) b.qualifier_words += ' ';
                b.qualifier_words += s.w[k].text;
            }
            return;
        }
    }
}

}  // namespace

bool concept_after(const SentenceContext& s, size_t at, ProseBinding& b) {
    const auto& w = s.w;
    size_t k = at;
    if (k >= w.size() || w[k].kind != WordKind::word || (w[k].text != "in" && w[k].text != "of"))
        return false;
    ++k;
    while (k < w.size() && w[k].kind == WordKind::word &&
           (in_list(s.v.concept_neutral, w[k].text) || w[k].possessive) &&
           !s.phrases.ending_at(w, k))
        ++k;
    for (size_t end = std::min(w.size(), k + 8); end-- > k;) {
        auto found = s.phrases.ending_at(w, end);
        if (found && found->first == k) {
            set_concept(s, k, end, *found->second, b);
            return true;
        }
    }
    return false;
}

std::optional<size_t> direction_before(const SentenceContext& s, size_t f) {
    const Vocabulary& v = s.v;
    size_t k = f;
    while (k > 0 && s.w[k - 1].kind == WordKind::word) {
        size_t n = in_list(v.operand_leads, s.w[k - 1].text) ? 1 : 0;
        for (const auto* list :
             {&v.approximate_words, &v.nearly_words, &v.more_than_words, &v.less_than_words})
            n = std::max(n, phrase_ending(s.w, k, *list));
        if (n == 0) break;
        k -= n;
    }
    if (k > 0 && s.w[k - 1].kind == WordKind::word &&
        (s.w[k - 1].text == "of" || s.w[k - 1].text == "by"))
        --k;
    if (k == 0 || s.w[k - 1].kind != WordKind::word) return std::nullopt;
    const std::string& word = s.w[k - 1].text;
    if (in_list(v.increase_words, word) || in_list(v.decrease_words, word)) return k - 1;
    return std::nullopt;
}

bool concept_before(const SentenceContext& s, size_t from, ProseBinding& b) {
    const auto& w = s.w;
    for (size_t k = from; k-- > 0;) {
        if (const PeriodMention* m = mention_at(s, k)) {
            k = m->first;
            continue;
        }
        if (auto found = s.phrases.ending_at(w, k)) {
            size_t first = found->first;
            // "gross margin, as a percentage of net sales, decreased to 11%": a base named
            // apart; the concept is before it.
            if (size_t n = phrase_ending(w, first, s.v.percentage_of_words)) {
                k = first - n;
                continue;
            }
            set_concept(s, first, k, *found->second, b);
            return true;
        }
        if (w[k].kind == WordKind::word && in_list(s.v.segment_words, w[k].text))
            return segment_before(s, k, b);
        // Figures side by side with no words between are a table flattened into a line.
        if (w[k].kind == WordKind::figure && w[k + 1].kind == WordKind::figure) return false;
        if (!passable(s, w[k])) return false;
    }
    return false;
}

void bind_prose_figures(DocumentFacts& facts, const ConceptDictionary& concepts,
                        const Vocabulary& words) {
    if (!facts.document || facts.prose.empty()) return;
    const Document& doc = *facts.document;
    PhraseIndex phrases(concepts);
    PeriodResolver resolver(facts);
    const PeriodPhraseStarts starts(words);
    // First pass: every sentence's words and periods, so the release's quarter label is known
    // before any figure is bound.
    std::vector<SentenceWords> sentences;
    for (size_t b = 0; b < doc.blocks.size(); ++b) {
        for (size_t s = 0; s < doc.blocks[b].sentences.size(); ++s) {
            SentenceWords sentence{b, sentence_words(facts, b, s), {}};
            sentence.mentions = find_period_mentions(sentence.words, words, starts);
            resolver.learn(sentence.mentions);
            sentences.push_back(std::move(sentence));
        }
    }
    resolver.settle();
    std::optional<Period> carried;
    size_t block = SIZE_MAX;
    for (const SentenceWords& sentence : sentences) {
        if (sentence.block != block) carried.reset();
        block = sentence.block;
        SentenceContext s{
            facts, words, phrases, concepts, sentence.words, sentence.mentions, sentence.block};
        for (size_t f = 0; f < s.w.size(); ++f) {
            if (s.w[f].kind != WordKind::figure) continue;
            ProseFigure& pf = facts.prose[s.w[f].figure];
            ProseBinding b;
            bool bound =
                pf.role == ProseRole::percent
                    ? bind_before(s, f, b) || bind_change(s, f, b)
                    : bind_per_share(s, f, b) || bind_after(s, f, b) || bind_before(s, f, b);
            if (!bound) continue;
            bind_qualifier(s, f, b);
            pf.binding = std::move(b);
        }
        bind_periods(s, resolver, carried, facts.prose);
    }
}

}  // namespace crossfoot
