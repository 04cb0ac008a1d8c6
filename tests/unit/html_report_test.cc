// The HTML review report: marks by status at the figures' places, explanations with the
// arithmetic, a summary linking each finding, and nothing loaded from elsewhere. Its behaviour
// in a browser (hover, keys, :target, a screenshot) is tested in tests/report with Chromium.
#include <doctest/doctest.h>

#include <regex>
#include <sstream>

#include "crossfoot/emit.h"
#include "crossfoot/engine.h"
#include "emit/html/layout.h"
#include "emit/html/located.h"
#include "emit/html/marks.h"
#include "support.h"

using namespace crossfoot;

namespace {

FileReport checked_fixture(const std::string& name) {
    std::string path = std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/rules/footing/" + name;
    return check_bytes(name, read_file_bytes(path, size_t{1} << 20), rules());
}

std::string render_html(const std::vector<FileReport>& reports) {
    std::ostringstream out;
    RenderOptions options;
    options.version = "test";
    find_output_format("html")->render(reports, options, out);
    return out.str();
}

size_t count_of(const std::string& text, const std::string& needle) {
    size_t n = 0;
    for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("each checked figure is marked with its status") {
    FileReport report = checked_fixture("fail-less-attributable-loss.txt");
    auto marks = html::figure_marks(report);
    std::map<std::string, html::Status> status;
    for (const auto& mark : marks) status[report.sources[0]->text_of(mark.span)] = mark.status;
    CHECK(status.at("(9,651)") == html::Status::discrepancy);
    // Operands only of the relation that failed are not verified by it.
    CHECK(status.at("(9,963)") == html::Status::unverified);
    CHECK(status.at("(412)") == html::Status::unverified);
    CHECK(status.at("(8,455)") == html::Status::verified);
    CHECK(status.at("30,850") == html::Status::verified);
    CHECK(marks.size() == 12);
    // The total's peers are its two items.
    size_t total = html::mark_of(marks, report.diagnostics.at(0).span);
    REQUIRE(total != std::string::npos);
    CHECK(marks[total].peers.size() == 2);
}

TEST_CASE("the page marks the text, links each finding and explains the arithmetic") {
    std::string page = render_html({checked_fixture("fail-less-attributable-loss.txt")});
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(count_of(page, "<mark class=\"fig discrepancy\"") == 1 + 1);  // with the legend's
    CHECK(count_of(page, "<mark class=\"fig unverified\"") == 2 + 1);
    CHECK(count_of(page, "<mark class=\"fig verified\"") == 9 + 1);  // with the legend's
    std::smatch m;
    REQUIRE(std::regex_search(
        page, m,
        std::regex("<mark class=\"fig discrepancy\" id=\"(f0-g[0-9]+)\" "
                   "data-m=\"([0-9]+)\"><a href=\"#(f0-x[0-9]+)\">\\(9,651\\)</a></mark>")));
    std::string explanation = m[3];
    CHECK(page.find("<a href=\"#" + explanation + "\" data-mark=\"" + std::string(m[1]) +
                    "\">fail-less-attributable-loss.txt:23:51</a>") != std::string::npos);
    size_t aside = page.find("<aside class=\"explain\" id=\"" + explanation + "\"");
    REQUIRE(aside != std::string::npos);
    std::string block = page.substr(aside, page.find("</aside>", aside) - aside);
    CHECK(block.find(
              "<code>footing</code> does not hold: <span class=\"arith\">(9,963) - (412)</span>") !=
          std::string::npos);
    CHECK(block.find("does not foot") != std::string::npos);
    CHECK(page.find("1 file checked: 1 error, 0 warnings, 4 relations checked, 3 held") !=
          std::string::npos);
    // The release's table is a table: the total's row, with its line, label and marked figure.
    CHECK(page.find("<tr class=\"data ruled\"><td class=\"ln\">23</td><th scope=\"row\">Net loss "
                    "attributable to Quillmere Networks</th><td class=\"num\">$    <mark "
                    "class=\"fig discrepancy\"") != std::string::npos);
    CHECK(page.find("<pre") == std::string::npos);
}

TEST_CASE("the page is self-contained and escapes the document's text") {
    FileReport report = checked_fixture("pass-less-attributable-loss.txt");
    std::string page = render_html({report});
    CHECK(page.find(" src=") == std::string::npos);
    CHECK(page.find("http://") == std::string::npos);
    CHECK(page.find("https://") == std::string::npos);
    CHECK(page.find("<link") == std::string::npos);
    // The release's own SGML tags are layout, read by the reader, not markup of the page.
    CHECK(page.find("<TABLE>") == std::string::npos);
    CHECK(count_of(page, "<mark class=\"fig discrepancy\"") == 1);  // the legend's
    std::string prose = render_html({check_bytes(
        "p.txt", "Research & development <costs> rose to $5.0 million from $4.0 million.\n",
        load_rule_set({}))});
    CHECK(prose.find("<p data-line=\"1\">Research &amp; development &lt;costs&gt; rose") !=
          std::string::npos);
}

TEST_CASE("a mark wraps its figure where the source map puts it, across a wrapped line") {
    SourceFile source = decode_source("w.txt", "Sales were $6.7\nmillion, up.\n");
    LocatedTextBuilder text(source);
    text.append(0, 15);  // "Sales were $6.7"
    text.append_separator(" ");
    text.append(16, 28);  // "million, up."
    LocatedText located = text.finish();
    html::FigureMark mark;
    mark.span = located.span_of(source, 11, 23);  // "$6.7 million"
    REQUIRE(mark.span.pieces.size() == 2);
    std::vector<html::FigureMark> marks{mark};
    html::MarkWriter writer(source, marks, "f0-");
    CHECK(writer.write(located) ==
          "Sales were <mark class=\"fig verified\" id=\"f0-g0\" data-m=\"0\"><a "
          "href=\"#f0-x0\">$6.7 million</a></mark>, up.");
    CHECK(writer.unplaced().empty());
    // Written again (a title a block also holds), the mark has no second id.
    CHECK(writer.write(located).find(" id=") == std::string::npos);
    // A cell whose text is not its span's is written as plain text.
    html::MarkWriter other(source, marks, "f0-");
    CHECK(other.write("x<y", Span{0, 0, 3, {}}) == "x&lt;y");
    CHECK(other.unplaced() == std::vector<size_t>{0});
}

TEST_CASE("a mark no block or table holds is listed with its line and the text around it") {
    SourceFile source = decode_source("o.txt", "Intro\nPage 7 of <12>, total 1,234 here\n");
    html::FigureMark mark;
    mark.span = source.span(1, 22, 27);  // "1,234" on line 2
    mark.status = html::Status::discrepancy;
    std::vector<html::FigureMark> marks{mark};
    html::MarkWriter writer(source, marks, "f0-");
    std::string rest = html::unplaced_html(source, marks, writer);
    CHECK(rest.find("<li data-line=\"2\"><code>Page 7 of &lt;12&gt;, total <mark class=\"fig "
                    "discrepancy\" id=\"f0-g0\" data-m=\"0\"><a href=\"#f0-x0\">1,234</a></mark> "
                    "here</code></li>") != std::string::npos);
    CHECK(writer.unplaced().empty());
    CHECK(html::unplaced_html(source, marks, writer).empty());
}
