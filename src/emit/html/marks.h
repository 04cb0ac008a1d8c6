// The figures the HTML report (src/emit/html.cc) marks: every operand of a relation and every
// finding's place, with its status and the relations and findings it takes part in. Internal to
// src/emit.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "crossfoot/diagnostic.h"

namespace crossfoot::html {

/// verified: in a relation that held; discrepancy: where an error points; unverified: where
/// a warning points, or only in relations that failed.
enum class Status { verified, unverified, discrepancy };

[[nodiscard]] std::string_view status_name(Status s);

struct FigureMark {
    Span span;  ///< in the report's own file (file 0)
    Status status = Status::verified;
    std::vector<size_t> checks;       ///< indexes into report.checks
    std::vector<size_t> diagnostics;  ///< indexes into report.diagnostics
    std::vector<size_t> peers;        ///< other marks of its relations and findings
};

/// The marks of one report, in text order, with no two overlapping (a figure inside another's
/// span takes part through the outer one).
[[nodiscard]] std::vector<FigureMark> figure_marks(const FileReport& report);

/// The index of the mark a diagnostic points at, or npos.
[[nodiscard]] size_t mark_of(const std::vector<FigureMark>& marks, const Span& span);

/// "<" -> "&lt;", and &, >, " likewise.
[[nodiscard]] std::string escape(std::string_view text);

}  // namespace crossfoot::html
