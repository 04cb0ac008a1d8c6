// libFuzzer target for the text pipeline: bytes -> source -> document -> facts -> rules ->
// report -> text and JSON output. No input may crash it or make it throw, and every range
// in a report must point into the file it came from (the text output quotes that line).
#include <cstdint>
#include <sstream>
#include <string_view>

#include "crossfoot/docx.h"
#include "crossfoot/emit.h"
#include "crossfoot/engine.h"
#include "crossfoot/source.h"
#include "fuzz_require.h"

namespace {

using namespace crossfoot;

const RuleSet& built_in_rules() {
    // Parsed once: reading the TOML again for every input would dominate the run.
    static const RuleSet kRules = load_rule_set({});
    return kRules;
}

// A span is byte offsets into the original file, its pieces in order inside it, and the line
// and column derived from it fall within the source's lines.
void require_in_source(const Span& span, const SourceFile& source, size_t size) {
    fuzz::require(span.begin <= span.end && span.end <= size, "span outside the file");
    size_t at = span.begin;
    for (const auto& piece : span.pieces) {
        fuzz::require(piece.begin >= at && piece.begin <= piece.end && piece.end <= span.end,
                      "span pieces out of order");
        at = piece.end;
    }
    Range range = source.range(span);
    auto line_ok = [&](const Position& p) {
        return p.line >= 1 &&
               (static_cast<size_t>(p.line) <= source.lines.size() ||
                (source.lines.empty() && p.line == 1)) &&
               p.column >= 1;
    };
    fuzz::require(line_ok(range.begin) && line_ok(range.end), "range outside the source's lines");
    fuzz::require(range.begin <= range.end, "range ends before it begins");
}

void require_split_lines(const SourceFile& source) {
    for (const auto& line : source.lines) {
        fuzz::require(line.find_first_of("\r\n") == std::string::npos,
                      "a line holds a line ending");
    }
}

void require_spans_in_source(const FileReport& report, size_t size) {
    if (report.sources.empty()) return;
    const SourceFile& source = *report.sources.front();
    for (const auto& d : report.diagnostics) {
        require_in_source(d.span, source, size);
        for (const auto& r : d.related) require_in_source(r.span, source, size);
        for (const auto& f : d.fixes) require_in_source(f.span, source, size);
    }
    for (const auto& c : report.checks) {
        require_in_source(c.span, source, size);
        for (const auto& o : c.operands) require_in_source(o.span, source, size);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // A Word document is read by its content whatever its name: fuzz_docx.cc covers it.
    if (looks_like_docx(bytes)) return 0;
    // The ".txt" name keeps format detection on the content, as for a release on disk.
    std::vector<FileReport> reports{check_bytes("fuzz.txt", bytes, built_in_rules())};
    const FileReport& report = reports.front();
    bool skipped_as_binary = report.skipped && report.skipped->find("binary") != std::string::npos;
    fuzz::require(skipped_as_binary == !non_text_reason(bytes).empty(),
                  "binary detection disagrees with non_text_reason");
    if (!report.sources.empty()) require_split_lines(*report.sources.front());
    require_spans_in_source(report, size);
    // Diagnostics only: their ranges are what the text output quotes, and rendering every
    // verified check as well would double the cost of each input.
    std::ostringstream sink;
    for (const OutputFormat* format : output_formats()) format->render(reports, {}, sink);
    return 0;
}
