#include "crossfoot/source.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <filesystem>
#include <fstream>

#include "crossfoot/ingest.h"

using namespace crossfoot;

TEST_CASE("lines split on LF, CRLF and CR, a BOM is dropped") {
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

namespace {

std::string read_error(const std::string& path, size_t max_bytes = kMaxInputBytes) {
    try {
        (void)read_file_bytes(path, max_bytes);
    } catch (const ToolError& e) {
        CHECK(e.path() == path);
        return e.what();
    }
    return "";
}

// A fresh, empty directory under the system's temporary directory.
std::filesystem::path scratch_dir(std::string_view name) {
    auto dir = std::filesystem::temp_directory_path() /
               ("crossfoot-" + std::string(name) + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("directories, FIFOs and devices are refused by type, before they are opened") {
    auto dir = scratch_dir("special");
    CHECK(read_error(dir.string()) == "is a directory, not a file");
    std::filesystem::create_directory_symlink(dir, dir / "link");
    CHECK(read_error((dir / "link").string()) == "is a directory, not a file");
    // No writer: opening it for reading would block forever.
    REQUIRE(::mkfifo((dir / "fifo").c_str(), 0600) == 0);
    CHECK(read_error((dir / "fifo").string()) == "is a named pipe (FIFO), not a regular file");
    CHECK(read_error("/dev/null") == "is a device, not a regular file");
    std::filesystem::remove_all(dir);
}

TEST_CASE("a file that cannot be opened gives the OS's reason") {
    CHECK(read_error(std::string(CROSSFOOT_SOURCE_DIR) + "/README.md/x") ==
          "cannot open file: not a directory");
    auto dir = scratch_dir("denied");
    std::string path = (dir / "locked.txt").string();
    std::ofstream(path) << "text";
    std::filesystem::permissions(path, std::filesystem::perms::none);
    if (::geteuid() != 0) CHECK(read_error(path) == "cannot open file: permission denied");
    std::filesystem::remove_all(dir);
}

TEST_CASE("files and streams are read with a size limit") {
    auto dir = scratch_dir("limit");
    std::string path = (dir / "big.txt").string();
    std::ofstream(path) << std::string(3u << 20, 'x');
    CHECK(read_error(path, 2u << 20) == "file is 3 MiB, over the limit of 2 MiB");
    CHECK(read_file_bytes(path, 3u << 20).size() == (3u << 20));
    std::filesystem::remove_all(dir);

    // stdin is a stream: its size is known only by reading it.
    std::array<int, 2> fds{};
    REQUIRE(::pipe(fds.data()) == 0);
    std::string chunk(1000, 'x');
    REQUIRE(::write(fds[1], chunk.data(), chunk.size()) == 1000);
    ::close(fds[1]);
    try {
        (void)read_stream_bytes(fds[0], "<stdin>", 999);
        FAIL("no error for a stream over the limit");
    } catch (const ToolError& e) {
        CHECK(e.path() == "<stdin>");
        CHECK(std::string(e.what()) == "input is over the limit of 999 bytes");
    }
    ::close(fds[0]);
}

TEST_CASE("a FIFO with a writer is refused too, without reading it") {
    auto dir = scratch_dir("fifo-writer");
    std::string path = (dir / "fifo").string();
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    // O_RDWR opens a FIFO on Linux without waiting for the other end: a writer is present.
    int writer = ::open(path.c_str(), O_RDWR | O_NONBLOCK);
    REQUIRE(writer >= 0);
    REQUIRE(::write(writer, "1,394\n", 6) == 6);
    CHECK(read_error(path) == "is a named pipe (FIFO), not a regular file");
    ::close(writer);
    std::filesystem::remove_all(dir);
}
