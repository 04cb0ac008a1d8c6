// Periods named by column headers, and the calendar arithmetic that compares them.
#include "crossfoot/periods.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <vector>

#include "common/text.h"

namespace crossfoot {

namespace {

constexpr long kWeekSlack = 7;

bool is_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s.substr(0, 6)) v = v * 10 + (c - '0');
    return v;
}

int full_year(int year) { return year < 100 ? (year < 50 ? 2000 + year : 1900 + year) : year; }

// Lower-cased words of a header, "/" kept inside dates: "05/29/04 (unaudited)" -> {"05/29/04",
// "unaudited"}.
std::vector<std::string> header_words(std::string_view header) {
    std::vector<std::string> out;
    std::string word;
    for (char c : header) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || (c == '/' && !word.empty())) {
            word += static_cast<char>(std::tolower(u));
        } else if (!word.empty()) {
            out.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

std::optional<size_t> index_in(const std::vector<std::string>& list, std::string_view word) {
    auto it = std::find(list.begin(), list.end(), word);
    if (it == list.end()) return std::nullopt;
    return static_cast<size_t>(it - list.begin());
}

bool one_of(const std::vector<std::string>& list, std::string_view word) {
    return index_in(list, word).has_value();
}

// "05/29/04" or "5/29/2004".
std::optional<CalendarDate> slash_date(std::string_view w) {
    size_t a = w.find('/');
    size_t b = a == std::string_view::npos ? a : w.find('/', a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    auto m = w.substr(0, a), d = w.substr(a + 1, b - a - 1), y = w.substr(b + 1);
    if (!is_digits(m) || !is_digits(d) || !is_digits(y) || y.size() > 4) return std::nullopt;
    CalendarDate date{full_year(to_int(y)), to_int(m), to_int(d)};
    if (!is_valid_date(date)) return std::nullopt;
    return date;
}

// How many months a duration word names: "three" months, "13" weeks.
std::optional<int> count_of(std::string_view w, const Vocabulary& words) {
    if (is_digits(w) && w.size() <= 2) return to_int(w);
    if (auto i = index_in(words.number_words, w)) return static_cast<int>(*i) + 1;
    return std::nullopt;
}

}  // namespace

long day_number(const CalendarDate& date) {
    // Days before the year, before the month, then the day: the proleptic Gregorian count.
    long y = date.year - 1;
    long days = y * 365 + y / 4 - y / 100 + y / 400;
    for (int m = 1; m < date.month; ++m) days += days_in_month(date.year, m);
    return days + date.day;
}

CalendarDate months_before(const CalendarDate& date, int months) {
    int index = date.year * 12 + (date.month - 1) - months;
    CalendarDate out{index / 12, index % 12 + 1, date.day};
    bool month_end = date.day == days_in_month(date.year, date.month);
    int last = days_in_month(out.year, out.month);
    if (out.day > last || month_end) out.day = last;
    return out;
}

bool same_period(const Period& a, const Period& b) {
    if (a.label && b.label && *a.label == *b.label) return true;
    if (!a.complete() || !b.complete() || *a.months != *b.months) return false;
    long gap = day_number(*a.end) - day_number(*b.end);
    return gap <= kWeekSlack && gap >= -kWeekSlack;
}

std::string Period::describe() const {
    std::string out;
    if (months) out = *months == 0 ? "at" : fmt::format("{} months ended", *months);
    if (end) {
        text::append_word(out, fmt::format("{:04}-{:02}-{:02}", end->year, end->month, end->day));
    } else if (label) {
        std::string named = label->quarter ? fmt::format("Q{} ", label->quarter) : "";
        named += fmt::format("{}{}", label->fiscal ? "fiscal " : "", label->year);
        text::append_word(out, named);
    }
    return out.empty() ? "unknown" : out;
}

Period column_period(std::string_view header, bool instant, const Vocabulary& words) {
    Period p;
    std::vector<std::string> w = header_words(header);
    std::optional<int> year_only;
    bool fiscal = false;
    bool ambiguous = false;  // two dates over one column: a header the layout did not separate
    int month_count = 0;
    int quarter = 0;
    for (size_t i = 0; i < w.size(); ++i) {
        const std::string& word = w[i];
        std::string_view next = i + 1 < w.size() ? std::string_view(w[i + 1]) : "";
        if (one_of(words.fiscal_words, word)) fiscal = true;
        if (auto n = count_of(word, words); n && !p.months) {
            if (one_of(words.month_words, next)) p.months = *n;
            if (one_of(words.week_words, next)) p.months = (*n + 2) / 13 * 3;
        }
        if (auto q = index_in(words.ordinal_words, word); q && one_of(words.quarter_words, next))
            quarter = static_cast<int>(*q % 4) + 1;
        if (word.size() == 2 && word[0] == 'q' && word[1] >= '1' && word[1] <= '4')
            quarter = word[1] - '0';
        if (one_of(words.quarter_words, word) && !p.months) p.months = 3;
        if (one_of(words.half_words, word) && !p.months) p.months = 6;
        if (one_of(words.year_words, word) && !p.months) p.months = 12;
        if (auto d = slash_date(word)) {
            ambiguous = ambiguous || p.end.has_value();
            if (!p.end) p.end = d;
        }
        if (auto m = index_in(words.month_names, word)) {
            ambiguous = ambiguous || ++month_count > 1;
            int month = static_cast<int>(*m % 12) + 1;
            bool day = i + 1 < w.size() && is_digits(next) && next.size() <= 2;
            size_t y = day ? i + 2 : i + 1;
            if (y < w.size() && is_digits(w[y]) && w[y].size() == 4) {
                int year = to_int(w[y]);
                CalendarDate d{year, month, day ? to_int(next) : days_in_month(year, month)};
                if (is_valid_date(d) && !p.end) p.end = d;
            }
        }
        if (is_digits(word) && word.size() == 4 && !year_only) year_only = to_int(word);
    }
    if (ambiguous) p.end.reset();
    if (quarter && year_only) {
        p.label = PeriodLabel{quarter, *year_only, fiscal};
        p.months = 3;
    } else if (!p.end && year_only && (fiscal || !instant)) {
        p.label = PeriodLabel{0, *year_only, fiscal};
        if (!p.months) p.months = 12;
    }
    if (instant && p.end && (!p.months || !p.label)) p.months = 0;
    return p;
}

}  // namespace crossfoot
