// The parts of a Word document's zip archive, read with limits. Internal to src/ingest.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "crossfoot/docx.h"

struct zip;  // libzip's archive, kept out of the callers' includes

namespace crossfoot::detail {

/// The uncompressed parts of a zip archive, held open for reading.
class ZipParts {
public:
    /// Opens the archive in `bytes`; throws ToolError naming `path` when it is not a zip.
    ZipParts(const std::string& path, std::string_view bytes, const DocxLimits& limits);
    ZipParts(const ZipParts&) = delete;
    ZipParts& operator=(const ZipParts&) = delete;
    ~ZipParts();

    /// The part `name` uncompressed, or nullopt when the archive has none. Throws ToolError
    /// when it is over the limits (checked before it is read, and again while reading) or
    /// cannot be read.
    [[nodiscard]] std::optional<std::string> read(std::string_view name) const;

private:
    std::string path_;
    DocxLimits limits_;
    ::zip* archive_ = nullptr;
};

}  // namespace crossfoot::detail
