#include "lsp/checker.h"

#include "crossfoot/engine.h"
#include "crossfoot/report.h"
#include "lsp/documents.h"

namespace crossfoot::lsp {

Checker::Checker(std::vector<std::string> rule_dirs, Publish publish)
    : profiles_(std::move(rule_dirs)), publish_(std::move(publish)), thread_([this] { run(); }) {}

Checker::~Checker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void Checker::submit(std::string uri, int version, std::string text) {
    {
        std::lock_guard lock(mutex_);
        uint64_t generation = ++generation_;
        latest_[uri] = generation;
        pending_[uri] = CheckJob{uri, version, std::move(text), generation};
    }
    wake_.notify_one();
}

void Checker::cancel(const std::string& uri) {
    std::lock_guard lock(mutex_);
    pending_.erase(uri);
    latest_.erase(uri);
}

uint64_t Checker::dropped() const {
    std::lock_guard lock(mutex_);
    return dropped_;
}

bool Checker::is_current(const CheckJob& job) const {
    auto latest = latest_.find(job.uri);
    return latest != latest_.end() && latest->second == job.generation;
}

void Checker::run() {
    for (;;) {
        CheckJob job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !pending_.empty(); });
            if (stopping_) return;
            job = std::move(pending_.begin()->second);
            pending_.erase(pending_.begin());
        }
        CheckResult result;
        std::optional<std::string> path = path_of_uri(job.uri);
        result.profile = profiles_.for_document(path);
        if (const auto& profile = result.profile.profile) {
            result.report = check_bytes(path.value_or(job.uri), job.text, profile->rules);
            filter_report(result.report, profile->select, profile->ignore);
        }
        {
            std::lock_guard lock(mutex_);
            if (!is_current(job)) {
                ++dropped_;
                continue;
            }
        }
        result.job = std::move(job);
        publish_(std::move(result));
    }
}

}  // namespace crossfoot::lsp
