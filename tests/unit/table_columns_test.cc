// Kinds change-column and percent-of-total: which columns a change compares, how bases that
// are negative, zero or not meaningful read, and plug rounding. Each case is a small table.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "crossfoot/engine.h"
#include "support.h"

using namespace crossfoot;

namespace {

struct Outcome {
    size_t held = 0;
    size_t failed = 0;
    std::vector<Diagnostic> findings;  ///< of `rule` only
};

Outcome check(const std::string& rule, const std::string& table) {
    FileReport report =
        check_bytes("release.txt", "Results\n\n                 (in thousands)\n" + table, rules());
    Outcome out;
    for (const auto& c : report.checks) {
        if (c.rule == rule) ++(c.passed ? out.held : out.failed);
    }
    for (const auto& d : report.diagnostics) {
        if (d.rule == rule) out.findings.push_back(d);
    }
    return out;
}

size_t count(const Outcome& o, Severity s) {
    return static_cast<size_t>(std::count_if(o.findings.begin(), o.findings.end(),
                                             [&](const Diagnostic& d) { return d.severity == s; }));
}

// Replaces the first `from` of `text` with `to`, keeping the columns aligned.
std::string with(std::string text, const std::string& from, const std::string& to) {
    REQUIRE(from.size() == to.size());
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// Quarter, change over the quarter before, that quarter, change over a year, a year ago.
const std::string kTwoChanges = R"(<TABLE>
<CAPTION>
                      Quarter Ended     Quarter     Quarter Ended   Year     Quarter Ended
                      Dec 31, 2008      Change      Sep 30, 2008    Change   Dec 31, 2007
<S>                   <C>               <C>         <C>             <C>      <C>
Interest on loans       18,363            -7%         19,808        -26%       24,917
Interest on deposits     8,927             5%          8,500         -7%        9,573
Service fees               747            -9%            819        -16%          893
Advertising                152           -31%            219        -23%          197
Other                      451           -65%          1,291          0%          452
</TABLE>
)";

const std::string kSigns = R"(<TABLE>
<CAPTION>
                                  Year Ended December 31,
                                  2006        2005      % Change
<S>                            <C>         <C>         <C>
Revenues                        48,216      41,530        16.1%
Operating expenses              12,790      12,911        (0.9)%
Equity in loss of affiliate       (120)       (200)        40.0%
Other expense, net                (310)       (150)      (106.7)%
Foreign exchange loss               50          --          n/m
Restructuring charge               140         (80)          NM
Interest income                     12          12           --
Gross margin                      38.0%       37.1%         0.9
</TABLE>
)";

const std::string kMix = R"(<TABLE>
<CAPTION>
                                   Amount        % of total
<S>                             <C>             <C>
Northern region                   10,000            33.3%
Central region                    10,000            33.3%
Southern region                   10,000            33.4%
                                --------        --------
Total                             30,000           100.0%
</TABLE>
)";

}  // namespace

TEST_CASE("a change column between its operands, and one that skips a column to a year ago") {
    Outcome o = check("percent-change-column", kTwoChanges);
    CHECK(o.findings.empty());
    CHECK(o.held == 10);
    Outcome slip = check("percent-change-column", with(kTwoChanges, "-16%", "-61%"));
    REQUIRE(slip.findings.size() == 1);
    CHECK(slip.findings[0].severity == Severity::error);
    CHECK(slip.findings[0].expected == "-16%");
    CHECK(slip.findings[0].related.size() == 2);
}

TEST_CASE("negative bases read either sign, n/m, NM and dashes are not checked") {
    Outcome o = check("percent-change-column", kSigns);
    CHECK(o.findings.empty());
    // Revenues, operating expenses, the two losses and the margin in points.
    CHECK(o.held == 5);
    Outcome slip = check("percent-change-column", with(kSigns, "(106.7)%", "(160.7)%"));
    CHECK(count(slip, Severity::error) == 1);
}

TEST_CASE("the later period is the current one, whichever is printed first") {
    std::string table = R"(<TABLE>
<CAPTION>
                                  Year Ended December 31,
                                  2005        2006      Change
<S>                            <C>         <C>         <C>
Revenues                        41,530      48,216      6,686
Cost of revenues                26,104      29,877      3,773
Operating expenses              12,911      12,790       (121)
</TABLE>
)";
    Outcome o = check("change-column", table);
    CHECK(o.findings.empty());
    CHECK(o.held == 3);
}

