#include "lsp/framing.h"

#include <charconv>

#include "common/text.h"

namespace crossfoot::lsp {

namespace {

constexpr std::string_view kHeaderEnd = "\r\n\r\n";
constexpr std::string_view kContentLength = "Content-Length:";

// The Content-Length of a header block (its lines without the blank line), or the error.
struct HeaderResult {
    std::optional<size_t> length;
    std::string error;
};

HeaderResult parse_header(std::string_view header) {
    std::optional<size_t> length;
    while (!header.empty()) {
        size_t eol = header.find("\r\n");
        std::string_view line = header.substr(0, eol);
        header = eol == std::string_view::npos ? std::string_view{} : header.substr(eol + 2);
        size_t colon = line.find(':');
        if (colon == std::string_view::npos) return {std::nullopt, "malformed header line"};
        if (text::lower(text::trim(line.substr(0, colon))) != "content-length") continue;
        std::string_view value = text::trim(line.substr(colon + 1));
        size_t n = 0;
        auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
        if (ec != std::errc() || end != value.data() + value.size() || value.empty())
            return {std::nullopt, "Content-Length is not a number"};
        if (n > kMaxBodyBytes) return {std::nullopt, "Content-Length is too large"};
        length = n;
    }
    if (!length) return {std::nullopt, "no Content-Length header"};
    return {length, {}};
}

}  // namespace

void FrameReader::feed(std::string_view bytes) {
    // Drop what was consumed before growing, so a long session keeps one message's bytes.
    if (start_ > 0 && start_ == buffer_.size()) {
        buffer_.clear();
        start_ = 0;
    } else if (start_ > (size_t{1} << 20)) {
        buffer_.erase(0, start_);
        start_ = 0;
    }
    buffer_.append(bytes);
}

std::optional<Frame> FrameReader::next() {
    std::string_view rest = std::string_view(buffer_).substr(start_);
    if (!body_length_) {
        size_t end = rest.find(kHeaderEnd);
        if (end == std::string_view::npos) {
            if (rest.size() <= kMaxHeaderBytes) return std::nullopt;
            start_ = buffer_.size();
            return Frame{{}, "header longer than " + std::to_string(kMaxHeaderBytes) + " bytes"};
        }
        HeaderResult header = parse_header(rest.substr(0, end));
        if (!header.length) {
            // The rest of a body whose Content-Length was too short runs into the next header:
            // resume at a later "Content-Length" of the block, else after the block.
            size_t resume = rest.substr(0, end).find(kContentLength, 1);
            start_ += resume != std::string_view::npos ? resume : end + kHeaderEnd.size();
            return Frame{{}, header.error};
        }
        start_ += end + kHeaderEnd.size();
        body_length_ = header.length;
        rest = std::string_view(buffer_).substr(start_);
    }
    if (rest.size() < *body_length_) return std::nullopt;
    Frame frame{std::string(rest.substr(0, *body_length_)), std::nullopt};
    start_ += *body_length_;
    body_length_.reset();
    return frame;
}

std::string encode_frame(std::string_view body) {
    std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
    out.append(body);
    return out;
}

}  // namespace crossfoot::lsp
