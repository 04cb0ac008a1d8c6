// The HTML report's inline style sheet and script: the report is one self-contained file.
#pragma once

#include <string_view>

namespace crossfoot::html {

/// Marks by status, the release's tables as tables, the line gutter, explanations shown on :target
/// (no script needed), and print rules.
extern const std::string_view kStyle;
/// Hover and click show a figure's explanation and highlight the other figures of its
/// relations; n / p (or j / k) step through the findings, Escape closes.
extern const std::string_view kScript;

}  // namespace crossfoot::html
