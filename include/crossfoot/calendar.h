// Dates written out in prose and the weekday of a date: exact integer arithmetic on the
// proleptic Gregorian calendar.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "crossfoot/vocabulary.h"

namespace crossfoot {

struct CalendarDate {
    int year = 0;
    int month = 0;  ///< 1 to 12
    int day = 0;    ///< 1 to 31
    friend bool operator==(const CalendarDate&, const CalendarDate&) = default;
};

[[nodiscard]] bool is_leap_year(int year);
/// 2004, 2 -> 29; 1900, 2 -> 28.
[[nodiscard]] int days_in_month(int year, int month);
/// A real day of years 1 to 9999: {2004, 2, 30} is not.
[[nodiscard]] bool is_valid_date(const CalendarDate& date);
/// 0 for Sunday to 6 for Saturday: {2000, 2, 29} -> 2 (a Tuesday). `date` must be valid.
[[nodiscard]] int weekday_of(const CalendarDate& date);

/// A date written out in prose: "July 14, 2004", "July\n15, 2004" joined, "14 July 2004",
/// "July 15" (no year).
struct WrittenDate {
    size_t begin = 0;  ///< bytes of the text
    size_t end = 0;
    int month = 0;
    int day = 0;
    std::optional<int> year;
};

/// The written date that starts at byte `at` of `text`, with month names read from `words`
/// (`month_names`: entry i names month i % 12 + 1); nullopt when none starts there.
[[nodiscard]] std::optional<WrittenDate> read_written_date(std::string_view text, size_t at,
                                                           const Vocabulary& words);

/// The index in `list` of the whole word at `at` of `text`, compared in lower case ("July" ->
/// index of "july"), allowing a full stop after an abbreviation; nullopt when there is none.
/// `length` receives the bytes matched.
[[nodiscard]] std::optional<size_t> word_index_at(std::string_view text, size_t at,
                                                  const std::vector<std::string>& list,
                                                  size_t& length);

}  // namespace crossfoot
