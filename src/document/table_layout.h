// Turns the lines of one plain-text table into columns and rows. Internal to src/document.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "crossfoot/document.h"
#include "crossfoot/vocabulary.h"

namespace crossfoot::detail {

/// One physical line of a table region; `text` has markup already blanked out.
struct TableLine {
    size_t index = 0;  ///< 0-based line in the source file
    std::string_view text;
};

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
