// Suppression markers written in the document: `crossfoot-ignore: footing -- reason`.
#include <algorithm>
#include <set>

#include "common/text.h"
#include "crossfoot/baseline.h"

namespace crossfoot {

namespace {

struct Marker {
    Span span;                       ///< the marker's text
    std::vector<std::string> rules;  ///< the rules it names
    size_t first_line = 0;           ///< 0-based lines it covers, inclusive
    size_t last_line = 0;
    std::set<std::string> used;
};

bool blank(std::string_view line) { return text::trim(line).empty(); }

// "footing, net-income -- the total is restated" -> {"footing", "net-income"}. The list ends
// at "--", "-->" or the end of the line.
std::vector<std::string> rule_ids(std::string_view rest) {
    rest = rest.substr(0, rest.find("--"));
    std::vector<std::string> ids;
    size_t i = 0;
    while (i < rest.size()) {
        size_t end = rest.find_first_of(", ", i);
        if (end == std::string_view::npos) end = rest.size();
        std::string_view id = text::trim(rest.substr(i, end - i));
        if (!id.empty()) ids.emplace_back(id);
        i = end + 1;
    }
    return ids;
}

std::vector<Marker> find_markers(const SourceFile& source) {
    std::vector<Marker> markers;
    for (size_t line = 0; line < source.lines.size(); ++line) {
        std::string_view text = source.lines[line];
        size_t at = text.find(kSuppressionMarker);
        if (at == std::string_view::npos) continue;
        Marker m;
        std::string_view rest = text.substr(at + kSuppressionMarker.size());
        size_t end = rest.find("--");
        m.span = source.span(
            line, at,
            at + kSuppressionMarker.size() + (end == std::string_view::npos ? rest.size() : end));
        m.rules = rule_ids(rest);
        m.first_line = m.last_line = line;
        // The next line with text, unless it is another marker.
        for (size_t next = line + 1; next < source.lines.size(); ++next) {
            if (blank(source.lines[next])) continue;
            if (source.lines[next].find(kSuppressionMarker) == std::string_view::npos)
                m.last_line = next;
            break;
        }
        markers.push_back(std::move(m));
    }
    return markers;
}

Diagnostic marker_warning(const Marker& m, std::string message) {
    Diagnostic d;
    d.rule = "suppression";
    d.severity = Severity::warning;
    d.message = std::move(message);
    d.span = m.span;
    return d;
}

}  // namespace

void apply_suppressions(FileReport& report, const RuleSet& rules) {
    if (report.sources.empty()) return;
    const SourceFile& source = *report.sources.front();
    // One search of the whole text: most releases hold no marker, and their lines are not walked.
    if (source.text.find(kSuppressionMarker) == std::string::npos) return;
    std::vector<Marker> markers = find_markers(source);
    if (markers.empty()) return;
    auto silenced = [&](const Diagnostic& d) {
        if (d.span.file != 0) return false;
        size_t line = source.line_index(d.span.begin);
        for (auto& m : markers) {
            if (line < m.first_line || line > m.last_line) continue;
            if (std::find(m.rules.begin(), m.rules.end(), d.rule) == m.rules.end()) continue;
            m.used.insert(d.rule);
            return true;
        }
        return false;
    };
    auto kept = std::stable_partition(report.diagnostics.begin(), report.diagnostics.end(),
                                      [&](const Diagnostic& d) { return !silenced(d); });
    report.suppressed += static_cast<size_t>(report.diagnostics.end() - kept);
    report.diagnostics.erase(kept, report.diagnostics.end());
    for (const auto& m : markers) {
        if (m.rules.empty()) {
            report.diagnostics.push_back(marker_warning(
                m, "a suppression must name the rules it silences: 'crossfoot-ignore: footing'"));
        }
        for (const auto& id : m.rules) {
            if (!rules.find(id)) {
                report.diagnostics.push_back(
                    marker_warning(m, "the suppression names no rule '" + id + "'"));
            } else if (!m.used.count(id)) {
                report.diagnostics.push_back(marker_warning(
                    m,
                    "the suppression of '" + id + "' suppresses nothing on this line or the next"));
            }
        }
    }
}

}  // namespace crossfoot
