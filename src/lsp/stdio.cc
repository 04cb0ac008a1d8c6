// The server's loop on file descriptors: frames in, frames out.
#include <unistd.h>

#include <array>
#include <cerrno>

#include "lsp/server.h"

namespace crossfoot::lsp {

namespace {

// Writes all of `bytes`; a client that went away (EPIPE) gets nothing more.
void write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        bytes.remove_prefix(static_cast<size_t>(n));
    }
}

}  // namespace

int serve(int in_fd, int out_fd, ServerOptions options) {
    Server server(std::move(options),
                  [out_fd](const std::string& body) { write_all(out_fd, encode_frame(body)); });
    FrameReader reader;
    std::array<char, 1 << 16> chunk{};
    while (!server.exited()) {
        ssize_t n = ::read(in_fd, chunk.data(), chunk.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return 1;  // the client went away without `exit`
        reader.feed(std::string_view(chunk.data(), static_cast<size_t>(n)));
        while (!server.exited()) {
            std::optional<Frame> frame = reader.next();
            if (!frame) break;
            server.handle(*frame);
        }
    }
    return server.exit_code();
}

}  // namespace crossfoot::lsp
