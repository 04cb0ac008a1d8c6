#include "common/text.h"

#include <fmt/format.h>

#include <system_error>

namespace crossfoot::text {

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// The escape for the control character at `i`, with its length in bytes; {"", 0} when the
// character there is printed as is.
std::pair<std::string, size_t> escape_at(std::string_view s, size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\t') || c == 0x7F) return {fmt::format("\\x{:02x}", c), 1};
    if (c == 0xC2 && i + 1 < s.size()) {
        auto next = static_cast<unsigned char>(s[i + 1]);
        if (next >= 0x80 && next <= 0x9F) return {fmt::format("\\x{:02x}", next), 2};
    }
    return {{}, 0};
}

}  // namespace

std::string os_reason(int error) {
    std::string reason = std::error_code(error, std::generic_category()).message();
    if (!reason.empty() && reason[0] >= 'A' && reason[0] <= 'Z')
        reason[0] = static_cast<char>(reason[0] - 'A' + 'a');
    return reason;
}

std::string escape_controls(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        auto [escape, length] = escape_at(s, i);
        if (length == 0) {
            out += s[i++];
        } else {
            out += escape;
            i += length;
        }
    }
    return out;
}

int escaped_column(std::string_view s, int column) {
    int shown = 1;
    int character = 1;
    for (size_t i = 0; i < s.size() && character < column;) {
        auto [escape, length] = escape_at(s, i);
        if (length == 0) {
            do {
                ++i;
            } while (i < s.size() && is_continuation(static_cast<unsigned char>(s[i])));
            ++shown;
        } else {
            shown += static_cast<int>(escape.size());
            i += length;
        }
        ++character;
    }
    return shown + (column - character);
}

}  // namespace crossfoot::text
