// libFuzzer target for the language server's input: bytes off stdin -> frames -> JSON-RPC
// messages -> the server. The input is fed in chunks (its first byte sets their size) so frames
// split anywhere. No input may crash the server or make it throw; each malformed frame or
// message gets a JSON-RPC error, every message it writes is JSON.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fuzz_require.h"
#include "lsp/framing.h"
#include "lsp/server.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace crossfoot::lsp;
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    size_t chunk = bytes.empty() ? 1 : static_cast<unsigned char>(bytes.front()) % 64 + 1;
    Server server({}, [](const std::string& body) {
        crossfoot::fuzz::require(nlohmann::json::accept(body),
                                 "the server wrote a message that is not JSON");
    });
    FrameReader reader;
    for (size_t at = 0; at < bytes.size() && !server.exited(); at += chunk) {
        reader.feed(bytes.substr(at, chunk));
        while (auto frame = reader.next()) {
            crossfoot::fuzz::require(frame->body.size() <= kMaxBodyBytes, "a body above the limit");
            server.handle(*frame);
        }
    }
    crossfoot::fuzz::require(reader.pending() <= bytes.size(), "more bytes pending than were fed");
    return 0;
}
