// Reporting periods: what a column header or a phrase of prose names, resolved to a length and
// an end date so that a figure in a sentence can be matched with the column that prints it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "crossfoot/calendar.h"
#include "crossfoot/vocabulary.h"

namespace crossfoot {

/// A quarter or a year as a release names it: "second quarter of fiscal 2004" -> {2, 2004,
/// fiscal}; "fiscal 2003" -> {0, 2003, fiscal}; "2005" -> {0, 2005}.
struct PeriodLabel {
    int quarter = 0;  ///< 1 to 4; 0 for a whole year
    int year = 0;
    bool fiscal = false;
    friend bool operator==(const PeriodLabel&, const PeriodLabel&) = default;
};

/// A span of time: its length in months (0 for a point in time, a balance sheet date) and
/// the day it ends. Either part may be unknown.
struct Period {
    std::optional<int> months;
    std::optional<CalendarDate> end;
    std::optional<PeriodLabel> label;  ///< when the header names it so: "Second Quarter 2004"

    [[nodiscard]] bool complete() const { return months.has_value() && end.has_value(); }
    /// "three months ended 2004-05-29".
    [[nodiscard]] std::string describe() const;
};

/// Days from 0001-01-01, for comparing end dates.
[[nodiscard]] long day_number(const CalendarDate& date);

/// The same length, ending on the same day give or take a week (52-53 week fiscal years end on
/// a weekday, not a date), or the same label.
[[nodiscard]] bool same_period(const Period& a, const Period& b);

/// The period a column header names: "Three Months Ended 05/29/04 (unaudited)" -> 3 months to
/// 2004-05-29; "December 31, 2004" -> a point in time (when `instant` says the table is a
/// balance sheet); "Year Ended December 31, 2004" -> 12 months. Words come from `words`.
[[nodiscard]] Period column_period(std::string_view header, bool instant, const Vocabulary& words);

/// `date` moved back by `months` whole months (the day kept where the month has it, else its
/// last day): 2004-05-29 less 12 -> 2003-05-29.
[[nodiscard]] CalendarDate months_before(const CalendarDate& date, int months);

}  // namespace crossfoot
