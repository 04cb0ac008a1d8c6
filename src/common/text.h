// Small string helpers shared by the stages. Internal to src/.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace crossfoot::text {

/// "  a b  " -> "a b".
[[nodiscard]] inline std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

/// 'a'-'z' and 'A'-'Z': std::isalpha of the "C" locale crossfoot runs in, without a call
/// into libc for every character of a release.
[[nodiscard]] constexpr bool is_ascii_alpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
/// 'A' -> 'a'; any other byte as it is.
[[nodiscard]] constexpr char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// "Net Sales" -> "net sales" (ASCII only).
[[nodiscard]] inline std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    return out;
}

/// Appends `word` to `out` with one space between: ("net", "sales") -> "net sales".
inline void append_word(std::string& out, std::string_view word) {
    if (!out.empty()) out.push_back(' ');
    out.append(word);
}

[[nodiscard]] inline bool starts_with(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

/// `phrase` occurs in `text` as whole words: ("net sales total", "sales") -> true,
/// ("wholesales", "sales") -> false. Labels are matched this way many times a table: no copies.
[[nodiscard]] inline bool has_phrase(std::string_view text, std::string_view phrase) {
    if (phrase.empty()) return false;
    for (size_t at = text.find(phrase); at != std::string_view::npos;
         at = text.find(phrase, at + 1)) {
        bool starts = at == 0 || text[at - 1] == ' ';
        size_t end = at + phrase.size();
        if (starts && (end == text.size() || text[end] == ' ')) return true;
    }
    return false;
}

/// The OS's reason for an errno, to continue a sentence: EACCES -> "permission denied".
[[nodiscard]] std::string os_reason(int error);

/// Control characters made visible, so text from a document cannot drive the terminal:
/// C0 except tab, DEL and C1 become `\x1b`-style escapes. "a\x1b]0;t\x07" -> "a\\x1b]0;t\\x07".
/// Expects UTF-8; C1 controls are the code points U+0080 to U+009F.
[[nodiscard]] std::string escape_controls(std::string_view s);

/// The 1-based column of character `column` of `s` once `s` is escaped.
[[nodiscard]] int escaped_column(std::string_view s, int column);

}  // namespace crossfoot::text
