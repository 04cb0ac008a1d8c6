// End to end on the seed release: planted errors are found, fixes mend what they report,
// and bad input never crashes.
#include "crossfoot/engine.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <vector>

#include "support.h"

using namespace crossfoot;

namespace {

std::string seed() {
    return read_file_bytes(
        std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/seeds/001_bacc9e5458d3a0ba.txt", 1 << 20);
}

// Spans are byte offsets into the original bytes: a replacement needs no line arithmetic.
std::string replace_span(std::string text, const Span& span, const std::string& replacement) {
    REQUIRE(span.pieces.empty());
    return text.replace(span.begin, span.end - span.begin, replacement);
}

int line_of(const FileReport& report, const Span& span) { return report.range(span).begin.line; }

// A change no printed precision absorbs: one more in the leading digit ("1,394" -> "2,394",
// "(0.23)" -> "(1.23)"), or a leading "1" for a single digit ("7" -> "17").
std::string planted(const std::string& figure) {
    std::string out = figure;
    size_t digit = out.find_first_of("0123456789");
    size_t digits = 0;
    for (char c : out) digits += c >= '0' && c <= '9';
    if (digits == 1) return out.insert(digit, "1");
    out[digit] = out[digit] == '9' ? '1' : static_cast<char>(out[digit] + 1);
    if (figure[digit] == '9') out.insert(digit + 1, "0");
    return out;
}

bool error_touches(const FileReport& report, int line, int total_line) {
    for (const auto& d : report.diagnostics) {
        if (d.severity != Severity::error) continue;
        if (line_of(report, d.span) == line || line_of(report, d.span) == total_line) return true;
        for (const auto& r : d.related) {
            if (line_of(report, r.span) == line) return true;
        }
    }
    return false;
}

// Plants a change in every operand of every verified relation of `text`, one at a time, and
// returns the changes that no error caught (at the operand's line or at its relation's result).
std::vector<std::string> unnoticed_plants(const std::string& name, const std::string& text,
                                          size_t& planted_count) {
    std::vector<std::string> missed;
    FileReport clean = check_bytes(name, text, rules());
    std::set<size_t> done;
    for (const auto& check : clean.checks) {
        if (!check.passed) continue;
        int total_line = line_of(clean, check.operands.back().span);
        for (const auto& operand : check.operands) {
            if (operand.text.find_first_of("123456789") == std::string::npos)
                continue;  // nil, zero
            // Prose checks that are not sums (a weekday against its date) are planted in their
            // own tests: a date's leading digit changed is no date ("October 37").
            if (!parse_figure(operand.text)) continue;
            // A prose figure printed over justified spacing ("$6.7  million") is several pieces
            // of the file; its digits are planted where it is one.
            if (!operand.span.pieces.empty()) continue;
            if (!done.insert(operand.span.begin).second) continue;
            int line = line_of(clean, operand.span);
            std::string change = planted(operand.text);
            FileReport report =
                check_bytes(name, replace_span(text, operand.span, change), rules());
            // A quotient at the printed cent can absorb a change of the leading digit
            // ((211) / 24,931 still prints (0.01)); there a tenfold change must be caught.
            if (!error_touches(report, line, total_line) && check.rule.rfind("eps-", 0) == 0) {
                change =
                    std::string(operand.text).insert(operand.text.find_first_of("0123456789"), "9");
                report = check_bytes(name, replace_span(text, operand.span, change), rules());
            }
            ++planted_count;
            if (!error_touches(report, line, total_line)) {
                missed.push_back(name + ":" + std::to_string(line) + " " + operand.text + " -> " +
                                 change + " [" + check.rule + "]");
            }
        }
    }
    return missed;
}

}  // namespace

namespace {

// The one slip of seed 001: its prose states a 1,222% increase of the net loss from $493,000 to
// $6,728,000, which is 1,265%.
bool is_the_seed_slip(const FileReport& report, const CheckRecord& c) {
    return c.rule == "percent-change" && report.range(c.span).begin == Position{141, 55};
}

}  // namespace

TEST_CASE("seed 001: every relation of both tables and the prose is verified, one change fails") {
    FileReport report = check_bytes("001.txt", seed(), rules());
    REQUIRE(report.diagnostics.size() == 1);
    std::set<std::string> verified;
    for (const auto& c : report.checks) {
        CHECK_MESSAGE((c.passed != is_the_seed_slip(report, c)),
                      c.rule << " at line " << line_of(report, c.span));
        verified.insert(c.rule + "@" + std::to_string(line_of(report, c.span)));
    }
    for (const char* expected :
         {"footing@315", "footing@324", "footing@335", "footing@353", "footing@356",
          "balance-sheet@324", "gross-profit@381", "footing@387", "operating-income@389",
          "footing@396", "net-income@401", "eps-basic@405", "eps-diluted@406", "weekday@278",
          "weekday@288", "weekday@289", "weekday@293", "weekday@294",
          // 150% three times, 41%, 67%, 242%, 2% (gross profit), 148% (SG&A).
          "percent-change@18", "percent-change@138", "percent-change@151", "percent-change@168",
          "percent-change@173", "percent-change@177", "percent-change@193", "percent-change@213",
          // Both gross margins, and the segments against the total.
          "gross-margin@194", "gross-margin@195", "segment-sum@378",
          // Net sales, net loss ("$6,728,000" and "$6.7 million"), "$30 million", gross
          // profit, SG&A, weighted shares and per-share amounts tied to the tables.
          "narrative-tie@17", "narrative-tie@31", "narrative-tie@69", "narrative-tie@71",
          "narrative-tie@104", "narrative-tie@191", "narrative-tie@211", "narrative-tie@144",
          "narrative-tie@32", "narrative-tie@238", "narrative-tie@240",
          // The per-share amounts from net loss over diluted shares.
          "per-share@32", "per-share@238", "per-share@240",
          // No statement column ends after the release's date.
          "statement-date@303", "statement-date@372"}) {
        CHECK_MESSAGE(verified.count(expected), expected);
    }
    // Four columns of the income statement, two of the balance sheet, five weekdays, nine
    // stated changes, 23 narrative ties, two margins, two segment sums, three per-share amounts,
    // the end dates of the six statement columns.
    CHECK(report.checks.size() == 90);
}

TEST_CASE("seed 001: the stated change of the net loss is reported as the contract shows") {
    FileReport report = check_bytes("001.txt", seed(), rules());
    REQUIRE(report.diagnostics.size() == 1);
    const Diagnostic& d = report.diagnostics.front();
    CHECK(d.rule == "percent-change");
    CHECK(d.severity == Severity::error);
    CHECK(report.range(d.span).begin == Position{141, 55});
    CHECK(d.message ==
          "stated change 1,222% does not follow from $6,728,000 vs $493,000 (computed 1,265%)");
    CHECK(d.found == "1,222%");
    CHECK(d.expected == "1,265%");
    REQUIRE(d.related.size() == 2);
    CHECK(d.related[0].message == "current figure $6,728,000");
    CHECK(report.range(d.related[0].span).begin == Position{139, 41});
    CHECK(d.related[1].message == "prior figure $493,000");
    CHECK(report.range(d.related[1].span).begin == Position{141, 1});
    REQUIRE(d.fixes.size() == 1);
    CHECK(d.fixes.front().replacement == "1,265%");
}

TEST_CASE("seed 001: changing a figure of a verified stated change is an error in its sentence") {
    std::string text = seed();
    FileReport clean = check_bytes("001.txt", text, rules());
    size_t planted_count = 0;
    for (const auto& check : clean.checks) {
        if (check.rule != "percent-change" || !check.passed) continue;
        for (const auto& operand : check.operands) {
            std::string change = planted(operand.text);
            CAPTURE(operand.text);
            CAPTURE(change);
            FileReport report =
                check_bytes("001.txt", replace_span(text, operand.span, change), rules());
            ++planted_count;
            bool found = false;
            for (const auto& d : report.diagnostics) {
                // At the stated percentage or the direction word, which share its sentence.
                found |= d.rule == "percent-change" && d.severity == Severity::error &&
                         d.span.begin >=
                             std::min(check.operands[0].span.begin, check.operands[1].span.begin) &&
                         d.span.begin <= check.operands[2].span.end + 16;
            }
            CHECK_MESSAGE(found, "no error for " << operand.text << " -> " << change);
        }
    }
    CHECK(planted_count == 8 * 3);
}

// A fix of a table total makes the totals above it move in turn, which their own rules then
// report; a fix of a figure stated in the prose must mend its relation and nothing else.
TEST_CASE("applying each fix of a prose rule's fail fixtures mends its finding and no other") {
    namespace fs = std::filesystem;
    std::vector<std::pair<std::string, std::string>> releases = {{"001.txt", seed()}};
    fs::path dir = fs::path(CROSSFOOT_SOURCE_DIR) / "fixtures" / "rules";
    for (const char* rule :
         {"percent-change", "narrative-tie", "per-share", "gross-margin", "operating-margin",
          "net-margin", "share-of-total", "segment-sum", "weekday", "list-count"}) {
        for (const auto& entry : fs::directory_iterator(dir / rule)) {
            std::string name = entry.path().filename().string();
            if (name.rfind("fail-", 0) == 0 && entry.path().extension() == ".txt")
                releases.emplace_back(entry.path().string(),
                                      read_file_bytes(entry.path().string(), 1 << 20));
        }
    }
    std::sort(releases.begin(), releases.end());
    size_t fixed_count = 0;
    std::set<std::string> rules_fixed;
    for (const auto& [name, text] : releases) {
        FileReport report = check_bytes(name, text, rules());
        for (const auto& d : report.diagnostics) {
            if (d.fixes.empty()) continue;
            CAPTURE(name);
            CAPTURE(d.message);
            FileReport fixed = check_bytes(
                name, replace_span(text, d.fixes.front().span, d.fixes.front().replacement),
                rules());
            // The finding is gone (one slip may have been reported by two rules: both go), and
            // nothing that was not reported before appears.
            for (const auto& after : fixed.diagnostics) {
                CHECK_FALSE((after.rule == d.rule && after.message == d.message));
                bool before =
                    std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                                [&](const Diagnostic& b) { return b.message == after.message; });
                CHECK_MESSAGE(before, "new finding: " << after.message);
            }
            CHECK(fixed.diagnostics.size() < report.diagnostics.size());
            rules_fixed.insert(d.rule);
            ++fixed_count;
        }
    }
    CHECK(fixed_count >= 10);
    for (const char* rule : {"percent-change", "narrative-tie", "per-share", "gross-margin",
                             "operating-margin", "share-of-total", "weekday"})
        CHECK_MESSAGE(rules_fixed.count(rule), rule);
}

