// Deterministic mutations of an input, so the replay smoke test reaches malformed text
// without libFuzzer: the same file always yields the same variants, in the same order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace crossfoot::fuzz {

struct Variant {
    std::string bytes;
    std::string how;  ///< "flip@123 truncate@40": enough to rebuild it by hand
};

/// Most variants start from a run of whole lines this long at most, so a mutation costs
/// the same in a long filing as in a short one (a cut table is malformed input too).
inline constexpr size_t kWindowBytes = 2048;
/// Every this many variants, the whole input is mutated instead.
inline constexpr int kWholeEvery = 50;

/// `count` variants of `input`, each one to four stacked random edits (byte flips,
/// truncations, inserted bytes and table tokens, duplicated and dropped lines, changed
/// digits) of a window or of the whole, seeded from the content of `input`.
[[nodiscard]] std::vector<Variant> mutations_of(std::string_view input, int count);

/// `input` with a table row whose figure has 100k digits, inserted after a line chosen
/// from its content. Slow by nature (big-integer arithmetic): run it once, not per file.
[[nodiscard]] Variant with_long_figure(std::string_view input);

}  // namespace crossfoot::fuzz
