// `--files-from FILE|-`: the inputs named one per line, as `find … -print`, `git ls-files` or a
// shard of GNU parallel writes them.
#include <unistd.h>

#include <algorithm>

#include "cli/commands.h"
#include "crossfoot/ingest.h"

namespace crossfoot::cli {

namespace {

// A list of a million paths is some 100 MB; anything larger is not a list of paths.
constexpr size_t kMaxListBytes = size_t{256} << 20;

}  // namespace

std::vector<std::string> read_input_list(const std::string& list,
                                         const std::vector<std::string>& paths) {
    // Both would read stdin: the list would swallow the document or the other way round.
    if (list == "-" && std::find(paths.begin(), paths.end(), "-") != paths.end())
        throw ToolError("--files-from",
                        "'-' reads the list from stdin, so stdin cannot also be a document");
    std::string bytes = list == "-" ? read_stream_bytes(STDIN_FILENO, "<stdin>", kMaxListBytes)
                                    : read_file_bytes(list, kMaxListBytes);
    if (bytes.find('\0') != std::string::npos)
        throw ToolError(list == "-" ? "<stdin>" : list,
                        "a list of inputs holds one path per line; this one holds a NUL byte");
    std::vector<std::string> out;
    size_t begin = 0;
    while (begin < bytes.size()) {
        size_t end = bytes.find('\n', begin);
        if (end == std::string::npos) end = bytes.size();
        std::string line = bytes.substr(begin, end - begin);
        // Lists written on Windows end lines with CR LF; blank lines separate nothing.
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) out.push_back(std::move(line));
        begin = end + 1;
    }
    if (list == "-" && std::find(out.begin(), out.end(), "-") != out.end())
        throw ToolError("<stdin>", "the list of inputs names '-', but stdin holds the list");
    return out;
}

}  // namespace crossfoot::cli
