// The document model: the source map, located prose, sentences, prose figures and the reader
// registry.
#include "crossfoot/document.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "crossfoot/facts.h"
#include "crossfoot/reader.h"
#include "crossfoot/rule_set.h"
#include "support.h"

using namespace crossfoot;

namespace {

// The original bytes a span covers, pieces joined.
std::string bytes_of(std::string_view original, const Span& span) {
    if (span.pieces.empty()) return std::string(original.substr(span.begin, span.end - span.begin));
    std::string out;
    for (const auto& p : span.pieces) out += original.substr(p.begin, p.end - p.begin);
    return out;
}

const ProseFigure* prose_figure(const DocumentFacts& facts, std::string_view text) {
    for (const auto& pf : facts.prose) {
        if (pf.figure.text == text) return &pf;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("spans are original byte offsets, line and column are derived by binary search") {
    std::string original = "ab\r\ncd\ref\n\xC3\xA9g 42\n";
    SourceFile s = decode_source("x.txt", original);
    Span span = s.span(3, 4, 6);  // "42" on the fourth line
    CHECK(original.substr(span.begin, span.end - span.begin) == "42");
    CHECK(s.range(span) == Range{{4, 4}, {4, 6}});  // é is one column
    CHECK(s.position(0) == Position{1, 1});
    CHECK(s.position(4) == Position{2, 1});  // after CRLF
    CHECK(s.position(7) == Position{3, 1});  // after CR
    CHECK(s.line_index(original.size()) == 3);
}

TEST_CASE("the source map survives windows-1252 decoding and a byte-order mark") {
    std::string cp1252 = "caf\xE9 \x97 10\nx \x93y\x94 20\n";
    SourceFile s = decode_source("x.txt", cp1252);
    REQUIRE(s.encoding == Encoding::windows_1252);
    Span ten = s.span(0, s.lines[0].find("10"), s.lines[0].find("10") + 2);
    CHECK(cp1252.substr(ten.begin, 2) == "10");
    CHECK(s.range(ten).begin == Position{1, 8});
    Span twenty = s.span(1, s.lines[1].find("20"), s.lines[1].find("20") + 2);
    CHECK(cp1252.substr(twenty.begin, 2) == "20");
    CHECK(s.range(twenty).begin == Position{2, 7});
    // A multi-byte decoded character maps to its one original byte.
    size_t dash = s.lines[0].find("\xE2\x80\x94");
    Span em = s.span(0, dash, dash + 3);
    CHECK(em.end - em.begin == 1);
    CHECK(s.decoded_offset(em.begin) == s.line_offset(0) + dash);

    std::string bom = "\xEF\xBB\xBFTotal 30\n";
    SourceFile b = decode_source("b.txt", bom);
    Span thirty = b.span(0, 6, 8);
    CHECK(bom.substr(thirty.begin, 2) == "30");
    CHECK(b.range(thirty).begin == Position{1, 7});
}

TEST_CASE("a figure wrapped across lines is one located figure with two pieces") {
    std::string text =
        "Net sales for the quarter were $6.7\n"
        "million, up from the prior year.\n";
    SourceFile source = decode_source("x.txt", text);
    Document doc = read_document(source, rules().vocabulary);
    REQUIRE(doc.blocks.size() == 1);
    CHECK(doc.blocks[0].content.text ==
          "Net sales for the quarter were $6.7 million, up from the prior year.");
    DocumentFacts facts = extract_facts(doc, rules().concepts, rules().vocabulary);
    const ProseFigure* f = prose_figure(facts, "$6.7 million");
    REQUIRE(f);
    CHECK(f->role == ProseRole::amount);
    CHECK(f->figure.value.to_string() == "6700000");
    REQUIRE(f->figure.span.pieces.size() == 2);
    CHECK(bytes_of(text, f->figure.span) == "$6.7million");
    CHECK(source.range(f->figure.span) == Range{{1, 32}, {2, 8}});
}

TEST_CASE("a dash-escaped line and justified spacing are undone in the text, not in the spans") {
    std::string text =
        "- -10 employees  joined  the  company,  and  revenue  was\n"
        "$30,023,000 for the  year.\n";
    SourceFile source = decode_source("x.txt", text);
    Document doc = read_document(source, rules().vocabulary);
    REQUIRE(doc.blocks.size() == 1);
    CHECK(doc.blocks[0].content.text ==
          "-10 employees joined the company, and revenue was $30,023,000 for the year.");
    DocumentFacts facts = extract_facts(doc, rules().concepts, rules().vocabulary);
    const ProseFigure* amount = prose_figure(facts, "$30,023,000");
    REQUIRE(amount);
    CHECK(source.range(amount->figure.span) == Range{{2, 1}, {2, 12}});
    // "-10" is a count after the escape: its span starts at the minus sign kept in the file.
    const ProseFigure* count = prose_figure(facts, "10");
    REQUIRE(count);
    CHECK(source.range(count->figure.span).begin == Position{1, 4});
}

TEST_CASE("every number in prose is found once and what is not an amount is told apart") {
    std::string text =
        "On Wednesday, July 14, 2004, at 2:00 p.m. the company reported net sales of\n"
        "$30 million, a 150% increase, as filed on Form 10-Q. Call (888) 555-1212.\n";
    SourceFile source = decode_source("x.txt", text);
    Document doc = read_document(source, rules().vocabulary);
    DocumentFacts facts = extract_facts(doc, rules().concepts, rules().vocabulary);
    std::multiset<std::string> seen;
    for (const auto& pf : facts.prose)
        seen.insert(pf.figure.text + ":" + std::string(prose_role_name(pf.role)));
    CHECK(seen == std::multiset<std::string>{"14:date", "2004:year", "2:time", "00:time",
                                             "$30 million:amount", "150%:percent", "10:reference",
                                             "888:phone", "555:phone", "1212:phone"});
    REQUIRE(doc.blocks.size() == 1);
    CHECK(doc.blocks[0].sentences.size() == 2);
}

TEST_CASE("sentences end at a stop before a capital, not after an abbreviation or in a figure") {
    std::string_view text =
        "Acme Inc. grew 6.7% to $30.0 million. Mr. Smith said so! Results were mixed? Yes.";
    auto sentences = split_sentences(text, rules().vocabulary);
    REQUIRE(sentences.size() == 4);
    CHECK(text.substr(sentences[0].begin, sentences[0].end - sentences[0].begin) ==
          "Acme Inc. grew 6.7% to $30.0 million.");
    CHECK(text.substr(sentences[1].begin, sentences[1].end - sentences[1].begin) ==
          "Mr. Smith said so!");
}

TEST_CASE("located text maps a replacement to all of what it replaced") {
    std::string text = "A&amp;B 12\n";
    SourceFile source = decode_source("x.txt", text);
    LocatedTextBuilder builder(source);
    builder.append(0, 1);
    builder.append_replacement("&", 1, 6);
    builder.append(6, 10);
    LocatedText located = builder.finish();
    CHECK(located.text == "A&B 12");
    Span amp = located.span_of(source, 1, 2);
    CHECK(text.substr(amp.begin, amp.end - amp.begin) == "&amp;");
    Span twelve = located.span_of(source, 4, 6);
    CHECK(text.substr(twelve.begin, twelve.end - twelve.begin) == "12");
}

TEST_CASE("every reader file in src/document has a row in the registry, and every row a file") {
    namespace fs = std::filesystem;
    std::set<std::string> rows;
    for (const Reader* reader : readers()) {
        std::string stem(reader->name);
        std::replace(stem.begin(), stem.end(), '-', '_');
        rows.insert(stem);
        CHECK_MESSAGE(
            fs::exists(std::string(CROSSFOOT_SOURCE_DIR) + "/src/document/" + stem + ".cc"),
            reader->name << " has no file " << stem << ".cc");
        CHECK(find_reader(reader->name) == reader);
        CHECK((reader->sniff != nullptr && reader->read != nullptr));
    }
    for (const auto& entry :
         fs::directory_iterator(std::string(CROSSFOOT_SOURCE_DIR) + "/src/document")) {
        if (entry.path().extension() != ".cc") continue;
        std::string text = read_file_bytes(entry.path().string(), 1 << 20);
        if (text.find("\nconst Reader k") == std::string::npos) continue;
        CHECK_MESSAGE(rows.count(entry.path().stem().string()),
                      entry.path().filename().string()
                          << " defines a reader with no row in readers.cc");
    }
    // Plain EDGAR text is the reader of last resort.
    SourceFile plain = decode_source("x.txt", "Net sales were $30 million.\n");
    CHECK(reader_for(plain).name == "edgar-text");
}
