// Findings and verified checks: plain values that map one-to-one onto the JSON contract.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "crossfoot/source.h"

namespace crossfoot {

enum class Severity { error, warning, note };

[[nodiscard]] std::string_view severity_name(Severity s);
[[nodiscard]] std::optional<Severity> parse_severity(std::string_view name);

struct Related {
    std::string message;  ///< "item Inventories 11,596"
    Range range;
};

/// A single replacement that makes the relation hold.
struct Fix {
    Range range;
    std::string replacement;
};

struct Diagnostic {
    std::string rule;
    Severity severity = Severity::error;
    std::string message;
    Range range;
    std::optional<std::string> expected;
    std::optional<std::string> found;
    std::vector<Related> related;
    std::optional<Fix> fix;
};

/// One operand of an evaluated relation, the result included.
struct Operand {
    std::string text;   ///< as printed: "30,023"
    std::string value;  ///< base units: "30023000"
    Range range;
};

/// A relation that was evaluated, whether it held or not.
struct CheckRecord {
    std::string rule;
    bool passed = true;
    std::string summary;  ///< "30,023 - 26,593 = 3,430"
    Range range;          ///< of the result
    std::vector<Operand> operands;
};

/// Everything crossfoot has to say about one input.
struct FileReport {
    std::string path;
    std::vector<Diagnostic> diagnostics;
    std::vector<CheckRecord> checks;
    std::optional<std::string>
        skipped;  ///< why the file was not checked: "not a press release (no figures)"
    std::shared_ptr<const SourceFile> source;  ///< for quoting source lines; may be null
};

}  // namespace crossfoot
