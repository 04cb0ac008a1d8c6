#include "crossfoot/formula.h"

#include <cctype>

namespace crossfoot {

namespace {

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

class Lexer {
public:
    explicit Lexer(std::string_view text) : text_(text) {}
    void skip_space() {
        while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
    }
    bool eat(char c) {
        skip_space();
        if (pos_ < text_.size() && text_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }
    std::string name() {
        skip_space();
        size_t start = pos_;
        while (pos_ < text_.size() && is_name_char(text_[pos_])) ++pos_;
        return std::string(text_.substr(start, pos_ - start));
    }
    bool done() {
        skip_space();
        return pos_ == text_.size();
    }

private:
    std::string_view text_;
    size_t pos_ = 0;
};

}  // namespace

std::optional<Formula> parse_formula(std::string_view text, std::string& error) {
    if (text.find_first_of("()") != std::string_view::npos) {
        error =
            "has a parenthesis: parentheses are not supported in formulas; write each term "
            "with its sign, \"a = b - c - d\" for \"a = b - (c + d)\"";
        return std::nullopt;
    }
    Lexer lex(text);
    Formula f;
    f.result = lex.name();
    if (f.result.empty()) {
        error = "must start with the concept it computes: \"result = a - b\"";
        return std::nullopt;
    }
    if (!lex.eat('=')) {
        error = "needs '=' after '" + f.result + "'";
        return std::nullopt;
    }
    bool negative = false;
    bool first = true;
    while (true) {
        FormulaTerm term;
        term.negative = negative;
        term.concept_id = lex.name();
        if (term.concept_id.empty()) {
            error = first ? "needs a term after '='"
                          : std::string("a term must follow '") +
                                (negative     ? '-'
                                 : f.quotient ? '/'
                                              : '+') +
                                "'";
            return std::nullopt;
        }
        term.optional = lex.eat('?');
        f.terms.push_back(term);
        first = false;
        if (lex.done()) break;
        if (lex.eat('+')) {
            negative = false;
        } else if (lex.eat('-')) {
            negative = true;
        } else if (lex.eat('/') && f.terms.size() == 1 && !f.quotient) {
            f.quotient = true;
            negative = false;
        } else {
            error = "expected '+', '-' or a single '/' after '" + term.concept_id + "'";
            return std::nullopt;
        }
        if (f.quotient && f.terms.size() == 2) {
            error = "a quotient takes exactly two terms";
            return std::nullopt;
        }
    }
    return f;
}

}  // namespace crossfoot
