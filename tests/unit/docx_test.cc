// Word documents: what the ingest stage reads of a .docx (runs, tracked changes, fields, tables,
// footnotes), where every line stands in it, that the seed checks the same as a Word document
// as it does as text, and that a bad or hostile file is refused with one plain message.
#include "crossfoot/docx.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "crossfoot/engine.h"
#include "crossfoot/ingest.h"
#include "crossfoot/reader.h"
#include "crossfoot/rule_set.h"
#include "support.h"

using namespace crossfoot;

namespace {

std::string source_file(const std::string& relative) {
    return read_file_bytes(std::string(CROSSFOOT_SOURCE_DIR) + "/" + relative, 1 << 22);
}

std::string formats(const std::string& name) { return source_file("fixtures/formats/" + name); }

std::string body(const std::string& inner) {
    return "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
           "<w:body>" +
           inner + "</w:body></w:document>";
}

std::vector<std::string> lines_of(const SourceFile& source) {
    return {source.lines.begin(), source.lines.end()};
}

// The message a bad input is refused with.
std::string refusal(const std::string& bytes, const DocxLimits& limits = {}) {
    try {
        (void)read_docx("bad.docx", bytes, limits);
    } catch (const ToolError& e) {
        CHECK(e.path() == "bad.docx");
        return e.what();
    }
    return "read";
}

std::string xml_refusal(const std::string& xml, const DocxLimits& limits = {}) {
    try {
        (void)read_wordprocessing_xml("bad.docx", xml, "", limits);
    } catch (const ToolError& e) {
        return e.what();
    }
    return "read";
}

std::multiset<std::string> findings(const FileReport& report) {
    std::multiset<std::string> out;
    for (const auto& d : report.diagnostics)
        out.insert(d.rule + " " + std::string(severity_name(d.severity)) + ": " + d.message);
    return out;
}

}  // namespace

TEST_CASE("docx: runs join, tracked insertions count, deletions and field codes do not") {
    SourceFile s = read_wordprocessing_xml(
        "t.docx",
        body("<w:p><w:r><w:t>Net sales of $12,</w:t></w:r><w:r><w:t>000</w:t></w:r>"
             "<w:ins w:id=\"1\"><w:r><w:t xml:space=\"preserve\"> thousand</w:t></w:r></w:ins>"
             "<w:del w:id=\"2\"><w:r><w:delText> (was $9,000)</w:delText></w:r></w:del>"
             "<w:r><w:t>.</w:t></w:r></w:p>"
             "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE "
             "</w:instrText></w:r><w:r><w:t>July 14</w:t></w:r><w:r><w:tab/><w:t>a</w:t><w:br/>"
             "<w:t>b</w:t></w:r><w:fldSimple w:instr=\"PAGE\"><w:r><w:t> 3</w:t></w:r>"
             "</w:fldSimple></w:p>"
             "<w:p/><w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Results</w:t>"
             "</w:r></w:p><w:p><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r>"
             "<w:t>An item</w:t></w:r></w:p>"),
        "<w:footnotes xmlns:w=\"x\"><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r>"
        "<w:t>rule</w:t></w:r></w:p></w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:t>Unaudited."
        "</w:t></w:r></w:p></w:footnote></w:footnotes>");
    CHECK(lines_of(s) == std::vector<std::string>{"Net sales of $12,000 thousand.",
                                                  "July 14\ta b 3", "Results", "An item",
                                                  "Unaudited."});
    REQUIRE(s.places.size() == 5);
    CHECK(s.places[0].kind == LinePlace::Kind::paragraph);
    CHECK(s.places[2].kind == LinePlace::Kind::heading);
    CHECK(s.places[3].kind == LinePlace::Kind::list_item);
    CHECK(s.places[4].kind == LinePlace::Kind::footnote);
    // Empty paragraphs make no line but keep their number: Word counts them.
    CHECK(s.place(s.line_offset(2)) == "paragraph 4");
    CHECK(s.place(s.line_offset(4)) == "footnote 1");
    CHECK(s.range(s.span(s.line_offset(1) + 3, s.line_offset(1) + 5)) == Range{{2, 4}, {2, 6}});

    Document doc = read_document(s, rules().vocabulary);
    REQUIRE(doc.blocks.size() == 5);
    CHECK(doc.blocks[2].kind == BlockKind::heading);
    CHECK(doc.blocks[3].kind == BlockKind::list_item);
    CHECK(doc.blocks[4].kind == BlockKind::footnote);
}

