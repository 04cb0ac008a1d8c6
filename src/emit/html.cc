// `--format html`: one self-contained page a reviewer opens in a browser. The release as it
// reads, every checked figure marked (verified, discrepancy, unverified) and linked to an
// explanation of its relations; a summary with links to each finding.
#include <fmt/format.h>

#include <optional>

#include "crossfoot/emit.h"
#include "crossfoot/reader.h"
#include "crossfoot/report.h"
#include "crossfoot/rule_set.h"
#include "emit/html/assets.h"
#include "emit/html/layout.h"
#include "emit/html/marks.h"

namespace crossfoot {

namespace {

using html::escape;
using html::FigureMark;

struct FileMarks {
    const FileReport* report;
    std::string prefix;  ///< "f0-": ids of one file's marks and explanations
    std::vector<FigureMark> marks;
    std::optional<Document> document;  ///< the release read again, to lay it out as it reads
};

std::string plural(size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

int line_of(const FileReport& report, const Span& span) { return report.range(span).begin.line; }

// A link to a mark, or the figure's text when it has none.
std::string figure_link(const FileMarks& file, const Span& span, std::string_view text) {
    size_t m = html::mark_of(file.marks, span);
    int line = line_of(*file.report, span);
    std::string label = text.empty() ? fmt::format("line {}", line)
                                     : fmt::format("{} (line {})", escape(text), line);
    if (m == std::string::npos) return label;
    return fmt::format("<a href=\"#{}g{}\">{}</a>", file.prefix, m, label);
}

void write_summary(std::ostream& out, const std::vector<FileMarks>& files, const Totals& t) {
    size_t held = 0;
    for (const auto& file : files) {
        for (const auto& c : file.report->checks) held += c.passed ? 1 : 0;
    }
    out << "<header id=\"top\">\n<h1>crossfoot review</h1>\n<p class=\"counts\">"
        << plural(t.files, "file", "files") << " checked: " << plural(t.errors, "error", "errors")
        << ", " << plural(t.warnings, "warning", "warnings") << ", "
        << plural(t.checks, "relation", "relations") << " checked, " << held << " held</p>\n"
        << "<p class=\"legend\"><mark class=\"fig verified\">verified</mark> "
           "<mark class=\"fig discrepancy\">discrepancy</mark> "
           "<mark class=\"fig unverified\">unverified</mark></p>\n"
        << "<p class=\"keys\">Hover or click a figure for its relations; <kbd>n</kbd> / "
           "<kbd>p</kbd> step through the findings, <kbd>Esc</kbd> closes.</p>\n"
        << "<ol class=\"findings\">\n";
    for (const auto& file : files) {
        const FileReport& report = *file.report;
        for (const auto& d : report.diagnostics) {
            Range at = report.range(d.span);
            size_t m = html::mark_of(file.marks, d.span);
            std::string where = fmt::format("{}:{}:{}", escape(report.path_of(d.span)),
                                            at.begin.line, at.begin.column);
            std::string link =
                m == std::string::npos
                    ? where
                    : fmt::format("<a href=\"#{0}x{1}\" data-mark=\"{0}g{1}\">{2}</a>", file.prefix,
                                  m, where);
            out << "<li class=\"" << severity_name(d.severity) << "\">" << link << ": "
                << severity_name(d.severity) << ": " << escape(d.message) << " <code>["
                << escape(d.rule) << "]</code></li>\n";
        }
    }
    out << "</ol>\n</header>\n";
}

void write_relation(std::ostream& out, const FileMarks& file, const CheckRecord& check) {
    out << "<li class=\"" << (check.passed ? "held" : "failed") << "\"><code>" << escape(check.rule)
        << "</code> " << (check.passed ? "holds" : "does not hold");
    if (!check.summary.empty())
        out << ": <span class=\"arith\">" << escape(check.summary) << "</span>";
    out << "<br>figures:";
    for (const auto& operand : check.operands)
        out << " " << figure_link(file, operand.span, operand.text);
    out << "</li>\n";
}

void write_finding(std::ostream& out, const FileMarks& file, const Diagnostic& d) {
    out << "<p class=\"finding " << severity_name(d.severity) << "\">" << severity_name(d.severity)
        << ": " << escape(d.message) << " <code>[" << escape(d.rule) << "]</code>";
    if (!d.fixes.empty()) out << "<br>fix: print " << escape(d.fixes.front().replacement);
    for (const auto& r : d.related)
        out << "<br>note: " << escape(r.message) << " " << figure_link(file, r.span, "");
    out << "</p>\n";
}

void write_explanation(std::ostream& out, const FileMarks& file, size_t m) {
    const FigureMark& mark = file.marks[m];
    const FileReport& report = *file.report;
    std::string peers;
    for (size_t p : mark.peers) peers += (peers.empty() ? "" : " ") + std::to_string(p);
    std::string_view status = html::status_name(mark.status);
    out << "<aside class=\"explain\" id=\"" << file.prefix << "x" << m << "\" data-peers=\""
        << peers << "\">\n<h3><a href=\"#" << file.prefix << "g" << m << "\">"
        << escape(report.sources.front()->text_of(mark.span)) << "</a>, line "
        << line_of(report, mark.span) << ": <span class=\"status " << status << "\">" << status
        << "</span></h3>\n";
    for (size_t d : mark.diagnostics) write_finding(out, file, report.diagnostics[d]);
    if (!mark.checks.empty()) {
        out << "<ul class=\"relations\">\n";
        for (size_t c : mark.checks) write_relation(out, file, report.checks[c]);
        out << "</ul>\n";
    }
    out << "<p><a href=\"#top\">back to the summary</a></p>\n</aside>\n";
}

void write_file(std::ostream& out, const FileMarks& file, size_t index) {
    const FileReport& report = *file.report;
    out << "<section class=\"file\" id=\"f" << index << "\">\n<h2>" << escape(report.path)
        << "</h2>\n";
    if (report.skipped || report.sources.empty()) {
        out << "<p class=\"skipped\">skipped: " << escape(report.skipped.value_or("not read"))
            << "</p>\n</section>\n";
        return;
    }
    html::MarkWriter writer(*report.sources.front(), file.marks, file.prefix);
    out << "<div class=\"release\">\n";
    if (file.document) out << html::release_html(*file.document, writer);
    out << html::unplaced_html(*report.sources.front(), file.marks, writer) << "</div>\n";
    for (size_t m = 0; m < file.marks.size(); ++m) write_explanation(out, file, m);
    out << "</section>\n";
}

void render(const std::vector<FileReport>& reports, const RenderOptions& options,
            std::ostream& out) {
    std::vector<FileMarks> files;
    std::optional<RuleSet> built_in;  // the readers' vocabulary when the run gave none
    if (!options.rules) built_in = load_rule_set({});
    const Vocabulary& words = options.rules ? options.rules->vocabulary : built_in->vocabulary;
    for (size_t i = 0; i < reports.size(); ++i) {
        FileMarks file{&reports[i], "f" + std::to_string(i) + "-", {}, {}};
        if (!reports[i].sources.empty()) {
            file.marks = html::figure_marks(reports[i]);
            file.document = read_document(*reports[i].sources.front(), words);
        }
        files.push_back(std::move(file));
    }
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"generator\" content=\"crossfoot " << escape(options.version) << "\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>crossfoot review</title>\n<style>" << html::kStyle
        << "</style>\n</head>\n<body>\n";
    write_summary(out, files, count(reports));
    for (size_t i = 0; i < files.size(); ++i) write_file(out, files[i], i);
    out << "<script>" << html::kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace

const OutputFormat kHtmlFormat = {
    "html", "one self-contained HTML page for review: the release with every checked figure marked",
    render};

}  // namespace crossfoot
