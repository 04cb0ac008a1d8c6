// The prose kinds end to end: a wrong weekday or count planted at any verified check is found
// with the printed one as its fix, and applying a fix makes its diagnostic disappear.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "crossfoot/engine.h"
#include "support.h"

using namespace crossfoot;

namespace {

std::string fixture(const std::string& path) {
    return read_file_bytes(std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/" + path, 1 << 20);
}

std::string replaced(std::string text, const Span& span, const std::string& replacement) {
    REQUIRE(span.pieces.empty());
    return text.replace(span.begin, span.end - span.begin, replacement);
}

const Diagnostic* finding_at(const FileReport& report, const std::string& rule, const Span& at) {
    for (const auto& d : report.diagnostics) {
        if (d.rule == rule && d.span.begin == at.begin) return &d;
    }
    return nullptr;
}

// Replaces the first operand (the weekday, the count word) of every verified check of `rule`
// with `other(text)`: each must be an error there, expecting the word that was printed.
void plant_in_every_check(const std::string& path, const std::string& rule,
                          std::string (*other)(const std::string&)) {
    std::string text = fixture(path);
    FileReport clean = check_bytes(path, text, rules());
    size_t planted = 0;
    for (const auto& check : clean.checks) {
        if (check.rule != rule || !check.passed) continue;
        const Operand& word = check.operands.front();
        CAPTURE(word.text);
        FileReport report = check_bytes(path, replaced(text, word.span, other(word.text)), rules());
        const Diagnostic* d = finding_at(report, rule, word.span);
        REQUIRE(d != nullptr);
        CHECK(d->severity == Severity::error);
        CHECK(d->expected == word.text);
        ++planted;
    }
    CHECK(planted > 0);
}

std::string next_weekday(const std::string& day) {
    const std::vector<std::string> days = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                           "Thursday", "Friday", "Saturday"};
    for (size_t i = 0; i < days.size(); ++i) {
        if (days[i] == day) return days[(i + 1) % days.size()];
    }
    FAIL("not a weekday: " << day);
    return day;
}

std::string other_count(const std::string& word) {
    return word == "eight" || word == "Eight" ? "seven" : "eight";
}

}  // namespace

TEST_CASE("a wrong weekday planted at any verified date is found") {
    plant_in_every_check("seeds/001_bacc9e5458d3a0ba.txt", "weekday", next_weekday);
    plant_in_every_check("seeds/002_65078d469d71749a.txt", "weekday", next_weekday);
    plant_in_every_check("rules/weekday/pass-conference-call.txt", "weekday", next_weekday);
}

TEST_CASE("a wrong count planted at any verified list is found") {
    plant_in_every_check("seeds/002_65078d469d71749a.txt", "list-count", other_count);
    plant_in_every_check("rules/list-count/pass-annual-meeting.txt", "list-count", other_count);
}

TEST_CASE("applying a prose fix makes its diagnostic disappear") {
    for (const char* path :
         {"rules/weekday/fail-conference-call.txt", "rules/list-count/fail-annual-meeting.txt"}) {
        CAPTURE(path);
        std::string text = fixture(path);
        FileReport report = check_bytes(path, text, rules());
        REQUIRE_FALSE(report.diagnostics.empty());
        for (const auto& d : report.diagnostics) {
            REQUIRE_FALSE(d.fixes.empty());
            CHECK_FALSE(d.fixes.front().safe);
            FileReport fixed = check_bytes(
                path, replaced(text, d.fixes.front().span, d.fixes.front().replacement), rules());
            CHECK(fixed.diagnostics.empty());
        }
    }
}

TEST_CASE("a date with no year is checked only when its paragraph states the year") {
    auto weekday_checks = [](const std::string& release) {
        FileReport report = check_bytes("r.txt", release, rules());
        size_t n = 0;
        for (const auto& c : report.checks) n += c.rule == "weekday";
        return n;
    };
    const std::string figure = "Net sales were $1.2 million.\n\n";
    CHECK(weekday_checks(figure + "The call is on Thursday, July 15.\n") == 0);
    CHECK(weekday_checks(figure + "From Thursday, July 15 to Friday, July 23, 2004.\n") == 2);
    // Two years for the month: no year is sure.
    CHECK(weekday_checks(figure + "Thursday, July 15; July 1, 2004 and July 1, 2005.\n") == 0);
    // Another sentence's year is not taken: "July 31, 2003" is a comparison.
    CHECK(weekday_checks(figure +
                         "The call is Monday, July 12. Sales rose from July 31, 2003.\n") == 0);
    // Another month's year is not taken: "Monday, January 2" after a December date.
    CHECK(weekday_checks(figure + "Closed Friday, December 30, 2005 to Monday, January 2.\n") == 1);
    // The last weekday of a range or list is not the date's: "Monday through Friday, July 12".
    CHECK(weekday_checks(figure + "Open Monday through Friday, July 12, 2004 to August 6.\n") == 0);
    CHECK(weekday_checks(figure + "Closed Saturday and Sunday, July 10 and 11, 2004.\n") == 0);
    CHECK(weekday_checks(figure + "Open Monday-Friday, July 12, 2004.\n") == 0);
    // A weekday with no date, a time, a number of days.
    CHECK(weekday_checks(figure + "Open Monday through Friday, 8:30 a.m. to 5:00 p.m.\n") == 0);
    CHECK(weekday_checks(figure + "By Friday, 15 days after July 1, 2004.\n") == 0);
}

TEST_CASE("a bulleted list is counted only when its items are alike") {
    auto counts = [](const std::string& release) {
        FileReport report =
            check_bytes("r.txt", "Net sales were $1.2 million.\n\n" + release, rules());
        std::string out;
        for (const auto& c : report.checks) {
            if (c.rule == "list-count") out += c.passed ? "pass " : "fail ";
        }
        return out;
    };
    const std::string officers =
        "The Board named the following three officers:\n\n"
        "     * Ann Holt, Treasurer\n     * Tom Reed, Controller\n     * Sue Park, Secretary\n\n"
        "The appointments take effect at once.\n";
    CHECK(counts(officers) == "pass ");
    // A nested list: the items of the outer list are not every bullet.
    CHECK(counts("The Company has two segments:\n\n  * Retail\n      * Stores\n      * Online\n"
                 "  * Wholesale\n\nBoth grew.\n") == "");
    // Two markers: two lists, or one whose shape is unclear.
    CHECK(counts("The Company has two segments:\n\n  * Retail\n  - Stores\n  * Wholesale\n\n"
                 "Both grew.\n") == "");
    // A list whose count is not stated is not checked.
    CHECK(counts("Our products include: gears, pulleys and belts.\n") == "");
}

TEST_CASE("a count one short of a list without a comma before 'and' is not checked") {
    auto counts = [](const std::string& count) {
        std::string release = "Net sales were $1.2 million. The " + count +
                              " largest customers were: Walmart, Procter and Gamble.\n";
        FileReport report = check_bytes("r.txt", release, rules());
        std::string out;
        for (const auto& c : report.checks) {
            if (c.rule == "list-count") out += c.passed ? "pass " : "fail ";
        }
        return out;
    };
    CHECK(counts("two").empty());  // "Procter and Gamble" may be one name
    CHECK(counts("three") == "pass ");
    CHECK(counts("four") == "fail ");
}
