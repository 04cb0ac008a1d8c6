// Issue 9, item 1: every rule links to its row in docs/rules.md (SARIF helpUri, the editor's
// codeDescription), at the address the build or the project's crossfoot.toml gives.
#include "crossfoot/rule_docs.h"

#include <doctest/doctest.h>

#include "crossfoot/config.h"

using namespace crossfoot;

TEST_CASE("every built-in rule's anchor is in docs/rules.md") {
    std::string docs =
        read_file_bytes(std::string(CROSSFOOT_SOURCE_DIR) + "/docs/rules.md", size_t{1} << 20);
    RuleSet rules = load_rule_set({});
    REQUIRE(rules.rules.size() > 10);
    for (const auto& rule : rules.rules) {
        CAPTURE(rule.id);
        CHECK(is_built_in(rule));
        CHECK(docs.find("<a id=\"" + rule_anchor(rule.id) + "\"></a>`" + rule.id + "`") !=
              std::string::npos);
    }
}

TEST_CASE("a rule's link is the docs address with the rule's anchor, none without an address") {
    CHECK(rule_docs_link("https://docs.example.org/crossfoot/rules.md", "footing") ==
          "https://docs.example.org/crossfoot/rules.md#rule-footing");
    CHECK(rule_docs_link("", "footing").empty());
    CHECK(is_docs_url("https://docs.example.org/rules.md"));
    CHECK(is_docs_url("file:///srv/crossfoot/docs/rules.md"));
    CHECK_FALSE(is_docs_url("docs/rules.md"));
    CHECK_FALSE(is_docs_url("https://docs.example.org/rules.md#top"));
    CHECK_FALSE(is_docs_url("https://"));
    CHECK_FALSE(is_docs_url(""));
}

TEST_CASE("crossfoot.toml's docs-url is read, and refused when it is not an absolute URL") {
    RuleSet rules;
    Config c = load_config_text("p/crossfoot.toml", "docs-url = \"https://x.example/rules.md\"\n",
                                {}, rules);
    CHECK(c.docs_url == "https://x.example/rules.md");
    try {
        (void)load_config_text("p/crossfoot.toml", "select = []\ndocs-url = \"rules.md\"\n", {},
                               rules);
        FAIL("a relative docs-url was accepted");
    } catch (const ToolError& e) {
        CHECK(e.path() == "p/crossfoot.toml");
        CHECK(e.where().line == 2);
        CHECK(std::string(e.what()).find("absolute URL") != std::string::npos);
    }
}
