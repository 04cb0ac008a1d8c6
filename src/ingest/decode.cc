// Bytes -> UTF-8 text: UTF-8, UTF-16 with a byte-order mark, else windows-1252; NUL bytes of an
// otherwise readable text read as spaces. Each decoder records where a character's decoded and
// original widths differ, so that spans point at the original bytes.
#include <array>

#include "crossfoot/source.h"

namespace crossfoot {

namespace {

using WideCharacters = std::vector<std::pair<size_t, size_t>>;

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
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// windows-1252 bytes 0x80-0x9F; the five undefined ones map to themselves as C1 controls.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

// Records (decoded offset, original offset) of every character that takes more than one byte
// in UTF-8, so that spans can point at the original bytes.
std::string windows_1252_to_utf8(std::string_view bytes, WideCharacters& wide) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (size_t i = 0; i < bytes.size(); ++i) {
        auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x80) wide.emplace_back(out.size(), i);
        append_utf8(out, c >= 0x80 && c < 0xA0 ? kCp1252High[c - 0x80] : char32_t{c});
    }
    return out;
}

// UTF-16 code units (after the byte-order mark) to UTF-8. Every character is two original
// bytes, or four for a surrogate pair; those that are not ASCII are recorded as in
// windows_1252_to_utf8. A lone surrogate reads as U+FFFD; an odd last byte is dropped.
std::string utf16_to_utf8(std::string_view bytes, Encoding encoding, WideCharacters& wide) {
    bool big = encoding == Encoding::utf16be;
    auto unit = [&](size_t i) {
        auto hi = static_cast<unsigned char>(bytes[big ? i : i + 1]);
        auto lo = static_cast<unsigned char>(bytes[big ? i + 1 : i]);
        return static_cast<char32_t>((hi << 8) | lo);
    };
    std::string out;
    out.reserve(bytes.size() / 2);
    for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
        char32_t cp = unit(i);
        size_t start = i;
        if (cp >= 0xD800 && cp < 0xDC00 && i + 3 < bytes.size() && unit(i + 2) >= 0xDC00 &&
            unit(i + 2) < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (unit(i + 2) - 0xDC00);
            i += 2;
        } else if (cp >= 0xD800 && cp < 0xE000) {
            cp = 0xFFFD;
        }
        if (cp >= 0x80) wide.emplace_back(out.size(), start);
        append_utf8(out, cp);
    }
    return out;
}

// The encoding a byte-order mark names, and its length; UTF-8 and 0 when there is none.
std::pair<Encoding, size_t> byte_order_mark(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return {Encoding::utf8, 3};
    if (bytes.substr(0, 2) == "\xFF\xFE") return {Encoding::utf16le, 2};
    if (bytes.substr(0, 2) == "\xFE\xFF") return {Encoding::utf16be, 2};
    return {Encoding::utf8, 0};
}

// Why text with these NUL and control characters is binary, or empty when it is text.
std::string counts_reason(std::string_view text) {
    size_t nuls = 0;
    size_t controls = 0;
    // Counted without branches, so the compiler vectorises the walk over every byte read.
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        nuls += static_cast<size_t>(c == 0);
        controls += static_cast<size_t>(c < 0x20) & static_cast<size_t>(c != '\n') &
                    static_cast<size_t>(c != '\r') & static_cast<size_t>(c != '\t') &
                    static_cast<size_t>(c != '\f');
    }
    // A stray NUL in a release is a slip of the tool that wrote it; more than one in a KiB is
    // not text.
    if (nuls > 0 && nuls * kBytesPerNul > text.size()) return "binary file (contains NUL bytes)";
    if (controls - nuls > text.size() / 100 + 8) return "binary file (control characters)";
    return {};
}

}  // namespace

bool is_utf16(Encoding encoding) {
    return encoding == Encoding::utf16le || encoding == Encoding::utf16be;
}

std::string non_text_reason(std::string_view bytes) {
    if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
        return "binary file (a zip archive)";
    }
    auto [encoding, bom] = byte_order_mark(bytes);
    if (!is_utf16(encoding)) return counts_reason(bytes);
    WideCharacters wide;
    return counts_reason(utf16_to_utf8(bytes.substr(bom), encoding, wide));
}

SourceFile decode_source(std::string path, std::string_view bytes) {
    SourceFile source;
    source.path = std::move(path);
    auto [encoding, bom] = byte_order_mark(bytes);
    bytes.remove_prefix(bom);
    WideCharacters wide;
    if (is_utf16(encoding)) {
        source.encoding = encoding;
        source.text = utf16_to_utf8(bytes, encoding, wide);
    } else if (is_valid_utf8(bytes)) {
        source.text.assign(bytes);
    } else {
        source.encoding = Encoding::windows_1252;
        source.text = windows_1252_to_utf8(bytes, wide);
    }
    std::string_view text = source.text;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        source.lines.push_back(text.substr(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < text.size()) source.lines.push_back(text.substr(start));
    source.index(bom, std::move(wide));
    // A NUL is one decoded byte, as a space is: the map stays exact.
    for (auto& c : source.text) {
        if (c != '\0') continue;
        if (source.nul_bytes++ == 0)
            source.first_nul = source.original_offset(static_cast<size_t>(&c - source.text.data()));
        c = ' ';
    }
    return source;
}

}  // namespace crossfoot
