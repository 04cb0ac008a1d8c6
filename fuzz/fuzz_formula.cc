// libFuzzer target for the formula parser of identity rules. A formula either parses or says
// why not; one that parses names only concepts written in it, and prints back (with each term's
// sign, '?' and '/') as text that parses to the same formula.
#include <cstdint>
#include <string>
#include <string_view>

#include "crossfoot/formula.h"
#include "fuzz_require.h"

namespace {

using namespace crossfoot;

std::string print(const Formula& f) {
    std::string out = f.result + " =";
    for (size_t i = 0; i < f.terms.size(); ++i) {
        const FormulaTerm& t = f.terms[i];
        if (i > 0) out += f.quotient ? " /" : t.negative ? " -" : " +";
        // Only a later term has a sign of its own; a leading '-' is not in the grammar.
        out += " " + t.concept_id + (t.optional ? "?" : "");
    }
    return out;
}

bool same(const Formula& a, const Formula& b) {
    if (a.result != b.result || a.quotient != b.quotient || a.terms.size() != b.terms.size())
        return false;
    for (size_t i = 0; i < a.terms.size(); ++i) {
        const FormulaTerm& x = a.terms[i];
        const FormulaTerm& y = b.terms[i];
        if (x.concept_id != y.concept_id || x.negative != y.negative || x.optional != y.optional)
            return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string error;
    auto formula = parse_formula(text, error);
    if (!formula) {
        fuzz::require(!error.empty(), "a formula refused without a reason");
        return 0;
    }
    fuzz::require(!formula->result.empty(), "a formula without a result");
    fuzz::require(!formula->terms.empty(), "a formula without terms");
    fuzz::require(!formula->quotient || formula->terms.size() == 2,
                  "a quotient without exactly two terms");
    fuzz::require(text.find(formula->result) != std::string_view::npos,
                  "the result is not written in the formula");
    for (const auto& term : formula->terms) {
        fuzz::require(!term.concept_id.empty(), "an empty term");
        fuzz::require(text.find(term.concept_id) != std::string_view::npos,
                      "a term is not written in the formula");
        fuzz::require(!formula->terms.front().negative, "the first term has a sign");
    }
    std::string printed = print(*formula);
    std::string reprinted_error;
    auto reread = parse_formula(printed, reprinted_error);
    fuzz::require(reread.has_value(), "a parsed formula does not parse once printed");
    fuzz::require(same(*formula, *reread), "a printed formula reads back different");
    return 0;
}
