// HTML -> Document. Gumbo builds the tree (html_tree.cc); this walk turns block elements into
// text blocks and each <table> of figures into a table (html_table.cc). A table whose cells
// hold tables is page layout: its cells are read as blocks and the tables inside as tables.
// Every word is located by its bytes in the file, never by gumbo's line and column.
#include <algorithm>
#include <unordered_set>

#include "common/text.h"
#include "crossfoot/document.h"
#include "document/readers.h"
#include "html_entities.h"
#include "html_plain.h"
#include "html_table.h"
#include "html_tree.h"

namespace crossfoot {

namespace {

using detail::TextRun;

// Deeper elements than this are not walked (gumbo may nest deeper than the tags as written).
constexpr size_t kMaxWalkDepth = 2 * detail::kMaxHtmlNesting;
// A line shorter than this that a <br> ends is a block of its own ("ACME CORP<br>BALANCE SHEETS").
constexpr size_t kShortLine = 80;
constexpr size_t kMaxTitleLines = 6;
constexpr size_t kMaxTitleLength = 100;

bool is_block(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_P:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_CENTER:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
        case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_HR:
        case GUMBO_TAG_BODY:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_ADDRESS:
        case GUMBO_TAG_FORM:
            return true;
        default:
            return false;
    }
}

bool is_heading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

const GumboVector* children_of(const GumboNode& node) {
    if (node.type == GUMBO_NODE_DOCUMENT) return &node.v.document.children;
    if (node.type == GUMBO_NODE_ELEMENT) return &node.v.element.children;
    return nullptr;
}

const GumboNode* child(const GumboVector& children, unsigned i) {
    return static_cast<const GumboNode*>(children.data[i]);
}

bool is_table(const GumboNode& node) {
    return node.type == GUMBO_NODE_ELEMENT && node.v.element.tag == GUMBO_TAG_TABLE;
}

// The tables that hold a table: page layout. One walk, each node with the nearest table above
// it and its depth.
std::unordered_set<const GumboNode*> layout_tables(const GumboNode& root) {
    struct Item {
        const GumboNode* node;
        const GumboNode* table;
        size_t depth;
    };
    std::unordered_set<const GumboNode*> out;
    std::vector<Item> stack = {{&root, nullptr, 0}};
    while (!stack.empty()) {
        Item item = stack.back();
        stack.pop_back();
        if (is_table(*item.node)) {
            if (item.table != nullptr) out.insert(item.table);
            item.table = item.node;
        }
        const GumboVector* children = children_of(*item.node);
        if (children == nullptr || item.depth >= kMaxWalkDepth) continue;
        for (unsigned i = 0; i < children->length; ++i)
            stack.push_back({child(*children, i), item.table, item.depth + 1});
    }
    return out;
}

// A sentence is narrative; "Condensed Consolidated Balance Sheets" names a table.
bool title_like(const std::string& t) {
    bool sentence = !t.empty() && t.back() == '.' && std::count(t.begin(), t.end(), ' ') >= 6;
    return !t.empty() && t.size() <= kMaxTitleLength && !sentence;
}

bool contains_any(const std::string& text, std::initializer_list<std::string_view> marks) {
    return std::any_of(marks.begin(), marks.end(),
                       [&](std::string_view m) { return text.find(m) != std::string::npos; });
}

// HTML by its tags. EDGAR plain text wraps its tables in <TABLE>, <S> and <C> too, and may
// hold <P> or <PAGE>: its own markers rule it out unless the text says it is a page.
bool sniff_html(std::string_view head) {
    std::string h = text::lower(head);
    if (contains_any(h, {"<!doctype html", "<html", "<body"})) return true;
    if (contains_any(h, {"<s>", "<c>", "<page>", "<caption>", "<fn>"})) return false;
    return contains_any(h, {"<td", "<tr>", "<tr ", "<div", "<p>", "<p ", "<br>", "<br/", "<font"});
}

class HtmlWalker {
public:
    HtmlWalker(const SourceFile& source, const Vocabulary& words)
        : source_(source), words_(words), text_(source), plain_(source, words) {
        doc_.source = &source;
    }

    Document run() {
        for (const auto& payload : detail::payloads(source_.text, sniff_html)) {
            if (payload.html) {
                walk(payload.range);
            } else {
                take_plain(payload.range);
            }
        }
        flush();
        return std::move(doc_);
    }

private:
    void walk(detail::TextRange payload) {
        detail::HtmlTree tree(source_, payload);
        layout_ = layout_tables(*tree.root());
        struct Frame {
            const GumboNode* node;
            unsigned next;
        };
        std::vector<Frame> stack;
        if (enter(*tree.root())) stack.push_back({tree.root(), 0});
        while (!stack.empty()) {
            const GumboNode* node = stack.back().node;
            const GumboVector* children = children_of(*node);
            if (children != nullptr && stack.back().next < children->length &&
                stack.size() < kMaxWalkDepth) {
                const GumboNode* next = child(*children, stack.back().next++);
                if (enter(*next)) stack.push_back({next, 0});
                continue;
            }
            leave(*node);
            stack.pop_back();
        }
        flush();
    }

