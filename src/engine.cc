#include "crossfoot/engine.h"

#include "crossfoot/baseline.h"
#include "crossfoot/check_context.h"
#include "crossfoot/coverage.h"
#include "crossfoot/document.h"
#include "crossfoot/docx.h"
#include "crossfoot/ingest.h"
#include "crossfoot/reader.h"
#include "crossfoot/report.h"
#include "crossfoot/rule_kind.h"

namespace crossfoot {

namespace {

// Thrown where a check sees its stop requested, and caught where it started: the stages stay
// free of a "cancelled" state in every return value.
struct CheckStopped {};

void poll(const std::stop_token& stop) {
    if (stop.stop_requested()) throw CheckStopped{};
}

bool mentions_figures(const SourceFile& source) {
    for (const auto& line : source.lines) {
        if (line.find('$') != std::string::npos || line.find('%') != std::string::npos) return true;
    }
    return false;
}

// Whether the document holds anything a kind of this scope reads (as Vale hands a rule only
// the blocks of its scope).
bool has_scope(RuleScope scope, const DocumentFacts& facts) {
    switch (scope) {
        case RuleScope::table:
        case RuleScope::row:
            return !facts.tables.empty();
        case RuleScope::sentence:
        case RuleScope::paragraph:
            return facts.document != nullptr && !facts.document->blocks.empty();
        case RuleScope::document:
            return true;
    }
    return true;
}

// NUL bytes were read as spaces: the release is checked, and says it holds them.
Diagnostic nul_warning(const SourceFile& source) {
    Diagnostic d;
    d.rule = std::string(kInputRule);
    d.severity = Severity::warning;
    size_t n = source.nul_bytes;
    d.message = n == 1 ? "the file holds a NUL byte, read as a space"
                       : "the file holds " + std::to_string(n) + " NUL bytes, read as spaces";
    size_t width = is_utf16(source.encoding) ? 2 : 1;
    d.span = Span{source.id, source.first_nul, source.first_nul + width, {}};
    return d;
}

FileReport check_source_until(std::shared_ptr<const SourceFile> source, const RuleSet& rules,
                              const std::stop_token& stop);

// A Word document that cannot be read is not checked: named, it is an input error.

FileReport check_docx(const std::string& path, std::string_view bytes, const RuleSet& rules,
                      const std::stop_token& stop) {
    std::shared_ptr<const SourceFile> source;
    try {
        source = std::make_shared<const SourceFile>(read_docx(path, bytes));
    } catch (const ToolError& e) {
        FileReport report;
        report.path = path;
        report.skipped = e.what();
        return report;
    }
    if (source->text.empty()) {
        FileReport report;
        report.path = path;
        report.skipped = "empty Word document";
        return report;
    }
    return check_source_until(std::move(source), rules, stop);
}

void run_rules_until(const DocumentFacts& facts, const RuleSet& rules, FileReport& report,
                     const std::stop_token& stop) {
    CheckContext context(facts, rules, report);
    for (const auto& rule : rules.rules) {
        poll(stop);
        const RuleKind* kind = find_rule_kind(rule.kind);
        if (kind && has_scope(kind->scope, facts)) kind->evaluate(rule, context);
    }
}

FileReport check_source_until(std::shared_ptr<const SourceFile> source, const RuleSet& rules,
                              const std::stop_token& stop) {
    FileReport report;
    report.path = source->path;
    const SourceFile& text = *source;
    report.sources.push_back(std::move(source));
    poll(stop);
    Document document = read_document(text, rules.vocabulary);
    if (document.tables.empty() && !mentions_figures(text)) {
        report.skipped = "not a press release (no tables or figures)";
        return report;
    }
    poll(stop);
    DocumentFacts facts = extract_facts(document, rules.concepts, rules.vocabulary);
    run_rules_until(facts, rules, report, stop);
    poll(stop);
    list_unverified(facts, report);
    if (text.nul_bytes > 0) report.diagnostics.push_back(nul_warning(text));
    apply_suppressions(report, rules);
    sort_report(report);
    return report;
}

FileReport check_bytes_until(const std::string& path, std::string_view bytes, const RuleSet& rules,
                             const std::stop_token& stop) {
    FileReport report;
    report.path = path;
    switch (detect_format(path, bytes)) {
        case InputFormat::binary:
            report.skipped =
                non_text_reason(bytes).empty() ? "binary file" : non_text_reason(bytes);
            return report;
        case InputFormat::docx:
            return check_docx(path, bytes, rules, stop);
        case InputFormat::html:
        case InputFormat::edgar_text:
            break;
    }
    auto source = std::make_shared<const SourceFile>(decode_source(path, bytes));
    // A byte-order mark and nothing after it is empty too.
    if (source->text.empty()) {
        report.skipped = "empty file";
        return report;
    }
    return check_source_until(std::move(source), rules, stop);
}

}  // namespace

void run_rules(const DocumentFacts& facts, const RuleSet& rules, FileReport& report) {
    run_rules_until(facts, rules, report, {});
}

FileReport check_source(std::shared_ptr<const SourceFile> source, const RuleSet& rules) {
    return check_source_until(std::move(source), rules, {});  // no stop: nothing is thrown
}

FileReport check_bytes(const std::string& path, std::string_view bytes, const RuleSet& rules) {
    return check_bytes_until(path, bytes, rules, {});
}

std::optional<FileReport> check_bytes(const std::string& path, std::string_view bytes,
                                      const RuleSet& rules, std::stop_token stop) {
    try {
        return check_bytes_until(path, bytes, rules, stop);
    } catch (const CheckStopped&) {
        return std::nullopt;
    }
}

}  // namespace crossfoot
