// Compiler-style text: `path:line:col: severity: message [rule]`, the source line and a caret.
#include "common/text.h"

#include <fmt/format.h>

#include "crossfoot/emit.h"
#include "crossfoot/report.h"

namespace crossfoot {

namespace {

std::string_view color_of(Severity s) {
    switch (s) {
        case Severity::error:
            return "\x1b[1;31m";
        case Severity::warning:
            return "\x1b[1;35m";
        case Severity::note:
            return "\x1b[1;36m";
    }
    return "";
}

// The source line, and a caret under [begin, end) counted in characters.
void quote(std::ostream& out, const FileReport& report, const Range& range) {
    if (!report.source || range.begin.line < 1 ||
        static_cast<size_t>(range.begin.line) > report.source->lines.size())
        return;
    const std::string& line = report.source->lines[static_cast<size_t>(range.begin.line) - 1];
    std::string gutter = fmt::format("{:>5}", range.begin.line);
    out << gutter << " | " << text::escape_controls(line) << "\n";
    // Columns as shown, after escaping.
    int begin = text::escaped_column(line, range.begin.column);
    int end = text::escaped_column(line, range.end.column);
    int width = range.end.line == range.begin.line ? std::max(1, end - begin) : 1;
    std::string marker = "^" + std::string(static_cast<size_t>(width - 1), '~');
    out << std::string(gutter.size(), ' ') << " | "
        << std::string(static_cast<size_t>(std::max(0, begin - 1)), ' ') << marker << "\n";
}

void render(const std::vector<FileReport>& reports, const RenderOptions& options,
            std::ostream& out) {
    auto severity = [&](Severity s) {
        std::string name(severity_name(s));
        return options.color ? std::string(color_of(s)) + name + "\x1b[0m" : name;
    };
    for (const auto& report : reports) {
        if (report.skipped) {
            out << report.path << ": " << severity(Severity::note)
                << ": skipped: " << *report.skipped << "\n";
            continue;
        }
        for (const auto& d : report.diagnostics) {
            out << fmt::format("{}:{}:{}: {}: {} [{}]\n", report.path, d.range.begin.line,
                               d.range.begin.column, severity(d.severity),
                               text::escape_controls(d.message), d.rule);
            quote(out, report, d.range);
            for (const auto& r : d.related) {
                out << fmt::format("{}:{}:{}: {}: {}\n", report.path, r.range.begin.line,
                                   r.range.begin.column, severity(Severity::note),
                                   text::escape_controls(r.message));
            }
        }
        if (!options.with_checks) continue;
        for (const auto& c : report.checks) {
            out << fmt::format("{}:{}:{}: {}: {} [{}]\n", report.path, c.range.begin.line,
                               c.range.begin.column, c.passed ? "pass" : "fail", c.summary, c.rule);
        }
    }
    Totals t = count(reports);
    size_t held = 0;
    for (const auto& report : reports) {
        for (const auto& c : report.checks) held += c.passed ? 1 : 0;
    }
    out << fmt::format("{} file{} checked: {} error{}, {} warning{}, {} relation{} checked, {} held\n",
                       t.files, t.files == 1 ? "" : "s", t.errors, t.errors == 1 ? "" : "s",
                       t.warnings, t.warnings == 1 ? "" : "s", t.checks, t.checks == 1 ? "" : "s",
                       held);
}

}  // namespace

const OutputFormat kTextFormat = {
    "text", "compiler-style lines with the source quoted (the default)", render};

}  // namespace crossfoot
