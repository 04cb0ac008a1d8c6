// Kind percent-change: which sentences state a change of two figures, and how a qualifier
// before the percentage reads it. Each case is a one-paragraph release.
#include <doctest/doctest.h>

#include <string>

#include "crossfoot/engine.h"
#include "support.h"

using namespace crossfoot;

namespace {

struct Outcome {
    size_t checks = 0;
    size_t errors = 0;
    size_t warnings = 0;
};

Outcome check(const std::string& paragraph) {
    FileReport report = check_bytes("release.txt", "Results\n\n" + paragraph + "\n", rules());
    Outcome out;
    for (const auto& c : report.checks) out.checks += c.rule == "percent-change";
    for (const auto& d : report.diagnostics) {
        CHECK(d.rule == "percent-change");
        (d.severity == Severity::error ? out.errors : out.warnings) += 1;
    }
    return out;
}

}  // namespace

TEST_CASE("the arrangements of a stated change are read") {
    for (const char* text : {
             "Net sales increased to $30,023,000 from $12,013,000, or a 150% increase.",
             "Net sales were $30,023,000 compared to $12,013,000, or a 150% increase.",
             "Net sales rose 150% to $30,023,000 from $12,013,000.",
             "Net sales were up 150% to $30,023,000 from $12,013,000.",
             "Net sales grew 150% from $12,013,000 to $30,023,000.",
             "Net sales were $30,023,000, an increase of 150% over $12,013,000.",
             "Net sales were $30,023,000, up 150 percent from $12,013,000 a year ago.",
             "Net sales were $30,023,000, compared with $12,013,000, an increase of 150%.",
             "Net sales fell to $12,013,000 from $30,023,000, or a 60% decrease.",
             "Net sales were $12,013,000, down 60% from $30,023,000.",
             "We had a net loss of $6,728,000 compared to a net loss of $493,000, or a 1,265% "
             "increase.",
             "Shipments grew 25% to 1,250 units from 1,000 units.",
             "Net income rose 50% in the fourth quarter to $6,509,000 from $4,339,000.",
             "Total assets were $120.5 million, an increase of 4% from $115.9 million, and "
             "deposits were $98.2 million.",
         }) {
        CAPTURE(text);
        Outcome o = check(text);
        CHECK(o.checks == 1);
        CHECK(o.errors == 0);
        CHECK(o.warnings == 0);
    }
}

TEST_CASE("a second change of the same figure goes on after a continuation word") {
    Outcome chain = check(
        "Net revenues were $19,217,000, down 2.9% from $19,786,000 in the preceding quarter and "
        "are up 14.0% from $16,850,000 a year ago.");
    CHECK(chain.checks == 2);
    CHECK(chain.errors + chain.warnings == 0);
    Outcome other_subject = check(
        "Revenue was $5,125,000, up 5% from $4,881,000 in 2004, and expenses were up 9% from "
        "$3,160,000.");
    CHECK(other_subject.checks == 1);
    CHECK(other_subject.errors + other_subject.warnings == 0);
}

TEST_CASE("a wrong percentage or direction word is an error") {
    CHECK(
        check("Net sales increased to $30,023,000 from $12,013,000, or a 160% increase.").errors ==
        1);
    Outcome direction = check("Net sales were $12,013,000, up 60% from $30,023,000.");
    CHECK(direction.errors == 1);  // the direction; 60% is the size of the fall
    CHECK(direction.checks == 1);
}

TEST_CASE("sentences that do not tie a percentage to two figures are left alone") {
    for (const char* text : {
             "Gross margin decreased to 11% in 2004 from 28% in 2003.",
             "Gross margin was 11% compared to 28%.",
             "Backlog grew more than 20% during the quarter.",
             "Net income increased 124% to $5,433,000, or $0.38 per diluted share.",
             "Deposits increased 18% to $1.20 billion, compared to $1.15 billion at September "
             "30, 2008, and $1.01 billion at December 31, 2007.",
             "Revenues and net income were up 5% and 9%, respectively, from $8.8 million and "
             "$1.1 million.",
             "Operating income was $1,150,000 compared to an operating loss of $420,000, a 374% "
             "increase.",
             "Revenue was $5,125,000 and expenses were up 9% from $3,160,000.",
             "Earnings per share were 59 cents -- a 50% increase over 39 cents.",
             "Units grew 9% to 1,200 from 1,000 stores.",
             "Gross profit increased to $3.4 million from $2.9 million, or 34% of net sales.",
             "Revenue was $10.2 million compared to $9.1 million, a 20% increase in unit volume.",
             "Gross profit increased to $3.4 million, or 34% of net sales, from $2.9 million.",
             "Revenue increased 12% to $5.6 million, while backlog rose to $8.0 million from "
             "$7.2 million.",
             "Sales increased to $500,000 from $0, or a 100% increase.",
             "Sales increased to approximately $5.0 million from $4.0 million, or 60%.",
         }) {
        CAPTURE(text);
        Outcome o = check(text);
        CHECK(o.checks == 0);
        CHECK(o.errors + o.warnings == 0);
    }
}

TEST_CASE("qualifiers: approximately widens, a miss within it is a warning, bounds are one-sided") {
    auto sentence = [](const std::string& stated) {
        return "Net sales increased to $3,412,000 from $3,011,000, or " + stated + ".";
    };
    // $3,412,000 / $3,011,000 - 1 = 13.3%.
    CHECK(check(sentence("13%")).errors == 0);
    CHECK(check(sentence("12%")).errors == 1);
    Outcome approximately = check(sentence("approximately 12%"));
    CHECK(approximately.errors == 0);
    CHECK(approximately.warnings == 1);
    CHECK(check(sentence("approximately 16%")).errors == 1);  // beyond 10% of 16
    CHECK(check(sentence("more than 10%")).errors + check(sentence("more than 10%")).warnings == 0);
    CHECK(check(sentence("more than 15%")).errors == 1);
    CHECK(check(sentence("less than 15%")).errors + check(sentence("less than 15%")).warnings == 0);
    CHECK(check(sentence("less than 10%")).errors == 1);
    CHECK(check(sentence("nearly 14%")).errors + check(sentence("nearly 14%")).warnings == 0);
}
