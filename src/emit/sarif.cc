// SARIF 2.1.0, the static-analysis format GitHub code scanning reads: the rules from the rule
// set (described from the same kind documentation `rules explain` prints), one result per
// finding with its locations, the other figures as related locations, fixes, and fingerprints
// that survive unrelated edits.
#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "crossfoot/baseline.h"
#include "crossfoot/emit.h"
#include "crossfoot/report.h"
#include "crossfoot/rule_docs.h"
#include "crossfoot/rule_kind.h"
#include "crossfoot/rule_set.h"

namespace crossfoot {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kSourceRoot = "%SRCROOT%";

// Unreserved characters and '/' as they are, the rest percent-encoded ("my release.txt" ->
// "my%20release.txt").
std::string percent_encoded(std::string_view path) {
    std::string out;
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            out += static_cast<char>(c);
        } else {
            out += fmt::format("%{:02X}", c);
        }
    }
    return out;
}

// Paths are given relative to where crossfoot runs (the checkout, in CI): they stay relative to
// %SRCROOT%. An absolute path inside that directory is made relative; one outside it becomes a
// file: URI of its own.
Json artifact(const FileReport& report, const Span& span) {
    namespace fs = std::filesystem;
    fs::path path(report.path_of(span));
    if (path.is_absolute()) {
        std::error_code ec;
        fs::path relative = fs::proximate(path, fs::current_path(ec), ec);
        if (ec || relative.empty() || *relative.begin() == "..")
            return Json{{"uri", "file://" + percent_encoded(path.lexically_normal().string())}};
        path = relative;
    }
    return Json{{"uri", percent_encoded(path.lexically_normal().generic_string())},
                {"uriBaseId", kSourceRoot}};
}

// SARIF's levels are crossfoot's severity names: "error", "warning", "note".
Json region(const FileReport& report, const Span& span) {
    Range r = report.range(span);
    Json j{{"startLine", r.begin.line},
           {"startColumn", r.begin.column},
           {"endLine", r.end.line},
           {"endColumn", r.end.column}};
    // The region runs from the span's first byte to its last: its snippet is all of that text.
    if (const SourceFile* source = report.source_of(span))
        j["snippet"] = Json{{"text", source->text_of(Span{span.file, span.begin, span.end, {}})}};
    return j;
}

Json physical(const FileReport& report, const Span& span) {
    return Json{{"artifactLocation", artifact(report, span)}, {"region", region(report, span)}};
}

// Where a span stands in a file with no lines of its own (a Word document), else empty.
std::string place_of(const FileReport& report, const Span& span) {
    const SourceFile* source = report.source_of(span);
    return source ? source->place(span.begin) : std::string();
}

// A location, with a message saying where it stands in a Word document.
Json location(const FileReport& report, const Span& span) {
    Json j{{"physicalLocation", physical(report, span)}};
    if (std::string place = place_of(report, span); !place.empty())
        j["message"] = Json{{"text", place}};
    return j;
}

Json rule_descriptor(const RuleSpec& rule, const std::string& docs_url) {
    const RuleKind* kind = find_rule_kind(rule.kind);
    std::string doc = kind ? std::string(kind->doc) : rule.summary;
    std::string explain = fmt::format("Kind `{}`: {}\n\n{}", rule.kind,
                                      kind ? std::string(kind->summary) : std::string(), doc);
    Json j{{"id", rule.id},
           {"name", rule.id},
           {"shortDescription", Json{{"text", rule.summary}}},
           {"fullDescription", Json{{"text", kind ? std::string(kind->summary) : rule.summary}}},
           {"help", Json{{"text", doc}, {"markdown", explain}}},
           {"defaultConfiguration", Json{{"level", severity_name(rule.severity)}}},
           {"properties", Json{{"kind", rule.kind}}}};
    // Only the built-in rules have a row in docs/rules.md to link to.
    if (std::string link = rule_docs_link(docs_url, rule.id); !link.empty() && is_built_in(rule))
        j["helpUri"] = link;
    return j;
}

