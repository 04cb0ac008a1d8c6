// GitHub Actions workflow commands: one `::error file=…,line=…::message` line per finding, which
// the runner turns into annotations on the pull request's files.
#include <fmt/format.h>

#include "crossfoot/emit.h"
#include "crossfoot/report.h"

namespace crossfoot {

namespace {

// The message of a command: '%', CR and LF are escaped, as the runner requires.
std::string escape_data(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '%':
                out += "%25";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\n':
                out += "%0A";
                break;
            default:
                out += c;
        }
    }
    return out;
}

// A property value: the message's escapes, and ':' and ',' which separate properties.
std::string escape_property(std::string_view s) {
    std::string out;
    for (char c : escape_data(s)) {
        if (c == ':') {
            out += "%3A";
        } else if (c == ',') {
            out += "%2C";
        } else {
            out += c;
        }
    }
    return out;
}

std::string_view command_of(Severity s) {
    switch (s) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::note:
            return "notice";
    }
    return "notice";
}

void render(const std::vector<FileReport>& reports, const RenderOptions&, std::ostream& out) {
    for (const auto& report : reports) {
        if (report.skipped) {
            out << fmt::format("::notice file={}::{}\n", escape_property(report.path),
                               escape_data("skipped: " + *report.skipped));
            continue;
        }
        for (const auto& d : report.diagnostics) {
            Range r = report.range(d.span);
            // Each other figure of the relation follows on a line of the annotation's message.
            // A Word document has no lines: the place says where in it ("table 3, row 5").
            auto place = [&](const Span& span) {
                const SourceFile* source = report.source_of(span);
                std::string p = source ? source->place(span.begin) : "";
                return p.empty() ? p : " (" + p + ")";
            };
            std::string message = d.message + place(d.span);
            for (const auto& note : d.related) {
                Position at = report.range(note.span).begin;
                message += fmt::format("\n{}:{}:{}: {}{}", report.path_of(note.span), at.line,
                                       at.column, note.message, place(note.span));
            }
            out << fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                               command_of(d.severity), escape_property(report.path_of(d.span)),
                               r.begin.line, r.begin.column, r.end.line, r.end.column,
                               escape_property("crossfoot " + d.rule), escape_data(message));
        }
    }
    Totals t = count(reports);
    out << fmt::format("{} file{} checked: {} error{}, {} warning{}, {} relation{} checked\n",
                       t.files, t.files == 1 ? "" : "s", t.errors, t.errors == 1 ? "" : "s",
                       t.warnings, t.warnings == 1 ? "" : "s", t.checks, t.checks == 1 ? "" : "s");
}

}  // namespace

const OutputFormat kGithubFormat = {
    "github", "GitHub Actions workflow commands: annotations on the pull request", render};

}  // namespace crossfoot
