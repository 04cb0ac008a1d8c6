#include "crossfoot/source.h"

#include <array>

namespace crossfoot {

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the UTF-8 sequence starting at `i`, or 0 when it is malformed.
size_t utf8_sequence_length(std::string_view s, size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    if (n == 2 && c < 0xC2) return 0;  // overlong
    for (size_t k = 1; k < n; ++k) {
        if (!is_continuation(static_cast<unsigned char>(s[i + k]))) return 0;
    }
    return n;
}

bool is_valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        size_t n = utf8_sequence_length(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// windows-1252 bytes 0x80-0x9F; the five undefined ones map to themselves as C1 controls.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

std::string windows_1252_to_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        auto c = static_cast<unsigned char>(ch);
        append_utf8(out, c >= 0x80 && c < 0xA0 ? kCp1252High[c - 0x80] : char32_t{c});
    }
    return out;
}

}  // namespace

int SourceFile::column_of(size_t line_index, size_t byte_offset) const {
    const std::string& line = lines.at(line_index);
    int column = 1;
    for (size_t i = 0; i < byte_offset && i < line.size(); ++i) {
        if (!is_continuation(static_cast<unsigned char>(line[i]))) ++column;
    }
    return column;
}

Range SourceFile::range_of(size_t line_index, size_t begin, size_t end) const {
    int line = static_cast<int>(line_index) + 1;
    return {{line, column_of(line_index, begin)}, {line, column_of(line_index, end)}};
}

std::string non_text_reason(std::string_view bytes) {
    if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
        return "binary file (a zip archive)";
    }
    size_t controls = 0;
    for (char ch : bytes) {
        auto c = static_cast<unsigned char>(ch);
        if (c == 0) return "binary file (contains NUL bytes)";
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
    }
    if (controls > bytes.size() / 100 + 8) return "binary file (control characters)";
    return {};
}

SourceFile decode_source(std::string path, std::string_view bytes) {
    SourceFile source;
    source.path = std::move(path);
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    std::string text;
    if (is_valid_utf8(bytes)) {
        text.assign(bytes);
    } else {
        source.encoding = Encoding::windows_1252;
        text = windows_1252_to_utf8(bytes);
    }
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        source.lines.emplace_back(text, start, i - start);
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < text.size()) source.lines.emplace_back(text, start);
    return source;
}

}  // namespace crossfoot
