#include "lsp/profiles.h"

#include "crossfoot/config.h"

namespace crossfoot::lsp {

namespace {

ProfileResult load(const std::string& config, const std::vector<std::string>& rule_dirs) {
    ProfileResult result;
    result.config = config;
    auto profile = std::make_shared<Profile>();
    try {
        if (config.empty()) {
            profile->rules = load_rule_set(rule_dirs);
        } else {
            Config c = load_config(config, rule_dirs, profile->rules);
            profile->select = c.select;
            profile->ignore = c.ignore;
        }
        result.profile = std::move(profile);
    } catch (const ToolError& e) {
        result.error = e;
    }
    return result;
}

}  // namespace

ProfileResult Profiles::for_document(const std::optional<std::string>& path) {
    std::string config = path ? find_config(*path).value_or("") : "";
    std::error_code ec;
    auto stamp = config.empty() ? std::filesystem::file_time_type{}
                                : std::filesystem::last_write_time(config, ec);
    auto found = cache_.find(config);
    if (found != cache_.end() && found->second.stamp == stamp) return found->second.result;
    ProfileResult result = load(config, rule_dirs_);
    cache_[config] = Entry{stamp, result};
    return result;
}

}  // namespace crossfoot::lsp
