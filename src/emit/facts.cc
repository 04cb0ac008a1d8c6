// `crossfoot facts`: what extraction saw, for debugging a miss.
#include "crossfoot/facts.h"

#include <fmt/format.h>

#include "common/text.h"
#include "crossfoot/concepts.h"
#include "crossfoot/emit.h"

namespace crossfoot {

namespace {

std::string_view statement_name(Statement s) {
    switch (s) {
        case Statement::balance_sheet:
            return "balance sheet";
        case Statement::income:
            return "income statement";
        case Statement::cash_flow:
            return "cash flow statement";
        case Statement::other:
            return "table";
    }
    return "table";
}

std::string_view row_kind_name(RowKind k) {
    switch (k) {
        case RowKind::data:
            return "row";
        case RowKind::section:
            return "section";
        case RowKind::caption:
            return "caption";
        case RowKind::single_rule:
            return "rule";
        case RowKind::double_rule:
            return "double rule";
        case RowKind::header:
            return "header";
        case RowKind::blank:
            return "blank";
    }
    return "row";
}

std::string_view block_kind_name(BlockKind k) {
    switch (k) {
        case BlockKind::heading:
            return "heading";
        case BlockKind::paragraph:
            return "paragraph";
        case BlockKind::list_item:
            return "list item";
        case BlockKind::quotation:
            return "quotation";
        case BlockKind::footnote:
            return "footnote";
    }
    return "paragraph";
}

void render_tables(const std::string& path, const DocumentFacts& facts,
                   const ConceptDictionary& concepts, std::ostream& out) {
    const SourceFile& source = *facts.document->source;
    auto line = [&](const Span& span) { return source.position(span.begin).line; };
    // Text from the release, with its control characters escaped (docs/output.md).
    using text::escape_controls;
    for (const auto& t : facts.tables) {
        const Table& table = *t.table;
        out << fmt::format("{}:{}: {} ({} columns, scale 10^{}{})\n", path, line(table.span),
                           statement_name(t.statement), table.columns.size(), table.scale.exponent,
                           table.scale.per_share_exempt ? ", per share exempt" : "");
        for (const auto& title : table.title)
            out << "  title: " << escape_controls(title.text) << "\n";
        for (size_t c = 0; c < table.columns.size(); ++c) {
            out << fmt::format("  column {}: '{}' (period '{}')\n", c + 1,
                               escape_controls(table.columns[c].header), t.periods[c]);
        }
        size_t next_fact = 0;
        for (const Row& row : table.rows) {
            if (row.kind == RowKind::blank) continue;
            if (row.kind != RowKind::data) {
                out << fmt::format("  {:>5} {} {}\n", line(row.span), row_kind_name(row.kind),
                                   escape_controls(row.label));
                continue;
            }
            const RowFacts& rf = t.rows[next_fact++];
            std::string concept_id = rf.concept_index ? concepts.at(*rf.concept_index).id : "-";
            out << fmt::format("  {:>5} row '{}' [{}]", line(row.span), escape_controls(row.label),
                               concept_id);
            for (const auto& f : rf.figures) {
                out << " | "
                    << (f ? fmt::format("{} = {}", f->text, f->value.to_string())
                          : std::string("."));
            }
            for (const auto& cell : row.unplaced) {
                out << fmt::format(" | unplaced '{}' at column {}", escape_controls(cell.text),
                                   source.position(cell.span.begin).column);
            }
            out << "\n";
        }
    }
}

// Prose block by block, sentence by sentence, each figure with where it stands and what it is.
// "net_income (net loss) negated, segment 'joes', 3 months ended 2004-05-29 ('second quarter
// of fiscal 2004')": why a figure was, or was not, checked.
std::string binding_text(const ProseBinding& b, const ConceptDictionary& concepts) {
    std::string ids;
    for (size_t c : b.concepts) ids += (ids.empty() ? "" : "|") + concepts.at(c).id;
    std::string out = fmt::format("{} ('{}')", ids, b.concept_words);
    if (b.negated) out += " as a loss";
    if (!b.segment.empty()) out += fmt::format(", part '{}'", b.segment);
    if (b.non_gaap) out += ", non-GAAP";
    if (!b.qualifier_words.empty()) out += fmt::format(", '{}'", b.qualifier_words);
    out += ", period " + (b.period ? b.period->describe() : std::string("unresolved"));
    if (!b.period_words.empty()) out += fmt::format(" ('{}')", b.period_words);
    if (b.change != ChangeDirection::none) {
        out += fmt::format(", a change ('{}') from ", b.change_words);
        out += b.compared_with ? b.compared_with->describe() : std::string("an unresolved period");
    }
    return out;
}

void render_prose(const std::string& path, const DocumentFacts& facts,
                  const ConceptDictionary& concepts, std::ostream& out) {
    const Document& document = *facts.document;
    const SourceFile& source = *document.source;
    size_t next = 0;
    for (size_t b = 0; b < document.blocks.size(); ++b) {
        const TextBlock& block = document.blocks[b];
        size_t first = next;
        while (next < facts.prose.size() && facts.prose[next].block == b) ++next;
        Range where = source.range(block.content.span);
        out << fmt::format("{}:{}:{}: {} ({} sentence{}, {} figure{})\n", path, where.begin.line,
                           where.begin.column, block_kind_name(block.kind), block.sentences.size(),
                           block.sentences.size() == 1 ? "" : "s", next - first,
                           next - first == 1 ? "" : "s");
        size_t figure = first;
        for (size_t s = 0; s < block.sentences.size(); ++s) {
            const Sentence& sentence = block.sentences[s];
            std::string_view text = std::string_view(block.content.text)
                                        .substr(sentence.begin, sentence.end - sentence.begin);
            out << "  sentence: " << text << "\n";
            for (; figure < next && facts.prose[figure].sentence == s; ++figure) {
                const ProseFigure& pf = facts.prose[figure];
                Range r = source.range(pf.figure.span);
                out << fmt::format("    {}:{}-{}:{} {} '{}'", r.begin.line, r.begin.column,
                                   r.end.line, r.end.column, prose_role_name(pf.role),
                                   pf.figure.text);
                if (pf.role == ProseRole::amount || pf.role == ProseRole::percent ||
                    pf.role == ProseRole::count) {
                    out << " = " << pf.figure.value.to_string();
                }
                if (pf.binding) out << " -> " << binding_text(*pf.binding, concepts);
                out << "\n";
            }
        }
    }
}

}  // namespace

void render_facts(const std::string& path, const DocumentFacts& facts,
                  const ConceptDictionary& concepts, std::ostream& out) {
    render_tables(path, facts, concepts, out);
    render_prose(path, facts, concepts, out);
}

}  // namespace crossfoot
