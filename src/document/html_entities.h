// HTML character references left raw in text converted from HTML ("&ndash;", "&#8212;").
// Internal to src/document.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "crossfoot/document.h"

namespace crossfoot::detail {

/// A character reference at the start of `s` and what it stands for.
struct Entity {
    std::string text;   ///< UTF-8
    size_t length = 0;  ///< bytes of the reference, "&" to ";" inclusive
};

/// The reference that `s` starts with, if it is one crossfoot knows: "&rsquo;s" -> "’", 7.
[[nodiscard]] std::optional<Entity> entity_at(std::string_view s);

/// `s` with its references decoded.
[[nodiscard]] std::string decode_entities(std::string_view s);

/// Appends decoded bytes [begin, end) of the source: runs verbatim, each reference as the
/// replacement that stands for its bytes.
void append_decoded(LocatedTextBuilder& out, std::string_view text, size_t begin, size_t end);

}  // namespace crossfoot::detail