TEST_CASE(
    "seed 001: changing any operand of a verified relation is an error there or at its total") {
    size_t planted_count = 0;
    for (const auto& m : unnoticed_plants("001.txt", seed(), planted_count))
        FAIL_CHECK("no error for " << m);
    CHECK(planted_count > 80);
}

TEST_CASE("every clean fixture: a planted error in any verified operand is found") {
    namespace fs = std::filesystem;
    std::string root = CROSSFOOT_SOURCE_DIR;
    // Two clean releases of the corpus: one with pro forma prose, one whose prose ties net
    // income, per-share amounts and a change to its tables.
    std::vector<std::string> files = {root + "/fixtures/corpus/PSEM_2005-02-02_q2fy05_earnings.txt",
                                      root + "/fixtures/corpus/ASFI_2005-12-15_fy05_earnings.txt"};
    for (const char* dir : {"/fixtures/layouts", "/fixtures/rules"}) {
        for (const auto& entry : fs::recursive_directory_iterator(root + dir)) {
            std::string name = entry.path().filename().string();
            if (entry.path().extension() == ".txt" && name.rfind("pass-", 0) == 0) {
                files.push_back(entry.path().string());
            }
        }
    }
    std::sort(files.begin(), files.end());
    size_t planted_count = 0;
    for (const auto& path : files) {
        for (const auto& m :
             unnoticed_plants(path, read_file_bytes(path, 1 << 20), planted_count)) {
            FAIL_CHECK("no error for " << m);
        }
    }
    CHECK(planted_count > 300);
}

