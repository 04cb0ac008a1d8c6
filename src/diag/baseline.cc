// The baseline file: accepted findings, keyed by path, rule and fingerprint (never by line).
#include "crossfoot/baseline.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "crossfoot/report.h"

namespace crossfoot {

namespace {

using Json = nlohmann::ordered_json;

constexpr int kBaselineVersion = 1;

}  // namespace

std::string baseline_json(const std::vector<FileReport>& reports) {
    std::vector<BaselineEntry> entries;
    for (const auto& report : reports) {
        std::vector<std::string> prints = fingerprints(report);
        for (size_t i = 0; i < report.diagnostics.size(); ++i) {
            const Diagnostic& d = report.diagnostics[i];
            if (d.severity == Severity::note) continue;
            entries.push_back({report.path, d.rule, prints[i], d.found.value_or(""), d.message});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return std::tie(a.path, a.rule, a.fingerprint) < std::tie(b.path, b.rule, b.fingerprint);
    });
    Json list = Json::array();
    for (const auto& e : entries) {
        list.push_back(Json{{"path", e.path},
                            {"rule", e.rule},
                            {"fingerprint", e.fingerprint},
                            {"found", e.found},
                            {"message", e.message}});
    }
    Json root{{"crossfoot-baseline", kBaselineVersion}, {"findings", std::move(list)}};
    return root.dump(2) + "\n";
}

std::vector<BaselineEntry> read_baseline(const std::string& path, std::string_view text) {
    Json root = Json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains("findings") ||
        root.value("crossfoot-baseline", 0) != kBaselineVersion || !root["findings"].is_array()) {
        throw ToolError(path, "not a crossfoot baseline (write one with --write-baseline)");
    }
    std::vector<BaselineEntry> entries;
    for (const auto& item : root["findings"]) {
        auto field = [&](const char* key) {
            if (!item.is_object() || !item.contains(key) || !item[key].is_string())
                throw ToolError(path, std::string("a baseline finding lacks its '") + key + "'");
            return item[key].get<std::string>();
        };
        entries.push_back(
            {field("path"), field("rule"), field("fingerprint"), field("found"), field("message")});
    }
    return entries;
}

void apply_baseline(FileReport& report, const std::vector<BaselineEntry>& baseline) {
    if (report.skipped) return;
    // The entries of this file, by (rule, fingerprint); each accepts one finding.
    std::map<std::pair<std::string, std::string>, const BaselineEntry*> accepted;
    for (const auto& e : baseline) {
        if (e.path == report.path) accepted.emplace(std::pair(e.rule, e.fingerprint), &e);
    }
    if (accepted.empty()) return;
    std::vector<std::string> prints = fingerprints(report);
    std::vector<Diagnostic> kept;
    for (size_t i = 0; i < report.diagnostics.size(); ++i) {
        auto found = accepted.find({report.diagnostics[i].rule, prints[i]});
        if (found != accepted.end() && found->second) {
            found->second = nullptr;
            ++report.baselined;
            continue;
        }
        kept.push_back(std::move(report.diagnostics[i]));
    }
    report.diagnostics = std::move(kept);
    // An entry that matched nothing: the finding was fixed, so the baseline can be written anew.
    for (const auto& [key, entry] : accepted) {
        if (!entry) continue;
        Diagnostic d;
        d.rule = "baseline";
        d.severity = Severity::note;
        d.message = "the baseline accepts a finding that is no longer reported: [" + entry->rule +
                    "] " + entry->message;
        report.diagnostics.push_back(std::move(d));
    }
    sort_report(report);
}

}  // namespace crossfoot
