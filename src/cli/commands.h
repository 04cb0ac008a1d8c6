// The command line: the only place that prints to the terminal or decides the exit code.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "crossfoot/source.h"

namespace crossfoot {
struct RuleSet;
}

namespace crossfoot::cli {

/// The Markdown of docs/rules.md: every rule and every kind with its documentation.
void render_rules_markdown(const RuleSet& rules, std::ostream& out);

/// Runs crossfoot with the process arguments; returns the exit code (0, 1 or 2).
[[nodiscard]] int run(int argc, char** argv);

/// The most inputs checked at a time: more threads than this only cost memory.
inline constexpr int kMaxJobs = 256;

/// "4" -> 4; "0", "abc", "4x", "1000" -> nullopt (whole numbers from 1 to kMaxJobs).
[[nodiscard]] std::optional<int> parse_jobs(std::string_view text);

/// What `crossfoot check` was asked to do.
struct CheckOptions {
    std::vector<std::string> paths;
    std::vector<std::string> rule_dirs;
    std::vector<std::string> select;
    std::vector<std::string> ignore;
    std::string format = "text";
    std::string output;
    std::string fail_on = "error";
    std::string color = "auto";
    bool with_checks = false;
    bool with_unverified = false;
    bool fail_on_given = false;
    std::string config;
    int jobs = 1;
    std::string baseline;        ///< accepted findings to leave out
    std::string write_baseline;  ///< where to write the findings as a baseline
    std::string files_from;      ///< a file (or "-", stdin) naming more inputs, one per line
};

/// The paths of a `--files-from` list, one per line (CR LF too; blank lines skipped), read from
/// `list` or, for "-", stdin. Throws ToolError when stdin is also among `paths`, when the list
/// cannot be read or when it holds a NUL byte.
[[nodiscard]] std::vector<std::string> read_input_list(const std::string& list,
                                                       const std::vector<std::string>& paths);

/// `crossfoot check`: lints every input and prints the report; returns the exit code.
[[nodiscard]] int run_check(const CheckOptions& options);

/// `path:line:col: error: message` on stderr.
/// `path:line:col: error: message`, control characters escaped.
[[nodiscard]] std::string tool_error_text(const ToolError& e);
void print_tool_error(const ToolError& e);

/// All of stdin, up to kMaxInputBytes.
[[nodiscard]] std::string read_stdin();

}  // namespace crossfoot::cli
