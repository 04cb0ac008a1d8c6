// Parsing HTML with gumbo, and reading its text nodes back to the exact bytes they came from.
// Internal to src/document.
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "crossfoot/source.h"
#include "pipe_rows.h"

namespace crossfoot::detail {

/// The deepest element nesting read; deeper documents are refused before gumbo sees them
/// (gumbo's tree algorithms scan the stack of open elements: deep nesting is quadratic).
inline constexpr size_t kMaxHtmlNesting = 4096;

/// The largest page parsed: gumbo's tree takes about ten times the bytes of the page.
inline constexpr size_t kMaxHtmlBytes = size_t{64} << 20;

/// A parsed document. Gumbo's nodes live in an arena freed at once, so that no recursive
/// teardown of a deep tree can overflow the stack.
class HtmlTree {
public:
    /// Parses `source.text` [range.begin, range.end): the nodes' text points into the source.
    /// Throws ToolError naming the file when it is larger than kMaxHtmlBytes or its elements
    /// nest deeper than kMaxHtmlNesting.
    HtmlTree(const SourceFile& source, TextRange range);
    HtmlTree(const HtmlTree&) = delete;
    HtmlTree& operator=(const HtmlTree&) = delete;
    ~HtmlTree();

    [[nodiscard]] const GumboNode* root() const;

private:
    struct Arena;
    std::unique_ptr<Arena> arena_;
    GumboOutput* output_ = nullptr;
};

/// Where an element's start tag begins in the source text (0 for an element gumbo made up).
[[nodiscard]] size_t offset_of(const SourceFile& source, const GumboNode& element);

/// How deep start tags that need an end tag nest, counted over the tags as written:
/// "<div><div></div>" -> 2. Void elements and those whose end tag may be left out
/// ("<p>", "<td>") do not count.
[[nodiscard]] size_t tag_nesting(std::string_view html);

/// A word of text: decoded bytes [begin, end) of the source, entities still raw.
struct TextRun {
    TextRange range;
    bool space_before = false;  ///< whitespace separates it from the text before it
};

/// Splits a text node into words at whitespace, no-break spaces and references to them
/// ("&nbsp;", "&#160;"). `space` carries whether whitespace is pending from the text before,
/// and is left saying whether the node ended in whitespace.
void text_runs(const SourceFile& source, const GumboNode& text, std::vector<TextRun>& out,
               bool& space);

/// Where `needle` (lower case, no spaces) starts in a style attribute, its letters compared
/// without case and its whitespace skipped: "Display: None" holds "display:none" at 0. Reads
/// the attribute in place: styles are on most elements of a filed page, and copying each one
/// lowered costs more than the search.
[[nodiscard]] size_t find_css(std::string_view style, std::string_view needle);

/// True for elements whose content is not read: scripts, styles, the head, elements hidden
/// with `style="display:none"` or the `hidden` attribute, and footnote marks set as
/// superscript (`<sup>`, `vertical-align:super`, raised by `position:relative; top:-…`).
[[nodiscard]] bool hidden_element(const GumboNode& node);

}  // namespace crossfoot::detail
