#include "html_entities.h"

#include <array>
#include <charconv>
#include <utility>

namespace crossfoot::detail {

namespace {

// The named references of press releases; the rest are left as printed.
constexpr std::array<std::pair<std::string_view, std::string_view>, 50> kNamed = {{
    {"amp", "&"},
    {"lt", "<"},
    {"gt", ">"},
    {"quot", "\""},
    {"apos", "'"},
    {"nbsp", " "},
    {"ensp", " "},
    {"emsp", " "},
    {"thinsp", " "},
    {"ndash", "\xE2\x80\x93"},
    {"mdash", "\xE2\x80\x94"},
    {"minus", "\xE2\x88\x92"},
    {"lsquo", "\xE2\x80\x98"},
    {"rsquo", "\xE2\x80\x99"},
    {"ldquo", "\xE2\x80\x9C"},
    {"rdquo", "\xE2\x80\x9D"},
    {"middot", "\xC2\xB7"},
    {"bull", "\xE2\x80\xA2"},
    {"hellip", "\xE2\x80\xA6"},
    {"reg", "\xC2\xAE"},
    {"trade", "\xE2\x84\xA2"},
    {"copy", "\xC2\xA9"},
    {"sect", "\xC2\xA7"},
    {"para", "\xC2\xB6"},
    {"deg", "\xC2\xB0"},
    {"cent", "\xC2\xA2"},
    {"pound", "\xC2\xA3"},
    {"yen", "\xC2\xA5"},
    {"euro", "\xE2\x82\xAC"},
    {"times", "\xC3\x97"},
    {"dagger", "\xE2\x80\xA0"},
    {"Dagger", "\xE2\x80\xA1"},
    {"frac12", "\xC2\xBD"},
    {"frac14", "\xC2\xBC"},
    {"frac34", "\xC2\xBE"},
    {"eacute", "\xC3\xA9"},
    {"egrave", "\xC3\xA8"},
    {"uuml", "\xC3\xBC"},
    {"ouml", "\xC3\xB6"},
    {"auml", "\xC3\xA4"},
    {"aacute", "\xC3\xA1"},
    {"iacute", "\xC3\xAD"},
    {"oacute", "\xC3\xB3"},
    {"uacute", "\xC3\xBA"},
    {"ntilde", "\xC3\xB1"},
    {"ge", "\xE2\x89\xA5"},
    {"le", "\xE2\x89\xA4"},
    {"sup1", "\xC2\xB9"},
    {"sup2", "\xC2\xB2"},
    {"sup3", "\xC2\xB3"},
}};

constexpr size_t kMaxName = 10;

// windows-1252 characters 128-159 as code points; 0 where it has none.
constexpr std::array<unsigned, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string utf8(unsigned code) {
    std::string out;
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
    return out;
}

// "&#8212;" or "&#x2014;": the character, if it is one that can be printed.
std::optional<std::string> numeric(std::string_view digits) {
    int base = 10;
    if (!digits.empty() && (digits[0] == 'x' || digits[0] == 'X')) {
        base = 16;
        digits.remove_prefix(1);
    }
    if (digits.empty() || digits.size() > 7) return std::nullopt;
    unsigned code = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), code, base);
    if (error != std::errc{} || end != digits.data() + digits.size()) return std::nullopt;
    bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    if (code < 0x20 || surrogate || code > 0x10FFFF) return std::nullopt;
    if (code == 0xA0) return std::string(" ");
    // References to 128-159 mean windows-1252 ("&#149;" is a bullet), as browsers read them.
    if (code >= 0x80 && code < 0xA0) code = kWindows1252[code - 0x80];
    if (code == 0) return std::nullopt;
    return utf8(code);
}

}  // namespace

std::optional<Entity> entity_at(std::string_view s) {
    if (s.size() < 3 || s[0] != '&') return std::nullopt;
    size_t semi = s.find(';', 1);
    if (semi == std::string_view::npos || semi > kMaxName + 1) return std::nullopt;
    std::string_view name = s.substr(1, semi - 1);
    if (name.empty()) return std::nullopt;
    if (name[0] == '#') {
        auto text = numeric(name.substr(1));
        if (!text) return std::nullopt;
        return Entity{*text, semi + 1};
    }
    for (const auto& [known, text] : kNamed) {
        if (known == name) return Entity{std::string(text), semi + 1};
    }
    return std::nullopt;
}

std::string decode_entities(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        if (s[i] == '&') {
            if (auto entity = entity_at(s.substr(i))) {
                out += entity->text;
                i += entity->length;
                continue;
            }
        }
        out += s[i++];
    }
    return out;
}

void append_decoded(LocatedTextBuilder& out, std::string_view text, size_t begin, size_t end) {
    size_t run = begin;
    for (size_t i = begin; i < end;) {
        std::optional<Entity> entity;
        if (text[i] == '&') entity = entity_at(text.substr(i, end - i));
        if (!entity) {
            ++i;
            continue;
        }
        out.append(run, i);
        out.append_replacement(entity->text, i, i + entity->length);
        i += entity->length;
        run = i;
    }
    out.append(run, end);
}

}  // namespace crossfoot::detail
