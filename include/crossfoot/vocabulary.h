// The English words the engine reads tables by: total labels, deduction words, scale
// statements, statement titles. They are data (the `[vocabulary]` table of rules/*.toml),
// loaded once with the rule set and passed to the stages that need them.
#pragma once

#include <string>
#include <vector>

namespace crossfoot {

/// A scale statement and the power of ten it multiplies figures by: {"in thousands", 3}.
struct ScalePhrase {
    std::string phrase;  ///< lower case, punctuation kept: "(millions", "in 000's"
    int exponent = 0;
};

/// One list per role. Entries are stored in the form they are matched in, computed once at
/// load time: labels and titles normalised (`normalize_label`), raw-text phrases lower-cased.
/// How each list is matched is written beside it and in docs/rule-files.md.
struct Vocabulary {
    // Footing: what a row's label says about its place in a column.
    std::vector<std::string> total_words;      ///< whole words: "total" ("Total current assets")
    std::vector<std::string> deduction_words;  ///< whole words: "cost", "expenses", "provision"
    std::vector<std::string> deduction_stops;  ///< what follows is excluded: "before", "net of"
    std::vector<std::string> less_words;       ///< first word: "less" ("Less allowance ...")
    std::vector<std::string> net_words;        ///< first word: "net" ("Net loans receivable")
    std::vector<std::string> gross_words;      ///< first word: "gross" ("Gross loans")
    std::vector<std::string> non_additive_headers;  ///< whole words: "average", "rate", "change"
    std::vector<std::string> summary_titles;        ///< whole words: "selected", "highlights"

    // Ties: tables left out, and labels that print a loss as a positive amount.
    std::vector<std::string> restated_titles;   ///< substring: "pro forma", "non gaap"
    std::vector<std::string> restated_columns;  ///< substring: "previously reported"
    std::vector<std::string> loss_words;        ///< substring: "loss"
    std::vector<std::string> income_words;      ///< substring: "income", "earnings", "profit"

    // Extraction: concepts, share counts, statements and periods.
    std::vector<std::string> generic_labels;         ///< whole label: "basic", "diluted", "total"
    std::vector<std::string> per_share_words;        ///< substring: "per share"
    std::vector<std::string> share_words;            ///< substring; first word of a count: "shares"
    std::vector<std::string> share_count_words;      ///< substring: "weighted average"
    std::vector<std::string> not_share_count_words;  ///< substring: "stock"
    std::vector<std::string> balance_sheet_titles;   ///< substring: "balance sheet"
    std::vector<std::string> cash_flow_titles;       ///< substring: "cash flow"
    std::vector<std::string> statement_words;        ///< substring: "statement"
    std::vector<std::string> income_statement_titles;  ///< substring: "operations", "income"
    std::vector<std::string> period_noise;  ///< words dropped from column keys: "unaudited"
    std::vector<std::string> months;        ///< words that begin a date: "june", "jun"

    // Document: wrapped labels and scale statements.
    std::vector<std::string> connectors;    ///< last word of a line the label goes on from: "and"
    std::vector<ScalePhrase> scale;         ///< substring, first in list order wins
    std::vector<std::string> scale_starts;  ///< where a statement begins in its line: "(in "
    std::vector<std::string> scale_except;  ///< "except": exemptions follow
    std::vector<std::string> scale_except_shares;  ///< "share": after "except", shares exempt
    std::vector<std::string> scale_except_per;     ///< "per": "per share" exempts only EPS

