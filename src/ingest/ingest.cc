#include "crossfoot/ingest.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>

#include "common/text.h"
#include "crossfoot/docx.h"

namespace crossfoot {

namespace fs = std::filesystem;

namespace {

constexpr std::array<std::string_view, 5> kExtensions = {".txt", ".htm", ".html", ".docx", ".md"};

using text::lower;

bool looks_like_html(std::string_view bytes) {
    std::string head = lower(bytes.substr(0, 4096));
    for (std::string_view tag :
         {"<html", "<!doctype html", "<body", "<?xml", "<div", "<p>", "<td", "<font"}) {
        if (head.find(tag) != std::string::npos) return true;
    }
    return false;
}

}  // namespace

bool has_release_extension(std::string_view path) {
    std::string ext = lower(fs::path(path).extension().string());
    return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

InputFormat detect_format(std::string_view path, std::string_view bytes) {
    std::string ext = lower(fs::path(path).extension().string());
    if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
        return ext == ".docx" || looks_like_docx(bytes) ? InputFormat::docx : InputFormat::binary;
    if (!non_text_reason(bytes).empty()) return InputFormat::binary;
    // UTF-16 is sniffed as the text it decodes to.
    std::string decoded;
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        decoded = decode_source(std::string(path), bytes.substr(0, 8192)).text;
        bytes = decoded;
    }
    if (ext == ".htm" || ext == ".html" || looks_like_html(bytes)) return InputFormat::html;
    return InputFormat::edgar_text;
}

std::vector<InputPath> expand_inputs(const std::vector<std::string>& paths,
                                     std::vector<ToolError>& errors) {
    std::vector<InputPath> out;
    for (const auto& path : paths) {
        if (path == "-") {
            out.push_back({path, false});
            continue;
        }
        std::error_code ec;
        auto status = fs::symlink_status(path, ec);
        if (ec || !fs::exists(status)) {
            errors.emplace_back(path, "no such file or directory");
            continue;
        }
        if (!fs::is_directory(status)) {
            out.push_back({path, false});
            continue;
        }
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(
                 path, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (it->is_symlink()) {
                it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file() && has_release_extension(it->path().string())) {
                found.push_back(it->path().lexically_normal().string());
            }
        }
        if (ec) errors.emplace_back(path, "cannot walk directory: " + ec.message());
        std::sort(found.begin(), found.end());
        for (auto& file : found) out.push_back({std::move(file), true});
    }
    return out;
}

}  // namespace crossfoot
