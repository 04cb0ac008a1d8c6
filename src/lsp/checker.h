// Checks documents on a worker thread, so the server keeps reading while a release is
// checked. Each submission takes the next generation number; a queued check is replaced by a
// newer one, and a running check of the same document is asked to stop (the engine gives up at
// its next stage or rule) and publishes nothing.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>

#include "crossfoot/diagnostic.h"
#include "lsp/profiles.h"

namespace crossfoot::lsp {

struct CheckJob {
    std::string uri;
    int version = 0;
    std::string text;
    uint64_t generation = 0;
};

struct CheckResult {
    CheckJob job;
    FileReport report;  ///< empty when the profile could not be loaded
    ProfileResult profile;
};

class Checker {
public:
    /// `publish` runs on the worker thread, once per check that is still current.
    using Publish = std::function<void(CheckResult&&)>;
    Checker(std::vector<std::string> rule_dirs, Publish publish);
    ~Checker();
    Checker(const Checker&) = delete;
    Checker& operator=(const Checker&) = delete;

    void submit(std::string uri, int version, std::string text);
    /// The document was closed: a queued check of it is dropped, a running one stopped.
    void cancel(const std::string& uri);
    /// How many checks stopped before they finished, superseded or closed (for tests).
    [[nodiscard]] uint64_t stopped() const;

private:
    void run();
    /// nullopt when the check was stopped.
    [[nodiscard]] std::optional<CheckResult> check(const CheckJob& job, std::stop_token stop);
    [[nodiscard]] bool is_current(const CheckJob& job) const;
    void stop_running(const std::string& uri);

    Profiles profiles_;
    Publish publish_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::map<std::string, CheckJob> pending_;
    std::map<std::string, uint64_t> latest_;
    uint64_t generation_ = 0;
    std::string running_uri_;  ///< the document being checked, and how to stop its check
    std::stop_source running_stop_;
    uint64_t stopped_ = 0;
    bool stopping_ = false;
    std::thread thread_;  // last: started once the members above exist
};

}  // namespace crossfoot::lsp