    // Prose: sentences and the numbers in them.
    std::vector<std::string> abbreviations;    ///< a stop after these ends no sentence: "inc"
    std::vector<std::string> reference_words;  ///< the number after names a thing: "form", "note"
    std::vector<ScalePhrase> number_scale;     ///< after a number: {"million", 6}
    // Prose: weekdays against their dates, stated counts against their lists. The first three
    // are ordered: an entry's place says what it names.
    std::vector<std::string> weekdays;           ///< entry i names weekday i % 7, from "sunday"
    std::vector<std::string> month_names;        ///< entry i names month i % 12 + 1, from "january"
    std::vector<std::string> number_words;       ///< entry i names the number i + 1: "one", "two"
    std::vector<std::string> list_verbs;         ///< last word before a list's colon: "were"
    std::vector<std::string> list_relatives;     ///< "that": "the nine directors that ... were:"
    std::vector<std::string> list_and;           ///< the word before a list's last item: "and"
    std::vector<std::string> list_stops;         ///< a list with one is unclear: "or", "etc"
    std::vector<std::string> list_suffixes;      ///< joined after a comma: "jr" ("Smith, Jr.")
    std::vector<std::string> count_determiners;  ///< "the", "our": skipped before a count
    std::vector<std::string> count_blockers;     ///< before a count, it is not the list's: "of"
    // Prose: stated percentage changes. Normalised like labels; matched as whole words of a
    // sentence, in order.
    std::vector<std::string> increase_words;        ///< "increase", "rose", "up"
    std::vector<std::string> decrease_words;        ///< "decrease", "fell", "down"
    std::vector<std::string> change_to_words;       ///< before the current figure: "to"
    std::vector<std::string> change_from_words;     ///< before the prior figure: "from"
    std::vector<std::string> comparison_words;      ///< before the prior figure: "compared to"
    std::vector<std::string> change_links;          ///< join a change to its figures: ", or a"
    std::vector<std::string> change_continuations;  ///< a second change of one subject: "and"
    std::vector<std::string> change_objects;     ///< a change of what follows: "increase in units"
    std::vector<std::string> percent_leads;      ///< between a direction and its percent: "of"
    std::vector<std::string> operand_leads;      ///< may stand before a figure: "a", "record"
    std::vector<std::string> operand_of_words;   ///< ends a phrase naming a figure: "of"
    std::vector<std::string> clause_words;       ///< a new clause begins: "and", "while"
    std::vector<std::string> per_words;          ///< after a figure, an amount per unit: "per"
    std::vector<std::string> approximate_words;  ///< "approximately 150%": either side
    std::vector<std::string> nearly_words;       ///< "nearly 20%": at most, a little under
    std::vector<std::string> more_than_words;    ///< "more than 20%": at least
    std::vector<std::string> less_than_words;    ///< "less than 20%": at most
    // Prose: the periods, concepts and segments a figure is stated for. Normalised like
    // labels; matched as whole words of a sentence, in order.
    std::vector<std::string> ordinal_words;      ///< ordered, cycles of 4: "first" names quarter 1
    std::vector<std::string> quarter_words;      ///< "quarter": three months
    std::vector<std::string> half_words;         ///< "half": six months
    std::vector<std::string> year_words;         ///< "year": twelve months
    std::vector<std::string> fiscal_words;       ///< "fiscal": a year as the company counts it
    std::vector<std::string> month_words;        ///< after a count: "three months"
    std::vector<std::string> week_words;         ///< after a count: "13 weeks"
    std::vector<std::string> ended_words;        ///< between a length and its end: "ended"
    std::vector<std::string> period_nouns;       ///< "six-month period ended": "period"
    std::vector<std::string> year_prepositions;  ///< before a year that names one: "in 2006"
    std::vector<std::string> current_period_phrases;  ///< "the quarter": the release's quarter
    std::vector<std::string> prior_year_phrases;    ///< "a year ago": a year before the sentence's
    std::vector<std::string> sequential_phrases;    ///< "the previous quarter": a quarter before
    std::vector<std::string> year_to_date_phrases;  ///< "year to date"
    std::vector<std::string> binding_words;         ///< may stand between a concept and its figure
    std::vector<std::string> concept_neutral;       ///< before a concept, qualify nothing: "our"
    std::vector<std::string> segment_words;         ///< "for our accessory segment": a part
    std::vector<std::string> non_gaap_words;  ///< before a concept, another measure: "adjusted"
    std::vector<std::string> diluted_words;   ///< "diluted": per diluted share
    std::vector<std::string> basic_words;     ///< "basic"
    std::vector<std::string> share_nouns;     ///< after "per": "share"
    std::vector<std::string> percentage_of_words;  ///< "as a percentage of" names a base

    // Roll-forwards and period sums: rows that state a balance at a date, and rows whose
    // figures are not amounts of a period. Normalised like labels; matched as whole words.
    std::vector<std::string> opening_balance_words;  ///< "beginning of": a balance opens
    std::vector<std::string> closing_balance_words;  ///< "end of": a balance closes
    std::vector<std::string> balance_words;   ///< first word: "balance" ("Balance, June 30, 2005")
    std::vector<std::string> non_flow_words;  ///< "average", "outstanding": not summed over time
};

}  // namespace crossfoot
