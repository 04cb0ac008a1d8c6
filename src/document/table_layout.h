// Turns the lines of one plain-text table into columns and rows. Internal to src/document.
#pragma once

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crossfoot/document.h"
#include "crossfoot/vocabulary.h"

namespace crossfoot::detail {

/// Tabs stop every this many characters, as a terminal shows them.
inline constexpr size_t kTabStop = 8;

/// One physical line of a table region. `text` is the line as laid out: markup blanked and
/// tabs expanded, so that its character positions are where columns line up. Spans and cell
/// texts come from the line's own bytes, `cleaned` (markup blanked only), through
/// `to_cleaned`; `cleaned` must be set.
struct TableLine {
    size_t index = 0;  ///< 0-based line in the source file
    std::string_view text;
    std::string_view cleaned;
    /// The byte of `cleaned` for each byte of `text` and its end; empty when they are the same.
    std::span<const size_t> to_cleaned;
    /// `text` is ASCII: a byte is a character, so a wide line's positions cost nothing to find.
    bool ascii = false;

    /// The byte of `cleaned` that byte `at` of `text` stands for.
    [[nodiscard]] size_t cleaned_offset(size_t at) const {
        if (to_cleaned.empty()) return std::min(at, cleaned.size());
        return to_cleaned[std::min(at, to_cleaned.size() - 1)];
    }
    /// The line's own bytes under [begin, end) of `text`: a cell's text, as its span covers it.
    [[nodiscard]] std::string_view source_text(size_t begin, size_t end) const {
        size_t b = cleaned_offset(begin);
        return cleaned.substr(b, cleaned_offset(end) - b);
    }
    /// The span of [begin, end) of `text`.
    [[nodiscard]] Span span(const SourceFile& source, size_t begin, size_t end) const {
        return source.span(index, cleaned_offset(begin), cleaned_offset(end));
    }
};

/// `line` with its tabs expanded to stops every kTabStop characters; `to_cleaned` gets the map
/// back (left empty when the line has no tab).
[[nodiscard]] std::string expand_tabs(std::string_view line, std::vector<size_t>& to_cleaned);

struct TableRegion {
    std::vector<TableLine> lines;
    /// Lines before this position are header lines (the <CAPTION> part); nullopt: infer.
    std::optional<size_t> body_start;
    size_t min_gap = 2;
    bool tagged = false;
};

/// Lays out a table; nullopt when the lines hold no column of figures.
[[nodiscard]] std::optional<Table> lay_out_table(const SourceFile& source,
                                                 const TableRegion& region,
                                                 const Vocabulary& words);

}  // namespace crossfoot::detail
