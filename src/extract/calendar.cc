// The weekday of a date and dates written out in prose.
#include "crossfoot/calendar.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "common/text.h"

namespace crossfoot {

namespace {

bool is_alpha(char c) { return text::is_ascii_alpha(c); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return text::ascii_lower(c); }

constexpr int kMonthsPerYear = 12;
constexpr int kMaxYear = 9999;

// Spaces and, when `comma`, one comma among them: ", " between a day and its year.
size_t skip_separator(std::string_view text, size_t at, bool comma) {
    while (at < text.size() && text[at] == ' ') ++at;
    if (comma && at < text.size() && text[at] == ',') {
        ++at;
        while (at < text.size() && text[at] == ' ') ++at;
    }
    return at;
}

// Digits at `at`, at most `max` of them and not followed by another digit; their value.
std::optional<int> read_digits(std::string_view text, size_t at, size_t max, size_t& end) {
    end = at;
    int value = 0;
    while (end < text.size() && is_digit(text[end]) && end - at < max) {
        value = value * 10 + (text[end] - '0');
        ++end;
    }
    if (end == at || (end < text.size() && is_digit(text[end]))) return std::nullopt;
    return value;
}

// A day of the month at `at`: "15", "15th". Not part of a figure ("15.5", "15,000", "15%").
std::optional<int> read_day(std::string_view text, size_t at, size_t& end) {
    auto day = read_digits(text, at, 2, end);
    if (!day || *day < 1 || *day > 31) return std::nullopt;
    std::string_view suffix = text.substr(end, 2);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") end += 2;
    if (end < text.size() && (is_alpha(text[end]) || text[end] == '%')) return std::nullopt;
    if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') && is_digit(text[end + 1]))
        return std::nullopt;
    return day;
}

// A year after a day: four digits, not the start of a figure ("2,004", "2004.5").
std::optional<int> read_year(std::string_view text, size_t at, size_t& end) {
    auto year = read_digits(text, at, 4, end);
    if (!year || end - at != 4 || *year < 1) return std::nullopt;
    if (end < text.size() && (is_alpha(text[end]) || text[end] == '%')) return std::nullopt;
    if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') && is_digit(text[end + 1]))
        return std::nullopt;
    return year;
}

int month_of(size_t index) { return static_cast<int>(index % kMonthsPerYear) + 1; }

// "July 14, 2004", "July 15".
std::optional<WrittenDate> month_first(std::string_view text, size_t at, const Vocabulary& words) {
    size_t length = 0;
    auto month = word_index_at(text, at, words.month_names, length);
    if (!month) return std::nullopt;
    size_t end = 0;
    auto day = read_day(text, skip_separator(text, at + length, false), end);
    if (!day) return std::nullopt;
    WrittenDate date{at, end, month_of(*month), *day, std::nullopt};
    size_t year_end = 0;
    if (auto year = read_year(text, skip_separator(text, end, true), year_end)) {
        date.year = year;
        date.end = year_end;
    }
    return date;
}

// "14 July 2004", "14 July".
std::optional<WrittenDate> day_first(std::string_view text, size_t at, const Vocabulary& words) {
    size_t end = 0;
    auto day = read_day(text, at, end);
    if (!day) return std::nullopt;
    size_t month_at = skip_separator(text, end, false);
    if (month_at == end) return std::nullopt;
    size_t length = 0;
    auto month = word_index_at(text, month_at, words.month_names, length);
    if (!month) return std::nullopt;
    WrittenDate date{at, month_at + length, month_of(*month), *day, std::nullopt};
    size_t year_end = 0;
    if (auto year = read_year(text, skip_separator(text, date.end, true), year_end)) {
        date.year = year;
        date.end = year_end;
    }
    return date;
}

}  // namespace

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > kMonthsPerYear) return 0;
    return month == 2 && is_leap_year(year) ? 29 : kDays[static_cast<size_t>(month - 1)];
}

bool is_valid_date(const CalendarDate& date) {
    return date.year >= 1 && date.year <= kMaxYear && date.month >= 1 &&
           date.month <= kMonthsPerYear && date.day >= 1 &&
           date.day <= days_in_month(date.year, date.month);
}

// Sakamoto's method: the year counted from March, so a leap day falls at the end of it.
int weekday_of(const CalendarDate& date) {
    constexpr std::array<int, 12> kMonthOffsets = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    int y = date.month < 3 ? date.year - 1 : date.year;
    return (y + y / 4 - y / 100 + y / 400 + kMonthOffsets[static_cast<size_t>(date.month - 1)] +
            date.day) %
           7;
}

std::optional<size_t> word_index_at(std::string_view text, size_t at,
                                    const std::vector<std::string>& list, size_t& length) {
    if (at >= text.size() || !is_alpha(text[at]) || (at > 0 && is_alpha(text[at - 1])))
        return std::nullopt;
    size_t end = at;
    while (end < text.size() && is_alpha(text[end])) ++end;
    // Called at every word of the prose: compared in place, no lower-cased copy.
    std::string_view word = text.substr(at, end - at);
    auto same = [](char a, char b) { return lower(a) == b; };
    for (size_t i = 0; i < list.size(); ++i) {
        if (list[i].size() != word.size() ||
            !std::equal(word.begin(), word.end(), list[i].begin(), same))
            continue;
        length = end - at + (end < text.size() && text[end] == '.' ? 1 : 0);
        return i;
    }
    return std::nullopt;
}

std::optional<WrittenDate> read_written_date(std::string_view text, size_t at,
                                             const Vocabulary& words) {
    if (at < text.size() && is_digit(text[at])) return day_first(text, at, words);
    return month_first(text, at, words);
}

}  // namespace crossfoot
