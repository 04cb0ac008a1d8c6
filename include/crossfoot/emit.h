// Output formats: each is one file in src/emit/ and one row in formats.cc.
#pragma once

#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "crossfoot/diagnostic.h"

namespace crossfoot {

struct RuleSet;

struct RenderOptions {
    bool with_checks = false;      ///< also list the relations that were verified
    bool with_unverified = false;  ///< also list the amounts no check used, and count them
    bool color = false;
    std::string version = CROSSFOOT_VERSION;
    /// The rules the reports were checked with: formats that describe rules (SARIF) describe
    /// them from the source `rules explain` reads. May be null.
    const RuleSet* rules = nullptr;
    /// Where docs/rules.md is published, for links to the rules' rows (SARIF helpUri); empty:
    /// no links. The config's `docs-url`, else the build's CROSSFOOT_DOCS_URL.
    std::string docs_url;
    /// The run's exit code and its tool errors ("path:line:col: message"), for formats that
    /// record the invocation.
    int exit_code = 0;
    std::vector<std::string> tool_errors;
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

extern const OutputFormat kGithubFormat;
extern const OutputFormat kHtmlFormat;
extern const OutputFormat kSarifFormat;
extern const OutputFormat kTextFormat;
extern const OutputFormat kJsonFormat;
extern const OutputFormat kJsonlFormat;

/// Renders one file's record of a format that streams, as the file finishes.
using FileRenderer = void (*)(const FileReport& report, const RenderOptions& options,
                              std::ostream& out);
/// The per-file renderer of a streaming format (jsonl); null for formats that need every
/// report first (a summary, sorted output).
[[nodiscard]] FileRenderer file_renderer(const OutputFormat& format);
/// One line: the file's object of the json format, without indentation.
void render_jsonl_file(const FileReport& report, const RenderOptions& options, std::ostream& out);

}  // namespace crossfoot

namespace crossfoot {

struct DocumentFacts;
class ConceptDictionary;

/// `crossfoot facts`: every table with its scale, columns, rows, concepts and figures.
void render_facts(const std::string& path, const DocumentFacts& facts,
                  const ConceptDictionary& concepts, std::ostream& out);

}  // namespace crossfoot
