// The language server's parts: framing, UTF-16 positions, incremental changes, and the
// server driven in process (end-to-end tests with a real client are in tests/lsp).
#include <doctest/doctest.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <nlohmann/json.hpp>

#include "lsp/documents.h"
#include "lsp/framing.h"
#include "lsp/positions.h"
#include "lsp/server.h"

using namespace crossfoot;
using namespace crossfoot::lsp;
using Json = nlohmann::json;

TEST_CASE("frames are read whatever the chunks they arrive in") {
    std::string stream = encode_frame("{\"a\":1}") + encode_frame("{}");
    for (size_t cut = 0; cut <= stream.size(); ++cut) {
        FrameReader reader;
        std::vector<std::string> bodies;
        for (std::string_view part :
             {std::string_view(stream).substr(0, cut), std::string_view(stream).substr(cut)}) {
            reader.feed(part);
            while (auto frame = reader.next()) {
                REQUIRE_FALSE(frame->error);
                bodies.push_back(frame->body);
            }
        }
        CHECK(bodies == std::vector<std::string>{"{\"a\":1}", "{}"});
    }
}

TEST_CASE("a malformed header is one error, and the stream goes on") {
    FrameReader reader;
    reader.feed(
        "Content-Type: x\r\n\r\nContent-Length: abc\r\n\r\nContent-Length: 99999999999\r\n\r\n");
    reader.feed("garbage\r\n\r\ncontent-length:  2 \r\nContent-Type: utf-8\r\n\r\n{}");
    CHECK(reader.next()->error == "no Content-Length header");
    CHECK(reader.next()->error == "Content-Length is not a number");
    CHECK(reader.next()->error == "Content-Length is too large");
    CHECK(reader.next()->error == "malformed header line");
    auto frame = reader.next();
    REQUIRE(frame);
    CHECK_FALSE(frame->error);
    CHECK(frame->body == "{}");
    CHECK_FALSE(reader.next());
}

TEST_CASE("a body shorter than its Content-Length said runs into the next header: resynced") {
    FrameReader reader;
    reader.feed("Content-Length: 4\r\n\r\n{\"a\":1}" + encode_frame("{}"));
    CHECK(reader.next()->body == "{\"a\"");
    CHECK(reader.next()->error == "no Content-Length header");
    auto frame = reader.next();
    REQUIRE(frame);
    CHECK(frame->body == "{}");
}

TEST_CASE("a header without its blank line is refused once it is too long") {
    FrameReader reader;
    reader.feed(std::string(kMaxHeaderBytes, 'x'));
    CHECK_FALSE(reader.next());
    reader.feed("x");
    CHECK(reader.next()->error->find("header longer than") == 0);
    CHECK(reader.pending() == 0);
}

TEST_CASE("character columns become UTF-16 code units") {
    // "é" is one unit, "€" one, "𝄞" (U+1D11E) two.
    std::string line =
        "\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E"
        "b";
    CHECK(utf16_units(line, 0) == 0);
    CHECK(utf16_units(line, 2) == 2);
    CHECK(utf16_units(line, 3) == 4);
    CHECK(utf16_units(line, 4) == 5);
    CHECK(utf16_units(line, 99) == 5);
    SourceFile source = decode_source("a.txt", "x\n" + line + " 1,000\n");
    // Column 6 of line 2 (1-based characters) is "1": 1 + 1 + 2 + 1 + 1 units before it.
    CHECK(to_lsp(source, Position{2, 6}) == LspPosition{1, 6});
}

TEST_CASE("UTF-16 positions become byte offsets, on LF, CRLF and CR lines") {
    std::string text =
        "ab\r\n\xF0\x9D\x84\x9E"
        "c\rd\n";
    CHECK(byte_offset(text, {0, 1}) == 1);
    CHECK(byte_offset(text, {0, 9}) == 2);  // past the end of its line: the end
    CHECK(byte_offset(text, {1, 0}) == 4);
    CHECK(byte_offset(text, {1, 2}) == 8);  // after the surrogate pair
    CHECK(byte_offset(text, {1, 3}) == 9);
    CHECK(byte_offset(text, {2, 0}) == 10);
    CHECK(byte_offset(text, {7, 0}) == text.size());
}

TEST_CASE("incremental changes replace their range, a change without one the whole text") {
    std::string text = "caf\xC3\xA9 1,000\nTotal 2,000\n";
    apply_change(text, Json{{"range",
                             {{"start", {{"line", 0}, {"character", 5}}},
                              {"end", {{"line", 0}, {"character", 10}}}}},
                            {"text", "1,500"}});
    CHECK(text == "caf\xC3\xA9 1,500\nTotal 2,000\n");
    apply_change(text, Json{{"range",
                             {{"start", {{"line", 1}, {"character", 0}}},
                              {"end", {{"line", 2}, {"character", 0}}}}},
                            {"text", ""}});
    CHECK(text == "caf\xC3\xA9 1,500\n");
    apply_change(text, Json{{"text", "new"}});
    CHECK(text == "new");
    CHECK_THROWS_AS(apply_change(text, Json{{"range", 1}}), std::invalid_argument);
}

TEST_CASE("file URIs and paths convert both ways") {
    CHECK(path_of_uri("file:///tmp/a%20b%C3%A9.txt") == "/tmp/a b\xC3\xA9.txt");
    CHECK_FALSE(path_of_uri("untitled:Untitled-1"));
    CHECK(uri_of_path("/tmp/a b.txt") == "file:///tmp/a%20b.txt");
}

