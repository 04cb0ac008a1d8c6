// The rules a document is checked with: its crossfoot.toml's, loaded once per change of it.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "crossfoot/baseline.h"
#include "crossfoot/rule_docs.h"
#include "crossfoot/rule_set.h"
#include "crossfoot/source.h"

namespace crossfoot::lsp {

struct Profile {
    RuleSet rules;
    std::vector<std::string> select;
    std::vector<std::string> ignore;
    /// The config's `baseline`: the findings it accepts are not published. Its paths are
    /// relative to where `crossfoot check` ran: the config's directory or the server's.
    std::vector<BaselineEntry> baseline;
    std::string baseline_path;
    std::string config_dir;
    std::string docs_url{default_docs_url()};  ///< the config's `docs-url`, else the build's

    /// The baseline's entries for the document at `path` (absolute), with that path.
    [[nodiscard]] std::vector<BaselineEntry> baseline_for(const std::string& path) const;
};

/// The profile of a document, or the error of the config that should have given it.
struct ProfileResult {
    std::shared_ptr<const Profile> profile;
    std::optional<ToolError> error;
    std::string config;  ///< the config file's path; empty for the built-in rules
};

/// Loads and caches profiles; a config whose modification time changed is read again. Used
/// by one thread (the checker's).
class Profiles {
public:
    explicit Profiles(std::vector<std::string> rule_dirs) : rule_dirs_(std::move(rule_dirs)) {}
    /// For a document at `path` (nullopt: not a file, so no crossfoot.toml applies).
    [[nodiscard]] ProfileResult for_document(const std::optional<std::string>& path);

private:
    struct Entry {
        std::filesystem::file_time_type stamp;
        std::filesystem::file_time_type baseline_stamp;  ///< a baseline edited is read again
        ProfileResult result;
    };
    std::vector<std::string> rule_dirs_;
    std::map<std::string, Entry> cache_;
};

}  // namespace crossfoot::lsp
