// What the checks left unticked: the amounts of a release that no relation used, so a reviewer
// knows what is left to tick by hand.
#pragma once

#include "crossfoot/diagnostic.h"
#include "crossfoot/facts.h"

namespace crossfoot {

/// Sets `report.unverified` to every amount, percentage and count of the prose and every
/// figure of the tables (nil cells aside) that no check of `report` used, in document order,
/// and `report.verified_figures` to how many such figures a check did use.
void list_unverified(const DocumentFacts& facts, FileReport& report);

}  // namespace crossfoot
