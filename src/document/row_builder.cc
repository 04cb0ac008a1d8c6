#include "row_builder.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "common/text.h"
#include "crossfoot/figure.h"
#include "label_cells.h"

namespace crossfoot::detail {

namespace {

bool starts_lower(std::string_view s) {
    return !s.empty() && (std::islower(static_cast<unsigned char>(s[0])) || s[0] == '(');
}

bool is_upper_text(std::string_view s) {
    bool letters = false;
    for (char c : s) {
        if (std::islower(static_cast<unsigned char>(c))) return false;
        letters |= std::isupper(static_cast<unsigned char>(c)) != 0;
    }
    return letters;
}

// A label line ending with a connector word ("Cost of sales and") or with a comma or hyphen.
bool ends_with_connector(std::string_view s, const Vocabulary& words) {
    if (!s.empty() && (s.back() == ',' || s.back() == '-')) return true;
    return std::any_of(words.connectors.begin(), words.connectors.end(), [&](const std::string& c) {
        return s.size() > c.size() && s.substr(s.size() - c.size()) == c &&
               s[s.size() - c.size() - 1] == ' ';
    });
}

// Does `next` (a label line) continue the label `prev` rather than sit under it as a section item?
bool continues(std::string_view prev, size_t prev_indent, std::string_view next, size_t next_indent,
               const Vocabulary& words) {
    if (!prev.empty() && prev.back() == ':') return false;
    if (is_upper_text(prev) && !is_upper_text(next)) return false;
    if (starts_lower(next) || ends_with_connector(prev, words)) return true;
    // A section's items are indented under it; a wrapped label goes on at the same place or a
    // little in.
    return next_indent >= prev_indent && next_indent <= prev_indent + 2;
}

// "expenses        ------     ------": the rule under the row's figures shares its label's line.
std::string_view strip_rule_tail(std::string_view label, bool& had_rule) {
    had_rule = false;
    while (true) {
        size_t space = label.find_last_of(' ');
        std::string_view last = space == std::string_view::npos ? label : label.substr(space + 1);
        bool dashes = last.size() >= 3 && last.find_first_not_of("-=_") == std::string_view::npos;
        if (!dashes || space == std::string_view::npos) return label;
        had_rule = true;
        label = label.substr(0, label.find_last_not_of(' ', space) + 1);
    }
}

struct PendingLabel {
    std::string text;
    Span span;
    size_t indent = 0;
    Span line;
};

class RowBuilder {
public:
    RowBuilder(const SourceFile& source, const ColumnEdges& edges, Table& table,
               const Vocabulary& words)
        : source_(source), edges_(edges), table_(table), words_(words) {}

    void add(const ShapedLine& l) {
        const auto& s = l.shape;
        if (held_blank_) resolve_held_blank(l);
        switch (s.kind) {
            case LineKind::blank:
                // In a double-spaced table a label may wrap across the blank line: hold it.
                if (!pending_.empty() && pending_.back().text.back() != ':' && !held_blank_) {
                    held_blank_ = l;
                    break;
                }
                flush_pending();
                push_simple(RowKind::blank, l);
                break;
            case LineKind::single_rule:
                flush_pending();
                push_simple(RowKind::single_rule, l);
                break;
            case LineKind::double_rule:
                flush_pending();
                push_simple(RowKind::double_rule, l);
                break;
            case LineKind::year_header:
                flush_pending();
                push_simple(RowKind::header, l);
                break;
            case LineKind::label_only:
                add_label_line(l);
                break;
            case LineKind::data:
                add_data_line(l);
                break;
        }
    }
    void finish() {
        flush_pending();
        held_blank_.reset();
    }

private:
    // The line after a held blank continues the pending label, or the label was a caption.
    void resolve_held_blank(const ShapedLine& l) {
        ShapedLine blank_line = *held_blank_;
        held_blank_.reset();
        bool continued = false;
        if (l.shape.kind == LineKind::data || l.shape.kind == LineKind::label_only) {
            std::string_view label =
                l.line.text.substr(l.shape.label.begin, l.shape.label.end - l.shape.label.begin);
            continued = !label.empty() && continues(pending_.back().text, pending_.back().indent,
                                                    label, l.shape.indent, words_);
        }
        if (continued) return;
        flush_pending();
        push_simple(RowKind::blank, blank_line);
    }

    void push_simple(RowKind kind, const ShapedLine& l) {
        Row row;
        row.kind = kind;
        row.span = line_span(l);
        table_.rows.push_back(std::move(row));
    }

    void add_label_line(const ShapedLine& l) {
        bool had_rule = false;
        std::string_view text = strip_rule_tail(
            l.line.text.substr(l.shape.label.begin, l.shape.label.end - l.shape.label.begin),
            had_rule);
        if (had_rule) {
            add_label_text(l, text);
            flush_pending();
            push_simple(RowKind::single_rule, l);
            return;
        }
        add_label_text(l, text);
    }