TEST_CASE("docx: a table row is one line, spanned and merged cells keep their places") {
    auto tc = [](const std::string& text, const std::string& props = "") {
        return "<w:tc>" + (props.empty() ? "" : "<w:tcPr>" + props + "</w:tcPr>") + "<w:p>" +
               (text.empty() ? "" : "<w:r><w:t>" + text + "</w:t></w:r>") + "</w:p></w:tc>";
    };
    std::string span3 = "<w:gridSpan w:val=\"3\"/>";
    SourceFile s =
        read_wordprocessing_xml("t.docx",
                                body("<w:p><w:r><w:t>(in thousands)</w:t></w:r></w:p><w:tbl>"
                                     "<w:tr>" +
                                     tc("") + tc("2026", span3) + tc("2025", span3) +
                                     "</w:tr>"
                                     "<w:tr>" +
                                     tc("Cash", "<w:vMerge w:val=\"restart\"/>") + tc("$") +
                                     tc("(38,118") + tc(")") + tc("") + tc("12") + tc("") +
                                     "</w:tr>"
                                     "<w:tr>" +
                                     tc("Cash again", "<w:vMerge/>") + tc("") + tc("5") + tc("") +
                                     tc("") + tc("9") + tc("") + "</w:tr></w:tbl>"),
                                "");
    CHECK(lines_of(s) == std::vector<std::string>{"(in thousands)", " | 2026 | 2025",
                                                  "Cash | $ | (38,118 | ) |  | 12 | ",
                                                  " |  | 5 |  |  | 9 | "});
    CHECK(s.places[1].grid == std::vector<std::uint32_t>{0, 1, 4, 7});
    size_t row2 = s.line_offset(2);
    CHECK(s.place(s.original_offset(row2 + 11)) == "table 1, row 2, cell 3");
    CHECK(s.place(s.original_offset(row2)) == "table 1, row 2, cell 1");

    Document doc = read_document(s, rules().vocabulary);
    REQUIRE(doc.tables.size() == 1);
    const Table& table = doc.tables[0];
    CHECK(table.scale.exponent == 3);
    REQUIRE(table.columns.size() == 2);
    CHECK(table.columns[0].header == "2026");
    CHECK(table.columns[1].header == "2025");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].label == "Cash");
    // "$", "(38,118" and ")" in three cells are one figure, located in all three.
    REQUIRE(table.rows[0].cells[0]);
    CHECK(table.rows[0].cells[0]->text == "$(38,118)");
    CHECK(s.text_of(table.rows[0].cells[0]->span) == "$(38,118)");
    CHECK(table.rows[0].cells[0]->span.pieces.size() == 3);
    REQUIRE(table.rows[0].cells[1]);
    CHECK(table.rows[0].cells[1]->text == "12");
    // The merged cell shows its label once.
    CHECK(table.rows[1].label.empty());
    REQUIRE(table.rows[1].cells[1]);
    CHECK(table.rows[1].cells[1]->text == "9");
}

TEST_CASE("docx: the seed as a Word document finds and verifies what the text finds") {
    std::string text = source_file("fixtures/seeds/001_bacc9e5458d3a0ba.txt");
    std::string word = formats("seed001.docx");
    CHECK(detect_format("seed001.docx", word) == InputFormat::docx);
    CHECK(detect_format("renamed.bin", word) == InputFormat::docx);  // by content
    FileReport a = check_bytes("001.txt", text, rules());
    FileReport b = check_bytes("seed001.docx", word, rules());
    REQUIRE_FALSE(b.skipped);
    CHECK(findings(a) == findings(b));
    CHECK(verified(a) == verified(b));
    CHECK(b.checks.size() > 40);
    // The tracked insertion is inside a figure and the deletion before one: were either read
    // wrong, a total would not foot. The page header's figure is not read.
    CHECK(b.sources.front()->text.find("99,999") == std::string::npos);
    CHECK(b.sources.front()->text.find("MMMM") == std::string::npos);  // the field code
}

