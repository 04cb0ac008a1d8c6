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

// A quoted line is cut to a window of this many characters around the span (a release stored
// on one long line still prints a readable snippet), this many of them before it.
constexpr size_t kWindowChars = 160;
constexpr size_t kContextBefore = 60;

bool starts_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Steps `count` characters back from byte `at` of `line` (forward with `forward`).
size_t step_characters(std::string_view line, size_t at, size_t count, bool forward) {
    while (count > 0 && (forward ? at < line.size() : at > 0)) {
        do {
            forward ? ++at : --at;
        } while (at > 0 && at < line.size() && !starts_character(line[at]));
        --count;
    }
    return at;
}

// What goes before a caret at 1-based `column` of the line `shown`: a space per character,
// and a tab for a tab, so that the caret lines up wherever the terminal sets its tab stops.
std::string caret_padding(std::string_view shown, int column) {
    std::string pad;
    int at = 1;
    for (size_t i = 0; i < shown.size() && at < column; ++i) {
        if (!starts_character(shown[i])) continue;
        pad += shown[i] == '\t' ? '\t' : ' ';
        ++at;
    }
    pad.append(static_cast<size_t>(std::max(0, column - at)), ' ');
    return pad;
}

// The line the span starts on, or a window of it, and a caret under the span.
void quote(std::ostream& out, const FileReport& report, const Span& span) {
    const SourceFile* source = report.source_of(span);
    if (!source || source->lines.empty()) return;
    Range range = source->range(span);
    auto index = static_cast<size_t>(range.begin.line - 1);
    if (index >= source->lines.size()) return;
    std::string_view line = source->lines[index];
    size_t at =
        std::min(source->decoded_offset(span.begin) - source->line_offset(index), line.size());
    size_t from = 0;
    size_t to = line.size();
    if (line.size() > kWindowChars) {
        from = step_characters(line, at, kContextBefore, false);
        to = step_characters(line, from, kWindowChars, true);
    }
    std::string gutter = fmt::format("{:>5}", range.begin.line);
    std::string_view lead = from > 0 ? "..." : "";
    std::string_view window = line.substr(from, to - from);
    out << gutter << " | " << lead << text::escape_controls(window)
        << (to < line.size() ? "..." : "") << "\n";
    // Columns before the caret: the characters of the window before the span, as shown once
    // control characters are escaped.
    int before = 1;
    for (size_t i = from; i < at; ++i) before += starts_character(line[i]) ? 1 : 0;
    int width =
        range.end.line == range.begin.line ? std::max(1, range.end.column - range.begin.column) : 1;
    int begin = text::escaped_column(window, before);
    int end = text::escaped_column(window, before + width);
    std::string marker = "^" + std::string(static_cast<size_t>(std::max(1, end - begin) - 1), '~');
    out << std::string(gutter.size(), ' ') << " | " << std::string(lead.size(), ' ')
        << caret_padding(text::escape_controls(window), begin) << marker << "\n";
}

// Where a span stands in a file that has no lines of its own (a Word document): "table 3,
// row 5, cell 2"; empty for text, whose line and column say it.
std::string place_of(const FileReport& report, const Span& span) {
    const SourceFile* source = report.source_of(span);
    return source ? source->place(span.begin) : std::string();
}

std::string in_parentheses(const std::string& place) {
    return place.empty() ? place : " (" + place + ")";
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
            Position at = report.range(d.span).begin;
            out << fmt::format("{}:{}:{}: {}: {} [{}]\n", report.path_of(d.span), at.line,
                               at.column, severity(d.severity), text::escape_controls(d.message),
                               d.rule);
            quote(out, report, d.span);
            if (auto place = place_of(report, d.span); !place.empty())
                out << "      = " << place << "\n";
            for (const auto& r : d.related) {
                Position note = report.range(r.span).begin;
                out << fmt::format("{}:{}:{}: {}: {}{}\n", report.path_of(r.span), note.line,
                                   note.column, severity(Severity::note),
                                   text::escape_controls(r.message),
                                   in_parentheses(place_of(report, r.span)));
            }
        }
        if (options.with_unverified) {
            for (const auto& o : report.unverified) {
                Position at = report.range(o.span).begin;
                out << fmt::format("{}:{}:{}: unverified: {}{}\n", report.path_of(o.span), at.line,
                                   at.column, text::escape_controls(o.text),
                                   in_parentheses(place_of(report, o.span)));
            }
        }
        if (!options.with_checks) continue;
        for (const auto& c : report.checks) {
            Position at = report.range(c.span).begin;
            out << fmt::format("{}:{}:{}: {}: {}{} [{}]\n", report.path_of(c.span), at.line,
                               at.column, c.passed ? "pass" : "fail", c.summary,
                               in_parentheses(place_of(report, c.span)), c.rule);
        }
    }
    Totals t = count(reports);
    size_t held = 0;
    for (const auto& report : reports) {
        for (const auto& c : report.checks) held += c.passed ? 1 : 0;
    }
    std::string skipped = t.skipped > 0 ? fmt::format(", {} skipped", t.skipped) : "";
    out << fmt::format(
        "{} file{} checked{}: {} error{}, {} warning{}, {} relation{} checked, {} held", t.files,
        t.files == 1 ? "" : "s", skipped, t.errors, t.errors == 1 ? "" : "s", t.warnings,
        t.warnings == 1 ? "" : "s", t.checks, t.checks == 1 ? "" : "s", held);
    // Findings left out on purpose are counted, so a clean summary says what it hides.
    if (t.suppressed > 0) out << fmt::format(", {} suppressed", t.suppressed);
    if (t.baselined > 0) out << fmt::format(", {} baselined", t.baselined);
    if (options.with_unverified)
        out << fmt::format("; figures: {} verified, {} unverified", t.figures_verified,
                           t.figures_unverified);
    out << "\n";
}

}  // namespace

const OutputFormat kTextFormat = {
    "text", "compiler-style lines with the source quoted (the default)", render};

}  // namespace crossfoot
