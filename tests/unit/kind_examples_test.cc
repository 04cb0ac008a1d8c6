// Every example `rules explain` prints is run: a kind's "Fails:" release must produce a
// finding of that kind, its "Passes:" release none, with the relation verified.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <string_view>

#include "crossfoot/engine.h"
#include "crossfoot/rule_kind.h"
#include "support.h"

using namespace crossfoot;

namespace {

constexpr std::string_view kIndent = "    ";

// The example under `heading` in a kind's doc (see RuleKind::doc): the lines indented by four
// spaces after a line that is exactly `heading`, up to the first line that is not, blank lines
// inside kept. Empty when there is no such block.
std::string example(std::string_view doc, std::string_view heading) {
    std::istringstream lines{std::string(doc)};
    std::string line;
    while (std::getline(lines, line) && line != heading) {
    }
    std::string block;
    std::string blanks;
    while (std::getline(lines, line)) {
        if (line.empty()) {
            if (!block.empty()) blanks += '\n';
            continue;
        }
        if (line.rfind(kIndent, 0) != 0) break;
        block += blanks + line.substr(kIndent.size()) + '\n';
        blanks.clear();
    }
    return block;
}

std::string kind_of(const std::string& rule_id) {
    const RuleSpec* rule = rules().find(rule_id);
    return rule ? rule->kind : "";
}

}  // namespace

TEST_CASE("examples are the indented blocks under 'Fails:' and 'Passes:'") {
    std::string_view doc =
        "Checks things.\n\nFails:\n\n    a   1\n\n    b   2\n\nThe end.\n\nPasses:\n    c   3\n";
    CHECK(example(doc, "Fails:") == "a   1\n\nb   2\n");
    CHECK(example(doc, "Passes:") == "c   3\n");
    CHECK(example(doc, "Neither:").empty());
    CHECK(example("Fails: inline\n    x\n", "Fails:").empty());
}

TEST_CASE("every rule kind's failing example fails with that kind's finding") {
    for (const RuleKind* kind : rule_kinds()) {
        CAPTURE(kind->name);
        std::string release = example(kind->doc, "Fails:");
        CHECK_MESSAGE(!release.empty(), "no indented block under 'Fails:'");
        FileReport report = check_bytes("fails.txt", release, rules());
        CHECK_FALSE(report.skipped);
        CHECK_MESSAGE(!report.diagnostics.empty(), "the failing example passes");
        for (const auto& d : report.diagnostics) {
            CHECK_MESSAGE(kind_of(d.rule) == kind->name, d.rule << ": " << d.message);
        }
    }
}

TEST_CASE("every rule kind's passing example verifies a relation of that kind and finds nothing") {
    for (const RuleKind* kind : rule_kinds()) {
        CAPTURE(kind->name);
        std::string release = example(kind->doc, "Passes:");
        CHECK_MESSAGE(!release.empty(), "no indented block under 'Passes:'");
        FileReport report = check_bytes("passes.txt", release, rules());
        CHECK_FALSE(report.skipped);
        for (const auto& d : report.diagnostics) FAIL_CHECK(d.rule << ": " << d.message);
        size_t held = 0;
        for (const auto& c : report.checks) {
            CHECK_MESSAGE(c.passed, c.rule << ": " << c.summary);
            if (c.passed && kind_of(c.rule) == kind->name) ++held;
        }
        CHECK_MESSAGE(held > 0, "no relation of this kind was verified");
    }
}
