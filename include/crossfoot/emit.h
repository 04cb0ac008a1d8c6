// Output formats: each is one file in src/emit/ and one row in formats.cc.
#pragma once

#include <ostream>
#include <span>
#include <string_view>
#include <vector>

#include "crossfoot/diagnostic.h"

namespace crossfoot {

struct RenderOptions {
    bool with_checks = false;  ///< also list the relations that were verified
    bool color = false;
    std::string version = CROSSFOOT_VERSION;
};

struct OutputFormat {
    std::string_view name;  ///< "text"
    std::string_view summary;
    void (*render)(const std::vector<FileReport>& reports, const RenderOptions& options,
                   std::ostream& out);
};

/// Every output format, sorted by name.
[[nodiscard]] std::span<const OutputFormat* const> output_formats();
[[nodiscard]] const OutputFormat* find_output_format(std::string_view name);

extern const OutputFormat kTextFormat;
extern const OutputFormat kJsonFormat;

}  // namespace crossfoot

namespace crossfoot {

struct DocumentFacts;
class ConceptDictionary;

/// `crossfoot facts`: every table with its scale, columns, rows, concepts and figures.
void render_facts(const std::string& path, const DocumentFacts& facts,
                  const ConceptDictionary& concepts, std::ostream& out);

}  // namespace crossfoot
