#include "cli/commands.h"

int main(int argc, char** argv) { return crossfoot::cli::run(argc, argv); }
