// What the columns of a table hold, read from their headers and figures, for the kinds that
// relate one column of a row to others (change columns, percent-of-total columns). Internal to
// src/checks.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crossfoot/facts.h"
#include "crossfoot/rule_set.h"

namespace crossfoot::table_columns {

/// The data rows (indices into TableFacts::rows) the table's column headers apply to: those
/// before the first header row printed inside the body, which may head other columns ("Sales
/// by Geographic Region" under a table headed by periods).
[[nodiscard]] std::vector<size_t> headed_rows(const TableFacts& table);

/// The figure of a row in a column, or null.
[[nodiscard]] const Figure* figure_at(const RowFacts& row, size_t column);

/// Two figures of one kind: percentages, amounts per share, share counts or other amounts
/// ("$ 11,480" beside "7,320" in one column are both amounts).
[[nodiscard]] bool same_kind(const Figure& a, const Figure& b);

/// What a percentage printed as `stated` is multiplied by when read: a share or a change printed
/// without its "%" in a table "in thousands" ("61.0") reads as 61,000, so the percentage it
/// is compared with is scaled alike. 1 for a figure printed with "%".
[[nodiscard]] Rational percent_reading(const Figure& stated);

/// What a column holds in `rows`: how many figures, how many of them percentages.
struct ColumnShape {
    size_t figures = 0;
    size_t percents = 0;
    [[nodiscard]] bool of_percents() const { return figures > 0 && percents * 2 > figures; }
    [[nodiscard]] bool of_amounts() const { return figures > 0 && percents * 2 < figures; }
};
[[nodiscard]] ColumnShape shape_of(const TableFacts& table, size_t column,
                                   const std::vector<size_t>& rows);

/// The column's header (normalised) has one of `phrases` (normalised) as whole words.
[[nodiscard]] bool header_has(const TableFacts& table, size_t column,
                              const std::vector<std::string>& phrases);
/// The header as printed has a percent sign: "% Change", "% of Revenues".
[[nodiscard]] bool header_has_percent_sign(const TableFacts& table, size_t column);

/// Whether the period of column `a` ends after that of column `b`: true, false, or nullopt when
/// the headers do not say (no end dates nor labels, or the same period).
[[nodiscard]] std::optional<bool> ends_later(const TableFacts& table, size_t a, size_t b);
/// The header names a period (a length, an end or a label).
[[nodiscard]] bool names_period(const TableFacts& table, size_t column);

/// A list of phrases of a rule, normalised like labels; `required` fails when it is empty.
[[nodiscard]] std::vector<std::string> phrases(const RuleFields& fields, std::string_view key,
                                               bool required);
/// A severity key of a rule ("note", "warning", "error"), `fallback` when absent.
[[nodiscard]] Severity severity(const RuleFields& fields, std::string_view key, Severity fallback);

/// A note of `rule` about a whole column: "change column ... is not checked: ...".
[[nodiscard]] Diagnostic column_note(const RuleSpec& rule, std::string message, const Span& span);

/// Where a note about the whole column points: its header, else its first figure in `rows`.
[[nodiscard]] std::optional<Span> column_span(const TableFacts& table, size_t column,
                                              const std::vector<size_t>& rows);

}  // namespace crossfoot::table_columns
