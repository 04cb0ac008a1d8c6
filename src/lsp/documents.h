// The documents the editor has open, as it last sent them.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace crossfoot::lsp {

struct OpenDocument {
    std::string uri;
    std::string text;
    int version = 0;
};

/// Applies one `TextDocumentContentChangeEvent`: with `range`, replaces that part (UTF-16
/// positions); without, replaces the whole text. Throws std::invalid_argument when malformed.
void apply_change(std::string& text, const nlohmann::json& change);

/// "file:///tmp/a%20b.txt" -> "/tmp/a b.txt"; nullopt for other schemes.
[[nodiscard]] std::optional<std::string> path_of_uri(const std::string& uri);
/// "/tmp/a b.txt" -> "file:///tmp/a%20b.txt".
[[nodiscard]] std::string uri_of_path(const std::string& path);

}  // namespace crossfoot::lsp
