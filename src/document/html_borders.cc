// Rules drawn as cell borders: under a statement's figures they are its rule lines.
#include <algorithm>
#include <cctype>
#include <string>

#include "html_grid.h"
#include "html_tree.h"

namespace crossfoot::detail {

namespace {

// The rule an element's style draws on one side: "border-bottom:1px solid" -> single,
// "border-bottom: 3px double #000" -> double.
Border element_border(const GumboNode& cell, std::string_view side) {
    const GumboAttribute* style = gumbo_get_attribute(&cell.v.element.attributes, "style");
    if (style == nullptr) return kNoBorder;
    std::string_view css = style->value;
    constexpr auto npos = std::string_view::npos;
    size_t at = find_css(css, side);
    if (at == npos) return kNoBorder;
    size_t end = css.find(';', at);
    std::string_view value = css.substr(at, end == npos ? end : end - at);
    if (find_css(value, "none") != npos || find_css(value, "hidden") != npos) return kNoBorder;
    if (find_css(value, "double") != npos) return kDouble;
    return find_css(value, "solid") != npos ? kSingle : kNoBorder;
}

// The strongest rule the row's cells in the figure columns draw below (or, `top`, above) it.
Border rule_of(const GridRow& row, const std::vector<Interval>& columns, bool top) {
    Border out = kNoBorder;
    for (const auto& cell : row) {
        if (cell.column + cell.span <= columns.front().first) continue;
        out = std::max(out, top ? cell.top : cell.bottom);
    }
    return out;
}

}  // namespace

Border border(const GumboNode& cell, std::string_view side) {
    Border out = element_border(cell, side);
    std::vector<const GumboNode*> stack = {&cell};
    while (!stack.empty() && out == kNoBorder) {
        const GumboNode* node = stack.back();
        stack.pop_back();
        if (node != &cell) out = element_border(*node, side);
        const GumboVector& children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto* next = static_cast<const GumboNode*>(children.data[i]);
            if (next->type == GUMBO_NODE_ELEMENT) stack.push_back(next);
        }
    }
    return out;
}

// Borders under (or over) figure cells are the rules of a printed statement: the row below a
// rule closes a group. A rule over a row is the rule under the row before it.
void add_rules(const std::vector<GridRow>& grid, const std::vector<Interval>& columns,
               std::vector<PipeRow>& rows) {
    // A border under every row of figures draws boxes around the cells, not rules.
    bool boxed = true;
    for (size_t r = 0; r < grid.size() && boxed; ++r) {
        bool figures = std::any_of(rows[r].cells.begin(), rows[r].cells.end(),
                                   [](const PipeCell& c) { return !c.parts.empty(); });
        bool ruled = rule_of(grid[r], columns, false) != kNoBorder ||
                     (r + 1 < grid.size() && rule_of(grid[r + 1], columns, true) != kNoBorder);
        boxed = !figures || ruled;
    }
    if (boxed) return;
    for (size_t r = 0; r < grid.size(); ++r) {
        Border below = rule_of(grid[r], columns, false);
        if (r + 1 < grid.size()) below = std::max(below, rule_of(grid[r + 1], columns, true));
        if (below == kNoBorder) continue;
        rows[r].rule_below = below == kDouble ? RowKind::double_rule : RowKind::single_rule;
        // A single rule under a total ruled off above underlines it, and opens nothing: the
        // break a blank line makes after such a rule in plain text.
        bool ruled_above = r > 0 && rows[r - 1].rule_below == RowKind::single_rule;
        if (below == kSingle && ruled_above) rows[r].rule_below = RowKind::blank;
    }
}

}  // namespace crossfoot::detail