namespace {

std::string read_fixture(const std::string& path) {
    return read_file_bytes(std::string(CROSSFOOT_SOURCE_DIR) + "/" + path, size_t{1} << 20);
}

// A server in process; what it writes is collected and waited for.
class Session {
public:
    Session()
        : server_({}, [this](const std::string& body) {
              std::lock_guard lock(mutex_);
              sent_.push_back(Json::parse(body));
              changed_.notify_all();
          }) {}

    void send(const Json& message) { server_.handle(Frame{message.dump(), std::nullopt}); }
    void send_raw(const Frame& frame) { server_.handle(frame); }

    // The first message sent since `from` that `match` accepts.
    Json wait_for(const std::function<bool(const Json&)>& match) {
        std::unique_lock lock(mutex_);
        Json found;
        bool ok = changed_.wait_for(lock, std::chrono::seconds(30), [&] {
            for (; seen_ < sent_.size(); ++seen_) {
                if (match(sent_[seen_])) {
                    found = sent_[seen_++];
                    return true;
                }
            }
            return false;
        });
        REQUIRE(ok);
        return found;
    }
    Json reply_to(int id) {
        return wait_for([id](const Json& m) { return m.contains("id") && m["id"] == id; });
    }
    Server& server() { return server_; }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<Json> sent_;
    size_t seen_ = 0;
    Server server_;
};

Json request(int id, const std::string& method, Json params = Json::object()) {
    return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}};
}
Json notification(const std::string& method, Json params) {
    return {{"jsonrpc", "2.0"}, {"method", method}, {"params", params}};
}

}  // namespace

TEST_CASE("the server answers bad input with JSON-RPC errors, never a crash") {
    Session s;
    s.send_raw(Frame{"{not json", std::nullopt});
    CHECK(s.wait_for([](const Json& m) { return m.contains("error"); })["error"]["code"] ==
          kParseError);
    s.send_raw(Frame{{}, "no Content-Length header"});
    CHECK(s.wait_for([](const Json& m) { return m.contains("error"); })["error"]["code"] ==
          kParseError);
    s.send(Json::array({1, 2}));
    CHECK(s.wait_for([](const Json& m) { return m.contains("error"); })["error"]["code"] ==
          kInvalidRequest);
    s.send(request(1, "textDocument/hover"));
    CHECK(s.reply_to(1)["error"]["code"] == kServerNotInitialized);
    s.send(request(2, "workspace/frobnicate"));
    CHECK(s.reply_to(2)["error"]["code"] == kMethodNotFound);
    s.send(request(3, "initialize", {{"capabilities", Json::object()}}));
    Json caps = s.reply_to(3)["result"]["capabilities"];
    CHECK(caps["textDocumentSync"]["change"] == 2);
    CHECK(caps["hoverProvider"] == true);
    s.send(request(4, "initialize"));
    CHECK(s.reply_to(4)["error"]["code"] == kInvalidRequest);
    s.send(request(5, "textDocument/hover", {{"position", 3}}));
    CHECK(s.reply_to(5)["error"]["code"] == kInvalidParams);
    s.send(request(6, "shutdown"));
    CHECK(s.reply_to(6)["result"].is_null());
    CHECK_FALSE(s.server().exited());
    s.send(notification("exit", Json::object()));
    CHECK(s.server().exited());
    CHECK(s.server().exit_code() == 0);
}

TEST_CASE("a document is checked on open and on change, with UTF-16 ranges") {
    Session s;
    s.send(request(1, "initialize", {{"capabilities", Json::object()}}));
    s.reply_to(1);
    // The fixture's total is printed (9,651) for (9,551); a character outside the BMP in its
    // label is one character (column 51) but two UTF-16 units (character 51, 0-based).
    std::string text = read_fixture("fixtures/rules/footing/fail-less-attributable-loss.txt");
    size_t label = text.find("Net loss attributable to Quillmere Networks  $");
    REQUIRE(label != std::string::npos);
    text.replace(label + 31, 1, "\xF0\x9D\x84\x9E");
    std::string uri = "untitled:release";
    s.send(notification(
        "textDocument/didOpen",
        {{"textDocument",
          {{"uri", uri}, {"languageId", "plaintext"}, {"version", 1}, {"text", text}}}}));
    auto published = [&](int version) {
        return s.wait_for([&](const Json& m) {
            return m.value("method", "") == "textDocument/publishDiagnostics" &&
                   m["params"]["uri"] == uri && m["params"]["version"] == version;
        })["params"]["diagnostics"];
    };
    Json diagnostics = published(1);
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0]["code"] == "footing");
    CHECK(diagnostics[0]["range"]["start"] == Json{{"line", 22}, {"character", 51}});
    CHECK(diagnostics[0]["range"]["end"] == Json{{"line", 22}, {"character", 58}});
    CHECK(diagnostics[0]["relatedInformation"].size() >= 2);
    // Fix the total by an incremental change: the finding goes.
    s.send(notification(
        "textDocument/didChange",
        {{"textDocument", {{"uri", uri}, {"version", 2}}},
         {"contentChanges", Json::array({{{"range",
                                           {{"start", {{"line", 22}, {"character", 54}}},
                                            {"end", {{"line", 22}, {"character", 55}}}}},
                                          {"text", "5"}}})}}));
    CHECK(published(2).empty());
    s.send(request(
        2, "textDocument/hover",
        {{"textDocument", {{"uri", uri}}}, {"position", {{"line", 22}, {"character", 53}}}}));
    Json hover = s.reply_to(2)["result"];
    CHECK(hover["contents"]["value"].get<std::string>().find("`footing` holds") !=
          std::string::npos);
}
