// Suppression markers and the baseline: what a CI gate leaves out on purpose.
#include "crossfoot/baseline.h"

#include <doctest/doctest.h>

#include "crossfoot/engine.h"
#include "crossfoot/report.h"
#include "support.h"

using namespace crossfoot;

namespace {

// A fictional statement whose total is printed 10 too high, with `before` above the table.
std::string release(const std::string& before, const std::string& marker = "") {
    return before +
           "                       (in thousands)\n\n"
           "                                   2026        2025\n"
           "Cash                           $  1,200     $ 1,100\n"
           "Receivables                         800         700\n"
           "                                -------     -------\n" +
           marker + "Total current assets           $  2,010     $ 1,800\n";
}

size_t count_rule(const FileReport& report, std::string_view rule) {
    size_t n = 0;
    for (const auto& d : report.diagnostics) n += d.rule == rule ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("a marker naming the rule silences its finding on the next line, and is counted") {
    FileReport plain = check_bytes("r.txt", release(""), rules());
    REQUIRE(count_rule(plain, "footing") == 1);
    FileReport marked = check_bytes(
        "r.txt", release("", "crossfoot-ignore: footing -- restated in the 10-Q\n"), rules());
    CHECK(count_rule(marked, "footing") == 0);
    CHECK(marked.suppressed == 1);
    CHECK(count_rule(marked, "suppression") == 0);
}

TEST_CASE("a marker that silences nothing, names no rule or names an unknown rule is a warning") {
    FileReport unused = check_bytes(
        "r.txt", release("crossfoot-ignore: net-income\nThe company reported results.\n"), rules());
    REQUIRE(count_rule(unused, "suppression") == 1);
    CHECK(count_rule(unused, "footing") == 1);
    const Diagnostic* d = nullptr;
    for (const auto& x : unused.diagnostics) d = x.rule == "suppression" ? &x : d;
    CHECK(d->message ==
          "the suppression of 'net-income' suppresses nothing on this line or the next");
    CHECK(d->severity == Severity::warning);
    CHECK(unused.range(d->span).begin == Position{1, 1});
    FileReport unknown = check_bytes("r.txt", release("", "crossfoot-ignore: footin\n"), rules());
    CHECK(count_rule(unknown, "suppression") == 1);
    CHECK(count_rule(unknown, "footing") == 1);
    FileReport empty = check_bytes("r.txt", release("", "crossfoot-ignore:\n"), rules());
    CHECK(count_rule(empty, "suppression") == 1);
}

TEST_CASE(
    "a baseline accepts findings by fingerprint, not line, and notes what no longer matches") {
    std::vector<FileReport> first{check_bytes("r.txt", release(""), rules())};
    REQUIRE(first.front().diagnostics.size() == 1);
    std::string json = baseline_json(first);
    std::vector<BaselineEntry> baseline = read_baseline("b.json", json);
    REQUIRE(baseline.size() == 1);
    CHECK(baseline.front().rule == "footing");
    CHECK(baseline.front().found == "2,010");

    // Three new lines above move the finding: still accepted.
    std::vector<FileReport> moved{
        check_bytes("r.txt", release("A new paragraph of prose.\n\nAnother one.\n"), rules())};
    apply_baseline(moved.front(), baseline);
    CHECK(moved.front().diagnostics.empty());
    CHECK(moved.front().baselined == 1);
    CHECK(count(moved).baselined == 1);

    // A second slip is new: reported. The accepted one stays accepted.
    std::string two = release("");
    two.replace(two.find("  800"), 5, "  900");
    std::vector<FileReport> worse{check_bytes("r.txt", two, rules())};
    apply_baseline(worse.front(), baseline);
    CHECK(worse.front().baselined == 0);  // computed 2,100 now, not 2,000: a new finding
    CHECK_FALSE(worse.front().diagnostics.empty());

    // The slip fixed: nothing to accept, and a note says the baseline can be refreshed.
    std::string fixed = release("");
    fixed.replace(fixed.find("2,010"), 5, "2,000");
    std::vector<FileReport> clean{check_bytes("r.txt", fixed, rules())};
    apply_baseline(clean.front(), baseline);
    REQUIRE(clean.front().diagnostics.size() == 1);
    CHECK(clean.front().diagnostics.front().rule == "baseline");
    CHECK(clean.front().diagnostics.front().severity == Severity::note);
    CHECK(findings_exit_code(clean, Severity::warning) == 0);
}

TEST_CASE("a file that is not a baseline is a tool error naming it") {
    CHECK_THROWS_AS((void)read_baseline("b.json", "{}"), ToolError);
    CHECK_THROWS_AS((void)read_baseline("b.json", "not json"), ToolError);
    CHECK_THROWS_AS(
        (void)read_baseline("b.json", R"({"crossfoot-baseline": 1, "findings": [{"rule": 3}]})"),
        ToolError);
}
