#include "crossfoot/coverage.h"

#include <algorithm>
#include <unordered_set>

namespace crossfoot {

namespace {

// A figure is known by where it starts in its file.
size_t key(const Span& span) { return span.begin; }

}  // namespace

void list_unverified(const DocumentFacts& facts, FileReport& report) {
    std::unordered_set<size_t> used;
    for (const auto& c : report.checks) {
        used.insert(key(c.span));
        for (const auto& o : c.operands) used.insert(key(o.span));
    }
    std::vector<const Figure*> figures;
    for (const ProseFigure& pf : facts.prose) {
        if (pf.role == ProseRole::amount || pf.role == ProseRole::percent ||
            pf.role == ProseRole::count)
            figures.push_back(&pf.figure);
    }
    for (const TableFacts& t : facts.tables) {
        for (const RowFacts& row : t.rows) {
            for (const auto& f : row.figures) {
                if (f && !f->nil) figures.push_back(&*f);
            }
        }
    }
    std::sort(figures.begin(), figures.end(),
              [](const Figure* a, const Figure* b) { return a->span.begin < b->span.begin; });
    report.unverified.clear();
    report.verified_figures = 0;
    for (const Figure* f : figures) {
        if (used.count(key(f->span))) {
            ++report.verified_figures;
        } else {
            report.unverified.push_back({f->text, f->value.to_string(), f->span});
        }
    }
}

}  // namespace crossfoot
