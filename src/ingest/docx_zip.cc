#include "docx_zip.h"

#include <zip.h>

#include <array>
#include <mutex>

namespace crossfoot::detail {

namespace {

std::string mebibytes(size_t bytes) {
    constexpr size_t kMiB = size_t{1} << 20;
    if (bytes < kMiB) return std::to_string(bytes) + " bytes";
    return std::to_string((bytes + kMiB - 1) / kMiB) + " MiB";
}

}  // namespace

ZipParts::ZipParts(const std::string& path, std::string_view bytes, const DocxLimits& limits)
    : path_(path), limits_(limits) {
    zip_error_t error;
    zip_error_init(&error);
    // The buffer outlives the archive: `bytes` is held by the caller for the whole read.
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source != nullptr) {
        // Opening converts each entry's DOS time with mktime, whose time-zone state glibc
        // guards with a lock ThreadSanitizer cannot see: with --jobs, opens take turns here so
        // that every access to it is ordered by a lock it does see. Reading is not serialised.
        static std::mutex opening;
        std::lock_guard<std::mutex> lock(opening);
        archive_ = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    }
    if (archive_ == nullptr) {
        if (source != nullptr) zip_source_free(source);
        zip_error_fini(&error);
        throw ToolError(path_,
                        "not a readable Word document: the zip archive is damaged or "
                        "truncated");
    }
    zip_error_fini(&error);
}

ZipParts::~ZipParts() {
    if (archive_ != nullptr) zip_discard(archive_);
}

std::optional<std::string> ZipParts::read(std::string_view name) const {
    std::string entry(name);
    zip_int64_t index = zip_name_locate(archive_, entry.c_str(), 0);
    if (index < 0) return std::nullopt;
    auto at = static_cast<zip_uint64_t>(index);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_, at, 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0 ||
        (stat.valid & ZIP_STAT_COMP_SIZE) == 0)
        throw ToolError(path_, "cannot read " + entry + " from the zip archive");
    // The sizes the archive states are checked before anything is inflated; the bytes read
    // are counted too, since a damaged archive may state less than it holds.
    if (stat.size > limits_.max_entry_bytes)
        throw ToolError(path_, entry + " is " + mebibytes(stat.size) +
                                   " uncompressed, over the limit of " +
                                   mebibytes(limits_.max_entry_bytes));
    if (stat.size > limits_.ratio_floor && stat.size / limits_.max_ratio > stat.comp_size)
        throw ToolError(path_, entry + " expands more than " + std::to_string(limits_.max_ratio) +
                                   " times: refused as a zip bomb");
    zip_file_t* file = zip_fopen_index(archive_, at, 0);
    if (file == nullptr)
        throw ToolError(
            path_, "cannot read " + entry + " from the zip archive: " + zip_strerror(archive_));
    std::string out;
    out.reserve(static_cast<size_t>(stat.size));
    std::array<char, 1 << 16> buffer{};
    zip_int64_t n = 0;
    while ((n = zip_fread(file, buffer.data(), buffer.size())) > 0) {
        out.append(buffer.data(), static_cast<size_t>(n));
        if (out.size() > stat.size) break;
    }
    std::string reason = n < 0 ? zip_file_strerror(file) : "";
    zip_fclose(file);
    if (n < 0) throw ToolError(path_, "cannot read " + entry + " from the zip archive: " + reason);
    if (out.size() != stat.size)
        throw ToolError(path_, "cannot read " + entry +
                                   " from the zip archive: its size is "
                                   "not the size the archive states");
    return out;
}

}  // namespace crossfoot::detail
