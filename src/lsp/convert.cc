#include "lsp/convert.h"

#include <filesystem>

#include "crossfoot/rule_docs.h"
#include "lsp/documents.h"

namespace crossfoot::lsp {

namespace {

using Json = nlohmann::json;

int lsp_severity(Severity s) {
    switch (s) {
        case Severity::error:
            return 1;
        case Severity::warning:
            return 2;
        case Severity::note:
            return 3;
    }
    return 3;
}

LspRange lsp_range(const FileReport& report, const Span& span) {
    const SourceFile* source = report.source_of(span);
    return source ? to_lsp(*source, source->range(span)) : LspRange{};
}

std::string uri_of(const Analysis& analysis, const Span& span) {
    if (span.file == 0) return analysis.uri;
    std::error_code ec;
    return uri_of_path(std::filesystem::absolute(analysis.report.path_of(span), ec).string());
}

// Built-in rule files carry their name in the source tree, which need not exist here.
std::optional<std::string> rule_link(const Analysis& analysis, const std::string& rule,
                                     const LinkOptions& links) {
    const RuleSpec* spec = analysis.rules ? analysis.rules->find(rule) : nullptr;
    std::error_code ec;
    if (spec && !crossfoot::is_built_in(*spec) &&
        std::filesystem::is_regular_file(spec->file, ec)) {
        std::string path = std::filesystem::absolute(spec->file, ec).string();
        return uri_of_path(path) + "#L" + std::to_string(spec->where.line);
    }
    if (!links.docs_url.empty()) {
        std::string url = links.docs_url;
        if (size_t at = url.find("{rule}"); at != std::string::npos) url.replace(at, 6, rule);
        return url;
    }
    // A rule the analysis does not know (the input's own) has no row in docs/rules.md.
    std::string link = rule_docs_link(analysis.docs_url, rule);
    if (link.empty() || !spec || !crossfoot::is_built_in(*spec)) return std::nullopt;
    return link;
}

Json diagnostic_json(const Analysis& analysis, const Diagnostic& d, const LinkOptions& links) {
    Json j{{"range", range_json(lsp_range(analysis.report, d.span))},
           {"severity", lsp_severity(d.severity)},
           {"code", d.rule},
           {"source", "crossfoot"},
           {"message", d.message}};
    if (auto href = rule_link(analysis, d.rule, links)) j["codeDescription"] = {{"href", *href}};
    Json related = Json::array();
    for (const auto& r : d.related) {
        Json location{{"uri", uri_of(analysis, r.span)},
                      {"range", range_json(lsp_range(analysis.report, r.span))}};
        related.push_back({{"location", location}, {"message", r.message}});
    }
    if (!related.empty()) j["relatedInformation"] = std::move(related);
    return j;
}

bool meets(const LspRange& a, const LspRange& b) { return !(a.end < b.start || b.end < a.start); }

bool covers(const Span& span, size_t offset) {
    if (span.pieces.empty()) return span.begin <= offset && offset < span.end;
    for (const auto& piece : span.pieces) {
        if (piece.begin <= offset && offset < piece.end) return true;
    }
    return false;
}

std::string relation_markdown(const FileReport& report, const CheckRecord& check) {
    std::string md = "- `" + check.rule + "` " + (check.passed ? "holds" : "does not hold");
    if (!check.summary.empty()) md += ": " + check.summary;
    md += "\n";
    for (const auto& operand : check.operands) {
        Range at = report.range(operand.span);
        md += "  - " + operand.text + " (line " + std::to_string(at.begin.line) + ")\n";
    }
    return md;
}

}  // namespace

Json range_json(const LspRange& range) {
    auto position = [](LspPosition p) {
        return Json{{"line", p.line}, {"character", p.character}};
    };
    return Json{{"start", position(range.start)}, {"end", position(range.end)}};
}

Json diagnostics_json(const Analysis& analysis, const LinkOptions& links) {
    Json out = Json::array();
    for (const auto& d : analysis.report.diagnostics)
        out.push_back(diagnostic_json(analysis, d, links));
    return out;
}

Json code_actions(const Analysis& analysis, const LspRange& range, const LinkOptions& links) {
    Json actions = Json::array();
    for (const auto& d : analysis.report.diagnostics) {
        if (d.fixes.empty() || d.span.file != 0) continue;
        if (!meets(lsp_range(analysis.report, d.span), range)) continue;
        const Fix& fix = d.fixes.front();
        std::string printed = analysis.report.sources[0]->text_of(fix.span);
        Json edit{{"range", range_json(lsp_range(analysis.report, fix.span))},
                  {"newText", fix.replacement}};
        actions.push_back({{"title", "Replace " + printed + " with " + fix.replacement},
                           {"kind", "quickfix"},
                           {"diagnostics", Json::array({diagnostic_json(analysis, d, links)})},
                           {"isPreferred", fix.safe},
                           {"edit", {{"changes", {{analysis.uri, Json::array({edit})}}}}}});
    }
    return actions;
}

std::optional<Json> hover(const Analysis& analysis, LspPosition position) {
    const FileReport& report = analysis.report;
    if (report.sources.empty()) return std::nullopt;
    size_t offset = byte_offset(analysis.text, position);
    std::string md;
    const Span* figure = nullptr;
    size_t relations = 0;
    for (const auto& check : report.checks) {
        for (const auto& operand : check.operands) {
            if (operand.span.file != 0 || !covers(operand.span, offset)) continue;
            figure = &operand.span;
            md += relation_markdown(report, check);
            ++relations;
            break;
        }
    }
    if (!figure) return std::nullopt;
    std::string head = "**" + report.sources[0]->text_of(*figure) + "** takes part in " +
                       std::to_string(relations) + (relations == 1 ? " relation" : " relations");
    return Json{{"contents", {{"kind", "markdown"}, {"value", head + ":\n\n" + md}}},
                {"range", range_json(lsp_range(report, *figure))}};
}

Json tool_error_diagnostic(const ToolError& error, const std::string& text) {
    SourceFile source = decode_source(error.path(), text);
    Position at = error.where();
    LspPosition start = at.line > 0 ? to_lsp(source, at) : LspPosition{};
    // The error points at a character: the range runs to the end of its line.
    LspPosition end = start;
    if (static_cast<size_t>(start.line) < source.lines.size())
        end.character = utf16_units(source.lines[start.line], INT32_MAX);
    return Json{{"range", range_json({start, end})},
                {"severity", 1},
                {"source", "crossfoot"},
                {"message", error.what()}};
}

}  // namespace crossfoot::lsp
