// JSON Lines: one object per file, written as each file finishes, for pipelines that shard a
// corpus (GNU parallel, Spark, Dask) and merge by concatenation. An object depends only on its
// file, so a file's line is the same whatever --jobs; the order of lines may follow completion.
#include "crossfoot/emit.h"
#include "emit/json_file.h"

namespace crossfoot {

void render_jsonl_file(const FileReport& report, const RenderOptions& options, std::ostream& out) {
    out << emit::file_json(report, options.with_checks, options.with_unverified).dump() << "\n";
}

namespace {

// Not streamed (a caller holding every report): the same lines, in the reports' order.
void render(const std::vector<FileReport>& reports, const RenderOptions& options,
            std::ostream& out) {
    for (const auto& report : reports) render_jsonl_file(report, options, out);
}

}  // namespace

const OutputFormat kJsonlFormat = {
    "jsonl", "one JSON object per file, streamed as each file finishes", render};

}  // namespace crossfoot
