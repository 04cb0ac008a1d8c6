// The periods a sentence names ("the three months ended May 29, 2004", "the second quarter of
// fiscal 2004", "the prior year comparative period") and how they resolve against the columns
// of a release's tables. Internal to src/extract.
#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "crossfoot/periods.h"
#include "extract/prose_words.h"

namespace crossfoot {

enum class MentionKind { explicit_period, label, current, prior_year, sequential, year_to_date };

struct PeriodMention {
    MentionKind kind = MentionKind::explicit_period;
    size_t first = 0;  ///< words [first, last) of the sentence
    size_t last = 0;
    Period period;      ///< for explicit periods
    PeriodLabel label;  ///< for labels; year 0 when the sentence gives none ("the second quarter")
};

/// The first words of the relative period phrases ("prior", "the", "sequentially"): a word
/// that is none of them starts none, and its phrases are not tried.
struct PeriodPhraseStarts {
    explicit PeriodPhraseStarts(const Vocabulary& vocabulary);
    std::unordered_set<std::string> words;
};

/// Every period named in `words`, in order.
[[nodiscard]] std::vector<PeriodMention> find_period_mentions(const std::vector<Word>& words,
                                                              const Vocabulary& vocabulary,
                                                              const PeriodPhraseStarts& starts);

/// What the release's tables say of its periods: the latest quarter and year to date, and
/// which quarter label the release gives its quarter.
class PeriodResolver {
public:
    explicit PeriodResolver(const DocumentFacts& facts);
    /// Learns the release's own quarter label from every sentence's mentions: a label written
    /// beside an explicit period ("... ended May 29, 2004, or its second quarter of fiscal
    /// 2004"), else the label named most often.
    void learn(const std::vector<PeriodMention>& mentions);
    void settle();

    /// The period `m` names; `base` is the sentence's own period, for relative phrases.
    [[nodiscard]] std::optional<Period> resolve(const PeriodMention& m,
                                                const std::optional<Period>& base) const;

private:
    [[nodiscard]] std::optional<Period> column_like(int months, const CalendarDate& end) const;
    [[nodiscard]] std::optional<Period> resolve_label(const PeriodLabel& label) const;

    std::vector<Period> columns_;         ///< the complete periods of every column
    std::optional<CalendarDate> latest_;  ///< end of the latest three-month column
    std::vector<std::pair<PeriodLabel, int>> label_counts_;
    std::optional<PeriodLabel> beside_explicit_;
    std::optional<PeriodLabel> anchor_;  ///< the label of the latest quarter
};

}  // namespace crossfoot
