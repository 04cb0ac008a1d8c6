#include "lsp/checker.h"

#include "crossfoot/baseline.h"
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
        running_stop_.request_stop();
    }
    wake_.notify_all();
    thread_.join();
}

void Checker::submit(std::string uri, int version, std::string text) {
    {
        std::lock_guard lock(mutex_);
        uint64_t generation = ++generation_;
        latest_[uri] = generation;
        stop_running(uri);
        pending_[uri] = CheckJob{uri, version, std::move(text), generation};
    }
    wake_.notify_one();
}

void Checker::cancel(const std::string& uri) {
    std::lock_guard lock(mutex_);
    pending_.erase(uri);
    latest_.erase(uri);
    stop_running(uri);
}

uint64_t Checker::stopped() const {
    std::lock_guard lock(mutex_);
    return stopped_;
}

// Called with the mutex held.
void Checker::stop_running(const std::string& uri) {
    if (running_uri_ == uri) running_stop_.request_stop();
}

bool Checker::is_current(const CheckJob& job) const {
    auto latest = latest_.find(job.uri);
    return latest != latest_.end() && latest->second == job.generation;
}

std::optional<CheckResult> Checker::check(const CheckJob& job, std::stop_token stop) {
    CheckResult result;
    std::optional<std::string> path = path_of_uri(job.uri);
    result.profile = profiles_.for_document(path);
    const auto& profile = result.profile.profile;
    if (!profile) return result;
    try {
        std::optional<FileReport> report =
            check_bytes(path.value_or(job.uri), job.text, profile->rules, stop);
        if (!report) return std::nullopt;
        result.report = std::move(*report);
        filter_report(result.report, profile->select, profile->ignore);
        if (path && !profile->baseline.empty())
            apply_baseline(result.report, profile->baseline_for(result.report.path));
    } catch (const std::exception& e) {
        // The engine does not throw for bad content; anything else (memory) leaves the
        // document unchecked rather than ending the session.
        result.report = FileReport{};
        result.report.path = job.uri;
        result.report.skipped = std::string("not checked: ") + e.what();
    }
    return result;
}

void Checker::run() {
    for (;;) {
        CheckJob job;
        std::stop_token stop;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !pending_.empty(); });
            if (stopping_) return;
            job = std::move(pending_.begin()->second);
            pending_.erase(pending_.begin());
            running_uri_ = job.uri;
            running_stop_ = std::stop_source();
            stop = running_stop_.get_token();
        }
        std::optional<CheckResult> result = check(job, stop);
        {
            std::lock_guard lock(mutex_);
            running_uri_.clear();
            if (!result) ++stopped_;
            if (!result || !is_current(job)) continue;
        }
        result->job = std::move(job);
        publish_(std::move(*result));
    }
}

}  // namespace crossfoot::lsp
