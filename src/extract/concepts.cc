#include "crossfoot/concepts.h"

#include <cctype>

#include "common/text.h"

namespace crossfoot {

namespace {

// Footnote markers after a label: "(1)", "(a)", "*", "(Note 3)".
bool is_marker(std::string_view word) {
    if (word.empty()) return true;
    if (word == "note") return false;
    bool digits = true;
    for (char c : word) digits &= std::isdigit(static_cast<unsigned char>(c)) != 0;
    return digits || (word.size() == 1 && word[0] >= 'a' && word[0] <= 'e');
}

}  // namespace

std::string normalize_label(std::string_view label) {
    std::string out;
    std::string word;
    bool in_parens_marker = false;
    auto flush = [&] {
        if (!word.empty() && !(in_parens_marker && is_marker(word))) text::append_word(out, word);
        word.clear();
    };
    for (size_t i = 0; i < label.size(); ++i) {
        auto c = static_cast<unsigned char>(label[i]);
        if (std::isalnum(c)) {
            word += static_cast<char>(std::tolower(c));
        } else if (c == '&') {
            flush();
            text::append_word(out, "and");
        } else if (c == '\'' && !word.empty()) {
            // "stockholders' equity" and "stockholder's equity" read alike
        } else {
            flush();
            in_parens_marker = c == '(' ? true : c == ')' ? false : in_parens_marker;
        }
        if (c == ')') in_parens_marker = false;
    }
    flush();
    // Trailing bare markers: "Net sales 1" from "Net sales(1)" already dropped; drop "*" forms too.
    while (out.size() > 2 && out[out.size() - 2] == ' ' &&
           std::isdigit(static_cast<unsigned char>(out.back()))) {
        out.resize(out.size() - 2);
    }
    return out;
}

void ConceptDictionary::add(Concept entry) {
    auto [at, added] = index_.try_emplace(entry.id, concepts_.size());
    if (!added) {
        concepts_[at->second] = std::move(entry);
        return;
    }
    concepts_.push_back(std::move(entry));
}

std::optional<size_t> ConceptDictionary::match(const std::string& label) const {
    for (size_t i = 0; i < concepts_.size(); ++i) {
        const Concept& c = concepts_[i];
        bool excluded = false;
        for (const auto& phrase : c.exclude) excluded |= text::has_phrase(label, phrase);
        if (excluded) continue;
        for (const auto& whole : c.labels) {
            if (label == whole) return i;
        }
        for (const auto& all : c.words) {
            bool every = !all.empty();
            for (const auto& phrase : all) every &= text::has_phrase(label, phrase);
            if (every) return i;
        }
    }
    return std::nullopt;
}

std::optional<size_t> ConceptDictionary::find(std::string_view id) const {
    auto at = index_.find(std::string(id));
    if (at == index_.end()) return std::nullopt;
    return at->second;
}

}  // namespace crossfoot