TEST_CASE("a change column whose operands cannot be told is reported as not checked") {
    std::string table = R"(<TABLE>
<CAPTION>
                              North        % Chg        South        % Chg
<S>                        <C>          <C>          <C>          <C>
Machines                     4,991          23%        1,104          51%
Engines                      2,743           9%        3,049          17%
Parts                        1,210          14%          881           6%
Services                       602           2%          415          31%
</TABLE>
)";
    Outcome o = check("percent-change-column", table);
    CHECK(o.held == 0);
    CHECK(o.failed == 0);
    REQUIRE(count(o, Severity::note) == 2);
    CHECK(o.findings[0].message.find("is not checked") != std::string::npos);
}

TEST_CASE("a cell forced so that the shares foot to 100% is plug rounding, a note") {
    Outcome o = check("percent-of-total", kMix);
    CHECK(o.held == 2);
    REQUIRE(o.findings.size() == 1);
    CHECK(o.findings[0].severity == Severity::note);
    CHECK(o.findings[0].message.find("plug rounding") != std::string::npos);
    // Off by more than a unit of its last digit, or in a column that does not foot: slips.
    Outcome far = check("percent-of-total", with(kMix, "33.4%", "33.6%"));
    CHECK(count(far, Severity::error) == 1);
    Outcome over = check("percent-of-total", with(kMix, "33.3%", "33.4%"));
    CHECK(count(over, Severity::error) == 2);
    CHECK(count(over, Severity::note) == 0);
}

TEST_CASE("applying a change-column or percent-of-total fix mends its finding") {
    std::string table = with(kSigns, "16.1%", "61.1%");
    Outcome o = check("percent-change-column", table);
    REQUIRE(o.findings.size() == 1);
    REQUIRE_FALSE(o.findings[0].fixes.empty());
    CHECK(o.findings[0].fixes[0].replacement == "16.1%");
    Outcome fixed = check("percent-change-column", with(table, "61.1%", "16.1%"));
    CHECK(fixed.findings.empty());
}

TEST_CASE("applying each fix of the fail fixtures of the column rules mends its finding") {
    namespace fs = std::filesystem;
    size_t fixed_count = 0;
    for (const char* rule : {"change-column", "percent-change-column", "percent-of-total"}) {
        fs::path dir = fs::path(CROSSFOOT_SOURCE_DIR) / "fixtures" / "rules" / rule;
        for (const auto& entry : fs::directory_iterator(dir)) {
            std::string name = entry.path().filename().string();
            if (name.rfind("fail-", 0) != 0 || entry.path().extension() != ".txt") continue;
            std::string text = read_file_bytes(entry.path().string(), 1 << 20);
            FileReport report = check_bytes(name, text, rules());
            for (const auto& d : report.diagnostics) {
                if (d.rule != rule) continue;
                CAPTURE(name);
                REQUIRE_FALSE(d.fixes.empty());
                const Fix& fix = d.fixes.front();
                REQUIRE(fix.span.pieces.empty());
                std::string mended = text;
                mended.replace(fix.span.begin, fix.span.end - fix.span.begin, fix.replacement);
                FileReport after = check_bytes(name, mended, rules());
                for (const auto& a : after.diagnostics) CHECK(a.rule != rule);
                ++fixed_count;
            }
        }
    }
    CHECK(fixed_count >= 4);
}

TEST_CASE("with no row printing 100%, the base is the row the header names") {
    std::string table = R"(<TABLE>
<CAPTION>
                                     2006        % of net sales
<S>                               <C>            <C>
Net sales                          22,640
Cost of sales                      13,811            61.0%
Gross profit                        8,829            39.0%
Selling and administrative          6,112            27.0%
</TABLE>
)";
    Outcome o = check("percent-of-total", table);
    CHECK(o.findings.empty());
    CHECK(o.held == 3);
    Outcome slip = check("percent-of-total", with(table, "27.0%", "29.0%"));
    REQUIRE(count(slip, Severity::error) == 1);
    CHECK(slip.findings[0].expected == "27.0%");
}
