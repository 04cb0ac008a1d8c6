// Where a rule is documented: its row in docs/rules.md (written by `crossfoot rules docs`), at
// the address that documentation is published under. There is no public address: a build
// sets one with the CMake cache variable CROSSFOOT_DOCS_URL, a project with `docs-url` in its
// crossfoot.toml. SARIF's helpUri and the language server's rule links both come from here.
#pragma once

#include <string>
#include <string_view>

#include "crossfoot/rule_set.h"

namespace crossfoot {

/// The anchor of a rule's row in docs/rules.md: "footing" -> "rule-footing".
[[nodiscard]] std::string rule_anchor(std::string_view rule);

/// Whether the rule is one of the built-in rule files' (those docs/rules.md lists).
[[nodiscard]] bool is_built_in(const RuleSpec& rule);

/// The address of docs/rules.md this build was configured with (CROSSFOOT_DOCS_URL); empty
/// when none was.
[[nodiscard]] std::string_view default_docs_url();

/// The link to a rule's row: "https://x.org/docs/rules.md", "footing" ->
/// "https://x.org/docs/rules.md#rule-footing"; empty when `docs_url` is.
[[nodiscard]] std::string rule_docs_link(std::string_view docs_url, std::string_view rule);

/// Whether `url` can be the address of docs/rules.md: absolute ("scheme://..." or "file:..."),
/// without a fragment of its own.
[[nodiscard]] bool is_docs_url(std::string_view url);

}  // namespace crossfoot
