// Issue 9, item 5: a newer change cancels an older check. The engine gives up when its stop is
// requested (before it starts, or while it runs), and the language server's checker stops a
// running check of a document that changed again, publishing only the newest version.
#include <doctest/doctest.h>

#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>

#include "crossfoot/engine.h"
#include "lsp/checker.h"
#include "support.h"

using namespace crossfoot;
using namespace std::chrono_literals;

namespace {

std::string seed() {
    return read_file_bytes(
        std::string(CROSSFOOT_SOURCE_DIR) + "/fixtures/seeds/001_bacc9e5458d3a0ba.txt",
        size_t{1} << 20);
}

// A release long enough that checking it takes far longer than the waits below (about 1 MB:
// the seed forty times).
std::string long_release() {
    std::string one = seed();
    std::string out;
    for (int i = 0; i < 40; ++i) out += one;
    return out;
}

}  // namespace

TEST_CASE("a check whose stop is not requested finishes with the whole report") {
    std::stop_source source;
    std::optional<FileReport> report = check_bytes("r.txt", seed(), rules(), source.get_token());
    REQUIRE(report);
    CHECK(report->diagnostics.size() == check_bytes("r.txt", seed(), rules()).diagnostics.size());
    CHECK_FALSE(report->checks.empty());
}

TEST_CASE("a check stopped before it starts gives up") {
    std::stop_source source;
    source.request_stop();
    CHECK_FALSE(check_bytes("r.txt", seed(), rules(), source.get_token()));
}

TEST_CASE("a check stopped while it runs gives up at its next stage or rule") {
    std::string text = long_release();
    std::stop_source source;
    auto started = std::chrono::steady_clock::now();
    auto check = std::async(std::launch::async, [&] {
        return check_bytes("long.txt", text, rules(), source.get_token());
    });
    std::this_thread::sleep_for(20ms);
    auto asked = std::chrono::steady_clock::now();
    source.request_stop();
    std::optional<FileReport> report = check.get();
    auto ended = std::chrono::steady_clock::now();
    CHECK_FALSE(report);
    MESSAGE(
        "stopped " << std::chrono::duration_cast<std::chrono::milliseconds>(ended - asked).count()
                   << " ms after the request, "
                   << std::chrono::duration_cast<std::chrono::milliseconds>(ended - started).count()
                   << " ms after the start");
}

TEST_CASE("the checker stops a running check of a changed document and publishes the newest") {
    std::mutex mutex;
    std::condition_variable published;
    std::vector<int> versions;
    lsp::Checker checker({}, [&](lsp::CheckResult&& result) {
        std::lock_guard lock(mutex);
        versions.push_back(result.job.version);
        published.notify_all();
    });
    checker.submit("untitled:long", 1, long_release());
    std::this_thread::sleep_for(50ms);  // the check of version 1 is under way
    checker.submit("untitled:long", 2, seed());
    std::unique_lock lock(mutex);
    REQUIRE(published.wait_for(lock, 120s, [&] { return !versions.empty(); }));
    CHECK(versions == std::vector<int>{2});
    CHECK(checker.stopped() == 1);
}

TEST_CASE("closing a document stops its running check") {
    std::atomic<int> calls = 0;
    lsp::Checker checker({}, [&](lsp::CheckResult&&) { ++calls; });
    checker.submit("untitled:closed", 1, long_release());
    std::this_thread::sleep_for(50ms);
    checker.cancel("untitled:closed");
    for (int i = 0; i < 1200 && checker.stopped() == 0; ++i) std::this_thread::sleep_for(100ms);
    CHECK(checker.stopped() == 1);
    CHECK(calls == 0);
}
