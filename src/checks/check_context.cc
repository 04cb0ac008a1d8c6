#include "crossfoot/check_context.h"

#include <fmt/format.h>

#include <algorithm>

namespace crossfoot {

namespace {

Operand operand_of(const Figure& f) { return {f.text, f.value.to_string(), f.span}; }

}  // namespace

bool CheckContext::holds(const Relation& relation) {
    const Figure& stated = *relation.stated.figure;
    Interval allowed = relation.stated_reading.value_or(stated.interval())
                           .widened(relation.rule->tolerance.allowance(stated.value.value()));
    return allowed.overlaps(relation.computed);
}

bool CheckContext::judge(const Relation& relation) {
    bool ok = holds(relation);
    const Figure& stated = *relation.stated.figure;
    CheckRecord record;
    record.rule = relation.rule->id;
    record.passed = ok;
    record.summary = relation.summary;
    record.span = stated.span;
    for (const auto& p : relation.operands) record.operands.push_back(operand_of(*p.figure));
    record.operands.push_back(operand_of(stated));
    report_.checks.push_back(std::move(record));
    if (ok) return true;

    std::string expected = stated.format_like(relation.best_estimate);
    Diagnostic d;
    d.rule = relation.rule->id;
    d.severity = relation.failure_severity();
    d.message = !relation.message.empty()
                    ? relation.message
                    : fmt::format("{}: {} is printed {}, computed {} ({})", relation.what,
                                  relation.stated.role, stated.text, expected, relation.summary);
    d.span = stated.span;
    d.expected = expected;
    d.found = stated.text;
    for (const auto& p : relation.operands) {
        d.related.push_back({fmt::format("{} {}", p.role, p.figure->text), p.figure->span});
    }
    // The computed value printed at the stated figure's precision makes the relation hold,
    // when it is still a figure (one with more digits than any figure does not read back). It
    // is not safe to apply unreviewed: an operand may be the misprint instead.
    d.related.insert(d.related.end(), relation.notes.begin(), relation.notes.end());
    if (parse_figure(expected) && relation.notes.empty() && relation.offers_fix)
        d.fixes.push_back(Fix{stated.span, expected, false});
    report_.diagnostics.push_back(std::move(d));
    return false;
}

bool CheckContext::judged(const Span& stated) const {
    return std::any_of(report_.checks.begin(), report_.checks.end(),
                       [&](const CheckRecord& r) { return r.span == stated; });
}

int CheckContext::line_of(const Span& span) const {
    const SourceFile* source = facts_.document ? facts_.document->source : nullptr;
    return source ? source->position(span.begin).line : 0;
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
