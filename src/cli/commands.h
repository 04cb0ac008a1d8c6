// The command line: the only place that prints to the terminal or decides the exit code.
#pragma once

namespace crossfoot::cli {

/// Runs crossfoot with the process arguments; returns the exit code (0, 1 or 2).
[[nodiscard]] int run(int argc, char** argv);

}  // namespace crossfoot::cli
