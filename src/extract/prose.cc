// Numbers in prose: found once each, located, and told apart from what is not an amount
// (years, dates, times, phone numbers, ordinals, note and item numbers).
#include <algorithm>
#include <cctype>

#include "common/text.h"
#include "crossfoot/facts.h"

namespace crossfoot {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return text::is_ascii_alpha(c); }

// The word that ends right before `at` (skipping spaces), lower-cased.
std::string word_before(std::string_view text, size_t at) {
    size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > 0 && (is_alpha(text[begin - 1]) || text[begin - 1] == '.')) --begin;
    return text::lower(text.substr(begin, end - begin));
}

bool is_month(std::string_view word, const Vocabulary& words) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    return std::find(words.months.begin(), words.months.end(), word) != words.months.end();
}

struct Token {
    size_t begin = 0;
    size_t end = 0;  // the figure: "$6.7 million", "1,222%"
    size_t digits_end = 0;
    bool dollar = false;
    bool percent = false;
    int scale = 0;  // the power of ten of a scale word after the number
};

// The number starting at `i`: digits with thousands commas and one point, then a scale word
// and a percent sign.
Token scan_number(std::string_view text, size_t i, const Vocabulary& words) {
    Token t;
    t.begin = i;
    if (text[i] == '$') {
        t.dollar = true;
        ++i;
    }
    size_t j = i;
    while (j < text.size()) {
        char c = text[j];
        bool inner = (c == ',' || c == '.') && j + 1 < text.size() && is_digit(text[j + 1]) &&
                     j > i && is_digit(text[j - 1]);
        if (!is_digit(c) && !inner) break;
        ++j;
    }
    t.digits_end = t.end = j;
    for (const auto& [word, exponent] : words.number_scale) {
        size_t end = j + 1 + word.size();
        if (j < text.size() && text[j] == ' ' &&
            text::lower(text.substr(j + 1, word.size())) == word &&
            (end >= text.size() || !is_alpha(text[end]))) {
            t.end = std::min(end, text.size());
            t.scale = exponent;
            break;
        }
    }
    if (t.end < text.size() && text[t.end] == '%') {
        t.percent = true;
        ++t.end;
    } else if (text.substr(t.end, 8) == " percent") {
        t.percent = true;
    }
    return t;
}

ProseRole role_of(std::string_view text, const Token& t, const Vocabulary& words) {
    std::string_view digits =
        text.substr(t.begin + (t.dollar ? 1 : 0), t.digits_end - t.begin - (t.dollar ? 1 : 0));
    char after = t.end < text.size() ? text[t.end] : ' ';
    char before = t.begin > 0 ? text[t.begin - 1] : ' ';
    if (t.percent) return ProseRole::percent;
    if (t.dollar) return ProseRole::amount;
    std::string previous = word_before(text, t.begin);
    for (const auto& w : words.reference_words) {
        if (previous == w) return ProseRole::reference;  // "Form 10-Q", "Note 4"
    }
    // "(800) 555-1212", "555-1212", "1-800-555-1212".
    bool digit_after_dash = after == '-' && t.end + 1 < text.size() && is_digit(text[t.end + 1]);
    bool digit_before_dash = before == '-' && t.begin >= 2 && is_digit(text[t.begin - 2]);
    if (digit_after_dash || digit_before_dash ||
        (before == '(' && after == ')' && digits.size() == 3))
        return ProseRole::phone;
    bool digit_after_colon = after == ':' && t.end + 1 < text.size() && is_digit(text[t.end + 1]);
    bool digit_before_colon = before == ':' && t.begin >= 2 && is_digit(text[t.begin - 2]);
    if (digit_after_colon || digit_before_colon) return ProseRole::time;  // "4:30 p.m."
    if (after == '/' || before == '/') return ProseRole::date;            // "05/29/04"
    std::string_view rest = text.substr(t.end, 2);
    if (rest == "st" || rest == "nd" || rest == "rd" || rest == "th") return ProseRole::ordinal;
    if (is_month(previous, words)) return ProseRole::date;  // "May 29", "June 2004"
    bool plain = digits.find_first_not_of("0123456789") == std::string_view::npos;
    if (plain && digits.size() == 4 && (digits.substr(0, 2) == "19" || digits.substr(0, 2) == "20"))
        return ProseRole::year;
    // "May 29, 2004": a day then a year after a month.
    if (plain && digits.size() <= 2 && text.substr(t.end, 2) == ", " &&
        is_month(word_before(text, t.begin), words))
        return ProseRole::date;
    return t.scale > 0 ? ProseRole::amount : ProseRole::count;
}

void scan_block(const Document& document, size_t b, const Vocabulary& words,
                std::vector<ProseFigure>& out) {
    const TextBlock& block = document.blocks[b];
    std::string_view text = block.content.text;
    size_t sentence = 0;
    size_t i = 0;
    while (i < text.size()) {
        bool starts =
            is_digit(text[i]) || (text[i] == '$' && i + 1 < text.size() && is_digit(text[i + 1]));
        // Inside a word ("10-Q", "Q2", "800G") is not a number.
        if (!starts || (i > 0 && (is_alpha(text[i - 1]) || is_digit(text[i - 1])))) {
            ++i;
            continue;
        }
        Token t = scan_number(text, i, words);
        i = std::max(t.end, i + 1);
        if (t.end < text.size() && is_alpha(text[t.end]) && t.scale == 0 && !t.percent) continue;
        // The scale word is the vocabulary's: read the number without it, then scale.
        size_t number_end = t.scale > 0 ? t.digits_end : t.end;
        auto printed = parse_figure(text.substr(t.begin, number_end - t.begin));
        if (!printed) continue;
        while (sentence + 1 < block.sentences.size() && block.sentences[sentence].end <= t.begin)
            ++sentence;
        ProseFigure pf;
        pf.role = role_of(text, t, words);
        pf.block = b;
        pf.sentence = sentence;
        pf.begin = t.begin;
        pf.end = t.end;
        Figure& f = pf.figure;
        f.text = std::string(text.substr(t.begin, t.end - t.begin));
        f.span = block.content.span_of(*document.source, t.begin, t.end);
        f.unit = printed->unit;
        f.value = printed->number.scaled(t.scale);
        // "$600,000" in prose is a rounded figure: its trailing zeros are not significant. A
        // percentage keeps every digit (150% is 149.5 to 150.5), and so do digits printed after
        // a decimal point ("$0.10 per share", "$30.0 million").
        std::string_view digits = text.substr(t.begin, t.digits_end - t.begin);
        f.trailing_zeros_significant =
            pf.role == ProseRole::percent || digits.find('.') != std::string_view::npos;
        out.push_back(std::move(pf));
    }
}

}  // namespace

std::string_view prose_role_name(ProseRole role) {
    switch (role) {
        case ProseRole::amount:
            return "amount";
        case ProseRole::percent:
            return "percent";
        case ProseRole::count:
            return "count";
        case ProseRole::year:
            return "year";
        case ProseRole::date:
            return "date";
        case ProseRole::time:
            return "time";
        case ProseRole::phone:
            return "phone";
        case ProseRole::ordinal:
            return "ordinal";
        case ProseRole::reference:
            return "reference";
    }
    return "count";
}

std::vector<ProseFigure> find_prose_figures(const Document& document, const Vocabulary& words) {
    std::vector<ProseFigure> out;
    if (!document.source) return out;
    for (size_t b = 0; b < document.blocks.size(); ++b) scan_block(document, b, words, out);
    return out;
}

}  // namespace crossfoot
