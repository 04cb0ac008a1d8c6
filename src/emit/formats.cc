#include <array>

#include "crossfoot/emit.h"

namespace crossfoot {

namespace {

// One row per format, sorted by name; --format validation and `--help` read this table.
const std::array<const OutputFormat*, 6> kFormats = {&kGithubFormat, &kHtmlFormat,  &kJsonFormat,
                                                     &kJsonlFormat,  &kSarifFormat, &kTextFormat};

}  // namespace

std::span<const OutputFormat* const> output_formats() { return kFormats; }

const OutputFormat* find_output_format(std::string_view name) {
    for (const OutputFormat* format : kFormats) {
        if (format->name == name) return format;
    }
    return nullptr;
}

FileRenderer file_renderer(const OutputFormat& format) {
    return &format == &kJsonlFormat ? render_jsonl_file : nullptr;
}

}  // namespace crossfoot
