// Kind `count`: a count stated in words is the number of items of the list it introduces.
#include <fmt/format.h>

#include <cctype>

#include "checks/kinds.h"
#include "crossfoot/check_context.h"
#include "crossfoot/enumeration.h"

namespace crossfoot {

namespace {

// An item of a list: its text as a check shows it and where it stands.
struct Item {
    std::string text;
    Span span;
};

// "Nine" -> "Eight", "NINE" -> "EIGHT", "nine" -> "eight".
std::string cased_like(std::string_view printed, std::string word) {
    bool upper = printed.size() > 1 && std::isupper(static_cast<unsigned char>(printed[1]));
    for (size_t i = 0; i < word.size(); ++i) {
        bool capital = upper || (i == 0 && std::isupper(static_cast<unsigned char>(printed[0])));
        if (capital) word[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[i])));
    }
    return word;
}

std::vector<Item> inline_items(const SourceFile& source, const TextBlock& block,
                               const std::vector<TextRange>& ranges) {
    std::vector<Item> out;
    for (const auto& r : ranges) {
        out.push_back({block.content.text.substr(r.begin, r.end - r.begin),
                       block.content.span_of(source, r.begin, r.end)});
    }
    return out;
}

// The list items right after block `b`, one item each, when the run is plain: two or more,
// all with the same marker at the same column (a nested list has its own), none opening a list
// of its own.
std::optional<std::vector<Item>> bullet_items(const Document& document, size_t b) {
    std::vector<Item> out;
    std::string marker;
    int column = 0;
    for (size_t k = b + 1; k < document.blocks.size(); ++k) {
        const TextBlock& item = document.blocks[k];
        if (item.kind != BlockKind::list_item) break;
        const std::string& text = item.content.text;
        size_t space = text.find(' ');
        if (space == std::string::npos || text.back() == ':') return std::nullopt;
        if (marker.empty()) marker = text.substr(0, space);
        int at = document.source->position(item.content.span.begin).column;
        if (column == 0) column = at;
        if (text.substr(0, space) != marker || at != column) return std::nullopt;
        size_t begin = text.find_first_not_of(' ', space);
        out.push_back(
            {text.substr(begin), item.content.span_of(*document.source, begin, text.size())});
    }
    if (out.size() < 2) return std::nullopt;
    return out;
}

void judge_count(const RuleSpec& rule, CheckContext& ctx, const TextBlock& block,
                 const StatedCount& count, const std::vector<Item>& items) {
    const Vocabulary& words = ctx.rules().vocabulary;
    const SourceFile& source = *ctx.facts().document->source;
    std::string found =
        block.content.text.substr(count.word.begin, count.word.end - count.word.begin);
    Span span = block.content.span_of(source, count.word.begin, count.word.end);
    std::string listed;
    for (const auto& item : items) listed += (listed.empty() ? "" : "; ") + item.text;

    CheckRecord record;
    record.rule = rule.id;
    record.passed = items.size() == count.count;
    record.summary = fmt::format("{} = {} items: {}", found, items.size(), listed);
    record.span = span;
    record.operands.push_back({found, std::to_string(count.count), span});
    for (const auto& item : items) record.operands.push_back({item.text, "1", item.span});
    bool passed = record.passed;
    ctx.record(std::move(record));
    if (passed) return;

    bool has_word = items.size() <= words.number_words.size();
    std::string right = has_word ? cased_like(found, words.number_words[items.size() - 1])
                                 : std::to_string(items.size());
    Diagnostic d;
    d.rule = rule.id;
    d.severity = rule.severity;
    d.message = fmt::format("the count '{}' introduces a list of {} items: {}", found, items.size(),
                            listed);
    d.span = span;
    d.expected = right;
    d.found = found;
    d.related.push_back({"first item " + items.front().text, items.front().span});
    d.related.push_back({"last item " + items.back().text, items.back().span});
    // An item may be missing instead: a person chooses.
    if (has_word) d.fixes.push_back(Fix{span, right, false});
    ctx.report(std::move(d));
}

std::any parse_params(const RuleFields&) { return {}; }

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    const Document* document = ctx.facts().document;
    if (!document || !document->source) return;
    const Vocabulary& words = ctx.rules().vocabulary;
    for (size_t b = 0; b < document->blocks.size(); ++b) {
        const TextBlock& block = document->blocks[b];
        const std::string& text = block.content.text;
        for (size_t colon = text.find(':'); colon != std::string::npos;
             colon = text.find(':', colon + 1)) {
            auto count = stated_count(text, colon, words);
            if (!count) continue;
            std::optional<std::vector<Item>> items;
            if (colon + 1 == text.size()) {
                items = bullet_items(*document, b);
            } else if (auto list = split_inline_list(text, colon + 1, words)) {
                // "Walmart, Procter and Gamble" read as two items: not sure either way.
                bool joined = list->last_two_may_be_one && list->items.size() == count->count + 1;
                if (!joined) items = inline_items(*document->source, block, list->items);
            }
            if (items) judge_count(rule, ctx, block, *count, *items);
        }
    }
}

}  // namespace

const RuleKind kCountKind = {
    "count",
    "A count stated in words is the number of items of the list it introduces",
    R"(Reads a number word that introduces a list after a colon ("the nine directors that
received the highest number of votes were: A, B, ..., and I", "three new products: X, Y and
Z", or one item per bullet after the colon) and counts the items. Only plain lists are read:
items separated by commas or semicolons with "and" before the last, short, alike in case and
holding no figure; "John Smith, Jr." and "Acme, Inc." stay one item. With no comma before
the last "and", the last two items may be one name ("Walmart, Procter and Gamble"): a count
one short of the items is not checked. A list whose shape is
unclear ("or", "including", "and" inside an item, a nested list), or a number that does not
state the list's size ("one of the two", "for the three months"), is not checked. A wrong
count is reported at the number word, with the right one as the fix; an item may be missing
instead, so the fix is not applied without review. The words come from the vocabulary
(`number_words`, `list_*`, `count_*`).

Fails:

    Marlow Fabrication Elects Directors

    At its annual meeting, Marlow Fabrication, Inc. reported net sales of $48.2
    million. The four directors elected were: Ann Holt, Peter Vance and Ruth Ames.

Three names are listed after "four".

Passes:

    Marlow Fabrication Elects Directors

    At its annual meeting, Marlow Fabrication, Inc. reported net sales of $48.2
    million. The three directors elected were: Ann Holt, Peter Vance and Ruth Ames.)",
    parse_params,
    evaluate,
    {},
    nullptr,
    RuleScope::paragraph,
};

}  // namespace crossfoot
