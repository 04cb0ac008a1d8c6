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

}  // namespace

void render_facts(const std::string& path, const DocumentFacts& facts,
                  const ConceptDictionary& concepts, std::ostream& out) {
    // Text from the release, with its control characters escaped (docs/output.md).
    using text::escape_controls;
    for (const auto& t : facts.tables) {
        const Table& table = *t.table;
        out << fmt::format("{}:{}: {} ({} columns, scale 10^{}{})\n", path, table.range.begin.line,
                           statement_name(t.statement), table.columns.size(), table.scale.exponent,
                           table.scale.per_share_exempt ? ", per share exempt" : "");
        for (const auto& span : table.title)
            out << "  title: " << escape_controls(span.text) << "\n";
        for (size_t c = 0; c < table.columns.size(); ++c) {
            out << fmt::format("  column {}: '{}' (ends at {})\n", c + 1,
                               escape_controls(table.columns[c].header),
                               table.columns[c].right_edge + 1);
        }
        size_t next_fact = 0;
        for (size_t r = 0; r < table.rows.size(); ++r) {
            const Row& row = table.rows[r];
            if (row.kind == RowKind::blank) continue;
            if (row.kind != RowKind::data) {
                out << fmt::format("  {:>5} {} {}\n", row.line, row_kind_name(row.kind),
                                   escape_controls(row.label));
                continue;
            }
            const RowFacts& rf = t.rows[next_fact++];
            std::string concept_id = rf.concept_index ? concepts.at(*rf.concept_index).id : "-";
            out << fmt::format("  {:>5} row '{}' [{}]", row.line, escape_controls(row.label),
                               concept_id);
            for (const auto& f : rf.figures) {
                out << " | "
                    << (f ? fmt::format("{} = {}", f->text, f->value.to_string())
                          : std::string("."));
            }
            out << "\n";
        }
    }
}

}  // namespace crossfoot
