// Throughput of the pipeline over real releases, in bytes of input per second.
//   BM_ingest: decode_source + parse_edgar_text (bytes -> document model)
//   BM_check:  check_bytes end to end (ingest, facts, every built-in rule, sorting)
// Each runs over every bench/data/*.txt, over the releases of fixtures/ listed in
// kFixtureInputs (kept there once, not copied), and over a large synthetic input: the seed
// release 50 times over, to show how the cost grows with a long filing.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "crossfoot/document.h"
#include "crossfoot/engine.h"
#include "crossfoot/ingest.h"
#include "crossfoot/reader.h"
#include "crossfoot/rule_set.h"
#include "crossfoot/source.h"

namespace {

namespace fs = std::filesystem;
using namespace crossfoot;

constexpr std::string_view kSeed = "001_bacc9e5458d3a0ba.txt";
// Relative to fixtures/: a typical earnings release and audited statements with 9 tables.
constexpr std::array<std::string_view, 2> kFixtureInputs = {
    "seeds/001_bacc9e5458d3a0ba.txt", "corpus/TBS_1994-01-24_audited_fin_statements.txt"};
constexpr int kSyntheticCopies = 50;

struct Input {
    std::string name;
    std::string bytes;
};

void bm_ingest(benchmark::State& state, const Input& input, const RuleSet& rules) {
    for (auto _ : state) {
        SourceFile source = decode_source(input.name, input.bytes);
        Document document = read_document(source, rules.vocabulary);
        benchmark::DoNotOptimize(document);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input.bytes.size()));
}

void bm_check(benchmark::State& state, const Input& input, const RuleSet& rules) {
    for (auto _ : state) {
        FileReport report = check_bytes(input.name, input.bytes, rules);
        benchmark::DoNotOptimize(report);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input.bytes.size()));
}

std::vector<Input> load_inputs() {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(CROSSFOOT_BENCH_DATA_DIR)) {
        if (entry.path().extension() == ".txt") paths.push_back(entry.path());
    }
    for (auto fixture : kFixtureInputs) paths.push_back(fs::path(CROSSFOOT_FIXTURES_DIR) / fixture);
    std::sort(paths.begin(), paths.end(),
              [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
    std::vector<Input> inputs;
    for (const auto& path : paths) {
        inputs.push_back(
            {path.filename().string(), read_file_bytes(path.string(), kMaxInputBytes)});
    }
    auto seed =
        std::find_if(inputs.begin(), inputs.end(), [](const Input& i) { return i.name == kSeed; });
    if (seed != inputs.end()) {
        Input synthetic{"seed_x" + std::to_string(kSyntheticCopies) + ".txt", {}};
        synthetic.bytes.reserve(seed->bytes.size() * kSyntheticCopies);
        for (int i = 0; i < kSyntheticCopies; ++i) synthetic.bytes += seed->bytes;
        inputs.push_back(std::move(synthetic));
    }
    return inputs;
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    // Both outlive the run: registered benchmarks hold references to them.
    const std::vector<Input> inputs = load_inputs();
    const RuleSet rules = load_rule_set({});
    for (const auto& input : inputs) {
        benchmark::RegisterBenchmark(("BM_ingest/" + input.name).c_str(), bm_ingest,
                                     std::cref(input), std::cref(rules))
            ->Unit(benchmark::kMillisecond);
    }
    for (const auto& input : inputs) {
        benchmark::RegisterBenchmark(("BM_check/" + input.name).c_str(), bm_check, std::cref(input),
                                     std::cref(rules))
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
