#include "crossfoot/rule_docs.h"

namespace crossfoot {

std::string rule_anchor(std::string_view rule) { return "rule-" + std::string(rule); }

bool is_built_in(const RuleSpec& rule) {
    for (const auto& embedded : embedded_rule_files()) {
        if (embedded.name == rule.file) return true;
    }
    return false;
}

std::string_view default_docs_url() { return CROSSFOOT_DOCS_URL; }

std::string rule_docs_link(std::string_view docs_url, std::string_view rule) {
    if (docs_url.empty()) return "";
    return std::string(docs_url) + "#" + rule_anchor(rule);
}

bool is_docs_url(std::string_view url) {
    if (url.find('#') != std::string_view::npos || url.find_first_of(" \t\r\n") != url.npos)
        return false;
    size_t colon = url.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    for (char c : url.substr(0, colon)) {
        bool scheme = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '+' || c == '-' || c == '.';
        if (!scheme) return false;
    }
    std::string_view rest = url.substr(colon + 1);
    return rest.starts_with("//") ? rest.size() > 2 : url.starts_with("file:") && rest.size() > 0;
}

}  // namespace crossfoot
