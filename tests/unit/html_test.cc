// The HTML reader: what it reads, what it leaves to the other readers, that a release checks
// the same in HTML as in plain text, and that malformed or hostile pages end in a reading or a
// one-line error, never a crash, a hang or a stack overflow.
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
#include "document/html_tree.h"
#include "support.h"

using namespace crossfoot;

namespace {

std::string fixture(const std::string& path) {
    return read_file_bytes(std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/" + path, 1 << 22);
}

const Row& row_labelled(const Table& table, std::string_view label) {
    auto it = std::find_if(table.rows.begin(), table.rows.end(),
                           [&](const Row& r) { return r.label == label; });
    REQUIRE_MESSAGE(it != table.rows.end(), label);
    return *it;
}

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

Document read_html(const SourceFile& source) {
    const Reader* html = find_reader("html");
    REQUIRE(html != nullptr);
    return html->read(source, rules().vocabulary);
}

std::string repeated(std::string_view s, size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (size_t i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("html: the release is read as tables and prose, every figure at its bytes") {
    SourceFile source = decode_source("release.htm", fixture("readers/release_html.htm"));
    CHECK(reader_for(source).name == "html");
    Document doc = read_document(source, rules().vocabulary);
    // The table hidden by CSS is not read; the layout table around the statements is not one.
    REQUIRE(doc.tables.size() == 2);
    const Table& income = doc.tables[0];
    REQUIRE(income.columns.size() == 2);
    // A heading spread over two rows with colspan, <br> inside.
    CHECK(income.columns[0].header == "Three Months Ended June 30, 2005");
    CHECK(income.columns[1].header == "Three Months Ended June 30, 2004");
    CHECK(income.scale.exponent == 3);
    CHECK(income.scale.per_share_exempt);
    REQUIRE(!income.title.empty());
    // A short line a <br> ends is a line of its own.
    REQUIRE(income.title.size() >= 3);
    CHECK(income.title[0].text == "MARROWIND INSTRUMENTS INC.");
    CHECK(income.title[1].text == "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS");
    // "$" in a cell of its own, after a spacer cell: one figure of two pieces.
    const Row& sales = row_labelled(income, "Net sales");
    REQUIRE(sales.cells[0]);
    CHECK(sales.cells[0]->text == "$27,418");
    CHECK(source.text_of(sales.cells[0]->span) == "$27,418");
    // "(18" | ")": a negative figure split across two cells.
    const Cell& negative = *row_labelled(income, "Other income (expense), net").cells[0];
    CHECK(negative.text == "(18)");
    REQUIRE(negative.span.pieces.size() == 2);
    CHECK(source.range(negative.span).begin == Position{36, 83});
    CHECK(source.range(negative.span).end == Position{36, 96});
    // Borders under figure cells are rules.
    auto rules_in = [](const Table& t) {
        return std::count_if(t.rows.begin(), t.rows.end(),
                             [](const Row& r) { return r.kind == RowKind::single_rule; });
    };
    CHECK(rules_in(income) == 3);
    const Table& balance = doc.tables[1];
    CHECK(balance.columns[0].header == "June 30, 2005");
    CHECK(balance.scale.exponent == 3);
    CHECK(row_labelled(balance, "Current assets:").kind == RowKind::section);
}

TEST_CASE(
    "html: prose keeps entities located; bullets in cells are list items; hidden text and "
    "scripts are not read") {
    SourceFile source = decode_source("release.htm", fixture("readers/release_html.htm"));
    Document doc = read_html(source);
    auto block_starting = [&](std::string_view start) -> const TextBlock& {
        auto it = std::find_if(doc.blocks.begin(), doc.blocks.end(), [&](const TextBlock& b) {
            return b.content.text.rfind(start, 0) == 0;
        });
        REQUIRE_MESSAGE(it != doc.blocks.end(), start);
        return *it;
    };
    const TextBlock& lead = block_starting("PORTLAND");
    CHECK(lead.content.text ==
          "PORTLAND, Ore. \xE2\x80\x94 Marrowind Instruments Inc. today reported net sales of "
          "$27.4 million for the second quarter of 2005, up 10% from $24.9 million a year ago.");
    size_t dash = lead.content.text.find("\xE2\x80\x94");
    CHECK(source.text_of(lead.content.span_of(source, dash, dash + 3)) == "&#8212;");
    CHECK(block_starting("Marrowind Instruments Reports").kind == BlockKind::heading);
    CHECK(block_starting("Gross profit was").kind == BlockKind::list_item);
    CHECK(block_starting("Net income was").kind == BlockKind::list_item);
    CHECK(block_starting("\xE2\x80\x9C"
                         "Demand")
              .kind == BlockKind::quotation);
    for (const auto& block : doc.blocks) {
        CHECK(block.content.text.find("99.9") == std::string::npos);
        CHECK(block.content.text.find("var ") == std::string::npos);
    }
}

TEST_CASE("html: one release in HTML and in plain text verifies the same relations") {
    std::string plain = fixture("readers/release.txt");
    std::string page = fixture("readers/release_html.htm");
    FileReport a = check_bytes("release.txt", plain, rules());
    FileReport b = check_bytes("release.htm", page, rules());
    CHECK(b.diagnostics.empty());
    CHECK(a.checks.size() == 25);
    CHECK(verified(a) == verified(b));
    SUBCASE("a planted wrong total fails the same way") {
        FileReport a2 = check_bytes("release.txt", replace_once(plain, "8,748", "8,848"), rules());
        FileReport b2 = check_bytes("release.htm", replace_once(page, "8,748", "8,848"), rules());
        CHECK(!findings(b2).empty());
        CHECK(findings(a2) == findings(b2));
        CHECK(verified(a2) == verified(b2));
    }
    SUBCASE("a planted wrong negative split across cells fails the same way") {
        FileReport a2 =
            check_bytes("release.txt", replace_once(plain, "(4,206)", "(4,306)"), rules());
        FileReport b2 =
            check_bytes("release.htm", replace_once(page, ">(4,206<", ">(4,306<"), rules());
        CHECK(!findings(b2).empty());
        CHECK(findings(a2) == findings(b2));
    }
}

TEST_CASE("html: seed 001 rendered as HTML finds and verifies what the text seed does") {
    FileReport text = check_bytes("001.txt", fixture("seeds/001_bacc9e5458d3a0ba.txt"), rules());
    FileReport page = check_bytes("seed001.htm", fixture("formats/seed001.htm"), rules());
    // The count the text seed's golden states: "1 error, 0 warnings, 54 relations checked".
    std::string golden = fixture("seeds/001_bacc9e5458d3a0ba.text.golden");
    size_t end = golden.find(" relations checked");
    REQUIRE(end != std::string::npos);
    size_t begin = golden.rfind(' ', end - 1) + 1;
    CHECK(std::to_string(page.checks.size()) == golden.substr(begin, end - begin));
    CHECK(text.checks.size() == page.checks.size());
    CHECK(verified(text) == verified(page));
    CHECK(findings(text) == findings(page));
    REQUIRE(page.diagnostics.size() == 1);
    CHECK(page.sources.front()->range(page.diagnostics[0].span).begin == Position{133, 55});
}

TEST_CASE("html: the sniffer takes pages, and no plain-text or converted fixture") {
    const Reader* html = find_reader("html");
    REQUIRE(html != nullptr);
    namespace fs = std::filesystem;
    fs::path root = CROSSFOOT_SOURCE_DIR;
    size_t seen = 0;
    for (const char* dir : {"fixtures/seeds", "fixtures/corpus", "fixtures/rules",
                            "fixtures/layouts", "fixtures/readers", "tests/data"}) {
        for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
            if (entry.path().extension() != ".txt") continue;
            std::string bytes = read_file_bytes(entry.path().string(), 1 << 22);
            if (!non_text_reason(bytes).empty()) continue;
            SourceFile source = decode_source(entry.path().string(), bytes);
            CHECK_MESSAGE(!html->sniff(source.text.substr(0, size_t{64} << 10)),
                          entry.path().string());
            ++seen;
        }
    }
    CHECK(seen > 60);
    for (const char* page : {"formats/seed001.htm", "readers/release_html.htm"})
        CHECK_MESSAGE(html->sniff(fixture(page)), page);
    CHECK(html->sniff("<div>Net sales were $1 million.</div>"));
    CHECK(html->sniff("<TABLE><TR><TD>Revenue<TD>1,234</TABLE>"));
    CHECK_FALSE(html->sniff("<TABLE>\n<S>    <C>\nRevenue    1,234\n</TABLE>\n"));
}

TEST_CASE("html: an opening parenthesis in a cell of its own opens the figure after it") {
    SourceFile source = decode_source(
        "open.htm",
        "<table><tr><td>Sales<td><td>$<td>1,234<td><tr><td>Returns<td><td>(<td>234<td>)"
        "<tr><td>Net sales<td><td>$<td>1,000<td></table>");
    Document doc = read_html(source);
    REQUIRE(doc.tables.size() == 1);
    const Cell& returns = *row_labelled(doc.tables[0], "Returns").cells.at(0);
    CHECK(returns.text == "(234)");
    CHECK(source.text_of(returns.span) == "(234)");
}

TEST_CASE("html: an EDGAR submission is read from the HTML bodies of its documents") {
    std::string page = fixture("readers/release_html.htm");
    std::string submission =
        "<SEC-DOCUMENT>0000000000-26-000001.txt : 20260714\n<SEC-HEADER>\n"
        "CONFORMED PERIOD OF REPORT:\t20260714\nFILED AS OF DATE:\t\t20260714\n</SEC-HEADER>\n"
        "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex991.htm\n<TEXT>\n" +
        page +
        "</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99.2\n<TEXT>\n<PAGE>\n"
        "Net sales        1,234\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
    SourceFile source = decode_source("submission.txt", submission);
    CHECK(reader_for(source).name == "html");
    Document doc = read_document(source, rules().vocabulary);
    REQUIRE(doc.tables.size() == 2);
    for (const auto& block : doc.blocks) {
        CHECK(block.content.text.find("CONFORMED") == std::string::npos);
        CHECK(block.content.text.find("EX-99") == std::string::npos);
    }
    // Located in the submission, below the ten lines of its wrapper.
    const Cell& sales = *row_labelled(doc.tables[0], "Net sales").cells[0];
    CHECK(source.range(sales.span).begin == Position{27 + 10, 42});
    FileReport report = check_bytes("submission.txt", submission, rules());
    CHECK(verified(report) == verified(check_bytes("release.htm", page, rules())));
}

TEST_CASE("html: plain text in a submission or a <pre> is read by the plain-text reader") {
    std::string text = fixture("formats/pass-submission-plain-text.htm");
    SourceFile source = decode_source("submission.htm", text);
    CHECK(reader_for(source).name == "html");
    Document doc = read_document(source, rules().vocabulary);
    REQUIRE(doc.tables.size() == 2);
    // The <pre> of the HTML document, then the plain-text exhibit, in document order, each
    // figure at its line and column in the submission.
    const Cell& backlog = *row_labelled(doc.tables[0], "Total backlog").cells.at(0);
    CHECK(source.range(backlog.span).begin.line == 26);
    CHECK(source.text_of(backlog.span).find("3,545") != std::string::npos);
    const Cell& assets = *row_labelled(doc.tables[1], "Total current assets").cells.at(0);
    CHECK(source.range(assets.span).begin.line == 52);
    CHECK(doc.tables[1].scale.exponent == 6);
    for (const auto& block : doc.blocks)
        CHECK(block.content.text.find("<TYPE>") == std::string::npos);
    FileReport report = check_bytes("submission.htm", text, rules());
    CHECK(report.diagnostics.empty());
    size_t footings = std::count_if(report.checks.begin(), report.checks.end(),
                                    [](const auto& c) { return c.rule == "footing" && c.passed; });
    CHECK(footings == 4);
    // A total planted wrong in the plain-text exhibit is found there.
    FileReport planted =
        check_bytes("submission.htm", replace_once(text, "$     3,065", "$     3,056"), rules());
    REQUIRE(planted.diagnostics.size() == 1);
    CHECK(planted.diagnostics[0].rule == "footing");
}

TEST_CASE("html: a whole page on one line keeps its columns") {
    // A newline in HTML is a space: the same page with every newline a space is on one line.
    std::string page = fixture("readers/release_html.htm");
    std::replace(page.begin(), page.end(), '\n', ' ');
    FileReport one_line = check_bytes("release.htm", page, rules());
    FileReport lines = check_bytes("release.htm", fixture("readers/release_html.htm"), rules());
    CHECK(verified(one_line) == verified(lines));
    SourceFile source = decode_source("one.htm", page);
    Document doc = read_html(source);
    REQUIRE(doc.tables.size() == 2);
    const Cell& sales = *row_labelled(doc.tables[0], "Net sales").cells[0];
    Range range = source.range(sales.span);
    CHECK(range.begin.line == 1);
    CHECK(page.substr(static_cast<size_t>(range.begin.column - 1), 1) == "$");
}

TEST_CASE("html: hostile pages are read or refused in one line, in bounded time and memory") {
    SUBCASE("10,000 nested <div>s are refused by name") {
        SourceFile source = decode_source("deep.htm", repeated("<div>", 10000) + "1,234");
        try {
            (void)read_html(source);
            FAIL("no error");
        } catch (const ToolError& e) {
            CHECK(e.path() == "deep.htm");
            CHECK(std::string(e.what()).find("nest deeper than 4096") != std::string::npos);
        }
    }
    SUBCASE("10,000 nested tables are refused too") {
        SourceFile source = decode_source("deep.htm", repeated("<table><tr><td>", 10000));
        CHECK_THROWS_AS((void)read_html(source), ToolError);
    }
    SUBCASE("nesting just under the limit is read without recursion") {
        std::string page = repeated("<div>", detail::kMaxHtmlNesting - 1) +
                           "<table><tr><td>Sales<td>1,234<tr><td>Costs<td>234</table>";
        SourceFile source = decode_source("deep.htm", page);
        CHECK(read_html(source).tables.size() == 1);
    }
    SUBCASE("unclosed <p> and <td> do not count as nesting") {
        CHECK(detail::tag_nesting(repeated("<p>x<td>1<br>", 20000)) == 0);
        CHECK(detail::tag_nesting("<div><div></div><div/><div>") == 2);
    }
    SUBCASE("a page larger than 64 MiB is refused before it is parsed") {
        SourceFile source;
        source.path = "huge.htm";
        source.text.assign(detail::kMaxHtmlBytes + 1, ' ');
        CHECK_THROWS_WITH_AS((void)read_html(source), "cannot be read as HTML: larger than 64 MiB",
                             ToolError);
    }
    SUBCASE("an enormous attribute") {
        std::string page =
            "<p title=\"" + std::string(size_t{8} << 20, 'x') + "\">Net sales were $5 million.</p>";
        SourceFile source = decode_source("attr.htm", page);
        Document doc = read_html(source);
        REQUIRE(doc.blocks.size() == 1);
        CHECK(doc.blocks[0].content.text == "Net sales were $5 million.");
    }
    SUBCASE("a row of 300,000 cells is read as text, not laid out") {
        std::string page = "<table><tr><td>Sales" + repeated("<td>1", 300000) + "</table>";
        SourceFile source = decode_source("wide.htm", page);
        CHECK(read_html(source).tables.empty());
    }
    SUBCASE("a colspan of a billion is capped") {
        SourceFile source = decode_source(
            "span.htm", "<table><tr><td colspan=999999999999>x<td>1<tr><td>y<td>2</table>");
        CHECK_NOTHROW((void)read_html(source));
    }
    SUBCASE("truncated pages") {
        std::string page = fixture("readers/release_html.htm");
        for (size_t cut :
             {size_t{1}, size_t{100}, page.size() / 3, page.size() / 2, page.size() - 9}) {
            SourceFile source = decode_source("cut.htm", page.substr(0, cut));
            CHECK_NOTHROW((void)read_html(source));
        }
    }
}
