// The JSON object of one file, shared by the json report and the jsonl stream so the two
// formats agree on every key.
#pragma once

#include <nlohmann/json.hpp>

#include "crossfoot/diagnostic.h"

namespace crossfoot::emit {

/// {"path", "skipped"?, "diagnostics", "checks"? (when `with_checks`)}, keys in that order.
[[nodiscard]] nlohmann::ordered_json file_json(const FileReport& report, bool with_checks,
                                               bool with_unverified = false);

}  // namespace crossfoot::emit
