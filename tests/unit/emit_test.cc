// Every renderer runs on one shared set of reports built in code.
#include "crossfoot/emit.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/text.h"

using namespace crossfoot;

namespace {

// A report on one file held in memory, with no findings yet.
FileReport report_on(const std::string& path, std::string_view text) {
    FileReport report;
    report.path = path;
    report.sources.push_back(std::make_shared<SourceFile>(decode_source(path, text)));
    return report;
}

std::vector<FileReport> shared_reports() {
    FileReport report = report_on("a.txt", "TOTAL ASSETS      $    39,475\n");
    const SourceFile* source = report.sources.front().get();
    Diagnostic d;
    d.rule = "footing";
    d.severity = Severity::error;
    d.message = "'TOTAL ASSETS' does not foot";
    d.span = source->span(0, 24, 30);
    d.expected = "39,474";
    d.found = "39,475";
    d.related.push_back({"item 1,121", source->span(0, 0, 5)});
    d.fixes.push_back(Fix{d.span, "39,474", false});
    report.diagnostics.push_back(d);
    report.checks.push_back({"footing",
                             false,
                             "1,121 + 38,353",
                             d.span,
                             {{"1,121", "1121000", source->span(0, 0, 5)}}});
    FileReport skipped;
    skipped.path = "b.htm";
    skipped.skipped = "HTML input is not supported yet";
    return {report, skipped};
}

std::string render(std::string_view format, bool checks) {
    std::ostringstream out;
    RenderOptions options;
    options.with_checks = checks;
    options.version = "test";
    const OutputFormat* f = find_output_format(format);
    REQUIRE(f);
    f->render(shared_reports(), options, out);
    return out.str();
}

}  // namespace

TEST_CASE("the format table is sorted and every format renders") {
    auto formats = output_formats();
    for (size_t i = 1; i < formats.size(); ++i) CHECK(formats[i - 1]->name < formats[i]->name);
    for (const OutputFormat* f : formats) CHECK_FALSE(render(f->name, true).empty());
    CHECK_FALSE(find_output_format("xml"));
}

TEST_CASE("every file in src/emit is an output format with a row, or one of the shared pieces") {
    // formats: the table; facts: `crossfoot facts`; html/: the pieces of the review report.
    const std::set<std::string> shared = {"formats", "facts"};
    std::set<std::string> formats;
    for (const OutputFormat* f : output_formats()) formats.insert(std::string(f->name));
    for (const auto& name : formats) {
        CHECK_MESSAGE(std::filesystem::exists(std::string(CROSSFOOT_SOURCE_DIR) + "/src/emit/" +
                                              name + ".cc"),
                      name << " has no file in src/emit");
    }
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(CROSSFOOT_SOURCE_DIR) + "/src/emit")) {
        if (entry.path().extension() != ".cc") continue;
        std::string stem = entry.path().stem().string();
        CHECK_MESSAGE((shared.count(stem) || formats.count(stem)),
                      stem << ".cc has no row in the format table");
    }
}

TEST_CASE("text output is compiler style with the source quoted and a caret") {
    std::string out = render("text", false);
    CHECK(out.find("a.txt:1:25: error: 'TOTAL ASSETS' does not foot [footing]\n"
                   "    1 | TOTAL ASSETS      $    39,475\n"
                   "      |                         ^~~~~~\n"
                   "a.txt:1:1: note: item 1,121\n") == 0);
    CHECK(out.find("b.htm: note: skipped: HTML input is not supported yet") != std::string::npos);
    // A skipped file is not counted as checked (issue 10, item 1).
    CHECK(out.find(
              "\n1 file checked, 1 skipped: 1 error, 0 warnings, 1 relation checked, 0 held\n") !=
          std::string::npos);
    CHECK(out.find("fail: 1,121 + 38,353") == std::string::npos);
    CHECK(render("text", true).find("a.txt:1:25: fail: 1,121 + 38,353 [footing]") !=
          std::string::npos);
}

TEST_CASE("JSON output follows the contract's shape and key order") {
    auto j = nlohmann::ordered_json::parse(render("json", true));
    CHECK(j["tool"]["name"] == "crossfoot");
    CHECK(j["tool"]["version"] == "test");
    const auto& d = j["files"][0]["diagnostics"][0];
    std::vector<std::string> keys;
    for (const auto& [key, value] : d.items()) keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"rule", "severity", "message", "range", "expected",
                                           "found", "related", "fix"});
    CHECK(d["range"]["start"]["line"] == 1);
    CHECK(d["range"]["end"]["column"] == 31);
    CHECK(d["fix"]["replacement"] == "39,474");
    CHECK(j["files"][0]["checks"][0]["status"] == "fail");
    CHECK(j["files"][0]["checks"][0]["operands"][0]["value"] == "1121000");
    CHECK(j["summary"]["errors"] == 1);
    CHECK(j["summary"]["checks"] == 1);
    CHECK(j["summary"]["files"] == 1);
    CHECK(j["summary"]["skipped"] == 1);
    CHECK_FALSE(nlohmann::json::parse(render("json", false))["files"][0].contains("checks"));
}

