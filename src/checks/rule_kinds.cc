#include <algorithm>
#include <array>

#include "checks/kinds.h"

namespace crossfoot {

namespace {

// One row per kind, sorted by name. `rules list`, `rules explain`, rule-file validation
// and the documentation tests all read this table.
const std::array<const RuleKind*, 14> kKinds = {
    &kChangeColumnKind,   &kCountKind,        &kDateKind,     &kFootingKind,
    &kIdentityKind,       &kNarrativeTieKind, &kPerShareKind, &kPercentChangeKind,
    &kPercentOfTotalKind, &kPeriodSumKind,    &kRatioKind,    &kRollForwardKind,
    &kSegmentSumKind,     &kTieKind};

size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t up = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

}  // namespace

std::span<const RuleKind* const> rule_kinds() { return kKinds; }

std::string_view scope_name(RuleScope scope) {
    switch (scope) {
        case RuleScope::table:
            return "table";
        case RuleScope::row:
            return "row";
        case RuleScope::sentence:
            return "sentence";
        case RuleScope::paragraph:
            return "paragraph";
        case RuleScope::document:
            return "document";
    }
    return "document";
}

ConceptRoles concept_roles(const RuleSet& rules) {
    ConceptRoles roles;
    for (const auto& rule : rules.rules) {
        const RuleKind* kind = find_rule_kind(rule.kind);
        if (kind && kind->publish_roles) kind->publish_roles(rule, roles);
    }
    return roles;
}

const RuleKind* find_rule_kind(std::string_view name) {
    for (const RuleKind* kind : rule_kinds()) {
        if (kind->name == name) return kind;
    }
    return nullptr;
}

std::string closest_name(std::string_view name, const std::vector<std::string_view>& known) {
    std::string best;
    size_t best_distance = std::max<size_t>(2, name.size() / 3) + 1;
    for (auto candidate : known) {
        size_t d = edit_distance(name, candidate);
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

std::string column_suffix(const TableFacts& table, size_t column) {
    const std::string& header = table.table->columns[column].header;
    return header.empty() ? "" : " in column '" + header + "'";
}

}  // namespace crossfoot