    // Reads what a node says on the way down; true when its children are to be walked.
    bool enter(const GumboNode& node) {
        switch (node.type) {
            case GUMBO_NODE_DOCUMENT:
                return true;
            case GUMBO_NODE_TEXT:
                runs_.clear();
                detail::text_runs(source_, node, runs_, space_);
                for (const auto& run : runs_) append(run);
                return false;
            case GUMBO_NODE_WHITESPACE:
                space_ = true;
                return false;
            case GUMBO_NODE_ELEMENT:
                break;
            default:
                return false;
        }
        if (detail::hidden_element(node)) return false;
        GumboTag tag = node.v.element.tag;
        if (tag == GUMBO_TAG_PRE) {
            if (auto inner = detail::element_content(source_, node)) {
                take_plain(*inner);
                return false;
            }
        }
        if (tag == GUMBO_TAG_BR) {
            if (chars_ > 0 && chars_ < kShortLine && last_ != ',') flush();
            space_ = true;
            return false;
        }
        if (tag == GUMBO_TAG_TABLE && !layout_.contains(&node) && add_table(node)) return false;
        if (is_block(tag)) open_block(tag, +1);
        return true;
    }

    void leave(const GumboNode& node) {
        if (node.type != GUMBO_NODE_ELEMENT || !is_block(node.v.element.tag)) return;
        open_block(node.v.element.tag, -1);
        if (node.v.element.tag == GUMBO_TAG_TR) bullet_ = false;
    }

    void open_block(GumboTag tag, int step) {
        flush();
        if (is_heading(tag)) headings_ += step;
        if (tag == GUMBO_TAG_LI) items_ += step;
        if (tag == GUMBO_TAG_BLOCKQUOTE) quotes_ += step;
    }

    void append(const TextRun& run) {
        if (!text_.empty() && run.space_before) {
            text_.append_separator(" ");
            ++chars_;
        }
        detail::append_decoded(text_, source_.text, run.range.begin, run.range.end);
        chars_ += run.range.end - run.range.begin;
        last_ = source_.text[run.range.end - 1];
    }

    BlockKind kind_of(const std::string& t) const {
        if (items_ > 0 || bullet_) return BlockKind::list_item;
        if (headings_ > 0) return BlockKind::heading;
        if (quotes_ > 0 || t.rfind('"', 0) == 0 || t.rfind("\xE2\x80\x9C", 0) == 0)
            return BlockKind::quotation;
        size_t space = t.find(' ');
        if (space != std::string::npos && detail::is_bullet_mark(t.substr(0, space)) &&
            t[0] != '-' && t[0] != 'o')
            return BlockKind::list_item;
        if (t.size() < kShortLine && t.back() != '.') return BlockKind::heading;
        return BlockKind::paragraph;
    }

    void flush() {
        chars_ = 0;
        space_ = true;
        if (text_.empty()) return;
        TextBlock block;
        block.content = text_.finish();
        text_ = LocatedTextBuilder(source_);
        const std::string& t = block.content.text;
        // A bullet in a cell of its own marks the text in the next cell as a list item.
        if (detail::is_bullet_mark(t)) {
            bullet_ = true;
            return;
        }
        block.kind = kind_of(t);
        bullet_ = false;
        block.sentences = split_sentences(t, words_);
        doc_.blocks.push_back(std::move(block));
    }

    // Plain text (a <PRE>, a submission's text document) is the plain-text reader's.
    void take_plain(detail::TextRange range) {
        flush();
        plain_.take(range, doc_);
        blocks_before_ = doc_.blocks.size();
    }

    // Reads a table of figures, named by the short blocks just above it; false when it has none.
    bool add_table(const GumboNode& node) {
        auto read = detail::read_html_table(source_, node);
        if (!read) return false;
        flush();
        Table& table = read->laid_out.table;
        size_t first = doc_.blocks.size();
        while (first > blocks_before_ && doc_.blocks.size() - first < kMaxTitleLines &&
               title_like(doc_.blocks[first - 1].content.text))
            --first;
        for (size_t b = first; b < doc_.blocks.size(); ++b)
            table.title.push_back(doc_.blocks[b].content);
        table.title.insert(table.title.end(), read->captions.begin(), read->captions.end());
        std::vector<LocatedText> candidates = table.title;
        candidates.insert(candidates.end(), read->laid_out.scale_candidates.begin(),
                          read->laid_out.scale_candidates.end());
        detail::read_scale(table, candidates, words_);
        doc_.tables.push_back(std::move(table));
        blocks_before_ = doc_.blocks.size();
        return true;
    }

    const SourceFile& source_;
    const Vocabulary& words_;
    Document doc_;
    std::unordered_set<const GumboNode*> layout_;
    LocatedTextBuilder text_;
    detail::PlainTextParts plain_;
    std::vector<TextRun> runs_;
    bool space_ = false;
    size_t chars_ = 0;  ///< of the current line
    char last_ = 0;
    int headings_ = 0;
    int items_ = 0;
    int quotes_ = 0;
    bool bullet_ = false;
    size_t blocks_before_ = 0;  ///< blocks before the end of the last table
};

Document read_html(const SourceFile& source, const Vocabulary& words) {
    return HtmlWalker(source, words).run();
}

}  // namespace

const Reader kHtmlReader = {"html",
                            "HTML pages: paragraphs, headings and lists as prose, <table>s of "
                            "figures as tables (rowspan, colspan and split cells placed)",
                            ".htm .html", sniff_html, read_html};

}  // namespace crossfoot
