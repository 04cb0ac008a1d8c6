// Roll-forwards and period sums on their fixtures: each fix mends its finding, each finding
// names every figure of its relation, and every verified operand changed beyond its precision
// is caught.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "crossfoot/engine.h"
#include "support.h"

using namespace crossfoot;

namespace {

std::string fixture(const std::string& path) {
    return read_file_bytes(std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/rules/" + path, 1 << 20);
}

bool new_rule(const std::string& rule) {
    return rule == "roll-forward" || rule == "roll-forward-continuity" ||
           rule == "roll-forward-total" || rule == "period-sum";
}

std::string replace_span(std::string text, const Span& span, const std::string& replacement) {
    REQUIRE(span.pieces.empty());
    return text.replace(span.begin, span.end - span.begin, replacement);
}

// One more in the leading digit, or a leading "1" for a single digit ("7" -> "17"): a change
// no printed precision absorbs.
std::string planted(const std::string& figure) {
    std::string out = figure;
    size_t digit = out.find_first_of("0123456789");
    if (std::count_if(out.begin(), out.end(), [](char c) { return c >= '0' && c <= '9'; }) == 1)
        return out.insert(digit, "1");
    out[digit] = out[digit] == '9' ? '1' : static_cast<char>(out[digit] + 1);
    if (figure[digit] == '9') out.insert(digit + 1, "0");
    return out;
}

const std::vector<std::string> kFailing = {
    "roll-forward/fail-allowance.txt",    "roll-forward/fail-equity.txt",
    "roll-forward/fail-options.txt",      "roll-forward-continuity/fail-quarters.txt",
    "period-sum/fail-quarterly-data.txt", "period-sum/fail-six-months.txt"};

const std::vector<std::string> kPassing = {
    "roll-forward/pass-allowance.txt",    "roll-forward/pass-equity.txt",
    "roll-forward/pass-options.txt",      "roll-forward-continuity/pass-quarters.txt",
    "period-sum/pass-quarterly-data.txt", "period-sum/pass-six-months.txt"};

}  // namespace

TEST_CASE("each finding names every figure of its relation and the value expected") {
    for (const auto& name : kFailing) {
        CAPTURE(name);
        FileReport report = check_bytes(name, fixture(name), rules());
        size_t found = 0;
        for (const auto& d : report.diagnostics) {
            if (!new_rule(d.rule)) continue;
            ++found;
            CHECK(d.expected.has_value());
            CHECK(d.found.has_value());
            CHECK(d.expected != d.found);
            CHECK(d.related.size() >= 1);
            for (const auto& r : d.related) CHECK(r.span.end > r.span.begin);
        }
        CHECK(found >= 1);
    }
}

TEST_CASE("applying a roll-forward or period-sum fix mends its finding") {
    size_t fixes = 0;
    for (const auto& name : kFailing) {
        CAPTURE(name);
        std::string text = fixture(name);
        FileReport report = check_bytes(name, text, rules());
        for (const auto& d : report.diagnostics) {
            if (!new_rule(d.rule) || d.fixes.empty()) continue;
            ++fixes;
            const Fix& fix = d.fixes.front();
            FileReport fixed =
                check_bytes(name, replace_span(text, fix.span, fix.replacement), rules());
            for (const auto& after : fixed.diagnostics) {
                CHECK_FALSE((after.rule == d.rule && after.span.begin == d.span.begin));
            }
        }
    }
    CHECK(fixes >= 4);
}

TEST_CASE("every operand the new kinds verify, changed beyond its precision, is an error") {
    size_t planted_count = 0;
    for (const auto& name : kPassing) {
        CAPTURE(name);
        std::string text = fixture(name);
        FileReport clean = check_bytes(name, text, rules());
        REQUIRE(clean.diagnostics.empty());
        for (const auto& check : clean.checks) {
            if (!new_rule(check.rule)) continue;
            for (const auto& operand : check.operands) {
                if (operand.text.find_first_of("0123456789") == std::string::npos) continue;
                std::string change = planted(operand.text);
                CAPTURE(operand.text);
                FileReport report =
                    check_bytes(name, replace_span(text, operand.span, change), rules());
                // A subtotal among the movements is footed by the footing rule, which then
                // reports the change; the roll-forward only warns over an unconfirmed subtotal.
                bool caught =
                    std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                                [](const Diagnostic& d) { return d.severity == Severity::error; });
                CHECK(caught);
                ++planted_count;
            }
        }
    }
    CHECK(planted_count > 60);
}

