#include "checks/table_columns.h"

#include "common/text.h"
#include "crossfoot/concepts.h"

namespace crossfoot::table_columns {

std::vector<size_t> headed_rows(const TableFacts& table) {
    std::vector<size_t> out;
    size_t next_fact = 0;
    for (const Row& row : table.table->rows) {
        if (row.kind == RowKind::header) break;
        if (row.kind == RowKind::data) out.push_back(next_fact++);
    }
    return out;
}

const Figure* figure_at(const RowFacts& row, size_t column) {
    if (column >= row.figures.size() || !row.figures[column]) return nullptr;
    return &*row.figures[column];
}

bool same_kind(const Figure& a, const Figure& b) {
    return (a.unit == Unit::percent) == (b.unit == Unit::percent) && a.per_share == b.per_share &&
           a.share_count == b.share_count;
}

Rational percent_reading(const Figure& stated) {
    switch (stated.unit) {
        case Unit::percent:
        case Unit::points:
            return Rational(1);
        case Unit::basis_points:
            return Rational(100);  // a point is 100 basis points
        default:
            return Rational::pow10(stated.scale);
    }
}

ColumnShape shape_of(const TableFacts& table, size_t column, const std::vector<size_t>& rows) {
    ColumnShape shape;
    for (size_t r : rows) {
        const Figure* f = figure_at(table.rows[r], column);
        if (!f || f->nil) continue;
        ++shape.figures;
        if (f->unit == Unit::percent) ++shape.percents;
    }
    return shape;
}

bool header_has(const TableFacts& table, size_t column, const std::vector<std::string>& phrases) {
    std::string header = normalize_label(table.table->columns[column].header);
    for (const auto& phrase : phrases) {
        if (text::has_phrase(header, phrase)) return true;
    }
    return false;
}

bool header_has_percent_sign(const TableFacts& table, size_t column) {
    return table.table->columns[column].header.find('%') != std::string::npos;
}

std::optional<bool> ends_later(const TableFacts& table, size_t a, size_t b) {
    if (a >= table.column_periods.size() || b >= table.column_periods.size()) return std::nullopt;
    const Period& pa = table.column_periods[a];
    const Period& pb = table.column_periods[b];
    if (pa.end && pb.end) {
        long da = day_number(*pa.end);
        long db = day_number(*pb.end);
        if (da != db) return da > db;
    }
    if (pa.label && pb.label) {
        const PeriodLabel& la = *pa.label;
        const PeriodLabel& lb = *pb.label;
        if (la.year != lb.year) return la.year > lb.year;
        if (la.quarter && lb.quarter && la.quarter != lb.quarter) return la.quarter > lb.quarter;
    }
    return std::nullopt;
}

bool names_period(const TableFacts& table, size_t column) {
    if (column >= table.column_periods.size()) return false;
    const Period& p = table.column_periods[column];
    return p.end || p.label;
}

std::vector<std::string> phrases(const RuleFields& fields, std::string_view key, bool required) {
    std::vector<std::string> out;
    for (const auto& phrase : fields.strings(key)) {
        std::string normal = normalize_label(phrase);
        if (!normal.empty()) out.push_back(std::move(normal));
    }
    if (required && out.empty())
        fields.fail(key, "is required: a list of column headers such as [\"change\"]");
    return out;
}

Severity severity(const RuleFields& fields, std::string_view key, Severity fallback) {
    auto name = fields.string(key);
    if (!name) return fallback;
    auto parsed = parse_severity(*name);
    if (!parsed) fields.fail(key, "must be \"error\", \"warning\" or \"note\"");
    return *parsed;
}

Diagnostic column_note(const RuleSpec& rule, std::string message, const Span& span) {
    Diagnostic d;
    d.rule = rule.id;
    d.severity = Severity::note;
    d.message = std::move(message);
    d.span = span;
    return d;
}

std::optional<Span> column_span(const TableFacts& table, size_t column,
                                const std::vector<size_t>& rows) {
    const auto& header = table.table->columns[column].header_span;
    if (header) return header;
    for (size_t r : rows) {
        if (const Figure* f = figure_at(table.rows[r], column)) return f->span;
    }
    return std::nullopt;
}

}  // namespace crossfoot::table_columns