    void add_label_text(const ShapedLine& l, std::string_view text) {
        size_t end = l.shape.label.begin + text.size();
        // A lower-case line right under a data row finishes that row's label.
        if (pending_.empty() && !table_.rows.empty() && table_.rows.back().kind == RowKind::data &&
            line_of(table_.rows.back()) + 1 == l.line.index && starts_lower(text)) {
            text::append_word(table_.rows.back().label, text);
            table_.rows.back().label_spans.push_back(
                l.line.span(source_, l.shape.label.begin, end));
            return;
        }
        pending_.push_back({std::string(text), l.line.span(source_, l.shape.label.begin, end),
                            l.shape.indent, line_span(l)});
    }

    void add_data_line(const ShapedLine& l) {
        Row row;
        row.kind = RowKind::data;
        row.span = line_span(l);
        detail::Extent label_span = l.shape.label;
        std::vector<detail::Extent> cell_spans = aligned_in_label(edges_, l, label_span);
        cell_spans.insert(cell_spans.end(), l.shape.cells.begin(), l.shape.cells.end());
        size_t misprint_end = label_span.end;
        std::optional<Cell> misprint = misprint_in_label(source_, edges_, l, label_span);
        std::optional<Cell> garbled =
            misprint ? std::nullopt : garbled_in_label(source_, l, label_span);
        std::string label(l.line.text.substr(label_span.begin, label_span.end - label_span.begin));
        size_t indent = l.shape.label.end > l.shape.label.begin ? l.shape.indent : 0;
        // Join the pending label lines that this row's label continues; the rest open sections.
        size_t joined_from = pending_.size();
        std::string_view next = label;
        size_t next_indent = indent;
        // Pending lines are contiguous (a blank between them was held for a wrapped label).
        while (joined_from > 0 && (next.empty() || continues(pending_[joined_from - 1].text,
                                                             pending_[joined_from - 1].indent, next,
                                                             next_indent, words_))) {
            --joined_from;
            next = pending_[joined_from].text;
            next_indent = pending_[joined_from].indent;
        }
        for (size_t i = 0; i < joined_from; ++i) push_label_row(pending_[i], RowKind::section);
        std::string full;
        for (size_t i = joined_from; i < pending_.size(); ++i) {
            text::append_word(full, pending_[i].text);
            row.label_spans.push_back(pending_[i].span);
        }
        if (!label.empty()) {
            text::append_word(full, label);
            row.label_spans.push_back(l.line.span(source_, label_span.begin, label_span.end));
        }
        row.label = std::move(full);
        pending_.clear();
        row.cells.resize(table_.columns.size());
        for (const auto& span : cell_spans) {
            auto figure = parse_figure(l.line.text.substr(span.begin, span.end - span.begin));
            bool centred = !figure || figure->nil;
            auto column = column_for(edges_, char_pos(l.line, span.end), centred);
            Cell cell{std::string(l.line.source_text(span.begin, span.end)),
                      l.line.span(source_, span.begin, span.end)};
            if (column && !row.cells[*column]) {
                row.cells[*column] = std::move(cell);
            } else if (figure && !figure->nil) {
                row.unplaced.push_back(std::move(cell));  // no column takes it: say so
            }
        }
        if (garbled) row.unplaced.push_back(std::move(*garbled));
        if (misprint) {
            auto column = column_for(edges_, char_pos(l.line, misprint_end));
            if (column && !row.cells[*column]) row.cells[*column] = std::move(misprint);
        }
        table_.rows.push_back(std::move(row));
    }

    void push_label_row(const PendingLabel& p, RowKind kind) {
        Row row;
        row.kind = kind;
        row.label = p.text;
        row.label_spans.push_back(p.span);
        row.span = p.line;
        table_.rows.push_back(std::move(row));
    }

    // Label lines followed by a blank or a rule open nothing (captions), unless they
    // announce a list with a colon: "Operating expenses:".
    void flush_pending() {
        for (const auto& p : pending_) {
            push_label_row(
                p, !p.text.empty() && p.text.back() == ':' ? RowKind::section : RowKind::caption);
        }
        pending_.clear();
    }

    // The whole of line `l`: where a row's figures or rule stand.
    Span line_span(const ShapedLine& l) const {
        return l.line.span(source_, 0, l.line.text.size());
    }
    size_t line_of(const Row& row) const { return source_.line_index(row.span.begin); }

    const SourceFile& source_;
    const ColumnEdges& edges_;
    Table& table_;
    const Vocabulary& words_;
    std::vector<PendingLabel> pending_;
    std::optional<ShapedLine> held_blank_;
};

}  // namespace

void build_rows(const SourceFile& source, const std::vector<ShapedLine>& body,
                const ColumnEdges& edges, Table& table, const Vocabulary& words) {
    RowBuilder rows(source, edges, table, words);
    for (const auto& l : body) rows.add(l);
    rows.finish();
}

}  // namespace crossfoot::detail