namespace {

// A roll-forward that prints no signs: revenue recognized is subtracted though printed positive.
std::string deferred_revenue(const std::string& closing) {
    return "Tamsworth Software Reports Fiscal 2005 Results\n\n"
           "                        DEFERRED REVENUE ACTIVITY\n"
           "                             (in thousands)\n"
           "<TABLE>\n<CAPTION>\n"
           "                                            Year Ended December 31,\n"
           "                                            2005               2004\n"
           "<S>                                     <C>                <C>\n"
           "Deferred revenue, beginning of year     $     8,240        $     7,518\n"
           "Billings                                     12,615             11,240\n"
           "Revenue recognized                           11,902             10,518\n"
           "Deferred revenue, end of year           $     " +
           closing + "        $     8,240\n</TABLE>\n";
}

size_t count_rule(const FileReport& report, const std::string& rule, bool passed) {
    return static_cast<size_t>(
        std::count_if(report.checks.begin(), report.checks.end(),
                      [&](const CheckRecord& c) { return c.rule == rule && c.passed == passed; }));
}

}  // namespace

TEST_CASE("a table that prints no signs may subtract a movement, a miss there is a warning") {
    FileReport clean = check_bytes("deferred.txt", deferred_revenue("8,953"), rules());
    CHECK(clean.diagnostics.empty());
    CHECK(count_rule(clean, "roll-forward", true) == 2);
    CHECK(count_rule(clean, "roll-forward-continuity", true) == 1);

    FileReport slip = check_bytes("deferred.txt", deferred_revenue("8,935"), rules());
    REQUIRE(slip.diagnostics.size() == 1);
    const Diagnostic& d = slip.diagnostics.front();
    CHECK(d.rule == "roll-forward");
    CHECK(d.severity == Severity::warning);
    CHECK(d.found == "8,935");
    CHECK(d.expected == "8,953");  // the reading that comes closest: 8,240 + 12,615 - 11,902
    REQUIRE(d.related.size() == 3);
    REQUIRE(d.fixes.size() == 1);
    CHECK(d.fixes.front().replacement == "8,953");
}

TEST_CASE("quarters are never summed for per-share amounts, share counts or percentages") {
    FileReport report =
        check_bytes("q.txt", fixture("period-sum/pass-quarterly-data.txt"), rules());
    CHECK(report.diagnostics.empty());
    // Net sales, gross profit and net income: the EPS rows (0.30 + 0.35 + 0.32 + 0.41 = 1.38
    // against 1.39) and the gross margin percentages are not relations.
    CHECK(count_rule(report, "period-sum", true) == 3);
    CHECK(count_rule(report, "period-sum", false) == 0);
}

TEST_CASE("a table printing one period twice (as reported, as restated) is not summed") {
    // The quarter ended June 30 printed twice: which of the two the six months add is unknown.
    auto release = [](const std::string& second_header) {
        return "Wexcombe Foods Reports Second Quarter 2005 Results\n\n"
               "                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
               "                             (in thousands)\n"
               "<TABLE>\n<CAPTION>\n"
               "                                     Six Months Ended\n"
               "                                   June 30,    June 30,\n"
               "                                     2005        2004\n"
               "<S>                                <C>         <C>\n"
               "Net sales                          $ 42,215    $ 38,902\n"
               "</TABLE>\n\n"
               "                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS BY QUARTER\n"
               "                             (in thousands)\n"
               "<TABLE>\n<CAPTION>\n"
               "                                          Three Months Ended\n"
               "                                   June 30,    " +
               second_header +
               "    March 31,\n"
               "                                     2005        2005        2005\n"
               "<S>                                <C>         <C>         <C>\n"
               "Net sales                          $ 21,840    $ 21,840    $ 20,375\n"
               "</TABLE>\n";
    };
    auto relations = [](const FileReport& r) {
        return count_rule(r, "period-sum", true) + count_rule(r, "period-sum", false);
    };
    // With the middle column a quarter of its own, the six months tie to two quarters.
    CHECK(relations(check_bytes("q.txt", release("Dec. 31,"), rules())) == 1);
    CHECK(relations(check_bytes("q.txt", release("June 30,"), rules())) == 0);
}
