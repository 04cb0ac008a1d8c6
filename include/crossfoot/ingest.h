// Ingest: which files to read, and what each one is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "crossfoot/source.h"

namespace crossfoot {

enum class InputFormat { edgar_text, html, docx, binary };

/// The largest input read whole (a 50 MB release is fine; a disk image is not).
inline constexpr size_t kMaxInputBytes = size_t{256} << 20;

/// Reads an open descriptor (stdin) to its end; `path` names it in errors. Throws ToolError
/// when it cannot be read or exceeds `max_bytes`.
[[nodiscard]] std::string read_stream_bytes(int fd, const std::string& path, size_t max_bytes);

/// The extensions a directory walk picks up.
[[nodiscard]] bool has_release_extension(std::string_view path);

/// What the bytes of `path` are: by content first (NUL bytes, a zip, HTML tags), then extension.
[[nodiscard]] InputFormat detect_format(std::string_view path, std::string_view bytes);

/// One input to check, and whether it was named or met while walking a directory: a named
/// file that is not a release is an error, a walked one is skipped with a note.
struct InputPath {
    std::string path;
    bool walked = false;
};

/// Expands the command line's paths: files as given, directories walked (links not followed)
/// for files with a release extension, in sorted order. A missing path is a ToolError in `errors`.
[[nodiscard]] std::vector<InputPath> expand_inputs(const std::vector<std::string>& paths,
                                                   std::vector<ToolError>& errors);

}  // namespace crossfoot