TEST_CASE("applying a fix makes its diagnostic disappear") {
    std::string text = seed();
    size_t at = text.find("13,329");
    text.replace(at, 6, "13,392");
    FileReport report = check_bytes("001.txt", text, rules());
    REQUIRE_FALSE(report.diagnostics.empty());
    for (const auto& d : report.diagnostics) {
        REQUIRE_FALSE(d.fixes.empty());
        for (const Fix& fix : d.fixes) {
            FileReport fixed =
                check_bytes("001.txt", replace_span(text, fix.span, fix.replacement), rules());
            for (const auto& after : fixed.diagnostics) {
                CHECK_FALSE((after.rule == d.rule && after.span.begin == d.span.begin));
            }
        }
    }
}

TEST_CASE("the error names every figure involved, the computed and the printed value") {
    std::string text = seed();
    text.replace(text.find("13,329"), 6, "13,429");
    FileReport report = check_bytes("001.txt", text, rules());
    auto footing = std::find_if(report.diagnostics.begin(), report.diagnostics.end(),
                                [](const Diagnostic& d) { return d.rule == "footing"; });
    REQUIRE(footing != report.diagnostics.end());
    const Diagnostic& d = *footing;
    CHECK(report.range(d.span).begin == Position{315, 82});
    CHECK(d.found == "13,429");
    CHECK(d.expected == "13,329");
    CHECK(d.related.size() == 4);
}

