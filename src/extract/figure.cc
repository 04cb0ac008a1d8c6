#include "crossfoot/figure.h"

#include <array>
#include <cctype>

#include "common/text.h"

namespace crossfoot {

namespace {

// Printed as nothing: dashes (also as HTML spells them, when a reader keeps a cell's bytes as
// they stand), and "not applicable" or "not meaningful".
constexpr std::array<std::string_view, 21> kNilTokens = {
    "--",     "-",      "\xE2\x80\x94", "\xE2\x80\x93", "---",      "&mdash;",  "&ndash;",
    "&#151;", "&#150;", "&#8212;",      "&#8211;",      "&#x2014;", "&#x2013;", "n/a",
    "N/A",    "nm",     "NM",           "n.m.",         "N.M.",     "N/M",      "n/m"};

// Units of a change in a percentage, printed after the number: "1.8 pts", "(242)bp.".
struct UnitWord {
    std::string_view word;
    Unit unit;
};
constexpr std::array<UnitWord, 10> kUnitWords = {{{"percentage points", Unit::points},
                                                  {"basis points", Unit::basis_points},
                                                  {"points", Unit::points},
                                                  {"ppts", Unit::points},
                                                  {"pts", Unit::points},
                                                  {"ppt", Unit::points},
                                                  {"pt", Unit::points},
                                                  {"pp", Unit::points},
                                                  {"bps", Unit::basis_points},
                                                  {"bp", Unit::basis_points}}};

struct ScaleWord {
    std::string_view word;
    int exponent;
};
constexpr std::array<ScaleWord, 6> kScaleWords = {
    {{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}, {"mil", 6}, {"bn", 9}}};

using text::trim;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "30,023" or "1,394.50" or "0.23": groups of three after the first comma, one optional point.
// At most kMaxSignificantDigits significant digits, and no more leading zeros than that.
std::optional<Decimal> parse_grouped_number(std::string_view s) {
    std::string digits;
    size_t significant = 0;
    size_t leading_zeros = 0;
    size_t group = 0;
    bool comma_seen = false;
    bool point_seen = false;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (is_digit(c)) {
            if (significant > 0 || c != '0') {
                if (++significant > kMaxSignificantDigits) return std::nullopt;
            } else if (++leading_zeros > kMaxSignificantDigits) {
                return std::nullopt;
            }
            digits += c;
            ++group;
        } else if (c == ',' && !point_seen) {
            if (group == 0 || (comma_seen && group != 3) || (!comma_seen && group > 3))
                return std::nullopt;
            comma_seen = true;
            group = 0;
        } else if (c == '.' && !point_seen) {
            if (comma_seen && group != 3) return std::nullopt;
            point_seen = true;
            digits += c;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (comma_seen && !point_seen && group != 3) return std::nullopt;
    if (digits.empty() || digits.back() == '.' || digits.front() == '.') {
        if (!(digits.size() > 1 && digits.front() == '.')) return std::nullopt;
        digits = "0" + digits;  // ".5"
    }
    return Decimal::parse(digits);
}

// Strips a unit word (and the stop after an abbreviation) from the end of `s`: "242)bp." ->
// "242)", basis points. The word must not run on from a letter: "(1.8 pts)" but not "depts".
std::optional<Unit> strip_unit_word(std::string_view& s) {
    std::string_view t = s;
    if (!t.empty() && t.back() == '.') t.remove_suffix(1);
    for (const auto& [word, unit] : kUnitWords) {
        if (t.size() <= word.size() || t.substr(t.size() - word.size()) != word) continue;
        char before = t[t.size() - word.size() - 1];
        if (std::isalpha(static_cast<unsigned char>(before))) continue;
        s = trim(t.substr(0, t.size() - word.size()));
        return unit;
    }
    return std::nullopt;
}

// "(1.8 pts)" -> "(1.8)" and "(242)bp" -> "(242)": the unit read off, inside or after the
// parentheses. Returns the unit, and the figure's text without it in `kept`.
std::optional<Unit> read_unit_suffix(std::string_view s, std::string& kept) {
    if (auto unit = strip_unit_word(s)) {
        kept = s;
        return unit;
    }
    if (s.size() < 2 || s.back() != ')') return std::nullopt;
    std::string_view inner = s.substr(0, s.size() - 1);
    auto unit = strip_unit_word(inner);
    if (unit) kept = std::string(inner) + ")";
    return unit;
}

}  // namespace

std::optional<Unit> unit_word(std::string_view word) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    for (const auto& [w, unit] : kUnitWords) {
        if (w == word) return unit;
    }
    return std::nullopt;
}

std::optional<PrintedFigure> parse_figure(std::string_view text) {
    std::string_view s = trim(text);
    PrintedFigure figure;
    // "—%": no change printed in a column of percentages.
    std::string_view unitless = s;
    if (!s.empty() && s.back() == '%') {
        unitless = trim(s.substr(0, s.size() - 1));
        figure.unit = Unit::percent;
    }
    for (auto nil : kNilTokens) {
        if (unitless == nil) {
            figure.nil = true;
            figure.not_applicable = std::isalpha(static_cast<unsigned char>(nil.front())) != 0;
            figure.number_begin = static_cast<size_t>(s.data() - text.data());
            figure.number_end = figure.number_begin + s.size();
            return figure;
        }
    }
    figure.unit = Unit::count;
    auto offset = [&](std::string_view part) {
        return static_cast<size_t>(part.data() - text.data());
    };
    if (!s.empty() && s.front() == '$') {
        figure.unit = Unit::currency;
        s = trim(s.substr(1));
        for (auto nil : kNilTokens) {
            if (s == nil) {  // "$    -"
                figure.nil = true;
                figure.not_applicable = std::isalpha(static_cast<unsigned char>(nil.front())) != 0;
                figure.number_begin = offset(s);
                figure.number_end = figure.number_begin + s.size();
                return figure;
            }
        }
    }
    // A trailing scale word: "6.7 million".
    int word_scale = 0;
    for (const auto& [word, exponent] : kScaleWords) {
        if (s.size() > word.size() + 1 && s.substr(s.size() - word.size()) == word &&
            s[s.size() - word.size() - 1] == ' ') {
            word_scale = exponent;
            s = trim(s.substr(0, s.size() - word.size()));
            break;
        }
    }
    figure.number_begin = offset(s);
    figure.number_end = figure.number_begin + s.size();
    std::string unit_free;
    if (auto unit = read_unit_suffix(s, unit_free)) {
        if (figure.unit == Unit::currency || word_scale != 0) return std::nullopt;
        auto rest = parse_figure(unit_free);
        if (!rest || rest->nil || rest->unit != Unit::count) return std::nullopt;
        rest->unit = *unit;
        rest->number_begin = figure.number_begin;
        rest->number_end = figure.number_end;
        return rest;
    }
    // "(0.9)%": a decrease printed with its percent sign outside the parentheses.
    bool percent_outside = s.size() >= 4 && s.front() == '(' && s.substr(s.size() - 2) == ")%";
    if (percent_outside) s.remove_suffix(1);
    bool negative = false;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {
        figure.parenthesized = negative = true;
        s = trim(s.substr(1, s.size() - 2));
        if (figure.unit != Unit::currency && !s.empty() && s.front() == '$') {
            figure.unit = Unit::currency;  // "($0.01)"
            s = trim(s.substr(1));
        }
    } else if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
        negative = s.front() == '-';
        s = trim(s.substr(1));
        if (!s.empty() && s.front() == '$') {
            figure.unit = Unit::currency;  // "-$1.2"
            s = trim(s.substr(1));
        }
    }
    if (percent_outside) {
        if (figure.unit == Unit::currency) return std::nullopt;
        figure.unit = Unit::percent;
    } else if (!s.empty() && s.back() == '%') {
        if (figure.unit == Unit::currency) return std::nullopt;
        figure.unit = Unit::percent;
        s = trim(s.substr(0, s.size() - 1));
    }
    if (s.empty() || !is_digit(s.back()) || !(is_digit(s.front()) || s.front() == '.'))
        return std::nullopt;
    auto number = parse_grouped_number(s);
    if (!number) return std::nullopt;
    figure.number = (negative ? number->negated() : *number).scaled(word_scale);
    return figure;
}

Interval Figure::interval() const {
    Rational v = value.value();
    if (nil) return Interval::point(v);
    int significant = value.exponent();
    if (!trailing_zeros_significant && !value.is_zero()) significant += value.trailing_zeros();
    // Half a unit of the last significant place, 10^significant / 2, made without a division.
    Rational half = Decimal(5, significant - 1).value();
    return {v - half, v + half};
}

std::string Figure::format_like(const Rational& v) const {
    int places = value.exponent() < scale ? scale - value.exponent() : 0;
    std::string plain = (v / Rational::pow10(scale)).abs().to_fixed(places);
    std::string grouped = group_thousands(plain);
    if (unit == Unit::percent) grouped += "%";
    if (unit == Unit::points) grouped += " pts";
    if (unit == Unit::basis_points) grouped += "bp";
    if (!v.is_negative() || plain.find_first_not_of("0.") == std::string::npos) return grouped;
    // Financial tables print negatives in parentheses unless this figure shows a minus sign.
    return !text.empty() && text.front() == '-' ? "-" + grouped : "(" + grouped + ")";
}

}  // namespace crossfoot
