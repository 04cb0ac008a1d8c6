// The JSON contract of shared/design/contracts.md; key order is part of it.
#include <nlohmann/json.hpp>

#include "crossfoot/emit.h"
#include "crossfoot/report.h"

namespace crossfoot {

namespace {

using Json = nlohmann::ordered_json;

Json position(const Position& p) { return Json{{"line", p.line}, {"column", p.column}}; }
Json range(const Range& r) { return Json{{"start", position(r.begin)}, {"end", position(r.end)}}; }

Json diagnostic(const Diagnostic& d) {
    Json j;
    j["rule"] = d.rule;
    j["severity"] = std::string(severity_name(d.severity));
    j["message"] = d.message;
    j["range"] = range(d.range);
    if (d.expected) j["expected"] = *d.expected;
    if (d.found) j["found"] = *d.found;
    j["related"] = Json::array();
    for (const auto& r : d.related)
        j["related"].push_back(Json{{"message", r.message}, {"range", range(r.range)}});
    if (d.fix) j["fix"] = Json{{"range", range(d.fix->range)}, {"replacement", d.fix->replacement}};
    return j;
}

Json check(const CheckRecord& c) {
    Json j;
    j["rule"] = c.rule;
    j["status"] = c.passed ? "pass" : "fail";
    j["operands"] = Json::array();
    for (const auto& o : c.operands) {
        j["operands"].push_back(
            Json{{"text", o.text}, {"value", o.value}, {"range", range(o.range)}});
    }
    return j;
}

void render(const std::vector<FileReport>& reports, const RenderOptions& options,
            std::ostream& out) {
    Json root;
    root["tool"] = Json{{"name", "crossfoot"}, {"version", options.version}};
    root["files"] = Json::array();
    for (const auto& report : reports) {
        Json file;
        file["path"] = report.path;
        if (report.skipped) file["skipped"] = *report.skipped;
        file["diagnostics"] = Json::array();
        for (const auto& d : report.diagnostics) file["diagnostics"].push_back(diagnostic(d));
        if (options.with_checks) {
            file["checks"] = Json::array();
            for (const auto& c : report.checks) file["checks"].push_back(check(c));
        }
        root["files"].push_back(std::move(file));
    }
    Totals t = count(reports);
    root["summary"] = Json{{"files", t.files},
                           {"errors", t.errors},
                           {"warnings", t.warnings},
                           {"notes", t.notes},
                           {"checks", t.checks}};
    out << root.dump(2) << "\n";
}

}  // namespace

const OutputFormat kJsonFormat = {"json", "the JSON document of contracts.md, for other tools",
                                  render};

}  // namespace crossfoot
