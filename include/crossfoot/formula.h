// The equations of identity rules: "gross_profit = net_sales - cost_of_sales".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crossfoot {

struct FormulaTerm {
    bool negative = false;
    std::string concept_id;
    bool optional = false;  ///< "fx_effect?": counts as zero when the statement does not print it
};

/// result = t1 ± t2 ± …, or result = numerator / denominator.
struct Formula {
    std::string result;
    std::vector<FormulaTerm> terms;  ///< a sum, or {numerator, denominator} when `quotient`
    bool quotient = false;
};

/// Parses a formula; on a malformed one returns nullopt and sets `error`:
/// "eps_basic = net_income / shares_basic" -> quotient; "a = b -" -> error "a term must follow
/// '-'"; parentheses are not supported.
[[nodiscard]] std::optional<Formula> parse_formula(std::string_view text, std::string& error);

}  // namespace crossfoot
