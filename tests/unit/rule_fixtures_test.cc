// Every built-in rule has fixtures/rules/<rule-id>/ with a release where it holds and one
// where it fails, and their goldens say so.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "crossfoot/engine.h"
#include "support.h"

using namespace crossfoot;

namespace {

namespace fs = std::filesystem;

fs::path rule_fixtures() { return fs::path(CROSSFOOT_SOURCE_DIR) / "fixtures" / "rules"; }

// The `prefix`-*.txt cases of one rule, sorted.
std::vector<fs::path> cases(const std::string& rule_id, std::string_view prefix) {
    std::vector<fs::path> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(rule_fixtures() / rule_id, ec)) {
        std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) == 0 && entry.path().extension() == ".txt")
            found.push_back(entry.path());
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::string read(const fs::path& path) { return read_file_bytes(path.string(), 1 << 20); }

std::string golden_of(const fs::path& fixture) {
    fs::path golden = fixture;
    golden.replace_extension(".text.golden");
    return fs::exists(golden) ? read(golden) : "";
}

// A golden's lines that end with "[rule-id]" and contain `what` (": error: ", ": pass: ").
size_t golden_lines(const std::string& golden, const std::string& rule_id, std::string_view what) {
    size_t count = 0;
    size_t begin = 0;
    const std::string tag = "[" + rule_id + "]";
    while (begin < golden.size()) {
        size_t end = golden.find('\n', begin);
        if (end == std::string::npos) end = golden.size();
        std::string_view line(golden.data() + begin, end - begin);
        if (line.ends_with(tag) && line.find(what) != std::string_view::npos) ++count;
        begin = end + 1;
    }
    return count;
}

// How many whitespace-separated words differ between two lines (all, if their counts differ).
size_t differing_words(const std::string& a, const std::string& b) {
    std::istringstream in_a(a);
    std::istringstream in_b(b);
    std::vector<std::string> words_a{std::istream_iterator<std::string>(in_a), {}};
    std::vector<std::string> words_b{std::istream_iterator<std::string>(in_b), {}};
    if (words_a.size() != words_b.size()) return std::max(words_a.size(), words_b.size());
    size_t count = 0;
    for (size_t i = 0; i < words_a.size(); ++i) count += words_a[i] != words_b[i];
    return count;
}

}  // namespace

TEST_CASE("every built-in rule has a pass and a fail fixture") {
    REQUIRE_FALSE(rules().rules.empty());
    for (const auto& rule : rules().rules) {
        CAPTURE(rule.id);
        CHECK_MESSAGE(!cases(rule.id, "pass-").empty(),
                      "no fixtures/rules/" << rule.id << "/pass-*.txt");
        CHECK_MESSAGE(!cases(rule.id, "fail-").empty(),
                      "no fixtures/rules/" << rule.id << "/fail-*.txt");
    }
}

TEST_CASE("every folder of fixtures/rules is named after a built-in rule") {
    for (const auto& entry : fs::directory_iterator(rule_fixtures())) {
        std::string name = entry.path().filename().string();
        CHECK_MESSAGE(rules().find(name) != nullptr, "fixtures/rules/" << name << " names no rule");
    }
}

TEST_CASE("a rule's fail fixtures fail that rule, and its golden names it") {
    for (const auto& rule : rules().rules) {
        for (const auto& fixture : cases(rule.id, "fail-")) {
            CAPTURE(fixture.string());
            FileReport report = check_bytes(fixture.filename().string(), read(fixture), rules());
            size_t findings = 0;
            for (const auto& d : report.diagnostics) findings += d.rule == rule.id;
            CHECK_MESSAGE(findings > 0, "no finding of " << rule.id);
            std::string golden = golden_of(fixture);
            CHECK_MESSAGE(golden_lines(golden, rule.id, ": error: ") +
                                  golden_lines(golden, rule.id, ": warning: ") >
                              0,
                          "the golden shows no finding of " << rule.id);
        }
    }
}

// A regression named `pass-issue-N-*` may guard against a false positive of the rule, where the
// point is that the rule does not apply; every other pass case must verify the rule.
TEST_CASE("a rule's pass fixtures find nothing and verify that rule, as their goldens show") {
    for (const auto& rule : rules().rules) {
        size_t verified_cases = 0;
        for (const auto& fixture : cases(rule.id, "pass-")) {
            CAPTURE(fixture.string());
            FileReport report = check_bytes(fixture.filename().string(), read(fixture), rules());
            CHECK(report.diagnostics.empty());
            size_t held = 0;
            for (const auto& c : report.checks) held += c.rule == rule.id && c.passed;
            bool in_golden = golden_lines(golden_of(fixture), rule.id, ": pass: ") > 0;
            CHECK_MESSAGE((held > 0) == in_golden, "the golden is stale");
            bool regression = fixture.filename().string().rfind("pass-issue-", 0) == 0;
            CHECK_MESSAGE((held > 0 || regression), rule.id << " was not verified");
            verified_cases += held > 0;
        }
        CHECK_MESSAGE(verified_cases > 0, "no pass case of " << rule.id << " verifies it");
    }
}

// fail-X.txt is pass-X.txt with one figure printed wrong, so the fail case is known to be
// the same release and the finding points at the one change (or at the relation it breaks).
TEST_CASE("a rule's fail case differs from its pass case of the same name in one figure") {
    for (const auto& rule : rules().rules) {
        for (const auto& fail : cases(rule.id, "fail-")) {
            fs::path pass = fail.parent_path() / ("pass-" + fail.filename().string().substr(5));
            if (!fs::exists(pass)) continue;  // a regression without a passing twin
            CAPTURE(fail.string());
            std::istringstream fail_lines(read(fail));
            std::istringstream pass_lines(read(pass));
            std::string f;
            std::string p;
            size_t differing = 0;
            while (std::getline(fail_lines, f)) {
                REQUIRE(std::getline(pass_lines, p));
                differing += differing_words(f, p);
            }
            CHECK_FALSE(std::getline(pass_lines, p));
            CHECK(differing == 1);
        }
    }
}