TEST_CASE("docx: the seed saved again by LibreOffice checks the same") {
    // LibreOffice writes its own WordprocessingML (run properties, revision ids, its tables).
    std::string text = source_file("fixtures/seeds/001_bacc9e5458d3a0ba.txt");
    FileReport a = check_bytes("001.txt", text, rules());
    FileReport b =
        check_bytes("seed001-libreoffice.docx", formats("seed001-libreoffice.docx"), rules());
    REQUIRE_FALSE(b.skipped);
    CHECK(findings(a) == findings(b));
    CHECK(verified(a) == verified(b));
}

TEST_CASE("docx: a footing slip is found in its table, row and cell, the passing case holds") {
    FileReport fail = check_bytes("fail-footing.docx", formats("fail-footing.docx"), rules());
    REQUIRE(fail.diagnostics.size() == 1);
    const Diagnostic& d = fail.diagnostics.front();
    CHECK(d.rule == "footing");
    CHECK(fail.sources.front()->place(d.span.begin) == "table 1, row 6, cell 3");
    CHECK(fail.sources.front()->text_of(d.span) == "13,429");
    FileReport pass = check_bytes("pass-footing.docx", formats("pass-footing.docx"), rules());
    CHECK(pass.diagnostics.empty());
    REQUIRE_FALSE(pass.checks.empty());
    for (const auto& c : pass.checks) CHECK(c.passed);
}

TEST_CASE("docx: bad and hostile files are refused with one message naming the part") {
    CHECK(refusal(formats("bad/truncated.docx")) ==
          "not a readable Word document: the zip archive is damaged or truncated");
    CHECK(refusal("PK\x03\x04 not really a zip") ==
          "not a readable Word document: the zip archive is damaged or truncated");
    CHECK(refusal(formats("bad/no-document.docx")) ==
          "not a Word document: the zip archive has no word/document.xml");
    CHECK(refusal(formats("bad/zip-bomb.docx")) ==
          "word/document.xml expands more than 100 times: refused as a zip bomb");
    CHECK(refusal(formats("bad/deep-nesting.docx")) ==
          "word/document.xml nests elements deeper than 256");
    CHECK(refusal(formats("bad/huge-span.docx")) ==
          "table 1 of word/document.xml has a row of more than 1024 cells");
    CHECK(refusal(formats("bad/malformed-xml.docx"))
              .rfind("word/document.xml is not well-formed XML: ", 0) == 0);
    DocxLimits small;
    small.max_entry_bytes = 1000;
    CHECK(refusal(formats("seed001.docx"), small).rfind("word/document.xml is ", 0) == 0);
    CHECK(refusal(formats("seed001.docx"), small)
              .find(" bytes uncompressed, over the limit of 1000 bytes") != std::string::npos);
    small = {};
    small.max_cells = 10;
    CHECK(refusal(formats("seed001.docx"), small) ==
          "word/document.xml has more than 10 table cells");
    CHECK(xml_refusal("<w:document><w:body>") ==
          "word/document.xml is not well-formed XML: Start-end tags mismatch at byte 19");
    // A walked .docx that cannot be read is skipped with the reason; named, it is an error.
    FileReport r = check_bytes("bad.docx", formats("bad/no-document.docx"), rules());
    CHECK(r.skipped == "not a Word document: the zip archive has no word/document.xml");
}

TEST_CASE("docx: enormous attributes are bounded by the part's size, a zip is no docx by itself") {
    std::string huge = body("<w:p w:rsidR=\"" + std::string(size_t{1} << 20, 'A') +
                            "\"><w:r><w:t>Net sales $1 million.</w:t></w:r></w:p>");
    SourceFile s = read_wordprocessing_xml("a.docx", huge, "");
    CHECK(s.lines.size() == 1);
    DocxLimits small;
    small.max_entry_bytes = size_t{1} << 16;
    CHECK(xml_refusal(huge, small) == "word/document.xml is over the limit of 65536 bytes");
    // By content: a zip is a Word document only when it holds word/document.xml.
    CHECK(detect_format("a.zip", formats("bad/no-document.docx")) == InputFormat::binary);
    CHECK(detect_format("a.zip", formats("fail-footing.docx")) == InputFormat::docx);
    CHECK_FALSE(looks_like_docx("word/document.xml"));
}

TEST_CASE("docx: an external entity is never resolved") {
    SourceFile s = read_docx("e.docx", formats("bad/external-entity.docx"));
    REQUIRE(s.lines.size() == 1);
    // pugixml reads no DOCTYPE: the reference stays as written, no file is opened.
    CHECK(std::string(s.lines[0]) == "Entity: &xxe; net sales $1 million.");
}
