#include "html_tree.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>

#include "common/text.h"
#include "html_entities.h"

namespace crossfoot::detail {

namespace {

// Gumbo allocates and frees through the options; the arena hands out memory from large blocks
// and frees nothing until the tree goes: the tree's memory stays a small multiple of the input.
constexpr size_t kBlock = size_t{1} << 20;
constexpr size_t kAlign = alignof(std::max_align_t);

// Elements that never take an end tag, or whose end tag may be left out: they do not nest
// ("<P>", "<TD>", "<BR>"). Lower case.
constexpr std::array<std::string_view, 31> kFlat = {
    "area",   "base",     "br",       "col",     "embed", "hr",    "img",   "input",
    "link",   "meta",     "param",    "source",  "track", "wbr",   "p",     "li",
    "dt",     "dd",       "tr",       "td",      "th",    "thead", "tbody", "tfoot",
    "option", "optgroup", "colgroup", "caption", "html",  "head",  "body"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// A reference that stands for a space ("&nbsp;", "&#160;", "&ensp;"), and its length.
size_t space_reference(std::string_view s) {
    auto entity = entity_at(s);
    return entity && entity->text == " " ? entity->length : 0;
}

// Bytes of a no-break space (U+00A0) at the start of `s`, else 0.
size_t no_break_space(std::string_view s) {
    return s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0' ? 2 : 0;
}

}  // namespace

struct HtmlTree::Arena {
    std::vector<std::unique_ptr<std::byte[]>> blocks;
    size_t used = kBlock;

