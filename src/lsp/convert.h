// A FileReport in the Language Server Protocol's terms: diagnostics, quick fixes, hovers.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "crossfoot/diagnostic.h"
#include "crossfoot/rule_set.h"
#include "lsp/positions.h"

namespace crossfoot::lsp {

/// One document as it was checked.
struct Analysis {
    std::string uri;
    int version = 0;
    std::string text;  ///< the text checked; spans are byte offsets into it
    FileReport report;
    const RuleSet* rules = nullptr;  ///< for codeDescription links; may be null
    std::string docs_url;            ///< where docs/rules.md is published (the profile's)
};

/// How a rule's documentation is linked: a rule from a rule file links to its line there; a
/// built-in one to `docs_url` with "{rule}" replaced when the client gave one, else to its row
/// in docs/rules.md at the profile's address (as SARIF's helpUri does).
struct LinkOptions {
    std::string docs_url;
};

[[nodiscard]] nlohmann::json range_json(const LspRange& range);

/// The `diagnostics` of a publishDiagnostics notification.
[[nodiscard]] nlohmann::json diagnostics_json(const Analysis& analysis, const LinkOptions& links);

/// The quick fixes (`fix` of each diagnostic) whose diagnostics meet `range`.
[[nodiscard]] nlohmann::json code_actions(const Analysis& analysis, const LspRange& range,
                                          const LinkOptions& links);

/// The relations the figure at `position` takes part in, as markdown; nullopt when none.
[[nodiscard]] std::optional<nlohmann::json> hover(const Analysis& analysis, LspPosition position);

/// A config or rule-file error as a diagnostic on that file; `text` is the file's text.
[[nodiscard]] nlohmann::json tool_error_diagnostic(const ToolError& error, const std::string& text);

}  // namespace crossfoot::lsp
