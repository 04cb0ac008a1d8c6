// Kind `date`: a weekday printed with a date is that date's weekday.
#include <fmt/format.h>

#include <array>
#include <cctype>

#include "checks/dateline.h"
#include "checks/kinds.h"
#include "common/text.h"
#include "crossfoot/calendar.h"
#include "crossfoot/check_context.h"

namespace crossfoot {

namespace {

constexpr size_t kDaysPerWeek = 7;

// A weekday word and the date printed right after it: "Wednesday, July 14, 2004".
struct DatedWeekday {
    size_t begin = 0;  // the weekday's letters
    size_t end = 0;
    size_t index = 0;  // into the vocabulary's weekdays
    WrittenDate date;
};

// Spaces with at most one comma among them: "Wednesday, July 14".
size_t skip_comma(std::string_view text, size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    if (at < text.size() && text[at] == ',') ++at;
    while (at < text.size() && text[at] == ' ') ++at;
    return at;
}

// A weekday ending a range or list of weekdays ("Monday through Friday, July 12, 2004 to
// ...", "Saturday and Sunday, July 10 and 11") is not the weekday of the date after it: another
// weekday stands among the two words before it.
bool ends_weekday_range(std::string_view text, size_t at, const Vocabulary& words) {
    constexpr int kWordsBack = 2;
    for (int n = 0; n < kWordsBack && at > 0; ++n) {
        while (at > 0 && !text::is_ascii_alpha(text[at - 1])) --at;
        size_t end = at;
        while (at > 0 && text::is_ascii_alpha(text[at - 1])) --at;
        size_t length = 0;
        if (end > at && word_index_at(text, at, words.weekdays, length)) return true;
    }
    return false;
}

std::vector<DatedWeekday> dated_weekdays(std::string_view text, const Vocabulary& words) {
    std::vector<DatedWeekday> out;
    for (size_t i = 0; i < text.size(); ++i) {
        // Only a word's first letter can start a weekday: the rest are skipped without a call.
        if (!text::is_ascii_alpha(text[i]) || (i > 0 && text::is_ascii_alpha(text[i - 1])))
            continue;
        size_t length = 0;
        auto index = word_index_at(text, i, words.weekdays, length);
        if (!index || ends_weekday_range(text, i, words)) continue;
        size_t letters = i;
        while (letters < text.size() && text::is_ascii_alpha(text[letters])) ++letters;
        if (auto date = read_written_date(text, skip_comma(text, i + length), words)) {
            out.push_back({i, letters, *index, *date});
        }
        i += length;
    }
    return out;
}

// Every date of the text printed with its year.

// A date printed without its year takes the year of the dates of its sentence, when they all
// print one year and one of them is in the same month ("from Thursday, July 15 to Friday, July
// 23, 2004"); otherwise no reader can be sure of its year ("Monday, January 2" after "December
// 30, 2005", "Monday, July 12" beside "July 31, 2003").
const WrittenDate* year_source(const std::vector<WrittenDate>& dated, const Sentence& sentence,
                               int month) {
    const WrittenDate* found = nullptr;
    std::optional<int> year;
    for (const auto& d : dated) {
        if (d.begin < sentence.begin || d.end > sentence.end) continue;
        if (year && *year != *d.year) return nullptr;
        year = d.year;
        if (!found && d.month == month) found = &d;
    }
    return found;
}

// The sentence of the block that holds byte `at`; the whole text when there is none.
Sentence sentence_at(const TextBlock& block, size_t at) {
    for (const auto& s : block.sentences) {
        if (at >= s.begin && at < s.end) return s;
    }
    return {0, block.content.text.size()};
}

// "THURSDAY" -> "WEDNESDAY", "Thursday" -> "Wednesday", as the printed word is set.
std::string cased_like(std::string_view printed, std::string word) {
    bool upper = printed.size() > 1 && std::isupper(static_cast<unsigned char>(printed[1]));
    for (size_t i = 0; i < word.size(); ++i) {
        bool capital = upper || (i == 0 && std::isupper(static_cast<unsigned char>(printed[0])));
        if (capital) word[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[i])));
    }
    return word;
}

