#include "lsp/profiles.h"

#include "crossfoot/config.h"
#include "crossfoot/ingest.h"

namespace crossfoot::lsp {

namespace {

namespace fs = std::filesystem;

fs::file_time_type stamp_of(const std::string& path) {
    std::error_code ec;
    return path.empty() ? fs::file_time_type{} : fs::last_write_time(path, ec);
}

std::string baseline_path(const ProfileResult& result) {
    return result.profile ? result.profile->baseline_path : "";
}

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
            profile->config_dir = fs::absolute(config).parent_path().string();
            if (c.docs_url) profile->docs_url = *c.docs_url;
            if (c.baseline) {
                profile->baseline_path = *c.baseline;
                profile->baseline =
                    read_baseline(*c.baseline, read_file_bytes(*c.baseline, kMaxInputBytes));
            }
        }
        result.profile = std::move(profile);
    } catch (const ToolError& e) {
        result.error = e;
    }
    return result;
}

}  // namespace

std::vector<BaselineEntry> Profile::baseline_for(const std::string& path) const {
    std::vector<BaselineEntry> out;
    fs::path document = fs::path(path).lexically_normal();
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    for (const auto& entry : baseline) {
        fs::path written(entry.path);
        bool same = written.is_absolute()
                        ? written.lexically_normal() == document
                        : (fs::path(config_dir) / written).lexically_normal() == document ||
                              (cwd / written).lexically_normal() == document;
        if (!same) continue;
        out.push_back(entry);
        out.back().path = path;
    }
    return out;
}

ProfileResult Profiles::for_document(const std::optional<std::string>& path) {
    std::string config = path ? find_config(*path).value_or("") : "";
    auto stamp = stamp_of(config);
    auto found = cache_.find(config);
    if (found != cache_.end() && found->second.stamp == stamp &&
        found->second.baseline_stamp == stamp_of(baseline_path(found->second.result)))
        return found->second.result;
    ProfileResult result = load(config, rule_dirs_);
    cache_[config] = Entry{stamp, stamp_of(baseline_path(result)), result};
    return result;
}

}  // namespace crossfoot::lsp
