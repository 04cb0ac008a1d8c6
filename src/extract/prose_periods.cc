#include "extract/prose_periods.h"

#include <algorithm>
#include <cctype>

namespace crossfoot {

namespace {

constexpr size_t kAppositionGap = 3;  // ", or its": an explicit period and its label side by side

bool digits(const std::string& s, size_t min, size_t max) {
    return s.size() >= min && s.size() <= max && std::all_of(s.begin(), s.end(), [](char c) {
               return std::isdigit(static_cast<unsigned char>(c)) != 0;
           });
}

int number(const std::string& s) { return std::stoi(s.substr(0, 6)); }

const Word* word_at(const std::vector<Word>& w, size_t i) {
    return i < w.size() && w[i].kind != WordKind::stop ? &w[i] : nullptr;
}

bool is(const std::vector<Word>& w, size_t i, const std::vector<std::string>& list) {
    const Word* x = word_at(w, i);
    return x && x->kind == WordKind::word && in_list(list, x->text);
}

std::optional<size_t> index_in(const std::vector<std::string>& list, const std::string& word) {
    auto it = std::find(list.begin(), list.end(), word);
    if (it == list.end()) return std::nullopt;
    return static_cast<size_t>(it - list.begin());
}

// "May 29, 2004" at word `i`: the date and the words after it.
std::optional<CalendarDate> date_at(const std::vector<Word>& w, size_t& i, const Vocabulary& v) {
    const Word* month = word_at(w, i);
    if (!month || month->kind != WordKind::word) return std::nullopt;
    auto m = index_in(v.month_names, month->text);
    if (!m) return std::nullopt;
    size_t k = i + 1;
    const Word* day = word_at(w, k);
    if (!day || !digits(day->text, 1, 2)) return std::nullopt;
    ++k;
    if (word_at(w, k) && w[k].kind == WordKind::comma) ++k;
    const Word* year = word_at(w, k);
    if (!year || !digits(year->text, 4, 4)) return std::nullopt;
    CalendarDate d{number(year->text), static_cast<int>(*m % 12) + 1, number(day->text)};
    if (!is_valid_date(d)) return std::nullopt;
    i = k + 1;
    return d;
}

// A length in months at word `i`: "three months", "13 weeks", "quarter", "fiscal year".
std::optional<int> length_at(const std::vector<Word>& w, size_t& i, const Vocabulary& v) {
    const Word* x = word_at(w, i);
    if (!x) return std::nullopt;
    if (in_list(v.quarter_words, x->text)) return ++i, 3;
    if (in_list(v.half_words, x->text)) return ++i, 6;
    if (in_list(v.year_words, x->text)) return ++i, 12;
    std::optional<int> count;
    if (auto n = index_in(v.number_words, x->text)) count = static_cast<int>(*n) + 1;
    if (digits(x->text, 1, 2)) count = number(x->text);
    if (!count) return std::nullopt;
    if (is(w, i + 1, v.month_words)) return i += 2, *count;
    if (is(w, i + 1, v.week_words)) return i += 2, (*count + 2) / 13 * 3;
    return std::nullopt;
}

std::optional<PeriodMention> explicit_at(const std::vector<Word>& w, size_t i,
                                         const Vocabulary& v) {
    size_t k = i;
    if (is(w, k, v.fiscal_words)) ++k;
    auto months = length_at(w, k, v);
    if (months && word_at(w, k) && in_list(v.period_nouns, w[k].text)) ++k;  // "month period"
    if (!months || !is(w, k, v.ended_words)) return std::nullopt;
    ++k;
    auto end = date_at(w, k, v);
    if (!end) return std::nullopt;
    PeriodMention m;
    m.first = i;
    m.last = k;
    m.period.months = *months;
    m.period.end = end;
    return m;
}

std::optional<PeriodMention> label_at(const std::vector<Word>& w, size_t i, const Vocabulary& v) {
    PeriodMention m;
    m.kind = MentionKind::label;
    m.first = i;
    size_t k = i;
    const Word* x = word_at(w, k);
    if (!x || x->kind != WordKind::word) return std::nullopt;
    if (auto q = index_in(v.ordinal_words, x->text); q && is(w, k + 1, v.quarter_words)) {
        m.label.quarter = static_cast<int>(*q % 4) + 1;
        k += 2;
    } else if (x->text.size() == 2 && x->text[0] == 'q' && x->text[1] >= '1' && x->text[1] <= '4') {
        m.label.quarter = x->text[1] - '0';
        k += 1;
    } else if (!is(w, k, v.fiscal_words)) {
        // "in 2006": a year by itself after a preposition.
        bool after_preposition =
            i > 0 && w[i - 1].kind == WordKind::word && in_list(v.year_prepositions, w[i - 1].text);
        if (!after_preposition || !digits(x->text, 4, 4)) return std::nullopt;
        m.label.year = number(x->text);
        m.last = i + 1;
        return m;
    }
    // "of", "of the" and "fiscal" ("year") before the year, in any of the usual orders.
    size_t before_year = k;
    while (word_at(w, k) && w[k].kind == WordKind::word &&
           (w[k].text == "of" || w[k].text == "the" || in_list(v.fiscal_words, w[k].text) ||
            (m.label.quarter == 0 && in_list(v.year_words, w[k].text)))) {
        if (in_list(v.fiscal_words, w[k].text)) m.label.fiscal = true;
        ++k;
    }
    if (word_at(w, k) && digits(w[k].text, 4, 4)) {
        m.label.year = number(w[k].text);
        m.last = k + 1;
        return m;
    }
    if (m.label.quarter == 0) return std::nullopt;  // "fiscal" alone names no period
    m.last = before_year;
    return m;
}

}  // namespace

PeriodPhraseStarts::PeriodPhraseStarts(const Vocabulary& v) {
    for (const auto* list : {&v.prior_year_phrases, &v.sequential_phrases, &v.year_to_date_phrases,
                             &v.current_period_phrases}) {
        for (const std::string& phrase : *list) words.insert(phrase.substr(0, phrase.find(' ')));
    }
}

std::vector<PeriodMention> find_period_mentions(const std::vector<Word>& w, const Vocabulary& v,
                                                const PeriodPhraseStarts& starts) {
    std::vector<PeriodMention> out;
    for (size_t i = 0; i < w.size();) {
        if (w[i].kind == WordKind::comma || w[i].kind == WordKind::stop) {
            ++i;
            continue;
        }
        std::optional<PeriodMention> m = explicit_at(w, i, v);
        if (!m) m = label_at(w, i, v);
        if (!m && !starts.words.count(w[i].text)) {
            ++i;
            continue;
        }
        const std::pair<MentionKind, const std::vector<std::string>*> relative[] = {
            {MentionKind::prior_year, &v.prior_year_phrases},
            {MentionKind::sequential, &v.sequential_phrases},
            {MentionKind::year_to_date, &v.year_to_date_phrases},
            {MentionKind::current, &v.current_period_phrases}};
        for (const auto& [kind, list] : relative) {
            if (m) break;
            if (size_t n = phrase_at(w, i, *list)) {
                m = PeriodMention{};
                m->kind = kind;
                m->first = i;
                m->last = i + n;
            }
        }
        if (!m) {
            ++i;
            continue;
        }
        i = m->last;
        out.push_back(*m);
    }
    return out;
}

PeriodResolver::PeriodResolver(const DocumentFacts& facts) {
    bool quarter_seen = false;
    for (const auto& table : facts.tables) {
        for (const Period& p : table.column_periods) {
            // Releases print the current period first: the first quarter column is the
            // release's quarter (not the latest date printed, which a misprint can move). When
            // its date cannot be read, the release's quarter is not known.
            if (p.months == 3 && !quarter_seen) {
                quarter_seen = true;
                latest_ = p.end;
            }
            if (p.complete() && *p.months != 0) columns_.push_back(p);
        }
    }
}

void PeriodResolver::learn(const std::vector<PeriodMention>& mentions) {
    for (size_t i = 0; i < mentions.size(); ++i) {
        const PeriodMention& m = mentions[i];
        if (m.kind != MentionKind::label || m.label.quarter == 0 || m.label.year == 0) continue;
        auto it = std::find_if(label_counts_.begin(), label_counts_.end(),
                               [&](const auto& c) { return c.first == m.label; });
        if (it == label_counts_.end()) {
            label_counts_.push_back({m.label, 1});
        } else {
            ++it->second;
        }
        bool beside = i > 0 && mentions[i - 1].kind == MentionKind::explicit_period &&
                      m.first - mentions[i - 1].last <= kAppositionGap && m.label.fiscal;
        const Period& p = beside ? mentions[i - 1].period : Period{};
        if (beside && p.months == 3 && latest_ && same_period(p, Period{3, latest_, {}}))
            beside_explicit_ = m.label;
    }
}

void PeriodResolver::settle() {
    if (beside_explicit_) {
        anchor_ = beside_explicit_;
        return;
    }
    int best = 0;
    for (const auto& [label, count] : label_counts_) {
        bool later =
            anchor_ && label.year * 4 + label.quarter > anchor_->year * 4 + anchor_->quarter;
        if (count > best || (count == best && later)) {
            anchor_ = label;
            best = count;
        }
    }
}

std::optional<Period> PeriodResolver::column_like(int months, const CalendarDate& end) const {
    Period wanted{months, end, {}};
    for (const Period& p : columns_) {
        if (same_period(p, wanted)) return Period{p.months, p.end, {}};
    }
    return wanted;
}

std::optional<Period> PeriodResolver::resolve_label(const PeriodLabel& label) const {
    if (label.quarter == 0) {
        for (const Period& p : columns_) {
            if (*p.months == 12 && p.end->year == label.year) return Period{12, p.end, {}};
        }
        return std::nullopt;
    }
    if (!latest_) return std::nullopt;
    if (label.year == 0) {
        if (anchor_ && anchor_->quarter == label.quarter) return Period{3, latest_, {}};
        return std::nullopt;
    }
    if (anchor_ && anchor_->fiscal && label.fiscal) {
        int offset = (anchor_->year * 4 + anchor_->quarter) - (label.year * 4 + label.quarter);
        if (offset < 0) return std::nullopt;  // a quarter to come: an outlook, not a result
        return column_like(3, months_before(*latest_, 3 * offset));
    }
    if (label.fiscal) return std::nullopt;
    int month = label.quarter * 3;
    return column_like(3, CalendarDate{label.year, month, days_in_month(label.year, month)});
}

std::optional<Period> PeriodResolver::resolve(const PeriodMention& m,
                                              const std::optional<Period>& base) const {
    switch (m.kind) {
        case MentionKind::explicit_period:
            return column_like(*m.period.months, *m.period.end);
        case MentionKind::label:
            return resolve_label(m.label);
        case MentionKind::current:
            if (!latest_) return std::nullopt;
            return Period{3, latest_, {}};
        case MentionKind::prior_year:
            if (!base || !base->complete()) return std::nullopt;
            return column_like(*base->months, months_before(*base->end, 12));
        case MentionKind::sequential:
            if (!base || !base->complete() || *base->months != 3) return std::nullopt;
            return column_like(3, months_before(*base->end, 3));
        case MentionKind::year_to_date: {
            std::optional<Period> best;
            for (const Period& p : columns_) {
                if (latest_ && *p.months > 3 && same_period(p, Period{p.months, latest_, {}}) &&
                    (!best || *p.months > *best->months))
                    best = p;
            }
            return best;
        }
    }
    return std::nullopt;
}

}  // namespace crossfoot
