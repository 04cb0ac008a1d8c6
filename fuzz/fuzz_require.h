// The invariants a fuzz target asserts. A broken one aborts, which libFuzzer and the
// replay executables both report as a crash, so it is found like any memory error.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace crossfoot::fuzz {

inline void require(bool holds, const char* what) {
    if (holds) return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

}  // namespace crossfoot::fuzz
