// The language server's answer time: a didChange on a 100 KiB release until its
// publishDiagnostics, in process (Server::handle parses the message as off the wire; the check
// runs on the server's worker thread). Real time per change, the figure an editor user feels.
//   BM_lsp_did_change_full:        the whole text sent again (TextDocumentSyncKind.Full)
//   BM_lsp_did_change_incremental: one figure retyped (a range and its new text)
// The release is the seed repeated to 100 KiB, as bench_check's multi_line_100KB. Each change
// flips a figure of the seed's first balance sheet, so the diagnostics alternate.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

#include "crossfoot/source.h"
#include "lsp/server.h"

namespace {

using namespace crossfoot;
using Json = nlohmann::json;

constexpr size_t kReleaseBytes = size_t{100} << 10;
constexpr std::string_view kUri = "untitled:bench.txt";

std::string release() {
    std::string seed = read_file_bytes(
        std::string(CROSSFOOT_FIXTURES_DIR) + "/seeds/001_bacc9e5458d3a0ba.txt", size_t{1} << 20);
    std::string text;
    while (text.size() < kReleaseBytes) text += seed;
    text.resize(kReleaseBytes);
    return text.substr(0, text.rfind('\n') + 1);
}

// A server whose published versions the benchmark waits for.
class Harness {
public:
    Harness()
        : server_({}, [this](const std::string& body) {
              Json message = Json::parse(body);
              if (message.value("method", "") != "textDocument/publishDiagnostics") return;
              std::lock_guard lock(mutex_);
              published_ = message["params"].value("version", 0);
              diagnostics_ = message["params"]["diagnostics"].size();
              changed_.notify_all();
          }) {}

    void send(const Json& message) { server_.handle(lsp::Frame{message.dump(), std::nullopt}); }
    size_t wait_for(int version) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return published_ >= version; });
        return diagnostics_;
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    int published_ = 0;
    size_t diagnostics_ = 0;
    lsp::Server server_;
};

Json notification(const std::string& method, Json params) {
    return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

void bm_did_change(benchmark::State& state, bool incremental) {
    std::string text = release();
    // The total of current assets in the seed's balance sheet: "13,429" <-> "13,329".
    size_t line_start = text.find(" TOTAL CURRENT ASSETS");
    size_t figure = text.find("13,", line_start);
    int line = static_cast<int>(std::count(text.begin(), text.begin() + line_start + 1, '\n'));
    int character = static_cast<int>(figure - line_start - 1);
    Harness harness;
    harness.send(
        {{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", Json::object()}});
    harness.send(notification("textDocument/didOpen",
                              {{"textDocument", {{"uri", kUri}, {"version", 1}, {"text", text}}}}));
    harness.wait_for(1);
    int version = 1;
    size_t diagnostics = 0;
    for (auto _ : state) {
        ++version;
        std::string digit = version % 2 ? "4" : "3";
        Json change;
        if (incremental) {
            change = {{"range",
                       {{"start", {{"line", line}, {"character", character + 3}}},
                        {"end", {{"line", line}, {"character", character + 4}}}}},
                      {"text", digit}};
        } else {
            text[figure + 3] = digit[0];
            change = {{"text", text}};
        }
        harness.send(notification("textDocument/didChange",
                                  {{"textDocument", {{"uri", kUri}, {"version", version}}},
                                   {"contentChanges", Json::array({change})}}));
        diagnostics += harness.wait_for(version);
    }
    state.counters["diagnostics_per_change"] =
        benchmark::Counter(static_cast<double>(diagnostics), benchmark::Counter::kAvgIterations);
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                            static_cast<int64_t>(text.size()));
}

}  // namespace

BENCHMARK_CAPTURE(bm_did_change, full, false)
    ->Name("BM_lsp_did_change_full/100KB")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(bm_did_change, incremental, true)
    ->Name("BM_lsp_did_change_incremental/100KB")
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

BENCHMARK_MAIN();
