// Printed figures: what a release prints, read exactly.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "crossfoot/decimal.h"
#include "crossfoot/source.h"

namespace crossfoot {

/// What a figure counts. Percentage points ("1.8 pts") and basis points ("(242)bp") measure a
/// change of a percentage: like percentages, they are never amounts and never add.
enum class Unit { currency, percent, count, points, basis_points };

/// Currency or a count: a figure that adds into totals and scales with its table.
[[nodiscard]] constexpr bool is_amount(Unit unit) {
    return unit == Unit::currency || unit == Unit::count;
}

/// A figure as printed, before any table scale is applied.
struct PrintedFigure {
    Decimal number;  ///< signed, with the word scale applied: "$6.7 million" -> 67 × 10^5
    Unit unit = Unit::count;
    bool nil = false;  ///< "--", "-", "—", "n/a", "nm": printed as nothing, worth exactly zero
    /// "n/a", "nm": nil in a sum, but no value a relation could be stated or computed with
    bool not_applicable = false;
    bool parenthesized = false;
    size_t number_begin =
        0;  ///< bytes of the numeric part, parentheses included: "$ (0.23)" -> "(0.23)"
    size_t number_end = 0;
};

/// The most significant digits a figure prints (leading zeros do not count, and no more of them
/// than this are read either). No release prints a longer figure: a longer run of digits is
/// text, and reading it would cost time quadratic in its length. Figure::format_like of a value
/// with more digits than this does not read back as a figure, so it offers no fix.
inline constexpr size_t kMaxSignificantDigits = 30;

/// Reads one printed figure, the whole of `text`.
///   "$ 7" -> 7, currency;  "(5,919)" -> -5919;  "$ (0.23)" -> -23 × 10^-2;  "-1,234" -> -1234;
///   "--" -> nil;  "&mdash;" (as HTML prints it) -> nil;  "150%" -> 150, percent;
///   "(1.8 pts)" -> -18 × 10^-1, points;  "(242)bp" -> -242, basis points;
///   "$6.7 million" -> 67 × 10^5;  "1,2345" -> nullopt.
[[nodiscard]] std::optional<PrintedFigure> parse_figure(std::string_view text);

/// The unit a word printed after a number names: "pts" -> points, "bp." -> basis points.
[[nodiscard]] std::optional<Unit> unit_word(std::string_view word);

/// A figure located in a document, in base units (dollars, shares, percent points).
struct Figure {
    std::string text;  ///< the numeric part as printed: "30,023", "(0.23)"
    Span span;         ///< of `text` in the original file
    Decimal value;     ///< base units: "30,023" in thousands -> 30023 × 10^3
    Unit unit = Unit::count;
    bool nil = false;
    bool not_applicable = false;  ///< "n/a", "nm"
    bool parenthesized = false;
    bool per_share = false;    ///< an amount per share, printed in dollars whatever the scale
    bool share_count = false;  ///< a number of shares
    /// Prose amounts written out in full do not make their trailing zeros significant.
    bool trailing_zeros_significant = true;

    /// The values this figure stands for: value ± half a unit of its last significant digit.
    [[nodiscard]] Interval interval() const;
    /// Formats `v` as this figure would print it (same scale, decimals, sign style). It reads
    /// back as `v` rounded to this figure's places when that has at most kMaxSignificantDigits.
    [[nodiscard]] std::string format_like(const Rational& v) const;
    /// The power of ten of the scale this figure was printed in (3 for "in thousands").
    int scale = 0;
};

}  // namespace crossfoot
