#include "lsp/documents.h"

#include <cctype>
#include <stdexcept>

#include "lsp/positions.h"

namespace crossfoot::lsp {

namespace {

LspPosition position_of(const nlohmann::json& p) {
    return {p.at("line").get<int>(), p.at("character").get<int>()};
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

void apply_change(std::string& text, const nlohmann::json& change) {
    try {
        const std::string& replacement = change.at("text").get_ref<const std::string&>();
        if (!change.contains("range")) {
            text = replacement;
            return;
        }
        const auto& range = change.at("range");
        size_t begin = byte_offset(text, position_of(range.at("start")));
        size_t end = byte_offset(text, position_of(range.at("end")));
        if (end < begin) throw std::invalid_argument("the range ends before it starts");
        text.replace(begin, end - begin, replacement);
    } catch (const nlohmann::json::exception& e) {
        throw std::invalid_argument(std::string("malformed content change: ") + e.what());
    }
}

std::optional<std::string> path_of_uri(const std::string& uri) {
    constexpr std::string_view kScheme = "file://";
    if (uri.compare(0, kScheme.size(), kScheme) != 0) return std::nullopt;
    std::string path;
    for (size_t i = kScheme.size(); i < uri.size(); ++i) {
        int high = i + 2 < uri.size() ? hex_digit(uri[i + 1]) : -1;
        int low = i + 2 < uri.size() ? hex_digit(uri[i + 2]) : -1;
        if (uri[i] == '%' && high >= 0 && low >= 0) {
            path.push_back(static_cast<char>(high * 16 + low));
            i += 2;
        } else {
            path.push_back(uri[i]);
        }
    }
    return path;
}

std::string uri_of_path(const std::string& path) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string uri = "file://";
    for (unsigned char c : path) {
        bool plain = std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
        if (plain) {
            uri.push_back(static_cast<char>(c));
        } else {
            uri.push_back('%');
            uri.push_back(kHex[c >> 4]);
            uri.push_back(kHex[c & 15]);
        }
    }
    return uri;
}

}  // namespace crossfoot::lsp