void check_weekday(const RuleSpec& rule, CheckContext& ctx, const TextBlock& block,
                   const DatedWeekday& w, const WrittenDate* year_from) {
    const SourceFile& source = *ctx.facts().document->source;
    const Vocabulary& words = ctx.rules().vocabulary;
    std::string_view text = block.content.text;
    CalendarDate date{year_from ? *year_from->year : *w.date.year, w.date.month, w.date.day};
    if (!is_valid_date(date)) return;
    auto weekday = static_cast<size_t>(weekday_of(date));
    std::string found(text.substr(w.begin, w.end - w.begin));
    std::string right =
        cased_like(found, words.weekdays[w.index - w.index % kDaysPerWeek + weekday]);
    std::string printed_date(text.substr(w.date.begin, w.date.end - w.date.begin));
    Span weekday_span = block.content.span_of(source, w.begin, w.end);
    Span date_span = block.content.span_of(source, w.date.begin, w.date.end);
    std::string year_note = year_from ? fmt::format(" (year {} from line {})", date.year,
                                                    ctx.line_of(block.content.span_of(
                                                        source, year_from->begin, year_from->end)))
                                      : "";

    CheckRecord record;
    record.rule = rule.id;
    record.passed = w.index % kDaysPerWeek == weekday;
    record.summary = fmt::format("{} is a {}{}", printed_date, right, year_note);
    record.span = weekday_span;
    record.operands.push_back(
        {found, std::to_string((w.index + 6) % kDaysPerWeek + 1), weekday_span});
    record.operands.push_back(
        {printed_date, fmt::format("{:04}{:02}{:02}", date.year, date.month, date.day), date_span});
    bool passed = record.passed;
    ctx.record(std::move(record));
    if (passed) return;

    Diagnostic d;
    d.rule = rule.id;
    d.severity = rule.severity;
    d.message = fmt::format("{} is a {}, not a {}{}", printed_date, right, found, year_note);
    d.span = weekday_span;
    d.expected = right;
    d.found = found;
    d.related.push_back({"the date " + printed_date, date_span});
    // The date may be the slip instead of the weekday: a person chooses.
    d.fixes.push_back(Fix{weekday_span, right, false});
    ctx.report(std::move(d));
}

enum class DateForm { weekday, dateline };

constexpr std::array<std::string_view, 1> kKeys = {"form"};

std::any parse_params(const RuleFields& fields) {
    std::string form = fields.string("form").value_or("weekday");
    if (form != "weekday" && form != "dateline")
        fields.fail("form", "must be \"weekday\" or \"dateline\"");
    return form == "dateline" ? DateForm::dateline : DateForm::weekday;
}

void evaluate_weekdays(const RuleSpec& rule, CheckContext& ctx) {
    const Document* document = ctx.facts().document;
    if (!document || !document->source) return;
    const Vocabulary& words = ctx.rules().vocabulary;
    if (words.weekdays.size() < kDaysPerWeek) return;
    for (const auto& block : document->blocks) {
        std::string_view text = block.content.text;
        auto weekdays = dated_weekdays(text, words);
        if (weekdays.empty()) continue;
        auto dated = dates_with_years(text, words);
        for (const auto& w : weekdays) {
            const WrittenDate* year_from =
                w.date.year ? nullptr
                            : year_source(dated, sentence_at(block, w.begin), w.date.month);
            if (w.date.year || year_from) check_weekday(rule, ctx, block, w, year_from);
        }
    }
}

void evaluate(const RuleSpec& rule, CheckContext& ctx) {
    if (std::any_cast<DateForm>(rule.params) == DateForm::dateline)
        check_statement_dates(rule, ctx);
    else
        evaluate_weekdays(rule, ctx);
}

}  // namespace

const RuleKind kDateKind = {
    "date",
    "A weekday printed with a date is that date's weekday",
    R"(Reads each weekday printed with a date in prose ("Wednesday, July 14, 2004", also when it
wraps across lines) and computes the weekday of the date exactly, on the
Gregorian calendar. A mismatch is reported at the weekday, with the right one as the fix; the
date itself may be the slip, so the fix is not applied without review. A date printed without
its year ("Thursday, July 15 to Friday, July 23, 2004") takes the year of the dates printed
in its sentence, only when they all print the same one and one is in the same month;
otherwise it is not checked. Weekdays and month names come from the vocabulary (`weekdays`, `month_names`).

With `form = "dateline"`, the rule reads the date the release is published on (the latest
date written out in its first three paragraphs, where the dateline stands) and reports
each column of an income statement, balance sheet or cash-flow statement whose period
ends after it: a statement reports periods that have ended, so such a header is a
misprint. Tables that are not statements (an outlook) are not read.

Fails:

    Harwick Instruments to Host Conference Call

    Harwick Instruments, Inc. will host a conference call to discuss its
    results on Thursday, July 14, 2004, at 2:00 p.m. Eastern Time. Net sales
    for the quarter were $12.4 million.

July 14, 2004 was a Wednesday.

Passes:

    Harwick Instruments to Host Conference Call

    Harwick Instruments, Inc. will host a conference call to discuss its
    results on Wednesday, July 14, 2004, at 2:00 p.m. Eastern Time. Net sales
    for the quarter were $12.4 million.)",
    parse_params,
    evaluate,
    kKeys,
    nullptr,
    RuleScope::sentence,
};

}  // namespace crossfoot
