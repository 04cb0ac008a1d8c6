#include "checks/dateline.h"

#include <fmt/format.h>

#include <cctype>

#include "crossfoot/check_context.h"
#include "crossfoot/periods.h"

namespace crossfoot {

namespace {

// The dateline opens one of the release's first paragraphs ("PORTLAND, Ore., November 16, 2005
// -- ..."), after headings and any filing header. Of the dates the openings of those
// paragraphs write out, the latest is taken: a later one (a call date) only makes the check
// more lenient, never stricter.
constexpr size_t kDatelineParagraphs = 3;
constexpr size_t kDatelineReach = 200;  // bytes into a paragraph

struct ReleaseDate {
    CalendarDate date;
    Span span;
};

bool later(const CalendarDate& a, const CalendarDate& b) { return day_number(a) > day_number(b); }

std::optional<ReleaseDate> release_date(const Document& document, const Vocabulary& words) {
    std::optional<ReleaseDate> latest;
    size_t read = 0;
    for (const TextBlock& block : document.blocks) {
        if (block.kind != BlockKind::paragraph) continue;
        if (read++ == kDatelineParagraphs) break;
        std::string_view opening = std::string_view(block.content.text).substr(0, kDatelineReach);
        for (const WrittenDate& w : dates_with_years(opening, words)) {
            CalendarDate date{*w.year, w.month, w.day};
            if (!is_valid_date(date) || (latest && !later(date, latest->date))) continue;
            latest = ReleaseDate{date, block.content.span_of(*document.source, w.begin, w.end)};
        }
    }
    return latest;
}

std::string iso(const CalendarDate& d) {
    return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

}  // namespace

std::vector<WrittenDate> dates_with_years(std::string_view text, const Vocabulary& words) {
    std::vector<WrittenDate> out;
    for (size_t i = 0; i < text.size(); ++i) {
        bool word_inside = i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])) != 0;
        if (word_inside) continue;
        auto date = read_written_date(text, i, words);
        if (!date) continue;
        if (date->year) out.push_back(*date);
        i = date->end - 1;
    }
    return out;
}

void check_statement_dates(const RuleSpec& rule, CheckContext& ctx) {
    const DocumentFacts& facts = ctx.facts();
    if (!facts.document || !facts.document->source) return;
    auto published = release_date(*facts.document, ctx.rules().vocabulary);
    if (!published) return;
    for (const TableFacts& t : facts.tables) {
        // Outlooks and other tables may look ahead; the statements report what has happened.
        if (t.statement == Statement::other) continue;
        for (size_t c = 0; c < t.column_periods.size() && c < t.table->columns.size(); ++c) {
            const Period& p = t.column_periods[c];
            const auto& header = t.table->columns[c].header_span;
            if (!p.end || !header) continue;
            CheckRecord record;
            record.rule = rule.id;
            record.passed = !later(*p.end, published->date);
            record.summary = fmt::format("column ending {} in a release dated {}", iso(*p.end),
                                         iso(published->date));
            record.span = *header;
            record.operands.push_back({t.table->columns[c].header, iso(*p.end), *header});
            record.operands.push_back({"release date", iso(published->date), published->span});
            bool passed = record.passed;
            ctx.record(std::move(record));
            if (passed) continue;
            Diagnostic d;
            d.rule = rule.id;
            d.severity = rule.severity;
            d.message = fmt::format(
                "column '{}' of a financial statement ends {}, after the release's date {}",
                t.table->columns[c].header, iso(*p.end), iso(published->date));
            d.span = *header;
            d.found = iso(*p.end);
            d.related.push_back({"the release is dated here", published->span});
            ctx.report(std::move(d));
        }
    }
}

}  // namespace crossfoot
