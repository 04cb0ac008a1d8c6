#include "line_shape.h"

#include <algorithm>
#include <array>

#include "crossfoot/figure.h"

namespace crossfoot::detail {

namespace {

constexpr std::array<std::string_view, 10> kNotApplicable = {"N/A", "n/a", "NM",   "nm",   "N/M",
                                                             "n/m", "NA",  "N.A.", "n.m.", "N.M."};

bool is_space(char c) { return c == ' ' || c == '\t'; }

struct Word {
    Extent span;
    size_t gap_before = 0;  // spaces between this word and the previous one
};

// The next word at or after byte `i`, and the spaces between it and the word before (which
// ended at `last_end`); false at the end of the line.
bool next_word(std::string_view line, size_t& i, size_t& last_end, Word& word) {
    size_t start = i;
    while (start < line.size() && is_space(line[start])) ++start;
    if (start == line.size()) return false;
    size_t end = start;
    while (end < line.size() && !is_space(line[end])) ++end;
    word = {{start, end}, start - last_end};
    last_end = i = end;
    return true;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// True when `token` is surely not a value token: no digit, no dash, no "N/A". A figure needs a
// digit and a nil token is a dash ("-", "--", an em or en dash, whose UTF-8 starts 0xE2).
bool cannot_be_value(std::string_view token) {
    for (char c : token) {
        if (is_digit(c) || c == '-' || static_cast<unsigned char>(c) == 0xE2) return false;
    }
    return std::find(kNotApplicable.begin(), kNotApplicable.end(), token) == kNotApplicable.end();
}

// The tokens of a line that can bear on its shape. Cells are taken from the right and stop at
// the first token that is not a value, so what stands left of the last such token but one (the
// last may be a trailing "$", dropped) is only the label's start: a release stored on one line
// keeps a few tokens, not a million.
struct Tokens {
    std::vector<Word> tail;  ///< tokens [dropped, count) of the line
    size_t dropped = 0;
    size_t count = 0;
    size_t first_begin = 0;  ///< where the line's first token starts
};

// The words of a line, with "$" merged with the figure after it and "(" ... ")" pieces split by
// spaces joined: "$   (0.23)".
Tokens split_tokens(std::string_view line) {
    Tokens out;
    constexpr size_t kNone = static_cast<size_t>(-1);
    size_t last_stop = kNone;  // in `tail`, the last token that cannot be a value
    size_t i = 0;
    size_t last_end = 0;
    Word word;
    Word next;
    while (next_word(line, i, last_end, word)) {
        std::string_view text = line.substr(word.span.begin, word.span.end - word.span.begin);
        if ((text == "$" || text == "($" || text == "$(") && next_word(line, i, last_end, next))
            word.span.end = next.span.end;
        if (out.count++ == 0) out.first_begin = word.span.begin;
        // A token follows the last stop: what is before that stop no longer matters.
        if (last_stop != kNone && last_stop > 0) {
            out.tail.erase(out.tail.begin(), out.tail.begin() + static_cast<long>(last_stop));
            out.dropped += last_stop;
            last_stop = 0;
        }
        out.tail.push_back(word);
        if (cannot_be_value(line.substr(word.span.begin, word.span.end - word.span.begin)))
            last_stop = out.tail.size() - 1;
    }
    return out;
}

}  // namespace

bool is_value_token(std::string_view token) {
    for (auto na : kNotApplicable) {
        if (token == na) return true;
    }
    auto figure = parse_figure(token);
    return figure && (figure->nil || figure->number_end > figure->number_begin);
}

bool is_rule_line(std::string_view line, bool& is_double) {
    size_t marks = 0;
    size_t equals = 0;
    for (char c : line) {
        if (c == '-' || c == '_') {
            ++marks;
        } else if (c == '=') {
            ++equals;
        } else if (!is_space(c)) {
            return false;
        }
    }
    is_double = equals > marks;
    return marks + equals >= 3;
}

namespace {

// "2004": a year, as column headers and schedule rows print it.
bool is_year(std::string_view t) {
    return t.size() == 4 && (t.substr(0, 2) == "19" || t.substr(0, 2) == "20") &&
           std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_year_row(std::string_view line, const LineShape& shape) {
    if (shape.kind != LineKind::data) return false;
    // A label beside the years is a header too when it is a parenthetical: "(millions)", "common
    // share)".
    std::string_view label = line.substr(shape.label.begin, shape.label.end - shape.label.begin);
    if (!label.empty() && label.front() != '(' && label.back() != ')') return false;
    for (const auto& cell : shape.cells) {
        if (!is_year(line.substr(cell.begin, cell.end - cell.begin))) return false;
    }
    return true;
}

LineShape analyze_line(std::string_view line, size_t min_gap) {
    LineShape shape;
    Tokens all = split_tokens(line);
    if (all.count == 0) return shape;
    shape.indent = all.first_begin;
    bool is_double = false;
    if (is_rule_line(line, is_double)) {
        shape.kind = is_double ? LineKind::double_rule : LineKind::single_rule;
        return shape;
    }
    std::vector<Word>& tokens = all.tail;
    // A dollar sign whose figure wrapped onto the next line ("$8,973   $") stands for nothing here.
    if (all.count > 1 && line.substr(tokens.back().span.begin,
                                     tokens.back().span.end - tokens.back().span.begin) == "$") {
        tokens.pop_back();
        --all.count;
    }
    // Value tokens are taken from the right while each stands far enough from its left
    // neighbour. A percent-change column may sit one space after the amount it describes.
    // (When tokens were dropped, tokens[0] cannot be a value: the walk stops there.)
    auto text_of = [&](size_t i) {
        return line.substr(tokens[i].span.begin, tokens[i].span.end - tokens[i].span.begin);
    };
    size_t first_cell = tokens.size();
    while (first_cell > 0) {
        size_t i = first_cell - 1;
        std::string_view text = text_of(i);
        if (!is_value_token(text)) break;
        bool percent_beside_amount = text.back() == '%' && i > 0 && tokens[i].gap_before >= 1 &&
                                     is_value_token(text_of(i - 1));
        bool far_enough =
            all.dropped + i == 0 || tokens[i].gap_before >= min_gap || percent_beside_amount;
        if (!far_enough) break;
        --first_cell;
    }
    // A bare year before other figures labels its row: "1993      $ 1,584,000".
    if (first_cell == 0 && all.dropped == 0 && tokens.size() > 1) {
        bool all_years = std::all_of(tokens.begin(), tokens.end(), [&](const Word& w) {
            return is_year(line.substr(w.span.begin, w.span.end - w.span.begin));
        });
        if (is_year(text_of(0)) && !all_years) first_cell = 1;
    }
    for (size_t i = first_cell; i < tokens.size(); ++i) shape.cells.push_back(tokens[i].span);
    if (first_cell > 0) shape.label = {all.first_begin, tokens[first_cell - 1].span.end};
    if (first_cell < tokens.size()) shape.widest_gap = tokens[first_cell].gap_before;
    shape.kind = shape.cells.empty() ? LineKind::label_only : LineKind::data;
    if (is_year_row(line, shape)) shape.kind = LineKind::year_header;
    return shape;
}

}  // namespace crossfoot::detail
