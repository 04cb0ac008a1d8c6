#include "crossfoot/facts.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "common/text.h"

namespace crossfoot {

namespace {

std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> words;
    size_t i = 0;
    while (i < s.size()) {
        size_t end = s.find(' ', i);
        if (end == std::string_view::npos) end = s.size();
        if (end > i) words.push_back(s.substr(i, end - i));
        i = end + 1;
    }
    return words;
}

bool contains_any(std::string_view text, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
        return text.find(w) != std::string_view::npos;
    });
}

bool begins_with_any(std::string_view text, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(),
                       [&](const std::string& w) { return text::starts_with(text, w); });
}

bool is_generic(const std::string& label, const Vocabulary& words) {
    if (std::find(words.generic_labels.begin(), words.generic_labels.end(), label) !=
        words.generic_labels.end())
        return true;
    return label.empty() || begins_with_any(label, words.per_share_words);
}

// "Weighted average shares outstanding", "Shares used in computing ..." (not "Treasury stock, 76
// shares").
bool counts_shares(const std::string& label, const Vocabulary& words) {
    if (contains_any(label, words.not_share_count_words)) return false;
    return contains_any(label, words.share_count_words) ||
           begins_with_any(label, words.share_words);
}

using text::lower;

Statement statement_of(const Table& table, const Vocabulary& words) {
    std::string title;
    for (const auto& line : table.title) title += lower(line.text) + " ";
    if (contains_any(title, words.balance_sheet_titles)) return Statement::balance_sheet;
    if (contains_any(title, words.cash_flow_titles)) return Statement::cash_flow;
    if (contains_any(title, words.statement_words) &&
        contains_any(title, words.income_statement_titles)) {
        return Statement::income;
    }
    return Statement::other;
}

std::optional<Figure> figure_of(const SourceFile& source, const Cell& cell, const TableScale& scale,
                                Nature nature, const std::string& label, const Vocabulary& words) {
    auto printed = parse_figure(cell.text);
    if (!printed) return std::nullopt;
    Figure f;
    f.text = cell.text.substr(printed->number_begin, printed->number_end - printed->number_begin);
    f.span = source.sub_span(cell.span, printed->number_begin, printed->number_end);
    f.unit = printed->unit;
    f.nil = printed->nil;
    f.not_applicable = printed->not_applicable;
    f.parenthesized = printed->parenthesized;
    // "Shares used in computing per share amounts" is a share count, not a per-share amount.
    // ("Issuance at $0.30 per share" is a count of shares: per-share amounts print cents.)
    bool per_share = nature == Nature::per_share ||
                     (nature != Nature::shares && contains_any(label, words.per_share_words) &&
                      !contains_any(label, words.share_words) && printed->number.exponent() < 0);
    bool shares = nature == Nature::shares;
    bool exempt = !is_amount(f.unit) || per_share || (shares && scale.shares_exempt);
    f.scale = exempt ? 0 : scale.exponent;
    if (shares && is_amount(f.unit) && scale.shares_exponent) f.scale = *scale.shares_exponent;
    f.per_share = per_share;
    f.share_count = shares;
    f.value = printed->number.scaled(f.scale);
    return f;
}

// "Six Months Ended June 30, 2005 (unaudited)" and "Six Months Ended June 30, 2005" are one period.
std::string period_key(const std::string& header, const Vocabulary& words) {
    std::string key;
    std::string normalized = normalize_label(header);
    for (std::string_view word : words_of(normalized)) {
        if (std::find(words.period_noise.begin(), words.period_noise.end(), word) ==
            words.period_noise.end())
            text::append_word(key, word);
    }
    return key;
}

// The concept a label names. A total word before a concept's own label adds nothing: "Total
// gross profit" is gross profit, "Total cost of goods sold" cost of sales.
std::optional<size_t> match_concept(const ConceptDictionary& concepts, const std::string& label,
                                    const Vocabulary& words) {
    if (auto found = concepts.match(label)) return found;
    size_t space = label.find(' ');
    if (space == std::string::npos) return std::nullopt;
    std::string_view first(label.data(), space);
    bool total = std::find(words.total_words.begin(), words.total_words.end(), first) !=
                 words.total_words.end();
    return total ? concepts.match(label.substr(space + 1)) : std::nullopt;
}

