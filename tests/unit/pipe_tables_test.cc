// The reader of text converted from HTML ("|"-separated cells, one a line): what it reads, what
// it leaves to the plain-text reader, and that a release checks the same in either format.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "crossfoot/document.h"
#include "crossfoot/engine.h"
#include "crossfoot/reader.h"
#include "crossfoot/rule_set.h"
#include "document/html_entities.h"
#include "support.h"

using namespace crossfoot;

namespace {

std::string fixture(const std::string& name) {
    return read_file_bytes(std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/readers/" + name,
                           1 << 20);
}

// The text a span stands on: its pieces' bytes, one after the other.
std::string text_of(const SourceFile& source, const Span& span) {
    if (span.pieces.empty()) return source.text.substr(span.begin, span.end - span.begin);
    std::string out;
    for (const auto& piece : span.pieces)
        out += source.text.substr(piece.begin, piece.end - piece.begin);
    return out;
}

const Row& row_labelled(const Table& table, std::string_view label) {
    auto it = std::find_if(table.rows.begin(), table.rows.end(),
                           [&](const Row& r) { return r.label == label; });
    REQUIRE_MESSAGE(it != table.rows.end(), label);
    return *it;
}

std::string cell_text(const Row& row, size_t column) {
    REQUIRE(column < row.cells.size());
    return row.cells[column] ? row.cells[column]->text : std::string("<none>");
}

// What a finding says: rule, severity, found and expected.
std::multiset<std::string> findings(const FileReport& report) {
    std::multiset<std::string> out;
    for (const auto& d : report.diagnostics) {
        out.insert(d.rule + " " + std::string(severity_name(d.severity)) + " found " +
                   d.found.value_or("-") + " expected " + d.expected.value_or("-"));
    }
    return out;
}

std::string replace_once(std::string text, const std::string& from, const std::string& to) {
    size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    REQUIRE(text.find(from, at + 1) == std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("pipe tables: the converted release is read by its reader, tables and all") {
    SourceFile source = decode_source("release_pipe.txt", fixture("release_pipe.txt"));
    CHECK(reader_for(source).name == "pipe-tables");
    Document doc = read_document(source, rules().vocabulary);
    REQUIRE(doc.tables.size() == 2);

    const Table& income = doc.tables[0];
    REQUIRE(income.columns.size() == 2);
    CHECK(income.columns[0].header == "Three Months Ended June 30, 2005");
    CHECK(income.columns[1].header == "Three Months Ended June 30, 2004");
    REQUIRE(income.columns[0].header_span);
    CHECK(income.scale.exponent == 3);
    CHECK(income.scale.per_share_exempt);
    REQUIRE(income.title.size() == 3);
    CHECK(income.title[1].text == "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS");

    const Row& sales = row_labelled(income, "Net sales");
    CHECK(sales.kind == RowKind::data);
    CHECK(cell_text(sales, 0) == "$27,418");
    CHECK(cell_text(sales, 1) == "$24,905");
    // "$ | 27,418": two pieces, the sign and the figure, and the text is theirs.
    REQUIRE(sales.cells[0]->span.pieces.size() == 2);
    CHECK(text_of(source, sales.cells[0]->span) == "$27,418");
    CHECK(source.range(sales.label_spans.at(0)).begin == Position{42, 1});
    CHECK(row_labelled(income, "Operating expenses:").kind == RowKind::section);
    CHECK(row_labelled(income, "Total operating expenses").kind == RowKind::data);
    CHECK(std::count_if(income.rows.begin(), income.rows.end(),
                        [](const Row& r) { return r.kind == RowKind::blank; }) == 1);

    // "| (18 | ) | |": a negative figure split across two cells is one figure of two pieces.
    const Row& other = row_labelled(income, "Other income (expense), net");
    REQUIRE(other.cells[0]);
    const Cell& negative = *other.cells[0];
    CHECK(negative.text == "(18)");
    REQUIRE(negative.span.pieces.size() == 2);
    CHECK(text_of(source, negative.span) == "(18)");
    Range range = source.range(negative.span);
    CHECK(range.begin == Position{88, 3});
    CHECK(range.end == Position{88, 10});
    CHECK(source.range({0, negative.span.pieces[1].begin, negative.span.pieces[1].end, {}}).begin ==
          Position{88, 9});
    CHECK(cell_text(other, 1) == "12");

    const Table& balance = doc.tables[1];
    REQUIRE(balance.columns.size() == 2);
    CHECK(balance.columns[0].header == "June 30, 2005");
    CHECK(balance.columns[1].header == "December 31, 2004");
    CHECK(balance.scale.exponent == 3);
    CHECK_FALSE(balance.scale.per_share_exempt);
    CHECK(row_labelled(balance, "ASSETS").kind == RowKind::caption);
    CHECK(row_labelled(balance, "Current assets:").kind == RowKind::section);
    CHECK(cell_text(row_labelled(balance, "Total current assets"), 0) == "32,856");
    // Labels read with their references decoded; their spans keep the bytes as printed.
    const Row& equity = row_labelled(balance, "Total stockholders\xE2\x80\x99 equity");
    CHECK(text_of(source, equity.label_spans.at(0)) == "Total stockholders&rsquo; equity");
    CHECK(cell_text(row_labelled(balance, "Accumulated deficit"), 1) == "(4,807)");
}

TEST_CASE("pipe tables: prose decodes references and keeps them located, bullets are list items") {
    SourceFile source = decode_source("release_pipe.txt", fixture("release_pipe.txt"));
    Document doc = read_document(source, rules().vocabulary);
    auto block_starting = [&](std::string_view start) -> const TextBlock& {
        auto it = std::find_if(doc.blocks.begin(), doc.blocks.end(), [&](const TextBlock& b) {
            return b.content.text.rfind(start, 0) == 0;
        });
        REQUIRE_MESSAGE(it != doc.blocks.end(), start);
        return *it;
    };
    const TextBlock& lead = block_starting("PORTLAND");
    CHECK(lead.content.text ==
          "PORTLAND, Ore. \xE2\x80\x93 Marrowind Instruments Inc. today reported net sales of "
          "$27.4 million for the second quarter of 2005, up 10% from $24.9 million a year ago.");
    size_t dash = lead.content.text.find("\xE2\x80\x93");
    Span entity = lead.content.span_of(source, dash, dash + 3);
    CHECK(text_of(source, entity) == "&ndash;");
    CHECK(source.range(entity) == Range{{11, 16}, {11, 23}});
    size_t million = lead.content.text.find("$24.9");
    CHECK(text_of(source, lead.content.span_of(source, million, million + 5)) == "$24.9");

    const TextBlock& bullet = block_starting("Gross profit was");
    CHECK(bullet.kind == BlockKind::list_item);
    CHECK(bullet.content.text ==
          "Gross profit was $11.2 million, compared with $10.0 million in the second quarter "
          "of 2004.");
    CHECK(block_starting("Net income was").kind == BlockKind::list_item);
    const TextBlock& quote = block_starting(
        "\xE2\x80\x9C"
        "Demand");
    CHECK(quote.kind == BlockKind::quotation);
    CHECK(quote.content.text.find("company\xE2\x80\x99s chief") != std::string::npos);
    // No cell of a table is read as prose.
    for (const auto& block : doc.blocks) CHECK(block.content.text.find('|') == std::string::npos);
}

TEST_CASE("pipe tables: the sniffer takes converted text and nothing else") {
    const Reader* pipes = find_reader("pipe-tables");
    REQUIRE(pipes != nullptr);
    CHECK(readers().front() == pipes);
    namespace fs = std::filesystem;
    fs::path root = CROSSFOOT_SOURCE_DIR;
    std::vector<fs::path> plain;
    for (const char* dir : {"fixtures/seeds", "fixtures/corpus", "fixtures/rules",
                            "fixtures/layouts", "tests/data/vocabulary", "tests/data/config"}) {
        for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
            if (entry.path().extension() == ".txt") plain.push_back(entry.path());
        }
    }
    plain.push_back(root / "fixtures/readers/release.txt");
    CHECK(plain.size() > 60);
    for (const auto& path : plain) {
        SourceFile source = decode_source(path.string(), read_file_bytes(path.string(), 1 << 22));
        CHECK_MESSAGE(!pipes->sniff(source.text.substr(0, size_t{64} << 10)), path.string());
        CHECK_MESSAGE(reader_for(source).name == "edgar-text", path.string());
    }
    for (const fs::path& path : {root / "fixtures/readers/release_pipe.txt",
                                 root / "tests/data/converted/ALMR_2026Q2_earnings_conv.txt"}) {
        SourceFile source = decode_source(path.string(), read_file_bytes(path.string(), 1 << 22));
        CHECK_MESSAGE(reader_for(source).name == "pipe-tables", path.string());
    }
    CHECK_FALSE(pipes->sniff("Revenue | |\n| 1,234 | |\n"));  // a few lines are not enough
    CHECK_FALSE(pipes->sniff(""));
}

TEST_CASE("pipe tables: one release in both formats verifies the same relations") {
    std::string plain = fixture("release.txt");
    std::string pipes = fixture("release_pipe.txt");
    FileReport a = check_bytes("release.txt", plain, rules());
    FileReport b = check_bytes("release_pipe.txt", pipes, rules());
    CHECK(a.diagnostics.empty());
    CHECK(b.diagnostics.empty());
    CHECK(a.checks.size() >= 24);
    for (const auto& c : b.checks) CHECK(c.passed);
    CHECK(verified(a) == verified(b));
    std::set<std::string> rules_seen;
    for (const auto& c : b.checks) rules_seen.insert(c.rule);
    rules_seen.erase("narrative-tie");
    CHECK(rules_seen == std::set<std::string>{"balance-sheet", "eps-basic", "eps-diluted",
                                              "footing", "gross-profit", "net-income",
                                              "operating-income"});

    SUBCASE("a planted wrong total fails the same relations with the same figures") {
        FileReport a2 = check_bytes("release.txt", replace_once(plain, "8,748", "8,848"), rules());
        FileReport b2 =
            check_bytes("release_pipe.txt", replace_once(pipes, "8,748", "8,848"), rules());
        CHECK(findings(a2) == findings(b2));
        CHECK(verified(a2) == verified(b2));
        CHECK(findings(b2) ==
              std::multiset<std::string>{"footing error found 8,848 expected 8,748",
                                         "operating-income error found 2,437 expected 2,337"});
    }
    SUBCASE("a wrong split negative is found in both") {
        FileReport a2 =
            check_bytes("release.txt", replace_once(plain, "(4,206)", "(4,306)"), rules());
        FileReport b2 = check_bytes(
            "release_pipe.txt", replace_once(pipes, "| (4,206 | ) |", "| (4,306 | ) |"), rules());
        REQUIRE_FALSE(b2.diagnostics.empty());
        CHECK(findings(a2) == findings(b2));
        CHECK(verified(a2) == verified(b2));
    }
}

TEST_CASE("pipe tables: a title far above, rows of negatives, rows on one line are not guessed") {
    const Reader& pipes = *find_reader("pipe-tables");
    // The first row prints only split negatives: it is data, not a heading.
    std::string text = "CONSOLIDATED STATEMENTS OF OPERATIONS\n\n\n(In thousands)\n" +
                       std::string(12, '\n') +
                       "Net loss | |\n| (617 | ) | |\n| (1,204 | ) | |\n\n"
                       "Other | |\n| 17 | | |\n| (4 | ) | |\n\n"
                       "Total loss | |\n| (600 | ) | |\n| (1,208 | ) | |\n";
    SourceFile source = decode_source("t.txt", text);
    Document doc = pipes.read(source, rules().vocabulary);
    REQUIRE(doc.tables.size() == 1);
    // Converted text keeps the page's vertical space: the title stands well above the table.
    CHECK(doc.tables[0].title.size() == 2);
    CHECK(doc.tables[0].scale.exponent == 3);
    REQUIRE(doc.tables[0].rows.size() == 3);
    CHECK(doc.tables[0].rows[0].kind == RowKind::data);
    CHECK(cell_text(doc.tables[0].rows[0], 1) == "(1,204)");
    CHECK(cell_text(doc.tables[0].rows[1], 1) == "(4)");

    // A title right above the headings, no blank line between: the title, not a label.
    SourceFile tight =
        decode_source("v.txt",
                      "CONDENSED STATEMENTS OF INCOME\n(In millions)\n| |\n2026 | | |\n2025 | |\n\n"
                      "Revenue | |\n| 5 | | |\n| 4 | |\n\nCost | |\n| 1 | | |\n| 1 | |\n");
    Document titled = pipes.read(tight, rules().vocabulary);
    REQUIRE(titled.tables.size() == 1);
    CHECK(titled.tables[0].title.size() == 2);
    CHECK(titled.tables[0].scale.exponent == 6);
    CHECK(titled.tables[0].columns.at(0).header == "2026");
    CHECK(titled.tables[0].rows.front().label == "Revenue");
    CHECK(titled.blocks.size() == 2);

    // Another converted layout prints a row on one line; which cell is which column is not
    // printed, so no table is read from it, and its figures are not prose either.
    std::string one_line =
        "Net revenue | | $ | 11,536 | | | $ | 7,685 | |\n"
        "Cost of sales | | 5,073 | | | 4,366 | |\n"
        "Gross margin | | 54 | % | | 40 | % |\n";
    SourceFile other = decode_source("u.txt", one_line);
    Document none = pipes.read(other, rules().vocabulary);
    CHECK(none.tables.empty());
    CHECK(none.blocks.empty());
}

TEST_CASE("pipe tables: HTML references decode to UTF-8, unknown ones stay as printed") {
    using detail::decode_entities;
    CHECK(decode_entities("AOI&rsquo;s") == "AOI\xE2\x80\x99s");
    CHECK(decode_entities("2026 &#8212; 2027") == "2026 \xE2\x80\x94 2027");
    CHECK(decode_entities("&#x2014;&amp;&middot;") == "\xE2\x80\x94&\xC2\xB7");
    CHECK(decode_entities("R&D &unknown; &#xZZ; &#0; &") == "R&D &unknown; &#xZZ; &#0; &");
    REQUIRE(detail::entity_at("&ndash; text"));
    CHECK(detail::entity_at("&ndash; text")->length == 7);

    // Located: each reference stands for its bytes, the rest is verbatim.
    SourceFile source = decode_source("e.txt", "Q2&rsquo;s margin &#8212; 27.7%\n");
    LocatedTextBuilder out(source);
    detail::append_decoded(out, source.text, 0, source.lines[0].size());
    LocatedText text = out.finish();
    CHECK(text.text == "Q2\xE2\x80\x99s margin \xE2\x80\x94 27.7%");
    size_t dash = text.text.find("\xE2\x80\x94");
    CHECK(text_of(source, text.span_of(source, dash, dash + 3)) == "&#8212;");
    size_t figure = text.text.find("27.7%");
    CHECK(text_of(source, text.span_of(source, figure, figure + 5)) == "27.7%");
}

TEST_CASE("pipe tables: a line opening with a bullet is a list item of its own") {
    // Highlights as converted: one bullet a line, no full stops. Each is its own list item, so
    // no check pairs a figure of one bullet with a figure of the next.
    std::string text =
        "Second Quarter Highlights\n"
        "\xE2\x80\xA2 Total net revenue of $3.5 billion, increased $246 million, up 7.5% year over "
        "year\n"
        "\xE2\x80\xA2 U.S. net revenue of $3.1 billion, increased $251 million, up 8.7% year over "
        "year\n"
        "\xE2\x80\xA2 Diluted loss per share was $0.01\n";
    SourceFile source = decode_source("bullets.txt", text);
    const Reader& pipes = *find_reader("pipe-tables");
    Document doc = pipes.read(source, rules().vocabulary);
    size_t items = 0;
    for (const auto& block : doc.blocks) {
        if (block.kind != BlockKind::list_item) continue;
        ++items;
        CHECK(block.content.text.find("\xE2\x80\xA2") == std::string::npos);
        bool item_text = block.content.text.find("net revenue") != std::string::npos ||
                         block.content.text.find("Diluted") != std::string::npos;
        CHECK(item_text);
    }
    CHECK(items == 3);
    DocumentFacts facts = extract_facts(doc, rules().concepts, rules().vocabulary);
    FileReport report;
    report.sources.push_back(std::make_shared<SourceFile>(decode_source("bullets.txt", text)));
    run_rules(facts, rules(), report);
    for (const auto& d : report.diagnostics) FAIL_CHECK("unexpected finding: " << d.message);
}

TEST_CASE("pipe tables: a dash spelt as a reference, n/a and nm are nil cells, not unreadable") {
    std::string text = replace_once(fixture("release_pipe.txt"), "Total operating expenses | |",
                                    "Restructuring | |\n| &mdash; | | |\n| n/a | |\n\n\n"
                                    "Total operating expenses | |");
    SourceFile source = decode_source("nil.txt", text);
    Document doc = read_document(source, rules().vocabulary);
    REQUIRE(!doc.tables.empty());
    const Row& restructuring = row_labelled(doc.tables[0], "Restructuring");
    CHECK(restructuring.kind == RowKind::data);
    CHECK(cell_text(restructuring, 0) == "&mdash;");
    CHECK(cell_text(restructuring, 1) == "n/a");
    FileReport report = check_bytes("nil.txt", text, rules());
    CHECK(findings(report).empty());
    // The operating expenses still foot, with the nil items among them.
    bool footed = std::any_of(report.checks.begin(), report.checks.end(), [](const auto& c) {
        return c.rule == "footing" && c.passed && c.operands.size() == 4 &&
               c.operands[2].text == "&mdash;";
    });
    CHECK(footed);
}