TEST_CASE("bad input is skipped or read, never a crash") {
    CHECK(check_bytes("a.txt", std::string("\0\0\0", 3), rules()).skipped);
    CHECK(check_bytes("a.txt", "", rules()).skipped);
    CHECK(check_bytes("a.docx", "PK\x03\x04zz", rules()).skipped);
    std::string truncated = seed().substr(0, seed().find("TOTAL ASSETS") + 20);
    CHECK_NOTHROW((void)check_bytes("a.txt", truncated, rules()));
    std::string latin1 = seed();
    latin1[100] = '\xE9';
    CHECK_NOTHROW((void)check_bytes("a.txt", latin1, rules()));
    std::string ragged =
        "<TABLE>\nA   1   2   3\nB   1\nC   1   2   3   4   5\n  ---\nTotal   3   4\n</TABLE>\n";
    CHECK_NOTHROW((void)check_bytes("a.txt", ragged, rules()));
}

// Many releases in one file: every check stays linear (the benchmark measures the speed).
TEST_CASE("a large file of many releases is read whole") {
    std::string big;
    std::string one = seed();
    while (big.size() < (size_t{4} << 20)) big += one;
    FileReport report = check_bytes("big.txt", big, rules());
    // Each copy has its one slip, the stated change of the net loss.
    CHECK(report.diagnostics.size() == big.size() / one.size());
    for (const auto& d : report.diagnostics) CHECK(d.found == "1,222%");
    CHECK(report.checks.size() >= 40 * (big.size() / one.size()));
}

TEST_CASE("a fix is offered only when it reads back as a figure") {
    // Two items of 30 digits, the most a figure has, sum to 31: the computed total is reported,
    // but as a replacement it would no longer be read as a figure.
    const std::string big = "999,999,999,999,999,999,999,999,999,999";
    auto row = [&](std::string label, const std::string& left, const std::string& right) {
        label.resize(22, ' ');
        return label + std::string(39 - left.size(), ' ') + left +
               std::string(16 - right.size(), ' ') + right + "\n";
    };
    std::string text =
        "                 CONSOLIDATED BALANCE SHEETS\n"
        "                      (in thousands)\n\n"
        "                                          May 29, 2004     May 31, 2003\n" +
        row(" Cash", big, "7") + row(" Receivables", big, "5") +
        row("", std::string(big.size(), '-'), "------") + row(" TOTAL CURRENT ASSETS", big, "14");
    FileReport report = check_bytes("big.txt", text, rules());
    REQUIRE(report.diagnostics.size() == 2);
    const Diagnostic& too_long = report.diagnostics[0];
    CHECK(too_long.expected == "1,999,999,999,999,999,999,999,999,999,998");
    CHECK(too_long.fixes.empty());
    const Diagnostic& small = report.diagnostics[1];
    REQUIRE(small.fixes.size() == 1);
    CHECK(small.fixes.front().replacement == "12");
}