TEST_CASE("JSON Lines: one object per file, each the json format's object of that file") {
    std::string lines = render("jsonl", true);
    auto whole = nlohmann::ordered_json::parse(render("json", true));
    std::istringstream in(lines);
    std::string line;
    size_t n = 0;
    while (std::getline(in, line)) {
        REQUIRE(n < whole["files"].size());
        CHECK(nlohmann::ordered_json::parse(line) == whole["files"][n]);
        ++n;
    }
    CHECK(n == 2);
    CHECK(lines.back() == '\n');
    // Streamed, a file's line is the same as rendered among the others.
    const OutputFormat* jsonl = find_output_format("jsonl");
    // (doctest cannot print a function pointer: compare as booleans.)
    REQUIRE(bool(file_renderer(*jsonl) == &render_jsonl_file));
    CHECK(bool(file_renderer(*find_output_format("json")) == nullptr));
    std::ostringstream one;
    RenderOptions options;
    options.with_checks = true;
    file_renderer (*jsonl)(shared_reports().front(), options, one);
    CHECK(lines.rfind(one.str(), 0) == 0);
}

TEST_CASE("control characters are escaped: C0 but tab, DEL and C1") {
    using text::escape_controls;
    CHECK(escape_controls("a\x1b]0;title\x07z") == "a\\x1b]0;title\\x07z");
    CHECK(escape_controls("tab\there") == "tab\there");
    CHECK(escape_controls("del\x7f") == "del\\x7f");
    CHECK(escape_controls("csi \xC2\x9B"
                          "31m") == "csi \\x9b31m");                           // U+009B, C1 CSI
    CHECK(escape_controls("caf\xC3\xA9 \xC2\xA0") == "caf\xC3\xA9 \xC2\xA0");  // é, NBSP: text
    // Column 3 of "a\x1b" "bc" is 'b', shown after the four characters of "\x1b".
    CHECK(text::escaped_column("a\x1b"
                               "bc",
                               1) == 1);
    CHECK(text::escaped_column("a\x1b"
                               "bc",
                               3) == 6);
    CHECK(text::escaped_column("\xC3\xA9"
                               "b",
                               2) == 2);
    CHECK(text::escaped_column("ab", 5) == 5);
}

TEST_CASE("text output escapes what the document says, and keeps its own colours") {
    FileReport report = report_on("a.txt", "TOTAL\x1b]0;pwned\x07 ASSETS  39,475\n");
    const SourceFile* source = report.sources.front().get();
    Diagnostic d;
    d.rule = "footing";
    d.severity = Severity::error;
    d.message = "'TOTAL\x1b]0;pwned\x07 ASSETS' does not foot";
    d.span = source->span(0, 24, 30);
    d.related.push_back({"item \x1b[2J", source->span(0, 0, 5)});
    report.diagnostics.push_back(d);
    std::ostringstream out;
    RenderOptions options;
    options.color = true;
    find_output_format("text")->render({report}, options, out);
    std::string text = out.str();
    CHECK(text.find("\x1b]") == std::string::npos);
    CHECK(text.find("\x07") == std::string::npos);
    CHECK(text.find("\x1b[2J") == std::string::npos);
    CHECK(text.find("\x1b[1;31merror\x1b[0m: 'TOTAL\\x1b]0;pwned\\x07 ASSETS' does not foot") !=
          std::string::npos);
    CHECK(text.find("note\x1b[0m: item \\x1b[2J\n") != std::string::npos);
    // The caret stays under the figure: the escapes widen the line before it.
    CHECK(text.find("    1 | TOTAL\\x1b]0;pwned\\x07 ASSETS  39,475\n"
                    "      | " +
                    std::string(30, ' ') + "^~~~~~\n") != std::string::npos);
}

TEST_CASE("a note may point into another file: its path comes from the span's source") {
    auto first = std::make_shared<SourceFile>(decode_source("a.txt", "Net income  $ 3,483\n"));
    auto other = std::make_shared<SourceFile>(decode_source("b.txt", "\nNet income    3,438\n"));
    other->id = 1;
    FileReport report;
    report.path = "a.txt";
    report.sources = {first, other};
    Diagnostic d;
    d.rule = "tie";
    d.message = "net income differs";
    d.span = first->span(0, 14, 19);
    d.related.push_back({"printed 3,438", other->span(1, 14, 19)});
    d.fixes.push_back(Fix{d.span, "3,438", false});
    d.fixes.push_back(Fix{other->span(1, 14, 19), "3,483", false});
    report.diagnostics.push_back(d);
    std::ostringstream text;
    find_output_format("text")->render({report}, {}, text);
    CHECK(text.str().find("a.txt:1:15: error: net income differs [tie]\n") == 0);
    CHECK(text.str().find("b.txt:2:15: note: printed 3,438\n") != std::string::npos);
    std::ostringstream json;
    find_output_format("json")->render({report}, {}, json);
    auto j = nlohmann::ordered_json::parse(json.str());
    const auto& related = j["files"][0]["diagnostics"][0]["related"][0];
    CHECK(related["path"] == "b.txt");
    CHECK(related["range"]["start"]["line"] == 2);
    // The contract's single "fix" is the first of the diagnostic's fixes.
    CHECK(j["files"][0]["diagnostics"][0]["fix"]["replacement"] == "3,438");
}

