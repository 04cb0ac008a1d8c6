// Rule files: TOML -> typed rule specs and the concept dictionary.
#pragma once

#include <any>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crossfoot/concepts.h"
#include "crossfoot/decimal.h"
#include "crossfoot/diagnostic.h"
#include "crossfoot/vocabulary.h"

namespace crossfoot {

/// How far a stated result may sit from the computed one before it is a finding,
/// on top of the printed precision: "1000" (base units) or "0.5%" (of the stated result).
struct Tolerance {
    Rational absolute;
    Rational relative;  ///< a fraction: "0.5%" -> 1/200
    /// "1000" -> absolute 1000; "0.5%" -> relative 0.005; "x" -> nullopt.
    [[nodiscard]] static std::optional<Tolerance> parse(std::string_view text);
    /// How much to widen the interval of a stated figure of value `stated`.
    [[nodiscard]] Rational allowance(const Rational& stated) const;
};

/// One `[[rule]]` entry.
struct RuleSpec {
    std::string id;
    std::string kind;
    std::string summary;
    Severity severity = Severity::error;
    Tolerance tolerance;
    std::any params;  ///< the kind's own typed parameters
    std::string file;
    Position where;
};

struct RuleSet {
    ConceptDictionary concepts;
    std::vector<RuleSpec> rules;
    Vocabulary vocabulary;  ///< built-in lists, then those of later files appended

    [[nodiscard]] const RuleSpec* find(std::string_view id) const;
};

/// The typed view of one `[[rule]]` table that a rule kind reads its parameters from.
/// Every accessor throws ToolError naming the file, line and key when a value is malformed.
class RuleFields {
public:
    virtual ~RuleFields() = default;
    [[nodiscard]] virtual std::optional<std::string> string(std::string_view key) const = 0;
    [[nodiscard]] virtual std::optional<bool> boolean(std::string_view key) const = 0;
    [[nodiscard]] virtual std::vector<std::string> strings(std::string_view key) const = 0;
    [[noreturn]] virtual void fail(std::string_view key, const std::string& message) const = 0;
    [[nodiscard]] virtual const ConceptDictionary& concepts() const = 0;
};

struct EmbeddedRuleFile {
    std::string_view name;
    std::string_view text;
};

/// The rule files built into the binary (rules/*.toml at build time).
[[nodiscard]] const std::vector<EmbeddedRuleFile>& embedded_rule_files();

/// Adds the concepts, rules and vocabulary of one rule file. A later rule with an existing id and
/// no `kind` adjusts that rule (severity, tolerance); with a kind it replaces it. Vocabulary lists
/// are appended to the loaded ones.
/// Throws ToolError("path", "line:col ...") on a malformed file.
/// `other_keys` are top-level keys another reader owns (a config file's `select`).
void load_rule_text(RuleSet& set, const std::string& path, std::string_view text,
                    const std::vector<std::string_view>& other_keys = {});

/// The built-in rules, then every *.toml of each directory in `extra_dirs`, in name order.
[[nodiscard]] RuleSet load_rule_set(const std::vector<std::string>& extra_dirs);

/// Adds every *.toml of each directory, in name order.
void add_rule_dirs(RuleSet& set, const std::vector<std::string>& dirs);

}  // namespace crossfoot