// Does `text`, normalised like a label, hold a phrase of `phrases` (part of a word is enough)?
bool names_any(const std::string& text, const std::vector<std::string>& phrases) {
    std::string label = normalize_label(text);
    return std::any_of(phrases.begin(), phrases.end(), [&](const std::string& phrase) {
        return label.find(phrase) != std::string::npos;
    });
}

}  // namespace

const RowFacts* TableFacts::unique_row(size_t concept_index) const {
    const RowFacts* found = nullptr;
    for (const auto& row : rows) {
        if (row.concept_index != concept_index) continue;
        if (found) return nullptr;
        found = &row;
    }
    return found;
}

std::string period_date(const std::string& header, const Vocabulary& vocabulary) {
    std::string h = normalize_label(header);
    // Slash dates survive normalisation only as digits; look for them in the raw text first.
    for (size_t i = 0; i + 5 < header.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(header[i])) &&
            header.find('/', i) != std::string::npos) {
            size_t end = header.find_first_of(" )", i);
            std::string token =
                header.substr(i, end == std::string::npos ? std::string::npos : end - i);
            if (token.find('/') != std::string::npos) return token;
            i = end == std::string::npos ? header.size() : end;
        }
    }
    // "june 30 2005 unaudited" -> "june 30 2005": the month, its day and the year.
    std::vector<std::string_view> words = words_of(h);
    for (size_t i = 0; i < words.size(); ++i) {
        const auto& months = vocabulary.months;
        bool month = std::find(months.begin(), months.end(), words[i]) != months.end();
        if (!month) continue;
        std::string date(words[i]);
        for (size_t k = i + 1; k < words.size() && k <= i + 2; ++k) {
            if (!std::isdigit(static_cast<unsigned char>(words[k][0]))) break;
            text::append_word(date, words[k]);
        }
        return date;
    }
    return h;
}

DocumentFacts extract_facts(const Document& document, const ConceptDictionary& concepts,
                            const Vocabulary& words) {
    DocumentFacts facts;
    facts.document = &document;
    for (const auto& table : document.tables) {
        TableFacts t;
        t.table = &table;
        t.statement = statement_of(table, words);
        t.restated = std::any_of(table.title.begin(), table.title.end(), [&](const auto& line) {
            return names_any(line.text, words.restated_titles);
        });
        for (const auto& column : table.columns) {
            t.periods.push_back(period_key(column.header, words));
            t.column_periods.push_back(
                column_period(column.header, t.statement == Statement::balance_sheet, words));
            t.restated_columns.push_back(names_any(column.header, words.restated_titles) ||
                                         names_any(column.header, words.restated_columns));
        }
        std::string section;
        // "Shares used in computing earnings per share (in thousands):" scales the rows it
        // heads, and "Weighted average shares (in thousands)" its own, over the table's scale.
        std::optional<TableScale> section_scale;
        for (size_t r = 0; r < table.rows.size(); ++r) {
            const Row& row = table.rows[r];
            if (row.kind == RowKind::section) {
                section = normalize_label(row.label);
                section_scale = parse_scale_statement(row.label, words);
            }
            if (row.kind == RowKind::double_rule) {
                section.clear();
                section_scale.reset();
            }
            if (row.kind != RowKind::data) continue;
            auto row_scale = parse_scale_statement(row.label, words);
            const TableScale* scale = &table.scale;
            if (section_scale) scale = &*section_scale;
            if (row_scale) scale = &*row_scale;
            RowFacts rf;
            rf.row = r;
            rf.label = normalize_label(row.label);
            std::string qualified = rf.label;
            if (is_generic(rf.label, words) && !section.empty())
                qualified = rf.label.empty() ? section : section + " " + rf.label;
            rf.concept_index = match_concept(concepts, qualified, words);
            if (!rf.concept_index && qualified != rf.label)
                rf.concept_index = match_concept(concepts, rf.label, words);
            rf.label = qualified;
            Nature nature =
                rf.concept_index ? concepts.at(*rf.concept_index).nature : Nature::amount;
            if (!rf.concept_index && counts_shares(rf.label, words)) nature = Nature::shares;
            for (const auto& cell : row.cells) {
                rf.figures.push_back(
                    cell ? figure_of(*document.source, *cell, *scale, nature, rf.label, words)
                         : std::nullopt);
            }
            t.rows.push_back(std::move(rf));
        }
        facts.tables.push_back(std::move(t));
    }
    facts.prose = find_prose_figures(document, words);
    bind_prose_figures(facts, concepts, words);
    return facts;
}

}  // namespace crossfoot
