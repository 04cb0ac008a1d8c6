// Reading the `[vocabulary]` table of a rule file. Internal to src/rules.
#pragma once

#include <toml++/toml.h>

#include <string>

#include "crossfoot/vocabulary.h"

namespace crossfoot::detail {

/// Appends the lists of one `[vocabulary]` table to `vocabulary`, each entry in the form it is
/// matched in; an entry already in its list is not added twice.
/// Throws ToolError(path, message, line:col of the offending key or entry).
void load_vocabulary(Vocabulary& vocabulary, const toml::node& node, const std::string& path);

}  // namespace crossfoot::detail
