// crossfoot.toml: per-project settings found by walking up from each input.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crossfoot/diagnostic.h"
#include "crossfoot/rule_set.h"

namespace crossfoot {

/// A crossfoot.toml: `rules` (directories, relative to the file), `select`, `ignore`,
/// `fail-on`, and [[rule]] / [[concept]] entries like a rule file's.
///
///     select = ["footing", "net-income"]
///     fail-on = "warning"
///     [[rule]]
///     id = "footing"
///     tolerance = "1000"
struct Config {
    std::string path;
    std::vector<std::string> rule_dirs;
    std::vector<std::string> select;
    std::vector<std::string> ignore;
    std::optional<Severity> fail_on;
    /// `baseline = "crossfoot-baseline.json"`: accepted findings, relative to the config file.
    std::optional<std::string> baseline;
    /// `docs-url = "https://..."`: where docs/rules.md is published, for rule links (SARIF
    /// helpUri, the language server); overrides the build's CROSSFOOT_DOCS_URL.
    std::optional<std::string> docs_url;
};

inline constexpr const char* kConfigName = "crossfoot.toml";

/// "no rule 'x' to select; did you mean 'y'?", for an id of `select` or `ignore` (`verb`)
/// that names no rule of `rules`.
[[nodiscard]] std::string unknown_rule_message(const RuleSet& rules, std::string_view id,
                                               std::string_view verb);

/// The nearest crossfoot.toml in the input's directory or above it; nullopt when none.
[[nodiscard]] std::optional<std::string> find_config(const std::string& input_path);

/// Reads a config and builds the rule set it asks for: built-ins, `extra_dirs`, its `rules`
/// directories, then its own entries. Throws ToolError naming the file and line.
[[nodiscard]] Config load_config(const std::string& path,
                                 const std::vector<std::string>& extra_dirs, RuleSet& rules);

/// load_config of a config's text already read (`path` names it in errors and anchors its
/// relative directories).
[[nodiscard]] Config load_config_text(const std::string& path, std::string_view text,
                                      const std::vector<std::string>& extra_dirs, RuleSet& rules);

}  // namespace crossfoot
