#include "crossfoot/check_context.h"

#include <fmt/format.h>

namespace crossfoot {

namespace {

Operand operand_of(const Figure& f) { return {f.text, f.value.to_string(), f.range}; }

}  // namespace

bool CheckContext::holds(const Relation& relation) {
    const Figure& stated = *relation.stated.figure;
    Interval allowed =
        stated.interval().widened(relation.rule->tolerance.allowance(stated.value.value()));
    return allowed.overlaps(relation.computed);
}

bool CheckContext::judge(const Relation& relation) {
    bool ok = holds(relation);
    const Figure& stated = *relation.stated.figure;
    CheckRecord record;
    record.rule = relation.rule->id;
    record.passed = ok;
    record.summary = relation.summary;
    record.range = stated.range;
    for (const auto& p : relation.operands) record.operands.push_back(operand_of(*p.figure));
    record.operands.push_back(operand_of(stated));
    report_.checks.push_back(std::move(record));
    if (ok) return true;

    std::string expected = stated.format_like(relation.best_estimate);
    Diagnostic d;
    d.rule = relation.rule->id;
    d.severity = relation.rule->severity;
    d.message = fmt::format("{}: {} is printed {}, computed {} ({})", relation.what,
                            relation.stated.role, stated.text, expected, relation.summary);
    d.range = stated.range;
    d.expected = expected;
    d.found = stated.text;
    for (const auto& p : relation.operands) {
        d.related.push_back({fmt::format("{} {}", p.role, p.figure->text), p.figure->range});
    }
    // The computed value printed at the stated figure's precision makes the relation hold,
    // when it is still a figure: one with more digits than any figure does not read back.
    if (parse_figure(expected)) d.fix = Fix{stated.range, expected};
    report_.diagnostics.push_back(std::move(d));
    return false;
}

std::string signed_sum_text(const std::vector<Participant>& operands,
                            const std::vector<bool>& negated) {
    std::string out;
    for (size_t i = 0; i < operands.size(); ++i) {
        bool minus = i < negated.size() && negated[i];
        if (i == 0) {
            out += minus ? "-" : "";
        } else {
            out += minus ? " - " : " + ";
        }
        out += operands[i].figure->text;
    }
    return out;
}

}  // namespace crossfoot
