// The date a release is published on, and the statement columns dated after it. Internal to
// src/checks.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "crossfoot/calendar.h"
#include "crossfoot/rule_set.h"

namespace crossfoot {

class CheckContext;

/// Every date of `text` written with its year: "July 14, 2004", "14 July 2004".
[[nodiscard]] std::vector<WrittenDate> dates_with_years(std::string_view text,
                                                        const Vocabulary& words);

/// Each column of a financial statement whose period ends after the date the release is
/// published on: a statement reports periods that have ended.
void check_statement_dates(const RuleSpec& rule, CheckContext& ctx);

}  // namespace crossfoot
