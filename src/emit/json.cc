// The JSON contract of shared/design/contracts.md; key order is part of it.
#include <nlohmann/json.hpp>

#include "crossfoot/emit.h"
#include "crossfoot/report.h"
#include "emit/json_file.h"

namespace crossfoot {

namespace {

using Json = nlohmann::ordered_json;

Json position(const Position& p) { return Json{{"line", p.line}, {"column", p.column}}; }
Json range(const Range& r) { return Json{{"start", position(r.begin)}, {"end", position(r.end)}}; }

// A range in the report's first file, or with its path when it points into another. In a file
// with no lines of its own (a Word document) it says where it stands: "table 3, row 5, cell 2".
Json located(const FileReport& report, const Span& span) {
    Json j = range(report.range(span));
    const SourceFile* source = report.source_of(span);
    if (std::string place = source ? source->place(span.begin) : ""; !place.empty())
        j["place"] = place;
    return j;
}

Json diagnostic(const FileReport& report, const Diagnostic& d) {
    Json j;
    j["rule"] = d.rule;
    j["severity"] = std::string(severity_name(d.severity));
    j["message"] = d.message;
    j["range"] = located(report, d.span);
    if (d.expected) j["expected"] = *d.expected;
    if (d.found) j["found"] = *d.found;
    j["related"] = Json::array();
    for (const auto& r : d.related) {
        Json note{{"message", r.message}, {"range", located(report, r.span)}};
        if (r.span.file != 0) note["path"] = report.path_of(r.span);
        j["related"].push_back(std::move(note));
    }
    if (!d.fixes.empty()) {
        const Fix& fix = d.fixes.front();
        j["fix"] = Json{{"range", located(report, fix.span)}, {"replacement", fix.replacement}};
    }
    return j;
}

Json check(const FileReport& report, const CheckRecord& c) {
    Json j;
    j["rule"] = c.rule;
    j["status"] = c.passed ? "pass" : "fail";
    j["operands"] = Json::array();
    for (const auto& o : c.operands) {
        j["operands"].push_back(
            Json{{"text", o.text}, {"value", o.value}, {"range", located(report, o.span)}});
    }
    return j;
}

}  // namespace

namespace emit {

Json file_json(const FileReport& report, bool with_checks, bool with_unverified) {
    Json file;
    file["path"] = report.path;
    if (report.skipped) file["skipped"] = *report.skipped;
    file["diagnostics"] = Json::array();
    for (const auto& d : report.diagnostics) file["diagnostics"].push_back(diagnostic(report, d));
    if (with_checks) {
        file["checks"] = Json::array();
        for (const auto& c : report.checks) file["checks"].push_back(check(report, c));
    }
    if (with_unverified) {
        file["figures_verified"] = report.verified_figures;
        file["unverified"] = Json::array();
        for (const auto& o : report.unverified) {
            file["unverified"].push_back(
                Json{{"text", o.text}, {"value", o.value}, {"range", located(report, o.span)}});
        }
    }
    return file;
}

}  // namespace emit

namespace {

void render(const std::vector<FileReport>& reports, const RenderOptions& options,
            std::ostream& out) {
    Json root;
    root["tool"] = Json{{"name", "crossfoot"}, {"version", options.version}};
    root["files"] = Json::array();
    for (const auto& report : reports)
        root["files"].push_back(
            emit::file_json(report, options.with_checks, options.with_unverified));
    Totals t = count(reports);
    root["summary"] = Json{{"files", t.files},       {"skipped", t.skipped}, {"errors", t.errors},
                           {"warnings", t.warnings}, {"notes", t.notes},     {"checks", t.checks}};
    if (t.suppressed > 0) root["summary"]["suppressed"] = t.suppressed;
    if (t.baselined > 0) root["summary"]["baselined"] = t.baselined;
    if (options.with_unverified) {
        root["summary"]["figures_verified"] = t.figures_verified;
        root["summary"]["figures_unverified"] = t.figures_unverified;
    }
    out << root.dump(2) << "\n";
}

}  // namespace

const OutputFormat kJsonFormat = {"json", "the JSON document of contracts.md, for other tools",
                                  render};

}  // namespace crossfoot
