// The diag stage: ordering findings, filtering them by rule, and the exit code.
#pragma once

#include <string>
#include <vector>

#include "crossfoot/diagnostic.h"

namespace crossfoot {

struct Totals {
    size_t files = 0;    ///< checked
    size_t skipped = 0;  ///< not releases, met while walking a directory
    size_t errors = 0;
    size_t warnings = 0;
    size_t notes = 0;
    size_t checks = 0;
    size_t suppressed = 0;
    size_t baselined = 0;
    size_t figures_verified = 0;    ///< amounts a check used
    size_t figures_unverified = 0;  ///< amounts no check used
};

/// Sorts diagnostics by line, column, severity, rule; checks by position and rule.
void sort_report(FileReport& report);

/// Keeps the diagnostics and checks whose rule is selected (empty = all) and not ignored.
void filter_report(FileReport& report, const std::vector<std::string>& select,
                   const std::vector<std::string>& ignore);

[[nodiscard]] Totals count(const std::vector<FileReport>& reports);

/// 1 when any finding is at or above `fail_on` (error or warning), else 0.
[[nodiscard]] int findings_exit_code(const std::vector<FileReport>& reports, Severity fail_on);

}  // namespace crossfoot
