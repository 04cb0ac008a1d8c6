// Figures that a table line's label holds: cells misread as words of the label.
#include "label_cells.h"

#include <algorithm>

namespace crossfoot::detail {

// A misprinted figure ("4,180 ,000") ends the label inside a column of figures: it is
// that column's cell, unreadable, rather than words of the label.
std::optional<Cell> misprint_in_label(const SourceFile& source, const ColumnEdges& edges,
                                      const ShapedLine& l, Extent& label) {
    std::string_view text = l.line.text.substr(label.begin, label.end - label.begin);
    size_t gap = text.rfind("  ");
    if (gap == std::string_view::npos) return std::nullopt;
    std::string_view tail = text.substr(text.find_first_not_of(' ', gap));
    if (tail.find_first_of("0123456789") == std::string_view::npos ||
        tail.find_first_not_of("0123456789,.$() -") != std::string_view::npos) {
        return std::nullopt;
    }
    if (!column_for(edges, char_pos(l.line, label.end))) return std::nullopt;
    size_t begin = label.begin + static_cast<size_t>(tail.data() - text.data());
    Cell cell{std::string(l.line.source_text(begin, label.end)),
              l.line.span(source, begin, label.end)};
    label.end = label.begin + text.find_last_not_of(' ', gap) + 1;
    return cell;
}

// A figure with a byte the encoding does not read ("11,5\xff96" in a UTF-8 file) is no
// figure, so it stayed in the label: it ends the label, after a gap, as one token of digits
// and figure punctuation with a character that is not ASCII. It is the row's, unplaced.
std::optional<Cell> garbled_in_label(const SourceFile& source, const ShapedLine& l, Extent& label) {
    std::string_view text = l.line.text.substr(label.begin, label.end - label.begin);
    size_t gap = text.rfind("  ");
    if (gap == std::string_view::npos) return std::nullopt;
    size_t start = text.find_first_not_of(' ', gap);
    std::string_view tail = text.substr(start);
    bool digits = tail.find_first_of("0123456789") != std::string_view::npos;
    bool foreign = false;
    for (char c : tail) {
        auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || u < 0x20) {
            foreign = true;
        } else if (std::string_view("0123456789,.$()-").find(c) == std::string_view::npos) {
            return std::nullopt;
        }
    }
    bool figure_ends =
        std::string_view("0123456789$(-").find(tail.front()) != std::string_view::npos &&
        (tail.back() == ')' || (tail.back() >= '0' && tail.back() <= '9'));
    if (!digits || !foreign || !figure_ends) return std::nullopt;
    size_t begin = label.begin + start;
    Cell cell{std::string(l.line.source_text(begin, label.end)),
              l.line.span(source, begin, label.end)};
    label.end = label.begin + text.find_last_not_of(' ', gap) + 1;
    return cell;
}

// Figures a single space apart ("(27,390) (17,824)") read as words of the label until the
// columns are known; those ending on a column's edge are cells.
std::vector<Extent> aligned_in_label(const ColumnEdges& edges, const ShapedLine& l, Extent& label) {
    std::vector<Extent> cells;
    while (label.end > label.begin) {
        std::string_view text = l.line.text.substr(label.begin, label.end - label.begin);
        size_t space = text.find_last_of(' ');
        size_t word_begin = space == std::string_view::npos ? 0 : space + 1;
        std::string_view word = text.substr(word_begin);
        if (word_begin > 0 && text[word_begin - 1] == '$') break;
        if (!is_value_token(word) || word == "-" ||
            !column_for(edges, char_pos(l.line, label.end))) {
            break;
        }
        // "$" may stand before the figure with spaces between.
        size_t begin = label.begin + word_begin;
        std::string_view before = text.substr(0, word_begin);
        size_t last = before.find_last_not_of(' ');
        if (last != std::string_view::npos && before[last] == '$' &&
            (last == 0 || before[last - 1] == ' ')) {
            begin = label.begin + last;
        }
        if (begin == label.begin) break;  // the whole label: leave the row its label
        cells.insert(cells.begin(), Extent{begin, label.end});
        std::string_view rest = l.line.text.substr(label.begin, begin - label.begin);
        label.end = label.begin + rest.find_last_not_of(' ') + 1;
    }
    return cells;
}

}  // namespace crossfoot::detail
