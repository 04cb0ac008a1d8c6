// Findings and verified checks: plain values that map one-to-one onto the JSON contract.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "crossfoot/source.h"

namespace crossfoot {

enum class Severity { error, warning, note };

/// The rule of findings about the input itself rather than its figures (NUL bytes read as
/// spaces); no rule file defines it and --select/--ignore keep it.
inline constexpr std::string_view kInputRule = "input";

[[nodiscard]] std::string_view severity_name(Severity s);
[[nodiscard]] std::optional<Severity> parse_severity(std::string_view name);

/// A note at another figure of the relation; its span may point into another file.
struct Related {
    std::string message;  ///< "item Inventories 11,596"
    Span span;
};

/// A replacement that makes the relation hold. A safe fix can be applied without review (the
/// printed figure is evidently a slip); an unsafe one needs a person to choose.
struct Fix {
    Span span;
    std::string replacement;
    bool safe = false;
};

struct Diagnostic {
    std::string rule;
    Severity severity = Severity::error;
    std::string message;
    Span span;
    std::optional<std::string> expected;
    std::optional<std::string> found;
    std::vector<Related> related;
    std::vector<Fix> fixes;  ///< the first is the one the output formats offer
};

/// One operand of an evaluated relation, the result included.
struct Operand {
    std::string text;   ///< as printed: "30,023"
    std::string value;  ///< base units: "30023000"
    Span span;
};

/// A relation that was evaluated, whether it held or not.
struct CheckRecord {
    std::string rule;
    bool passed = true;
    std::string summary;  ///< "30,023 - 26,593 = 3,430"
    Span span;            ///< of the result
    std::vector<Operand> operands;
};

/// Everything crossfoot has to say about one input.
struct FileReport {
    std::string path;
    std::vector<Diagnostic> diagnostics;
    std::vector<CheckRecord> checks;
    std::optional<std::string>
        skipped;  ///< why the file was not checked: "not a press release (no figures)"
    /// The amounts no check used, in document order (`crossfoot check --unverified`), and
    /// how many a check did use.
    std::vector<Operand> unverified;
    size_t verified_figures = 0;
    size_t suppressed = 0;  ///< findings silenced by a marker in the document
    size_t baselined = 0;   ///< findings accepted by the baseline
    /// The sources its spans point into, indexed by `Span::file`; the input itself is first.
    /// Empty when the file was not read.
    std::vector<std::shared_ptr<const SourceFile>> sources;

    /// The source a span points into, or null.
    [[nodiscard]] const SourceFile* source_of(const Span& span) const {
        return span.file < sources.size() ? sources[span.file].get() : nullptr;
    }
    /// Line and column of a span, derived from its source's line index.
    [[nodiscard]] Range range(const Span& span) const {
        const SourceFile* source = source_of(span);
        return source ? source->range(span) : Range{};
    }
    /// The path a span points into.
    [[nodiscard]] const std::string& path_of(const Span& span) const {
        const SourceFile* source = source_of(span);
        return source ? source->path : path;
    }
};

}  // namespace crossfoot
