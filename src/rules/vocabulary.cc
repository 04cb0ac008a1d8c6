#include <algorithm>
#include <iterator>
#include <string_view>

#include "common/text.h"
#include "crossfoot/concepts.h"
#include "crossfoot/rule_kind.h"
#include "crossfoot/source.h"
#include "rules/vocabulary_toml.h"

namespace crossfoot::detail {

namespace {

Position position_of(const toml::node& node) {
    const auto& s = node.source();
    return {static_cast<int>(s.begin.line), static_cast<int>(s.begin.column)};
}

// How a list's entries are stored: as the normalised labels and titles they are compared with,
// or lower-cased with their punctuation and spaces ("(in ", "$000") for raw text.
enum class Form { label, raw };

struct WordList {
    std::string_view key;
    std::vector<std::string> Vocabulary::*list;
    Form form;
    // An ordered list: its entries are kept in place, duplicates included, and each file gives
    // a whole number of cycles of this many entries (1: any number).
    size_t cycle = 0;
};

constexpr WordList kLists[] = {
    {"abbreviations", &Vocabulary::abbreviations, Form::raw},
    {"approximate_words", &Vocabulary::approximate_words, Form::label},
    {"balance_sheet_titles", &Vocabulary::balance_sheet_titles, Form::raw},
    {"balance_words", &Vocabulary::balance_words, Form::label},
    {"basic_words", &Vocabulary::basic_words, Form::label},
    {"binding_words", &Vocabulary::binding_words, Form::label},
    {"cash_flow_titles", &Vocabulary::cash_flow_titles, Form::raw},
    {"change_continuations", &Vocabulary::change_continuations, Form::label},
    {"change_from_words", &Vocabulary::change_from_words, Form::label},
    {"change_links", &Vocabulary::change_links, Form::label},
    {"change_objects", &Vocabulary::change_objects, Form::label},
    {"change_to_words", &Vocabulary::change_to_words, Form::label},
    {"clause_words", &Vocabulary::clause_words, Form::label},
    {"closing_balance_words", &Vocabulary::closing_balance_words, Form::label},
    {"comparison_words", &Vocabulary::comparison_words, Form::label},
    {"concept_neutral", &Vocabulary::concept_neutral, Form::label},
    {"connectors", &Vocabulary::connectors, Form::raw},
    {"count_blockers", &Vocabulary::count_blockers, Form::raw},
    {"count_determiners", &Vocabulary::count_determiners, Form::raw},
    {"current_period_phrases", &Vocabulary::current_period_phrases, Form::label},
    {"decrease_words", &Vocabulary::decrease_words, Form::label},
    {"deduction_stops", &Vocabulary::deduction_stops, Form::label},
    {"deduction_words", &Vocabulary::deduction_words, Form::label},
    {"diluted_words", &Vocabulary::diluted_words, Form::label},
    {"ended_words", &Vocabulary::ended_words, Form::label},
    {"fiscal_words", &Vocabulary::fiscal_words, Form::label},
    {"generic_labels", &Vocabulary::generic_labels, Form::label},
    {"gross_words", &Vocabulary::gross_words, Form::label},
    {"half_words", &Vocabulary::half_words, Form::label},
    {"income_statement_titles", &Vocabulary::income_statement_titles, Form::raw},
    {"income_words", &Vocabulary::income_words, Form::label},
    {"increase_words", &Vocabulary::increase_words, Form::label},
    {"less_than_words", &Vocabulary::less_than_words, Form::label},
    {"less_words", &Vocabulary::less_words, Form::label},
    {"list_and", &Vocabulary::list_and, Form::raw},
    {"list_relatives", &Vocabulary::list_relatives, Form::raw},
    {"list_stops", &Vocabulary::list_stops, Form::raw},
    {"list_suffixes", &Vocabulary::list_suffixes, Form::raw},
    {"list_verbs", &Vocabulary::list_verbs, Form::raw},
    {"loss_words", &Vocabulary::loss_words, Form::label},
    {"month_names", &Vocabulary::month_names, Form::raw, 12},
    {"month_words", &Vocabulary::month_words, Form::label},
    {"months", &Vocabulary::months, Form::label},
    {"more_than_words", &Vocabulary::more_than_words, Form::label},
    {"nearly_words", &Vocabulary::nearly_words, Form::label},
    {"net_words", &Vocabulary::net_words, Form::label},
    {"non_additive_headers", &Vocabulary::non_additive_headers, Form::label},
    {"non_flow_words", &Vocabulary::non_flow_words, Form::label},
    {"non_gaap_words", &Vocabulary::non_gaap_words, Form::label},
    {"not_share_count_words", &Vocabulary::not_share_count_words, Form::label},
    {"number_words", &Vocabulary::number_words, Form::raw, 1},
    {"opening_balance_words", &Vocabulary::opening_balance_words, Form::label},
    {"operand_leads", &Vocabulary::operand_leads, Form::label},
    {"operand_of_words", &Vocabulary::operand_of_words, Form::label},
    {"ordinal_words", &Vocabulary::ordinal_words, Form::label, 4},
    {"per_share_words", &Vocabulary::per_share_words, Form::label},
    {"per_words", &Vocabulary::per_words, Form::label},
    {"period_nouns", &Vocabulary::period_nouns, Form::label},
    {"percentage_of_words", &Vocabulary::percentage_of_words, Form::label},
    {"percent_leads", &Vocabulary::percent_leads, Form::label},
    {"period_noise", &Vocabulary::period_noise, Form::label},
    {"prior_year_phrases", &Vocabulary::prior_year_phrases, Form::label},
    {"quarter_words", &Vocabulary::quarter_words, Form::label},
    {"reference_words", &Vocabulary::reference_words, Form::raw},
    {"restated_titles", &Vocabulary::restated_titles, Form::label},
    {"restated_columns", &Vocabulary::restated_columns, Form::label},
    {"scale_except", &Vocabulary::scale_except, Form::raw},
    {"scale_except_per", &Vocabulary::scale_except_per, Form::raw},
    {"scale_except_shares", &Vocabulary::scale_except_shares, Form::raw},
    {"scale_starts", &Vocabulary::scale_starts, Form::raw},
    {"segment_words", &Vocabulary::segment_words, Form::label},
    {"sequential_phrases", &Vocabulary::sequential_phrases, Form::label},
    {"share_count_words", &Vocabulary::share_count_words, Form::label},
    {"share_nouns", &Vocabulary::share_nouns, Form::label},
    {"share_words", &Vocabulary::share_words, Form::label},
    {"statement_words", &Vocabulary::statement_words, Form::raw},
    {"summary_titles", &Vocabulary::summary_titles, Form::label},
    {"total_words", &Vocabulary::total_words, Form::label},
    {"week_words", &Vocabulary::week_words, Form::label},
    {"weekdays", &Vocabulary::weekdays, Form::raw, 7},
    {"year_to_date_phrases", &Vocabulary::year_to_date_phrases, Form::label},
    {"year_prepositions", &Vocabulary::year_prepositions, Form::label},
    {"year_words", &Vocabulary::year_words, Form::label},
};

constexpr std::string_view kScaleKey = "scale";
constexpr std::string_view kNumberScaleKey = "number_scale";

[[noreturn]] void fail(const std::string& path, const toml::node& node, std::string_view key,
                       const std::string& message) {
    throw ToolError(path, "vocabulary '" + std::string(key) + "' " + message, position_of(node));
}

const toml::array& array_of(const toml::node& node, std::string_view key, const std::string& path,
                            std::string_view what) {
    const toml::array* array = node.as_array();
    if (!array) fail(path, node, key, "must be an array of " + std::string(what));
    return *array;
}

void append_unique(std::vector<std::string>& list, std::string entry) {
    if (std::find(list.begin(), list.end(), entry) == list.end()) list.push_back(std::move(entry));
}

void load_list(std::vector<std::string>& list, const WordList& spec, const toml::node& node,
               const std::string& path) {
    std::string_view key = spec.key;
    const toml::array& items = array_of(node, key, path, "strings");
    if (spec.cycle > 1 && items.size() % spec.cycle != 0) {
        fail(path, node, key,
             "must give its entries in whole cycles of " + std::to_string(spec.cycle) +
                 ", in order (it has " + std::to_string(items.size()) + ")");
    }
    for (const auto& item : items) {
        if (!item.is_string()) fail(path, item, key, "must be an array of strings");
        const std::string& text = item.as_string()->get();
        std::string entry = spec.form == Form::label ? normalize_label(text) : text::lower(text);
        if (text::trim(entry).empty())
            fail(path, item, key, "has an entry with no words: '" + text + "'");
        if (spec.cycle > 0) {
            list.push_back(std::move(entry));  // its place says what it names
        } else {
            append_unique(list, std::move(entry));
        }
    }
}

// `scale = [{ phrase = "in thousands", exponent = 3 }]`: the exponent is an integer, the power
// of ten the phrase multiplies figures by.
void load_scale(std::vector<ScalePhrase>& scale, const toml::node& node, const std::string& path,
                std::string_view list_key) {
    const std::string_view what = "{ phrase = \"in thousands\", exponent = 3 } tables";
    for (const auto& item : array_of(node, list_key, path, what)) {
        const toml::table* entry = item.as_table();
        if (!entry) fail(path, item, list_key, "must be an array of " + std::string(what));
        for (const auto& [key, value] : *entry) {
            if (key != "phrase" && key != "exponent")
                fail(path, value, list_key, "has an unknown key '" + std::string(key.str()) + "'");
        }
        const toml::node* phrase = entry->get("phrase");
        const toml::node* exponent = entry->get("exponent");
        if (!phrase || !phrase->is_string() || text::trim(*phrase->value<std::string>()).empty())
            fail(path, phrase ? *phrase : item, list_key,
                 "entry needs a non-empty 'phrase' string");
        if (!exponent || !exponent->is_integer() || *exponent->value<int64_t>() < 1 ||
            *exponent->value<int64_t>() > 18) {
            fail(path, exponent ? *exponent : item, list_key,
                 "entry needs an integer 'exponent' from 1 to 18 (3 for thousands)");
        }
        ScalePhrase sp{text::lower(*phrase->value<std::string>()),
                       static_cast<int>(*exponent->value<int64_t>())};
        bool known = std::any_of(scale.begin(), scale.end(),
                                 [&](const ScalePhrase& s) { return s.phrase == sp.phrase; });
        if (!known) scale.push_back(std::move(sp));
    }
}

}  // namespace

void load_vocabulary(Vocabulary& vocabulary, const toml::node& node, const std::string& path) {
    const toml::table* table = node.as_table();
    if (!table)
        throw ToolError(path, "'vocabulary' must be a table ([vocabulary])", position_of(node));
    for (const auto& [toml_key, value] : *table) {
        std::string_view key = toml_key.str();  // a plain name: lambdas may not capture bindings
        if (key == kScaleKey || key == kNumberScaleKey) {
            load_scale(key == kScaleKey ? vocabulary.scale : vocabulary.number_scale, value, path,
                       key);
            continue;
        }
        const auto* list = std::find_if(std::begin(kLists), std::end(kLists),
                                        [&](const WordList& l) { return l.key == key; });
        if (list == std::end(kLists)) {
            std::vector<std::string_view> names = {kScaleKey, kNumberScaleKey};
            for (const auto& l : kLists) names.push_back(l.key);
            std::string hint = closest_name(key, names);
            throw ToolError(path,
                            "unknown vocabulary key '" + std::string(key) + "'" +
                                (hint.empty() ? "" : "; did you mean '" + hint + "'?"),
                            position_of(value));
        }
        load_list(vocabulary.*(list->list), *list, value, path);
    }
}

}  // namespace crossfoot::detail
