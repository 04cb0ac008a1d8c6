#include <doctest/doctest.h>

#include "common/text.h"
#include "crossfoot/document.h"
#include "crossfoot/reader.h"
#include "crossfoot/rule_set.h"
#include "document/line_shape.h"
#include "support.h"

using namespace crossfoot;
using crossfoot::detail::analyze_line;
using crossfoot::detail::LineKind;

namespace {

const Vocabulary& words() { return rules().vocabulary; }

std::string cell_text(std::string_view line, const detail::Extent& s) {
    return std::string(line.substr(s.begin, s.end - s.begin));
}

const Row* row_labelled(const Table& t, std::string_view label) {
    for (const auto& r : t.rows) {
        if (r.label == label) return &r;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("a table line splits into a label and value tokens") {
    std::string line = "       Inventories                                11,596          7,524";
    auto shape = analyze_line(line, 2);
    CHECK(shape.kind == LineKind::data);
    REQUIRE(shape.cells.size() == 2);
    CHECK(cell_text(line, shape.cells[0]) == "11,596");
    CHECK(cell_text(line, shape.label) == "Inventories");
}

TEST_CASE("figures inside a label stay in the label") {
    std::string line =
        "       customer credits and allowances of $2,026 (2004) and $2,158 (2003)         1,394   "
        "       1,683";
    auto shape = analyze_line(line, 2);
    REQUIRE(shape.cells.size() == 2);
    CHECK(cell_text(line, shape.cells[0]) == "1,394");
    CHECK(cell_text(line, shape.label).find("(2003)") != std::string::npos);
}

TEST_CASE("a dollar sign apart from its figure joins it") {
    std::string line = "NET INCOME (LOSS)                            $    (6,728)   $      (493)";
    auto shape = analyze_line(line, 2);
    REQUIRE(shape.cells.size() == 2);
    CHECK(cell_text(line, shape.cells[0]) == "$    (6,728)");
}

TEST_CASE("rule lines and blank lines") {
    CHECK(analyze_line("   -----------    -----------", 2).kind == LineKind::single_rule);
    CHECK(analyze_line("   ===========    ===========", 2).kind == LineKind::double_rule);
    CHECK(analyze_line("      ", 2).kind == LineKind::blank);
    CHECK(analyze_line("CURRENT ASSETS", 2).kind == LineKind::label_only);
}

TEST_CASE("scale statements") {
    auto s = parse_scale_statement("(in thousands, except per share data)", words());
    REQUIRE(s);
    CHECK(s->exponent == 3);
    CHECK(s->per_share_exempt);
    CHECK_FALSE(s->shares_exempt);
    auto shares = parse_scale_statement("(in 000s, except share data)", words());
    REQUIRE(shares);
    CHECK(shares->shares_exempt);
    CHECK(parse_scale_statement("(in millions)", words())->exponent == 6);
    CHECK_FALSE(parse_scale_statement("Net sales increased to $30 million", words()));
}

TEST_CASE("tagged table: wrapper, columns, sections, wrapped labels and dash escapes") {
    const char* text =
        "<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n"
        "- -10 minutes of fame\n"
        "                 BALANCE SHEETS\n"
        "                 (in thousands)\n"
        "\n"
        "<TABLE>\n<CAPTION>\n"
        "                                     2004        2003\n"
        "<S>                                  <C>         <C>\n"
        " CURRENT ASSETS\n"
        "      Cash                        $     7   $   7,248\n"
        "      Accounts receivable, net of allowance for\n"
        "      doubtful accounts              1,394      1,683\n"
        "                                  -------   ---------\n"
        " TOTAL CURRENT ASSETS                1,401      8,931\n"
        "</TABLE>\n</TEXT>\n</DOCUMENT>\n";
    SourceFile source = decode_source("t.txt", text);
    Document doc = read_document(source, words());
    REQUIRE(doc.tables.size() == 1);
    const Table& t = doc.tables[0];
    CHECK(t.scale.exponent == 3);
    REQUIRE(t.columns.size() == 2);
    CHECK(t.columns[0].header == "2004");
    CHECK(t.columns[1].header == "2003");
    const Row* receivable =
        row_labelled(t, "Accounts receivable, net of allowance for doubtful accounts");
    REQUIRE(receivable);
    CHECK(source.position(receivable->span.begin).line == 15);
    CHECK(receivable->label_spans.size() == 2);
    REQUIRE(receivable->cells[0]);
    CHECK(receivable->cells[0]->text == "1,394");
    CHECK(source.range(receivable->cells[0]->span).begin == Position{15, 38});
    const Row* section = row_labelled(t, "CURRENT ASSETS");
    REQUIRE(section);
    CHECK(section->kind == RowKind::section);
    // The dash-escaped line is narrative that starts with "-10", not a negative ten in a table.
    REQUIRE_FALSE(doc.blocks.empty());
    CHECK(doc.blocks[0].content.text == "-10 minutes of fame");
    CHECK(source.range(doc.blocks[0].content.span).begin == Position{4, 3});
}

TEST_CASE("untagged aligned tables are found, justified prose is not") {
    const char* text =
        "Our net sales increased to $30,023,000 from $12,013,000, or  a  150%\n"
        "increase over the prior year period, the company said today in its  12\n"
        "\n"
        "                              Quarter        Quarter\n"
        "                               2008           2007\n"
        " Interest on loans         $   18,363     $   24,917\n"
        " Interest on securities           862            992\n"
        "                           ----------     ----------\n"
        "   Total interest income       19,225         25,909\n";
    SourceFile source = decode_source("t.txt", text);
    Document doc = read_document(source, words());
    REQUIRE(doc.tables.size() == 1);
    CHECK(source.position(doc.tables[0].span.begin).line == 4);
    CHECK(doc.tables[0].columns.size() == 2);
    const Row* total = row_labelled(doc.tables[0], "Total interest income");
    REQUIRE(total);
    CHECK(total->cells[1]->text == "25,909");
}

TEST_CASE("phrases match whole words only") {
    CHECK(text::has_phrase("net sales total", "sales"));
    CHECK(text::has_phrase("net sales total", "net sales"));
    CHECK_FALSE(text::has_phrase("wholesales total", "sales"));
    CHECK_FALSE(text::has_phrase("net salesman", "sales"));
    CHECK_FALSE(text::has_phrase("sales", ""));
}
