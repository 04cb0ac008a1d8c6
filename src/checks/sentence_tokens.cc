#include "checks/sentence_tokens.h"

#include <cctype>

#include "common/text.h"

namespace crossfoot {

namespace {

bool is_alpha(char c) { return text::is_ascii_alpha(c); }

PhraseList split(const std::vector<std::string>& entries) {
    PhraseList out;
    for (const auto& entry : entries) {
        std::vector<std::string> words;
        size_t i = 0;
        while (i < entry.size()) {
            size_t j = entry.find(' ', i);
            if (j == std::string::npos) j = entry.size();
            if (j > i) words.push_back(entry.substr(i, j - i));
            i = j + 1;
        }
        if (!words.empty()) out.push_back(std::move(words));
    }
    return out;
}

bool contains_any(const std::string& word, const std::vector<std::string>& parts) {
    for (const auto& part : parts) {
        if (word.find(part) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

ChangeWords::ChangeWords(const Vocabulary& v)
    : increase(split(v.increase_words)),
      decrease(split(v.decrease_words)),
      to(split(v.change_to_words)),
      from(split(v.change_from_words)),
      comparison(split(v.comparison_words)),
      links(split(v.change_links)),
      continuations(split(v.change_continuations)),
      objects(split(v.change_objects)),
      percent_leads(split(v.percent_leads)),
      leads(split(v.operand_leads)),
      of(split(v.operand_of_words)),
      clause(split(v.clause_words)),
      per(split(v.per_words)),
      approximate(split(v.approximate_words)),
      nearly(split(v.nearly_words)),
      more_than(split(v.more_than_words)),
      less_than(split(v.less_than_words)),
      loss(v.loss_words),
      income(v.income_words) {}

SentenceTokens::SentenceTokens(const Document& document, std::span<const ProseFigure> figures)
    : document_(document), block_(document.blocks[figures.front().block]) {
    std::string_view text = block_.content.text;
    Sentence s = block_.sentences.empty() ? Sentence{0, text.size()}
                                          : block_.sentences[figures.front().sentence];
    size_t i = std::min(s.begin, figures.front().begin);
    size_t end = std::max(s.end, figures.back().end);
    size_t f = 0;
    while (i < end) {
        if (f < figures.size() && i >= figures[f].begin) {
            const ProseFigure& pf = figures[f++];
            i = std::max(i, pf.end);
            // "92 percent": the word is part of the figure.
            if (pf.role == ProseRole::percent && pf.figure.text.find('%') == std::string::npos) {
                while (i < end && text[i] == ' ') ++i;
                while (i < end && is_alpha(text[i])) ++i;
            }
            tokens_.push_back({TokenKind::figure, pf.begin, pf.end, "", &pf, i});
            continue;
        }
        char c = text[i];
        if (is_alpha(c)) {
            size_t j = i;
            while (j < end && is_alpha(text[j])) ++j;
            tokens_.push_back(
                Token{TokenKind::word, i, j, text::lower(text.substr(i, j - i)), nullptr, 0});
            i = j;
            continue;
        }
        if (c == ',') tokens_.push_back(Token{TokenKind::comma, i, i + 1, "", nullptr, 0});
        if (c == ';' || c == ':')
            tokens_.push_back(Token{TokenKind::stop, i, i + 1, "", nullptr, 0});
        bool dash_alone = c == '-' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '-') &&
                          (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '-');
        if (dash_alone || text.substr(i, 3) == "\xE2\x80\x94")
            tokens_.push_back(Token{TokenKind::stop, i, i + 1, "", nullptr, 0});
        if (c == '&') tokens_.push_back(Token{TokenKind::word, i, i + 1, "and", nullptr, 0});
        ++i;
    }
}

bool SentenceTokens::is_percent(size_t i) const {
    return tokens_[i].kind == TokenKind::figure && tokens_[i].figure->role == ProseRole::percent;
}

bool SentenceTokens::is_operand(size_t i) const {
    if (tokens_[i].kind != TokenKind::figure) return false;
    const ProseFigure& pf = *tokens_[i].figure;
    return (pf.role == ProseRole::amount || pf.role == ProseRole::count) &&
           is_amount(pf.figure.unit) && !pf.figure.nil;
}

bool SentenceTokens::is_transparent(size_t i) const {
    if (tokens_[i].kind != TokenKind::figure) return false;
    ProseRole r = tokens_[i].figure->role;
    return r != ProseRole::amount && r != ProseRole::count && r != ProseRole::percent;
}

bool SentenceTokens::is_year(size_t i) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::figure &&
           tokens_[i].figure->role == ProseRole::year;
}

bool SentenceTokens::same_count_unit(size_t a, size_t b) const {
    auto counted = [&](size_t i) { return tokens_[i].figure->role == ProseRole::count; };
    if (!counted(a) && !counted(b)) return true;
    auto unit = [&](size_t i) {
        return i + 1 < tokens_.size() && tokens_[i + 1].kind == TokenKind::word
                   ? tokens_[i + 1].word
                   : std::string();
    };
    return counted(a) && counted(b) && !unit(a).empty() && unit(a) == unit(b);
}

size_t SentenceTokens::phrase_ending(size_t end, const PhraseList& list) const {
    size_t best = 0;
    for (const auto& phrase : list) {
        if (phrase.size() > end || phrase.size() <= best) continue;
        size_t at = end - phrase.size();
        bool match = true;
        for (size_t k = 0; k < phrase.size() && match; ++k) {
            const Token& t = tokens_[at + k];
            match = t.kind == TokenKind::word && t.word == phrase[k];
        }
        if (match) best = phrase.size();
    }
    return best;
}

size_t SentenceTokens::phrase_starting(size_t begin, const PhraseList& list) const {
    size_t best = 0;
    for (const auto& phrase : list) {
        if (begin + phrase.size() > tokens_.size() || phrase.size() <= best) continue;
        bool match = true;
        for (size_t k = 0; k < phrase.size() && match; ++k) {
            const Token& t = tokens_[begin + k];
            match = t.kind == TokenKind::word && t.word == phrase[k];
        }
        if (match) best = phrase.size();
    }
    return best;
}

std::pair<Qualifier, size_t> SentenceTokens::qualifier_ending(size_t end,
                                                              const ChangeWords& w) const {
    std::pair<Qualifier, size_t> best{Qualifier::none, 0};
    for (auto [q, list] :
         {std::pair{Qualifier::approximate, &w.approximate},
          std::pair{Qualifier::nearly, &w.nearly}, std::pair{Qualifier::at_least, &w.more_than},
          std::pair{Qualifier::at_most, &w.less_than}}) {
        size_t n = phrase_ending(end, *list);
        if (n > best.second) best = {q, n};
    }
    return best;
}

bool SentenceTokens::listed(size_t i, const ChangeWords& w) const {
    size_t j = i;
    while (j > 0 && phrase_ending(j, w.leads)) --j;
    return j > 0 && (tokens_[j - 1].kind == TokenKind::comma || phrase_ending(j, w.clause));
}

bool SentenceTokens::clause_between(size_t from, size_t to, const ChangeWords& w) const {
    for (size_t j = from + 1; j < to; ++j) {
        if (tokens_[j].kind == TokenKind::stop || phrase_ending(j + 1, w.clause)) return true;
    }
    return false;
}

bool SentenceTokens::mixes_loss_and_income(const ChangeWords& w) const {
    bool loss = false;
    bool income = false;
    for (const auto& t : tokens_) {
        if (t.kind != TokenKind::word) continue;
        loss = loss || contains_any(t.word, w.loss);
        income = income || contains_any(t.word, w.income);
    }
    return loss && income;
}

StatedChange SentenceTokens::change(size_t p, size_t current, size_t prior, Direction d,
                                    size_t direction_token, Qualifier q,
                                    size_t qualifier_begin) const {
    StatedChange c;
    c.percent = tokens_[p].figure;
    c.current = tokens_[current].figure;
    c.prior = tokens_[prior].figure;
    c.direction = d;
    const Token& dt = tokens_[direction_token];
    c.direction_word = std::string(block_.content.text.substr(dt.begin, dt.end - dt.begin));
    c.direction_span = block_.content.span_of(*document_.source, dt.begin, dt.end);
    c.qualifier = q;
    size_t begin = q != Qualifier::none ? tokens_[qualifier_begin].begin : tokens_[p].begin;
    c.stated_words = std::string(block_.content.text.substr(begin, tokens_[p].words_end - begin));
    if (q != Qualifier::none) {
        c.qualifier_words =
            std::string(block_.content.text.substr(begin, tokens_[p - 1].end - begin));
    }
    return c;
}

}  // namespace crossfoot