// The rules of the run: those of the rule set, then any a report names that the set lacks.
std::vector<Json> rules_of(const std::vector<FileReport>& reports, const RenderOptions& options,
                           std::map<std::string, size_t>& index) {
    std::vector<Json> rules;
    if (options.rules) {
        for (const auto& rule : options.rules->rules) {
            index.emplace(rule.id, rules.size());
            rules.push_back(rule_descriptor(rule, options.docs_url));
        }
    }
    for (const auto& report : reports) {
        for (const auto& d : report.diagnostics) {
            if (index.emplace(d.rule, rules.size()).second)
                rules.push_back(Json{{"id", d.rule}, {"shortDescription", Json{{"text", d.rule}}}});
        }
    }
    return rules;
}

Json result(const FileReport& report, const Diagnostic& d, size_t rule_index,
            const std::string& fingerprint) {
    Json j{{"ruleId", d.rule},
           {"ruleIndex", rule_index},
           {"level", severity_name(d.severity)},
           {"message", Json{{"text", d.message}}},
           {"locations", Json::array({location(report, d.span)})}};
    if (!d.related.empty()) {
        Json related = Json::array();
        for (size_t i = 0; i < d.related.size(); ++i) {
            std::string place = place_of(report, d.related[i].span);
            related.push_back(
                Json{{"id", i + 1},
                     {"physicalLocation", physical(report, d.related[i].span)},
                     {"message", Json{{"text", d.related[i].message +
                                                   (place.empty() ? "" : " (" + place + ")")}}}});
        }
        j["relatedLocations"] = std::move(related);
    }
    // GitHub's key: the rule, the line's text and the printed figure, and which occurrence of
    // that triple this is in the file; the baseline keys findings the same way.
    j["partialFingerprints"] = Json{{"primaryLocationLineHash", fingerprint}};
    // A fix replaces bytes of the file: a Word document's are compressed XML.
    if (!d.fixes.empty() && place_of(report, d.span).empty()) {
        Json fixes = Json::array();
        for (const auto& fix : d.fixes) {
            Json replacement{{"deletedRegion", region(report, fix.span)},
                             {"insertedContent", Json{{"text", fix.replacement}}}};
            fixes.push_back(
                Json{{"description", Json{{"text", "Print " + fix.replacement}}},
                     {"artifactChanges",
                      Json::array({Json{{"artifactLocation", artifact(report, fix.span)},
                                        {"replacements", Json::array({replacement})}}})}});
        }
        j["fixes"] = std::move(fixes);
    }
    return j;
}

Json invocation(const std::vector<FileReport>& reports, const RenderOptions& options) {
    Json notifications = Json::array();
    for (const auto& error : options.tool_errors)
        notifications.push_back(Json{{"level", "error"}, {"message", Json{{"text", error}}}});
    for (const auto& report : reports) {
        if (!report.skipped) continue;
        notifications.push_back(
            Json{{"level", "note"},
                 {"message", Json{{"text", report.path + ": skipped: " + *report.skipped}}}});
    }
    return Json{{"executionSuccessful", options.tool_errors.empty()},
                {"exitCode", options.exit_code},
                {"toolExecutionNotifications", std::move(notifications)}};
}

void render(const std::vector<FileReport>& reports, const RenderOptions& options,
            std::ostream& out) {
    std::map<std::string, size_t> index;
    std::vector<Json> rules = rules_of(reports, options, index);
    Json results = Json::array();
    for (const auto& report : reports) {
        std::vector<std::string> prints = fingerprints(report);
        for (size_t i = 0; i < report.diagnostics.size(); ++i) {
            const Diagnostic& d = report.diagnostics[i];
            results.push_back(result(report, d, index.at(d.rule), prints[i]));
        }
    }
    Json driver{{"name", "crossfoot"},
                {"version", options.version},
                {"semanticVersion", options.version},
                {"rules", rules}};
    Json run{{"tool", Json{{"driver", std::move(driver)}}},
             {"invocations", Json::array({invocation(reports, options)})},
             {"columnKind", "unicodeCodePoints"},
             {"results", std::move(results)}};
    Json root{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", Json::array({std::move(run)})}};
    out << root.dump(2) << "\n";
}

}  // namespace

const OutputFormat kSarifFormat = {
    "sarif", "SARIF 2.1.0 for GitHub code scanning and other analysis viewers", render};

}  // namespace crossfoot
