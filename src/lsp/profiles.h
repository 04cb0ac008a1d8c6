// The rules a document is checked with: its crossfoot.toml's, loaded once per change of it.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "crossfoot/rule_set.h"
#include "crossfoot/source.h"

namespace crossfoot::lsp {

struct Profile {
    RuleSet rules;
    std::vector<std::string> select;
    std::vector<std::string> ignore;
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
        ProfileResult result;
    };
    std::vector<std::string> rule_dirs_;
    std::map<std::string, Entry> cache_;
};

}  // namespace crossfoot::lsp
