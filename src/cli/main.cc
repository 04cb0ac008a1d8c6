#include <csignal>

#include "cli/commands.h"

int main(int argc, char** argv) {
    // A reader that closes the pipe (`crossfoot check ... | head -1`) ends the output, not the
    // process: the write fails with EPIPE and the report stops there, quietly.
    std::signal(SIGPIPE, SIG_IGN);
    return crossfoot::cli::run(argc, argv);
}
