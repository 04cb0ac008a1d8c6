#include "crossfoot/diagnostic.h"

#include <algorithm>
#include <tuple>

#include "crossfoot/report.h"

namespace crossfoot {

std::string_view severity_name(Severity s) {
    switch (s) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::note:
            return "note";
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view name) {
    if (name == "error") return Severity::error;
    if (name == "warning") return Severity::warning;
    if (name == "note") return Severity::note;
    return std::nullopt;
}

void sort_report(FileReport& report) {
    std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.span.file, a.span.begin, a.severity, a.rule, a.message) <
                                std::tie(b.span.file, b.span.begin, b.severity, b.rule, b.message);
                     });
    std::stable_sort(report.checks.begin(), report.checks.end(),
                     [](const CheckRecord& a, const CheckRecord& b) {
                         return std::tie(a.span.file, a.span.begin, a.rule, a.summary) <
                                std::tie(b.span.file, b.span.begin, b.rule, b.summary);
                     });
}

void filter_report(FileReport& report, const std::vector<std::string>& select,
                   const std::vector<std::string>& ignore) {
    auto dropped = [&](const std::string& rule) {
        bool selected =
            select.empty() || std::find(select.begin(), select.end(), rule) != select.end();
        return !selected || std::find(ignore.begin(), ignore.end(), rule) != ignore.end();
    };
    std::erase_if(report.diagnostics,
                  [&](const Diagnostic& d) { return d.rule != kInputRule && dropped(d.rule); });
    std::erase_if(report.checks, [&](const CheckRecord& c) { return dropped(c.rule); });
}

Totals count(const std::vector<FileReport>& reports) {
    Totals t;
    for (const auto& r : reports) {
        ++(r.skipped ? t.skipped : t.files);
        t.checks += r.checks.size();
        t.suppressed += r.suppressed;
        t.baselined += r.baselined;
        t.figures_verified += r.verified_figures;
        t.figures_unverified += r.unverified.size();
        for (const auto& d : r.diagnostics) {
            if (d.severity == Severity::error) ++t.errors;
            if (d.severity == Severity::warning) ++t.warnings;
            if (d.severity == Severity::note) ++t.notes;
        }
    }
    return t;
}

int findings_exit_code(const std::vector<FileReport>& reports, Severity fail_on) {
    for (const auto& r : reports) {
        for (const auto& d : r.diagnostics) {
            if (d.severity == Severity::error ||
                (fail_on == Severity::warning && d.severity == Severity::warning))
                return 1;
        }
    }
    return 0;
}

}  // namespace crossfoot
