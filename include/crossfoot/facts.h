// Extraction: the figures of each table, in base units, with the concept of each row.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "crossfoot/concepts.h"
#include "crossfoot/document.h"
#include "crossfoot/figure.h"
#include "crossfoot/periods.h"
#include "crossfoot/vocabulary.h"

namespace crossfoot {

enum class Statement { other, balance_sheet, income, cash_flow };

struct RowFacts {
    size_t row = 0;     ///< index into Table::rows
    std::string label;  ///< normalised, section prefix included when the label is generic
    std::optional<size_t> concept_index;         ///< into the ConceptDictionary
    std::vector<std::optional<Figure>> figures;  ///< one per column
};

struct TableFacts {
    const Table* table = nullptr;
    Statement statement = Statement::other;
    std::vector<std::string> periods;    ///< per column: "six months ended 05/29/04"
    std::vector<Period> column_periods;  ///< per column: 6 months to 2004-05-29
    /// A pro forma, non-GAAP or reconciliation table (`restated_titles`): figures restated
    /// on purpose, not tied to the statements.
    bool restated = false;
    /// Per column: headed "As Previously Reported", "As Restated" or a word of
    /// `restated_titles`: a period on a basis of its own, not tied to prose.
    std::vector<bool> restated_columns;
    std::vector<RowFacts> rows;  ///< the data rows, in order

    /// The data row of `concept_index`, when exactly one row has it.
    [[nodiscard]] const RowFacts* unique_row(size_t concept_index) const;
};

/// What a number in prose is. Only amounts, percentages and counts are ever checked; the rest
/// are recognised so that they never are.
enum class ProseRole { amount, percent, count, year, date, time, phone, ordinal, reference };

[[nodiscard]] std::string_view prose_role_name(ProseRole role);

/// How the words right before a figure read it: "approximately 150%", "more than 20%".
enum class Qualifier { none, approximate, nearly, at_least, at_most };

/// Which way a percentage stated as a change says its concept moved.
enum class ChangeDirection { none, increase, decrease };

/// What a figure in prose is stated to be: a concept, for a period, in a sense. Read from the
/// words of its sentence: "a net loss of $6,728,000 for the second quarter of fiscal 2004".
struct ProseBinding {
    /// Candidate concepts, most likely first: "$0.23 per share" is diluted or basic EPS.
    std::vector<size_t> concepts;
    std::string concept_words;  ///< as printed: "net loss"
    Span concept_span;
    /// A part of the company rather than the whole ("Joe's", "accessory segment"); empty for
    /// the company's own figure.
    std::string segment;
    /// The part is named as one: a possessive ("Joe's") or a segment word ("for our accessory
    /// segment"), not only a word the reader does not know.
    bool part_named = false;
    bool non_gaap = false;  ///< "adjusted net income": not the reported measure
    bool negated = false;   ///< stated as a loss: the concept's value is minus the figure
    Qualifier qualifier = Qualifier::none;
    std::string qualifier_words;   ///< "approximately"
    std::optional<Period> period;  ///< resolved against the release's columns
    std::string period_words;      ///< as printed: "second quarter of fiscal 2004"
    /// A percentage stated as the change of its concept ("net sales increased 12%", "a 12%
    /// decrease in revenues"): the way it moved, the word that says so, and the period it is
    /// compared with (the year before unless the sentence names another, or "sequentially").
    ChangeDirection change = ChangeDirection::none;
    std::string change_words;
    std::optional<Period> compared_with;

    /// The company's own reported figure, for a known period: what ties to a statement.
    [[nodiscard]] bool consolidated() const { return segment.empty() && !non_gaap; }
};

/// A number found in prose, once, with its span and the sentence it stands in.
struct ProseFigure {
    Figure figure;
    ProseRole role = ProseRole::count;
    size_t block = 0;     ///< into Document::blocks
    size_t sentence = 0;  ///< into that block's sentences
    size_t begin = 0;     ///< bytes of the figure in the block's text
    size_t end = 0;
    std::optional<ProseBinding> binding;  ///< when its sentence says what it is
};

struct DocumentFacts {
    const Document* document = nullptr;
    std::vector<TableFacts> tables;
    std::vector<ProseFigure> prose;  ///< in document order
};

/// Every number in the prose of `document`: "$6.7 million", "1,222%", "2004", "(800) 555-1212".
/// Numbers, scale words and what marks a number as a reference come from `words`.
[[nodiscard]] std::vector<ProseFigure> find_prose_figures(const Document& document,
                                                          const Vocabulary& words);

/// Reads what each prose amount, count and percentage of `facts` is stated to be (concept,
/// segment, sign, qualifier, period), resolving periods against the columns of its tables.
void bind_prose_figures(DocumentFacts& facts, const ConceptDictionary& concepts,
                        const Vocabulary& words);

/// The figures of every table, with the concept of each row; `words` says which labels are
/// generic, which rows count shares, which titles name a statement.
[[nodiscard]] DocumentFacts extract_facts(const Document& document,
                                          const ConceptDictionary& concepts,
                                          const Vocabulary& words);

/// The date a column header names, for matching columns across statements:
/// "Six Months Ended 05/29/04 (unaudited)" -> "05/29/04"; "December 31, 2004" -> "december 31
/// 2004".
[[nodiscard]] std::string period_date(const std::string& header, const Vocabulary& vocabulary);

}  // namespace crossfoot
