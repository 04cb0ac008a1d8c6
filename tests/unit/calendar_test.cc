// The weekday of a date, exact on the proleptic Gregorian calendar, and dates written in prose.
#include "crossfoot/calendar.h"

#include <doctest/doctest.h>

#include "crossfoot/rule_set.h"
#include "support.h"

using namespace crossfoot;

namespace {

const Vocabulary& words() { return rules().vocabulary; }

constexpr int kSunday = 0;
constexpr int kTuesday = 2;
constexpr int kWednesday = 3;
constexpr int kThursday = 4;
constexpr int kFriday = 5;
constexpr int kSaturday = 6;

}  // namespace

TEST_CASE("weekdays of known dates") {
    CHECK(weekday_of({2000, 2, 29}) == kTuesday);
    CHECK(weekday_of({1900, 3, 1}) == kThursday);
    CHECK(weekday_of({1900, 2, 28}) == kWednesday);
    CHECK(weekday_of({2004, 7, 14}) == kWednesday);
    CHECK(weekday_of({2004, 7, 15}) == kThursday);
    CHECK(weekday_of({2004, 7, 23}) == kFriday);
    CHECK(weekday_of({2004, 6, 3}) == kThursday);
    CHECK(weekday_of({2000, 1, 1}) == kSaturday);
    CHECK(weekday_of({1970, 1, 1}) == kThursday);
    CHECK(weekday_of({1, 1, 1}) == 1);  // a Monday, proleptic
    CHECK(weekday_of({2100, 3, 1}) == 1);
    CHECK(weekday_of({9999, 12, 31}) == 5);
    CHECK(weekday_of({2023, 12, 31}) == kSunday);
}

TEST_CASE("consecutive days run through the week, across leap days and century years") {
    CalendarDate date{1899, 12, 31};  // a Sunday
    int expected = kSunday;
    for (int i = 0; i < 400 * 366; ++i) {
        REQUIRE(weekday_of(date) == expected);
        expected = (expected + 1) % 7;
        if (++date.day > days_in_month(date.year, date.month)) {
            date.day = 1;
            if (++date.month > 12) {
                date.month = 1;
                ++date.year;
            }
        }
    }
}

TEST_CASE("leap years and valid dates") {
    CHECK(is_leap_year(2000));
    CHECK(is_leap_year(2004));
    CHECK_FALSE(is_leap_year(1900));
    CHECK_FALSE(is_leap_year(2003));
    CHECK(days_in_month(2004, 2) == 29);
    CHECK(days_in_month(1900, 2) == 28);
    CHECK(is_valid_date({2004, 2, 29}));
    CHECK_FALSE(is_valid_date({2003, 2, 29}));
    CHECK_FALSE(is_valid_date({2004, 4, 31}));
    CHECK_FALSE(is_valid_date({2004, 13, 1}));
    CHECK_FALSE(is_valid_date({0, 1, 1}));
}

TEST_CASE("dates written in prose") {
    auto date = read_written_date("July 14, 2004, at 2:00 p.m.", 0, words());
    REQUIRE(date);
    CHECK(date->month == 7);
    CHECK(date->day == 14);
    CHECK(date->year == 2004);
    CHECK(date->end == 13);

    date = read_written_date("Jul. 15 to Friday", 0, words());
    REQUIRE(date);
    CHECK(date->month == 7);
    CHECK(date->day == 15);
    CHECK_FALSE(date->year);

    date = read_written_date("14 July 2004", 0, words());
    REQUIRE(date);
    CHECK(date->month == 7);
    CHECK(date->year == 2004);

    date = read_written_date("May 29th, 2004", 0, words());
    REQUIRE(date);
    CHECK(date->day == 29);
    CHECK(date->year == 2004);

    // Not dates: a month word with a figure, no day, a number of days.
    CHECK_FALSE(read_written_date("May 2004", 0, words()));
    CHECK_FALSE(read_written_date("March 15.5 percent", 0, words()));
    CHECK_FALSE(read_written_date("15 days later", 0, words()));
    CHECK_FALSE(read_written_date("Mayday 3", 0, words()));
    // A year is four digits: "July 14, 20 analysts" has none.
    date = read_written_date("July 14, 20 analysts", 0, words());
    REQUIRE(date);
    CHECK_FALSE(date->year);
}