TEST_CASE("github annotations escape data and properties as the runner requires") {
    FileReport report = report_on("a,b:c.txt", "Total  100%\n");
    const SourceFile* source = report.sources.front().get();
    Diagnostic d;
    d.rule = "footing";
    d.severity = Severity::warning;
    d.message = "100% of it\r\ndoes not foot";
    d.span = source->span(0, 7, 11);
    report.diagnostics.push_back(d);
    std::ostringstream out;
    find_output_format("github")->render({report}, {}, out);
    CHECK(out.str().find("::warning file=a%2Cb%3Ac.txt,line=1,col=8,endLine=1,endColumn=12,"
                         "title=crossfoot footing::100%25 of it%0D%0Adoes not foot\n") == 0);
}

TEST_CASE("SARIF fingerprints do not change when unrelated lines move") {
    auto sarif_of = [](const std::string& text) {
        FileReport report = report_on("r.txt", text);
        const SourceFile* source = report.sources.front().get();
        Diagnostic d;
        d.rule = "footing";
        d.message = "does not foot";
        d.found = "39,475";
        size_t at = source->text.find("39,475");
        d.span = source->span(at, at + 6);
        d.fixes.push_back(Fix{d.span, "39,474", false});
        report.diagnostics.push_back(d);
        std::ostringstream out;
        find_output_format("sarif")->render({report}, {}, out);
        return nlohmann::ordered_json::parse(out.str());
    };
    auto before = sarif_of("TOTAL ASSETS   $ 39,475\n");
    auto after = sarif_of("A new paragraph.\n\nAnother.\nTOTAL ASSETS   $ 39,475\n");
    const auto& r0 = before["runs"][0]["results"][0];
    const auto& r1 = after["runs"][0]["results"][0];
    CHECK(r0["locations"][0]["physicalLocation"]["region"]["startLine"] == 1);
    CHECK(r1["locations"][0]["physicalLocation"]["region"]["startLine"] == 4);
    CHECK(r0["partialFingerprints"] == r1["partialFingerprints"]);
    CHECK(r0["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "r.txt");
    CHECK(r0["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] ==
          "39,474");
    CHECK(r0["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "39,475");
    CHECK(before["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("text output quotes a window of a 1 MB line, with the caret under the figure") {
    // A fictional release stored on one physical line: prose, then a total that does not foot,
    // then more prose, about 1 MB in all.
    std::string sentence =
        "Acme Widgets Inc. reported net sales of $12.5 million for the quarter. ";
    std::string half;
    while (half.size() < (size_t{1} << 19)) half += sentence;
    std::string figure = "39,475";
    std::string line = half + "Total assets were $ " + figure + " thousand. " + half;
    size_t at = line.find(figure, half.size());
    FileReport report = report_on("one-line.txt", line + "\n");
    const SourceFile* source = report.sources.front().get();
    REQUIRE(source->lines.size() == 1);
    Diagnostic d;
    d.rule = "footing";
    d.severity = Severity::error;
    d.message = "'Total assets' does not foot";
    d.span = source->span(0, at, at + figure.size());
    report.diagnostics.push_back(d);
    std::ostringstream out;
    find_output_format("text")->render({report}, RenderOptions{}, out);
    std::string text = out.str();
    CHECK(text.find("one-line.txt:1:" + std::to_string(at + 1) + ": error:") == 0);
    size_t quote = text.find("\n    1 | ");
    REQUIRE(quote != std::string::npos);
    size_t quote_end = text.find('\n', quote + 1);
    std::string snippet = text.substr(quote + 1, quote_end - quote - 1);
    CHECK(snippet.size() < 400);
    CHECK(snippet.find("| ...") != std::string::npos);
    CHECK(snippet.ends_with("..."));
    size_t shown = snippet.find(figure);
    REQUIRE(shown != std::string::npos);
    std::string caret = text.substr(quote_end + 1, text.find('\n', quote_end + 1) - quote_end - 1);
    CHECK(caret.size() < 400);
    CHECK(caret.find('^') == shown);
    CHECK(caret.substr(shown) == "^~~~~~");
    CHECK(text.size() < 1000);
}