    void* allocate(size_t size) {
        size = (size + kAlign - 1) / kAlign * kAlign;
        if (size > kBlock / 4) {
            blocks.push_back(std::make_unique<std::byte[]>(size));
            std::byte* big = blocks.back().get();
            // Keep filling the block before it.
            if (blocks.size() >= 2) std::swap(blocks[blocks.size() - 1], blocks[blocks.size() - 2]);
            return big;
        }
        if (used + size > kBlock) {
            blocks.push_back(std::make_unique<std::byte[]>(kBlock));
            used = 0;
        }
        void* out = blocks.back().get() + used;
        used += size;
        return out;
    }
};

HtmlTree::HtmlTree(const SourceFile& source, TextRange range) : arena_(std::make_unique<Arena>()) {
    std::string_view text =
        std::string_view(source.text).substr(range.begin, range.end - range.begin);
    if (text.size() > kMaxHtmlBytes) {
        throw ToolError(source.path, "cannot be read as HTML: larger than " +
                                         std::to_string(kMaxHtmlBytes >> 20) + " MiB");
    }
    if (tag_nesting(text) > kMaxHtmlNesting) {
        throw ToolError(source.path, "cannot be read as HTML: elements nest deeper than " +
                                         std::to_string(kMaxHtmlNesting));
    }
    GumboOptions options = kGumboDefaultOptions;
    options.userdata = arena_.get();
    options.allocator = [](void* arena, size_t size) {
        return static_cast<Arena*>(arena)->allocate(size);
    };
    options.deallocator = [](void*, void*) {};
    options.max_errors = 0;  // the parse errors are not needed: do not keep them
    output_ = gumbo_parse_with_options(&options, text.data(), text.size());
}

// The arena frees every node at once; gumbo_destroy_output would recurse down the tree.
HtmlTree::~HtmlTree() = default;

const GumboNode* HtmlTree::root() const { return output_->document; }

size_t offset_of(const SourceFile& source, const GumboNode& element) {
    const char* tag = element.v.element.original_tag.data;
    const char* base = source.text.data();
    return tag != nullptr && tag >= base && tag <= base + source.text.size()
               ? static_cast<size_t>(tag - base)
               : 0;
}

size_t tag_nesting(std::string_view html) {
    size_t depth = 0;
    size_t deepest = 0;
    std::string name;
    for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
        if (html.substr(at, 4) == "<!--") {
            at = html.find("-->", at + 4);
            if (at == std::string_view::npos) break;
            continue;
        }
        bool end_tag = at + 1 < html.size() && html[at + 1] == '/';
        size_t from = at + (end_tag ? 2 : 1);
        size_t to = from;
        while (to < html.size() && std::isalnum(static_cast<unsigned char>(html[to])) != 0) ++to;
        if (to == from || std::isalpha(static_cast<unsigned char>(html[from])) == 0) continue;
        name = text::lower(html.substr(from, to - from));
        if (std::find(kFlat.begin(), kFlat.end(), name) != kFlat.end()) continue;
        if (end_tag) {
            depth -= depth > 0 ? 1 : 0;
            continue;
        }
        size_t close = html.find('>', to);
        if (close != std::string_view::npos && html[close - 1] == '/') continue;
        deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

void text_runs(const SourceFile& source, const GumboNode& text, std::vector<TextRun>& out,
               bool& space) {
    const GumboStringPiece& raw = text.v.text.original_text;
    const char* base = source.text.data();
    if (raw.data == nullptr || raw.data < base || raw.data + raw.length > base + source.text.size())
        return;
    auto begin = static_cast<size_t>(raw.data - base);
    std::string_view s(raw.data, raw.length);
    size_t run = std::string_view::npos;
    auto end_run = [&](size_t i) {
        if (run != std::string_view::npos) {
            out.push_back({{begin + run, begin + i}, space});
            space = false;
        }
        run = std::string_view::npos;
    };
    for (size_t i = 0; i < s.size();) {
        size_t gap = is_space(s[i]) ? 1 : no_break_space(s.substr(i));
        if (gap == 0 && s[i] == '&') gap = space_reference(s.substr(i));
        if (gap > 0) {
            end_run(i);
            space = true;
            i += gap;
            continue;
        }
        // A tag gumbo ignored ("</FONT>" where none is open) stays in the text it interrupts.
        if (s[i] == '<' && i + 1 < s.size() &&
            (std::isalpha(static_cast<unsigned char>(s[i + 1])) != 0 || s[i + 1] == '/')) {
            size_t close = s.find('>', i);
            if (close != std::string_view::npos) {
                end_run(i);
                i = close + 1;
                continue;
            }
        }
        if (run == std::string_view::npos) run = i;
        ++i;
    }
    end_run(s.size());
}

size_t find_css(std::string_view style, std::string_view needle) {
    for (size_t start = 0; start < style.size(); ++start) {
        if (std::tolower(static_cast<unsigned char>(style[start])) != needle.front()) continue;
        size_t i = start;
        size_t k = 0;
        while (i < style.size() && k < needle.size()) {
            if (is_space(style[i])) {
                ++i;
                continue;
            }
            if (std::tolower(static_cast<unsigned char>(style[i])) != needle[k]) break;
            ++i;
            ++k;
        }
        if (k == needle.size()) return start;
    }
    return std::string_view::npos;
}

bool hidden_element(const GumboNode& node) {
    if (node.type != GUMBO_NODE_ELEMENT) return false;
    switch (node.v.element.tag) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_NOSCRIPT:
            return true;
        default:
            break;
    }
    const GumboVector* attributes = &node.v.element.attributes;
    if (gumbo_get_attribute(attributes, "hidden") != nullptr) return true;
    // A footnote mark ("Revenue<sup>1,2</sup>") is no figure of the text it is set beside.
    if (node.v.element.tag == GUMBO_TAG_SUP) return true;
    const GumboAttribute* style = gumbo_get_attribute(attributes, "style");
    if (style == nullptr) return false;
    std::string_view css = style->value;
    constexpr auto npos = std::string_view::npos;
    // Superscript set by style: raised by vertical-align, or moved up by relative position.
    bool raised = find_css(css, "vertical-align:super") != npos ||
                  (find_css(css, "position:relative") != npos && find_css(css, "top:-") != npos);
    return raised || find_css(css, "display:none") != npos;
}

}  // namespace crossfoot::detail
