#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>

#include "crossfoot/config.h"
#include "crossfoot/formula.h"
#include "crossfoot/rule_kind.h"
#include "crossfoot/rule_set.h"

using namespace crossfoot;

namespace {

Position error_position(std::string_view text) {
    RuleSet set = load_rule_set({});
    try {
        load_rule_text(set, "t.toml", text);
    } catch (const ToolError& e) {
        CHECK(e.path() == "t.toml");
        return e.where();
    }
    FAIL("no error for a malformed rule file");
    return {};
}

std::string error_message(std::string_view text) {
    RuleSet set = load_rule_set({});
    try {
        load_rule_text(set, "t.toml", text);
    } catch (const ToolError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("the built-in rules load and every rule names a known kind") {
    RuleSet set = load_rule_set({});
    CHECK(set.rules.size() >= 10);
    for (const auto& rule : set.rules) {
        CHECK_MESSAGE(find_rule_kind(rule.kind) != nullptr, rule.id);
        CHECK_FALSE(rule.summary.empty());
    }
    CHECK(set.find("gross-profit"));
    CHECK(set.concepts.find("net_income"));
}

TEST_CASE("the kind table is sorted and every kind is documented with examples") {
    auto kinds = rule_kinds();
    REQUIRE(kinds.size() >= 3);
    for (size_t i = 1; i < kinds.size(); ++i) CHECK(kinds[i - 1]->name < kinds[i]->name);
    for (const RuleKind* k : kinds) {
        CHECK_MESSAGE(k->doc.find("Fails:") != std::string_view::npos, k->name);
        CHECK_MESSAGE(k->doc.find("Passes") != std::string_view::npos, k->name);
        CHECK((k->parse_params != nullptr && k->evaluate != nullptr));
    }
}

namespace {

// A kind's file is its name with hyphens as underscores: `percent-change` in percent_change.cc.
std::string file_stem(std::string_view kind) {
    std::string stem(kind);
    std::replace(stem.begin(), stem.end(), '-', '_');
    return stem;
}

}  // namespace

TEST_CASE("every kind file in src/checks has a row in the table, and every row a file") {
    for (const RuleKind* k : rule_kinds()) {
        std::string path =
            std::string(CROSSFOOT_SOURCE_DIR) + "/src/checks/" + file_stem(k->name) + ".cc";
        CHECK_MESSAGE(!read_file_bytes(path, 1 << 20).empty(), path);
    }
}

TEST_CASE("every file in src/checks is a rule kind with a row, or one of the shared pieces") {
    const std::set<std::string> shared = {
        "check_context",   "rule_kinds",       "footing_labels", "change_statements",
        "sentence_tokens", "statement_lookup", "balance_rows",   "change_pairs",
        "plug_rounding",   "dateline",         "table_columns"};
    std::set<std::string> kinds;
    for (const RuleKind* k : rule_kinds()) kinds.insert(file_stem(k->name));
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(CROSSFOOT_SOURCE_DIR) + "/src/checks")) {
        if (entry.path().extension() != ".cc") continue;
        std::string stem = entry.path().stem().string();
        CHECK_MESSAGE((shared.count(stem) || kinds.count(stem)),
                      stem << ".cc has no row in rule_kinds.cc");
    }
}

TEST_CASE("malformed rule files name the line") {
    CHECK(error_position("[[rule]]\nid = \"x\"\nkind = \"footing\"\nsummary = \"unterminated\n")
              .line == 4);
    CHECK(error_position(
              "[[rule]]\nid = \"x\"\nkind = \"footing\"\nsummary = \"s\"\ntolerance = 0.5\n")
              .line == 5);
    CHECK(error_position(
              "[[rule]]\nid = \"x\"\nkind = \"identity\"\nsummary = \"s\"\nformula = \"a = \"\n")
              .line == 5);
    CHECK(error_position("[[concept]]\nid = \"c\"\nnature = \"weird\"\n").line == 3);
    CHECK(error_position("[[concept]]\nid = \"c\"\nlabel = [\"typo\"]\n").line == 3);
    CHECK(error_position("[thing]\n").line == 1);
}

TEST_CASE("an unknown kind suggests the closest one") {
    CHECK(error_message("[[rule]]\nid = \"x\"\nkind = \"identiy\"\nsummary = \"s\"\n")
              .find("did you mean 'identity'") != std::string::npos);
}

TEST_CASE("an identity formula must name known concepts") {
    CHECK(error_message("[[rule]]\nid = \"x\"\nkind = \"identity\"\nsummary = \"s\"\nformula = "
                        "\"net_income = nope\"\n")
              .find("names no concept: 'nope'") != std::string::npos);
}

TEST_CASE("a rule without a kind adjusts the built-in rule of that id") {
    RuleSet set = load_rule_set({});
    load_rule_text(set, "t.toml",
                   "[[rule]]\nid = \"footing\"\nseverity = \"warning\"\ntolerance = \"1000\"\n");
    const RuleSpec* footing = set.find("footing");
    REQUIRE(footing);
    CHECK(footing->severity == Severity::warning);
    CHECK(footing->tolerance.absolute == Rational(1000));
    CHECK(footing->kind == "footing");
}

TEST_CASE("tolerances are strings: amounts or percentages") {
    auto absolute = Tolerance::parse("1000");
    REQUIRE(absolute);
    CHECK(absolute->allowance(Rational(5)) == Rational(1000));
    auto relative = Tolerance::parse("0.5%");
    REQUIRE(relative);
    CHECK(relative->allowance(Rational(-2000)) == Rational(10));
    CHECK_FALSE(Tolerance::parse("abc"));
    CHECK_FALSE(Tolerance::parse("-1"));
}

TEST_CASE("formulas") {
    std::string error;
    auto sum = parse_formula("cash_ending = cash_beginning + net_change_in_cash", error);
    REQUIRE(sum);
    CHECK(sum->terms.size() == 2);
    auto diff = parse_formula("gross_profit = net_sales - cost_of_sales", error);
    REQUIRE(diff);
    CHECK(diff->terms[1].negative);
    auto quotient = parse_formula("eps = net_income / shares", error);
    REQUIRE(quotient);
    CHECK(quotient->quotient);
    auto optional = parse_formula("a = b + c?", error);
    REQUIRE(optional);
    CHECK(optional->terms[1].optional);
    CHECK_FALSE(parse_formula("a = b -", error));
    CHECK(error.find("term") != std::string::npos);
    CHECK_FALSE(parse_formula("a = b / c / d", error));
    CHECK_FALSE(parse_formula("= b", error));
}

TEST_CASE("every TOML example in docs/rule-files.md is a rule file crossfoot loads") {
    std::string doc =
        read_file_bytes(std::string(CROSSFOOT_SOURCE_DIR) + "/docs/rule-files.md", 1 << 20);
    const std::string fence = "```toml\n";
    size_t blocks = 0;
    for (size_t at = doc.find(fence); at != std::string::npos; at = doc.find(fence, at)) {
        at += fence.size();
        size_t end = doc.find("```", at);
        REQUIRE(end != std::string::npos);
        RuleSet set = load_rule_set({});
        CHECK_NOTHROW(load_rule_text(set, "docs/rule-files.md", doc.substr(at, end - at)));
        ++blocks;
        at = end + 3;
    }
    CHECK(blocks >= 4);
}

TEST_CASE("the crossfoot.toml example in docs/configuration.md is a config crossfoot loads") {
    std::string doc =
        read_file_bytes(std::string(CROSSFOOT_SOURCE_DIR) + "/docs/configuration.md", 1 << 20);
    const std::string fence = "```toml\n";
    size_t begin = doc.find(fence);
    REQUIRE(begin != std::string::npos);
    begin += fence.size();
    std::string example = doc.substr(begin, doc.find("```", begin) - begin);
    // The example names a rules directory beside the file; give it an empty one.
    auto dir = std::filesystem::temp_directory_path() /
               ("crossfoot_configuration_md_" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "rules");
    std::ofstream(dir / "crossfoot.toml") << example;
    RuleSet set;
    Config config = load_config((dir / "crossfoot.toml").string(), {}, set);
    CHECK(config.ignore == std::vector<std::string>{"ending-cash-tie"});
    CHECK(config.fail_on == Severity::warning);
    const RuleSpec* footing = set.find("footing");
    REQUIRE(footing);
    CHECK(footing->tolerance.absolute == Rational(1000));
    std::filesystem::remove_all(dir);
}

TEST_CASE("every key of a rule with a kind is checked, with a suggestion") {
    std::string rule =
        "[[rule]]\nid = \"x\"\nkind = \"identity\"\nsummary = \"s\"\n"
        "formula = \"gross_profit = net_sales - cost_of_sales\"\n";
    CHECK(error_message(rule + "tolerence = \"1000\"\n") ==
          "unknown key 'tolerence' in [[rule]] 'x' of kind identity; did you mean 'tolerance'?");
    CHECK(error_message(rule + "severty = \"warning\"\n") ==
          "unknown key 'severty' in [[rule]] 'x' of kind identity; did you mean 'severity'?");
    CHECK(error_position(rule + "severty = \"warning\"\n").line == 6);
    CHECK(error_message(rule + "adjacnt = true\n").find("did you mean 'adjacent'?") !=
          std::string::npos);
    CHECK(error_message("[[rule]]\nid = \"x\"\nkind = \"footing\"\nsummary = \"s\"\nformula = "
                        "\"a = b\"\n") == "unknown key 'formula' in [[rule]] 'x' of kind footing");
    CHECK(error_message("[[rule]]\nid = \"footing\"\nseverty = \"warning\"\n")
              .find("did you mean 'severity'?") != std::string::npos);
    CHECK(error_message("[[rules]]\nid = \"x\"\n").find("did you mean [[rule]]?") !=
          std::string::npos);
}

TEST_CASE("a formula may not refer to itself, directly or through other rules") {
    CHECK(error_message("[[rule]]\nid = \"x\"\nkind = \"identity\"\nsummary = \"s\"\n"
                        "formula = \"net_income = net_income - income_taxes\"\n") ==
          "'formula' uses its own result 'net_income' as a term: a formula cannot refer to "
          "itself");
    // With the built-in operating-income (operating_income = gross_profit - operating_expenses).
    std::string cycle =
        "[[concept]]\nid = \"spare\"\n\n"
        "[[rule]]\nid = \"back\"\nkind = \"identity\"\nsummary = \"s\"\n"
        "formula = \"gross_profit = operating_income + operating_expenses\"\n";
    CHECK(error_message(cycle) ==
          "the formula of rule 'back' refers to its own result through rule 'operating-income': "
          "a formula cannot refer to itself");
    CHECK(error_position(cycle).line == 4);
    std::string three =
        "[[rule]]\nid = \"one\"\nkind = \"identity\"\nsummary = \"s\"\n"
        "formula = \"net_sales = net_income + income_taxes\"\n"
        "[[rule]]\nid = \"two\"\nkind = \"identity\"\nsummary = \"s\"\n"
        "formula = \"cost_of_sales = net_sales\"\n";
    // net_sales -> net_income -> pre_tax_income (built-in) -> ... is no cycle on its own:
    RuleSet set = load_rule_set({});
    load_rule_text(set, "t.toml", three);
    CHECK(set.find("two"));
    // Two formulas that are the same equation solved for different concepts are a cycle too.
    CHECK(error_message("[[rule]]\nid = \"a\"\nkind = \"identity\"\nsummary = \"s\"\n"
                        "formula = \"net_sales = gross_profit + cost_of_sales\"\n")
              .find("refers to its own result through rule 'gross-profit'") != std::string::npos);
}

TEST_CASE("parentheses in formulas are refused plainly") {
    std::string error;
    CHECK_FALSE(parse_formula("a = b - (c + d)", error));
    CHECK(error.find("parentheses are not supported in formulas") != std::string::npos);
    CHECK_FALSE(parse_formula("a = (b)", error));
    CHECK(error.find("parentheses are not supported in formulas") != std::string::npos);
}
