// The vocabulary: the built-in word lists, extending them from a rule file, and errors in them.
#include "crossfoot/vocabulary.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "crossfoot/engine.h"
#include "crossfoot/rule_set.h"

using namespace crossfoot;

namespace {

bool has(const std::vector<std::string>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

std::string aggregate_release() {
    return read_file_bytes(
        std::string(CROSSFOOT_SOURCE_DIR) + "/tests/data/vocabulary/aggregate.txt", 1 << 20);
}

size_t footings_held(const FileReport& report) {
    return static_cast<size_t>(
        std::count_if(report.checks.begin(), report.checks.end(),
                      [](const CheckRecord& c) { return c.rule == "footing" && c.passed; }));
}

Position error_position(std::string_view text) {
    RuleSet set = load_rule_set({});
    try {
        load_rule_text(set, "v.toml", text);
    } catch (const ToolError& e) {
        CHECK(e.path() == "v.toml");
        return e.where();
    }
    FAIL("no error for a malformed vocabulary");
    return {};
}

}  // namespace

TEST_CASE("the built-in vocabulary loads with every list") {
    const Vocabulary& v = load_rule_set({}).vocabulary;
    for (const auto* list : {&v.total_words,
                             &v.deduction_words,
                             &v.deduction_stops,
                             &v.less_words,
                             &v.net_words,
                             &v.gross_words,
                             &v.non_additive_headers,
                             &v.summary_titles,
                             &v.restated_titles,
                             &v.loss_words,
                             &v.income_words,
                             &v.generic_labels,
                             &v.per_share_words,
                             &v.share_words,
                             &v.share_count_words,
                             &v.not_share_count_words,
                             &v.balance_sheet_titles,
                             &v.cash_flow_titles,
                             &v.statement_words,
                             &v.income_statement_titles,
                             &v.period_noise,
                             &v.months,
                             &v.connectors,
                             &v.scale_starts,
                             &v.scale_except,
                             &v.scale_except_shares,
                             &v.scale_except_per,
                             &v.increase_words,
                             &v.decrease_words,
                             &v.change_to_words,
                             &v.change_from_words,
                             &v.comparison_words,
                             &v.change_links,
                             &v.change_continuations,
                             &v.change_objects,
                             &v.percent_leads,
                             &v.operand_leads,
                             &v.operand_of_words,
                             &v.clause_words,
                             &v.per_words,
                             &v.approximate_words,
                             &v.nearly_words,
                             &v.more_than_words,
                             &v.less_than_words}) {
        CHECK_FALSE(list->empty());
    }
    CHECK(has(v.total_words, "total"));
    CHECK(has(v.deduction_stops, "net of"));
    CHECK(has(v.period_noise, "unaudited"));
    CHECK(has(v.months, "june"));
    CHECK(has(v.connectors, "&"));
    CHECK(has(v.comparison_words, "compared to"));
    // Raw-text phrases keep their punctuation and spaces.
    CHECK(has(v.scale_starts, "(in "));
    REQUIRE_FALSE(v.scale.empty());
    CHECK(v.scale.front().phrase == "in thousands");
    CHECK(v.scale.front().exponent == 3);
    auto omitted = std::find_if(v.scale.begin(), v.scale.end(),
                                [](const ScalePhrase& s) { return s.phrase == "000 omitted"; });
    REQUIRE(omitted != v.scale.end());
    CHECK(omitted->exponent == 3);
}

TEST_CASE("a rule file appends to the built-in lists, normalised, without duplicates") {
    RuleSet set = load_rule_set({});
    size_t totals = set.vocabulary.total_words.size();
    size_t scales = set.vocabulary.scale.size();
    load_rule_text(set, "extra.toml",
                   "[vocabulary]\ntotal_words = [\"AGGREGATE\", \"Total\"]\n"
                   "restated_titles = [\"Non-GAAP measures\"]\n"
                   "scale = [{ phrase = \"(En Millones\", exponent = 6 }]\n");
    const Vocabulary& v = set.vocabulary;
    REQUIRE(v.total_words.size() == totals + 1);
    CHECK(v.total_words.front() == "total");
    CHECK(v.total_words.back() == "aggregate");
    CHECK(has(v.restated_titles, "non gaap measures"));
    REQUIRE(v.scale.size() == scales + 1);
    CHECK(v.scale.back().phrase == "(en millones");
    CHECK(v.scale.back().exponent == 6);
}

TEST_CASE("a total word from a rule file makes a new total label foot") {
    std::string release = aggregate_release();
    RuleSet builtin = load_rule_set({});
    FileReport before = check_bytes("aggregate.txt", release, builtin);
    CHECK(footings_held(before) == 0);

    RuleSet extended = load_rule_set({});
    load_rule_text(extended, "aggregate.toml", "[vocabulary]\ntotal_words = [\"aggregate\"]\n");
    FileReport after = check_bytes("aggregate.txt", release, extended);
    CHECK(footings_held(after) == 2);
    CHECK(after.diagnostics.empty());

    // And it is checked, not merely passed: a wrong total is now an error at that label's row.
    std::string wrong = release;
    wrong.replace(wrong.find("1,500"), 5, "1,600");
    FileReport planted = check_bytes("aggregate.txt", wrong, extended);
    REQUIRE(planted.diagnostics.size() == 1);
    CHECK(planted.diagnostics.front().severity == Severity::error);
    CHECK(planted.range(planted.diagnostics.front().span).begin.line == 10);
}

TEST_CASE("malformed vocabulary entries name their line") {
    CHECK(error_position("[vocabulary]\ntotal_words = [\"total\",\n  42]\n").line == 3);
    CHECK(error_position("[vocabulary]\ntotal_words = \"total\"\n").line == 2);
    CHECK(error_position("[vocabulary]\nless_words = [\"less\", \"  ()  \"]\n").line == 2);
    CHECK(error_position("[vocabulary]\n\ntotal_wrds = [\"total\"]\n").line == 3);
    CHECK(error_position("[vocabulary]\nscale = [\n  { phrase = \"in lakhs\", exponent = 5 },\n"
                         "  { phrase = \"in crores\" },\n]\n")
              .line == 4);
    CHECK(error_position("[vocabulary]\nscale = [{ phrase = \"in lakhs\", exponent = 5.0 }]\n")
              .line == 2);
    CHECK(error_position("vocabulary = [\"total\"]\n").line == 1);
}

TEST_CASE("an unknown vocabulary key suggests the closest one") {
    RuleSet set = load_rule_set({});
    try {
        load_rule_text(set, "v.toml", "[vocabulary]\ntotal_word = [\"aggregate\"]\n");
        FAIL("no error for an unknown key");
    } catch (const ToolError& e) {
        CHECK(std::string(e.what()).find("did you mean 'total_words'") != std::string::npos);
    }
}

TEST_CASE("ordered lists keep their places and come in whole cycles") {
    RuleSet set = load_rule_set({});
    const Vocabulary& v = set.vocabulary;
    REQUIRE(v.weekdays.size() == 7);
    CHECK(v.weekdays.front() == "sunday");
    REQUIRE(v.month_names.size() == 24);
    CHECK(v.month_names[6] == "july");
    CHECK(v.month_names[16] == "may");  // kept twice: its place names the month
    REQUIRE(v.number_words.size() >= 20);
    CHECK(v.number_words[8] == "nine");
    for (const auto* list : {&v.list_verbs, &v.list_relatives, &v.list_and, &v.list_stops,
                             &v.list_suffixes, &v.count_determiners, &v.count_blockers}) {
        CHECK_FALSE(list->empty());
    }
    load_rule_text(set, "extra.toml",
                   "[vocabulary]\nweekdays = [\"Sun\", \"Mon\", \"Tue\", \"Wed\", \"Thu\", "
                   "\"Fri\", \"Sat\"]\n");
    REQUIRE(set.vocabulary.weekdays.size() == 14);
    CHECK(set.vocabulary.weekdays[10] == "wed");
    // An abbreviated weekday is checked like a full one, and corrected in its own form.
    FileReport report =
        check_bytes("r.txt", "Sales were $1.2 million. The call is Thu, July 14, 2004.\n", set);
    REQUIRE(report.diagnostics.size() == 1);
    CHECK(report.diagnostics.front().expected == "Wed");
    // Six weekdays are not a week: the places of the rest would be wrong.
    CHECK(error_position("[vocabulary]\nweekdays = [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"]\n")
              .line == 2);
    CHECK(error_position("[vocabulary]\nmonth_names = [\"jan\"]\n").line == 2);
}
