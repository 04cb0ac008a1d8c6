// Accepting known findings, so a CI gate fails only on what is new: fingerprints that do not
// depend on line numbers, a baseline file of accepted findings, and suppression markers
// written in the document itself.
#pragma once

#include <string>
#include <vector>

#include "crossfoot/diagnostic.h"
#include "crossfoot/rule_set.h"

namespace crossfoot {

/// One fingerprint per diagnostic of `report`, in order: a hash of the rule and of what the
/// finding says (its message: the figures, their labels and columns, the computed value), then
/// ":" and the occurrence of that hash in the file. Moving the line or editing other lines
/// leaves it unchanged; a change to any figure of the relation makes a new finding.
[[nodiscard]] std::vector<std::string> fingerprints(const FileReport& report);

/// The word that starts a suppression marker in a document.
inline constexpr std::string_view kSuppressionMarker = "crossfoot-ignore:";

/// Applies the document's suppression markers to its findings. A marker names the rules it
/// silences, `crossfoot-ignore: footing, net-income -- reason`, on a line of its own (in HTML,
/// inside a comment) and covers its own line and the next line with text. Suppressed findings
/// are removed and counted; a marker that suppresses nothing, or names no rule of `rules`, is a
/// warning of rule `suppression` at the marker.
void apply_suppressions(FileReport& report, const RuleSet& rules);

struct BaselineEntry {
    std::string path;
    std::string rule;
    std::string fingerprint;
    std::string found;    ///< the printed figure, for a reader of the file
    std::string message;  ///< likewise
};

/// Reads a baseline written by `baseline_json`. Throws ToolError naming the file when it is
/// not one.
[[nodiscard]] std::vector<BaselineEntry> read_baseline(const std::string& path,
                                                       std::string_view text);

/// The findings of `reports` as a baseline file (JSON, sorted, one entry per finding).
[[nodiscard]] std::string baseline_json(const std::vector<FileReport>& reports);

/// Removes the findings of `report` that the baseline accepts (counted in
/// `FileReport::baselined`) and adds a note for each of its entries for this file that no longer
/// matches a finding.
void apply_baseline(FileReport& report, const std::vector<BaselineEntry>& baseline);

}  // namespace crossfoot
