// The whole pipeline for one input: ingest -> document -> facts -> checks -> report.
#pragma once

#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>

#include "crossfoot/diagnostic.h"
#include "crossfoot/facts.h"
#include "crossfoot/rule_set.h"

namespace crossfoot {

/// Lints one input held in memory. Never throws for bad content: a binary or unsupported
/// file comes back with `skipped` set.
[[nodiscard]] FileReport check_bytes(const std::string& path, std::string_view bytes,
                                     const RuleSet& rules);

/// check_bytes that gives up as soon as it sees `stop` requested: it asks between the stages
/// (reading, extracting, each rule, listing the unverified figures), so a check nobody waits
/// for any more (the language server's document changed again) stops early. nullopt when it
/// gave up.
[[nodiscard]] std::optional<FileReport> check_bytes(const std::string& path, std::string_view bytes,
                                                    const RuleSet& rules, std::stop_token stop);

/// Lints a decoded source.
[[nodiscard]] FileReport check_source(std::shared_ptr<const SourceFile> source,
                                      const RuleSet& rules);

/// Runs every rule of `rules` over extracted facts, appending to `report`.
void run_rules(const DocumentFacts& facts, const RuleSet& rules, FileReport& report);

}  // namespace crossfoot
