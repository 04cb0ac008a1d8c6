#include "crossfoot/source.h"

#include <doctest/doctest.h>

#include "crossfoot/ingest.h"

using namespace crossfoot;

TEST_CASE("lines split on LF, CRLF and CR; a BOM is dropped") {
    auto s = decode_source("x.txt",
                           "\xEF\xBB\xBF"
                           "one\r\ntwo\nthree\rfour");
    REQUIRE(s.lines.size() == 4);
    CHECK(s.lines[0] == "one");
    CHECK(s.lines[1] == "two");
    CHECK(s.lines[3] == "four");
}

TEST_CASE("invalid UTF-8 is read as windows-1252") {
    auto s = decode_source("x.txt", "caf\xE9 \x97 10");
    CHECK(s.encoding == Encoding::windows_1252);
    CHECK(s.lines[0] == "caf\xC3\xA9 \xE2\x80\x94 10");
    // Columns count characters of the original file: the em dash is one character.
    CHECK(s.column_of(0, s.lines[0].find("10")) == 8);
}

TEST_CASE("columns count characters, not bytes") {
    auto s = decode_source("x.txt", "\xC3\xA9t\xC3\xA9 42");
    CHECK(s.encoding == Encoding::utf8);
    CHECK(s.column_of(0, s.lines[0].find("42")) == 5);
}

TEST_CASE("binary content is recognised") {
    CHECK_FALSE(non_text_reason(std::string_view("a\0b", 3)).empty());
    CHECK_FALSE(non_text_reason("PK\x03\x04rest").empty());
    CHECK(non_text_reason("plain text\n").empty());
    CHECK(detect_format("a.docx", "PK\x03\x04...") == InputFormat::docx);
    CHECK(detect_format("a.txt", "<html><body>") == InputFormat::html);
    CHECK(detect_format("a.txt", "<DOCUMENT>\n<TYPE>EX-99\n") == InputFormat::edgar_text);
}

TEST_CASE("only release extensions are walked") {
    CHECK(has_release_extension("a/b.TXT"));
    CHECK(has_release_extension("a/b.htm"));
    CHECK_FALSE(has_release_extension("a/b.golden"));
    CHECK_FALSE(has_release_extension("a/b.toml"));
}
