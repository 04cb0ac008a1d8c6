// JSON-RPC base protocol framing: "Content-Length: N\r\n\r\n" then N bytes of JSON.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace crossfoot::lsp {

/// The largest message body accepted; a larger Content-Length is a framing error.
inline constexpr size_t kMaxBodyBytes = size_t{64} << 20;
/// The longest header block accepted before its blank line.
inline constexpr size_t kMaxHeaderBytes = 8 << 10;

/// One message read off the stream: its body, or why its header could not be read.
struct Frame {
    std::string body;
    std::optional<std::string> error;  ///< "no Content-Length header"
};

/// Splits a byte stream into frames. Bytes arrive in any chunks; a malformed header is
/// reported once and skipped, so the stream goes on with the next header.
///
///     reader.feed("Content-Length: 2\r\n\r\n{}");
///     reader.next()->body == "{}"
class FrameReader {
public:
    void feed(std::string_view bytes);
    /// The next whole frame or header error; nullopt until more bytes arrive.
    [[nodiscard]] std::optional<Frame> next();
    /// Bytes received and not yet returned as a frame.
    [[nodiscard]] size_t pending() const { return buffer_.size() - start_; }

private:
    std::string buffer_;
    size_t start_ = 0;
    std::optional<size_t> body_length_;  ///< set once the current header is read
};

/// "{}" -> "Content-Length: 2\r\n\r\n{}".
[[nodiscard]] std::string encode_frame(std::string_view body);

}  // namespace crossfoot::lsp
