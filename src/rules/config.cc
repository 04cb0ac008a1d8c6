#include "crossfoot/config.h"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <filesystem>

#include "crossfoot/rule_docs.h"
#include "crossfoot/rule_kind.h"

namespace crossfoot {

namespace fs = std::filesystem;

namespace {

Position position_of(const toml::node& node) {
    return {static_cast<int>(node.source().begin.line),
            static_cast<int>(node.source().begin.column)};
}

std::vector<std::string> strings(const toml::table& root, std::string_view key,
                                 const std::string& path) {
    std::vector<std::string> out;
    const toml::node* node = root.get(key);
    if (!node) return out;
    const toml::array* array = node->as_array();
    if (!array)
        throw ToolError(path, "'" + std::string(key) + "' must be an array of strings",
                        position_of(*node));
    for (const auto& item : *array) {
        if (!item.is_string())
            throw ToolError(path, "'" + std::string(key) + "' must be an array of strings",
                            position_of(item));
        out.push_back(*item.value<std::string>());
    }
    return out;
}

// Top-level keys of crossfoot.toml; "rule", "concept" and "vocabulary" are its [[rule]],
// [[concept]] and [vocabulary] entries.
constexpr std::array<std::string_view, 9> kConfigKeys = {"rules",   "select",   "ignore",
                                                         "fail-on", "baseline", "docs-url",
                                                         "rule",    "concept",  "vocabulary"};

void check_config_keys(const toml::table& root, const std::string& path) {
    std::vector<std::string_view> known(kConfigKeys.begin(), kConfigKeys.end());
    for (const auto& [key, node] : root) {
        if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
        std::string hint = closest_name(key.str(), known);
        throw ToolError(
            path,
            "unknown key '" + std::string(key.str()) + "'" +
                (hint.empty() ? "" : "; did you mean '" + hint + "'?") +
                " (the keys are rules, select, ignore, fail-on, baseline, docs-url, [[rule]], "
                "[[concept]] and [vocabulary])",
            {static_cast<int>(key.source().begin.line),
             static_cast<int>(key.source().begin.column)});
    }
}

// Every id of `select` or `ignore` names a rule, at the line of the id that does not.
void check_rule_ids(const toml::table& root, std::string_view key, const std::string& path,
                    const RuleSet& rules) {
    const toml::array* array = root.get(key) ? root.get(key)->as_array() : nullptr;
    if (!array) return;
    for (const auto& item : *array) {
        auto id = item.value<std::string>().value_or("");
        if (rules.find(id)) continue;
        throw ToolError(path, unknown_rule_message(rules, id, key), position_of(item));
    }
}

}  // namespace

std::string unknown_rule_message(const RuleSet& rules, std::string_view id, std::string_view verb) {
    std::vector<std::string_view> ids;
    for (const auto& rule : rules.rules) ids.push_back(rule.id);
    std::string hint = closest_name(id, ids);
    return "no rule '" + std::string(id) + "' to " + std::string(verb) +
           (hint.empty() ? "" : "; did you mean '" + hint + "'?");
}

std::optional<std::string> find_config(const std::string& input_path) {
    std::error_code ec;
    fs::path start =
        input_path == "-" ? fs::current_path(ec) : fs::absolute(input_path, ec).parent_path();
    for (fs::path dir = start; !dir.empty(); dir = dir.parent_path()) {
        fs::path candidate = dir / kConfigName;
        if (fs::is_regular_file(candidate, ec)) {
            // Named as the input was: relative to the working directory when it was given so.
            bool relative = input_path != "-" && fs::path(input_path).is_relative();
            fs::path shown =
                relative ? candidate.lexically_relative(fs::current_path(ec)) : candidate;
            return (shown.empty() ? candidate : shown).lexically_normal().string();
        }
        if (dir == dir.parent_path()) break;
    }
    return std::nullopt;
}

Config load_config(const std::string& path, const std::vector<std::string>& extra_dirs,
                   RuleSet& rules) {
    return load_config_text(path, read_file_bytes(path, 1u << 20), extra_dirs, rules);
}

Config load_config_text(const std::string& path, std::string_view text,
                        const std::vector<std::string>& extra_dirs, RuleSet& rules) {
    toml::table root;
    try {
        root = toml::parse(text, path);
    } catch (const toml::parse_error& e) {
        throw ToolError(
            path, std::string(e.description()),
            {static_cast<int>(e.source().begin.line), static_cast<int>(e.source().begin.column)});
    }
    check_config_keys(root, path);
    Config config;
    config.path = path;
    fs::path base = fs::path(path).parent_path();
    for (const auto& dir : strings(root, "rules", path))
        config.rule_dirs.push_back((base / dir).lexically_normal().string());
    config.select = strings(root, "select", path);
    config.ignore = strings(root, "ignore", path);
    if (const toml::node* node = root.get("fail-on")) {
        auto value = node->value<std::string>();
        if (!value || (*value != "error" && *value != "warning")) {
            throw ToolError(path, "'fail-on' must be \"error\" or \"warning\"", position_of(*node));
        }
        config.fail_on = *value == "warning" ? Severity::warning : Severity::error;
    }
    if (const toml::node* node = root.get("baseline")) {
        auto value = node->value<std::string>();
        if (!value || value->empty())
            throw ToolError(path, "'baseline' must be a file name", position_of(*node));
        config.baseline = (base / *value).lexically_normal().string();
    }
    if (const toml::node* node = root.get("docs-url")) {
        auto value = node->value<std::string>();
        if (!value || !is_docs_url(*value))
            throw ToolError(path,
                            "'docs-url' must be the absolute URL of docs/rules.md, without a '#'",
                            position_of(*node));
        config.docs_url = *value;
    }
    rules = load_rule_set(extra_dirs);
    add_rule_dirs(rules, config.rule_dirs);
    load_rule_text(rules, path, text,
                   {"rules", "select", "ignore", "fail-on", "baseline", "docs-url"});
    check_rule_ids(root, "select", path, rules);
    check_rule_ids(root, "ignore", path, rules);
    return config;
}

}  // namespace crossfoot
