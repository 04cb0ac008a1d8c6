// `crossfoot check`: settings per input (its crossfoot.toml), inputs checked in parallel,
// one report in input order.
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "cli/commands.h"
#include "common/text.h"
#include "crossfoot/baseline.h"
#include "crossfoot/config.h"
#include "crossfoot/emit.h"
#include "crossfoot/engine.h"
#include "crossfoot/ingest.h"
#include "crossfoot/report.h"
#include "crossfoot/rule_docs.h"
#include "crossfoot/rule_kind.h"

namespace crossfoot::cli {

namespace {

namespace fs = std::filesystem;

// The rule set and filters one input is checked with.
struct Profile {
    RuleSet rules;
    std::vector<std::string> select;
    std::vector<std::string> ignore;
    Severity fail_on = Severity::error;
    std::optional<std::vector<BaselineEntry>> baseline;
    std::string docs_url{default_docs_url()};  ///< the config's `docs-url`, else the build's
};

std::vector<BaselineEntry> load_baseline(const std::string& path) {
    return read_baseline(path, read_file_bytes(path, kMaxInputBytes));
}

// One profile per crossfoot.toml (and one for inputs without), built before any input is read.
class Profiles {
public:
    explicit Profiles(const CheckOptions& o) : options_(o) {}

    const Profile& for_input(const std::string& path) {
        std::string config = options_.config;
        if (config.empty()) config = find_config(path).value_or("");
        auto found = cache_.find(config);
        if (found != cache_.end()) return *found->second;
        auto profile = std::make_unique<Profile>();
        std::optional<Severity> configured;
        if (config.empty()) {
            profile->rules = load_rule_set(options_.rule_dirs);
        } else {
            Config c = load_config(config, options_.rule_dirs, profile->rules);
            profile->select = c.select;
            profile->ignore = c.ignore;
            configured = c.fail_on;
            // --write-baseline writes the config's baseline, which need not exist yet.
            if (c.baseline && options_.write_baseline.empty())
                profile->baseline = load_baseline(*c.baseline);
            if (c.docs_url) profile->docs_url = *c.docs_url;
        }
        // The config's own ids were checked where it names them.
        for (const auto& id : options_.select) {
            if (!profile->rules.find(id))
                throw ToolError("--select", unknown_rule_message(profile->rules, id, "select"));
        }
        for (const auto& id : options_.ignore) {
            if (!profile->rules.find(id))
                throw ToolError("--ignore", unknown_rule_message(profile->rules, id, "ignore"));
        }
        profile->select.insert(profile->select.end(), options_.select.begin(),
                               options_.select.end());
        profile->ignore.insert(profile->ignore.end(), options_.ignore.begin(),
                               options_.ignore.end());
        Severity flag = options_.fail_on == "warning" ? Severity::warning : Severity::error;
        profile->fail_on = options_.fail_on_given || !configured ? flag : *configured;
        // --baseline wins over the config's; --write-baseline reports every finding.
        if (!options_.baseline.empty()) profile->baseline = load_baseline(options_.baseline);
        if (!options_.write_baseline.empty()) profile->baseline.reset();
        return *cache_.emplace(config, std::move(profile)).first->second;
    }

private:
    const CheckOptions& options_;
    std::map<std::string, std::unique_ptr<Profile>> cache_;
};

bool use_color(const std::string& mode) {
    if (mode == "always") return true;
    if (mode == "never" || std::getenv("NO_COLOR")) return false;
    return isatty(STDOUT_FILENO) != 0;
}

const OutputFormat* format_or_hint(const std::string& name) {
    if (const OutputFormat* format = find_output_format(name)) return format;
    std::vector<std::string_view> names;
    for (const OutputFormat* f : output_formats()) names.push_back(f->name);
    std::string hint = closest_name(name, names);
    std::cerr << "crossfoot: error: unknown format '" << name << "'"
              << (hint.empty() ? "" : "; did you mean '" + hint + "'?") << "\n";
    return nullptr;
}

// The report must not overwrite what it reports on: refused before anything is written.
void refuse_output_over_input(const CheckOptions& o, const std::vector<InputPath>& inputs) {
    if (o.output.empty()) return;
    std::vector<std::string> read;
    for (const auto& input : inputs) read.push_back(input.path);
    if (!o.config.empty()) read.push_back(o.config);
    for (const auto& path : read) {
        std::error_code ec;
        if (path != "-" && fs::equivalent(o.output, path, ec))
            throw ToolError(
                o.output, "--output names the input '" + path + "'; the report would overwrite it");
    }
}

// Writes all of `text`; returns 0 or the errno of the write that failed. A reader that closed
// the pipe (`| head -1`) wants no more: that ends the output quietly.
int write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno == EPIPE ? 0 : errno;
        text.remove_prefix(static_cast<size_t>(n));
    }
    return 0;
}

// The report to stdout, or to `output` when given; a failed write is a ToolError naming it.
void write_report(const std::string& output, std::string_view report) {
    if (output.empty()) {
        if (int error = write_all(STDOUT_FILENO, report))
            throw ToolError("<stdout>", "cannot write the report: " + text::os_reason(error));
        return;
    }
    int fd = ::open(output.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) throw ToolError(output, "cannot open the output file: " + text::os_reason(errno));
    int error = write_all(fd, report);
    // close reports a write the file system deferred (a full disk over NFS).
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error != 0) throw ToolError(output, "cannot write the report: " + text::os_reason(error));
}

// Records of a streaming format (jsonl), written as each input finishes: whole lines, one
// writer at a time, to stdout or `--output` opened before the first input is read.
class ReportStream {
public:
    ReportStream(const std::string& output, FileRenderer render, const RenderOptions& options)
        : output_(output), render_(render), options_(options) {
        if (output.empty()) return;
        fd_ = ::open(output.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
        if (fd_ < 0)
            throw ToolError(output, "cannot open the output file: " + text::os_reason(errno));
    }
    ReportStream(const ReportStream&) = delete;
    ReportStream& operator=(const ReportStream&) = delete;
    ~ReportStream() {
        if (fd_ != STDOUT_FILENO) ::close(fd_);
    }

    void write(const FileReport& report) {
        std::ostringstream record;
        render_(report, options_, record);
        std::lock_guard<std::mutex> lock(mutex_);
        if (error_ == 0) error_ = write_all(fd_, record.str());
    }

    /// Closes the output; a failed write is a ToolError naming it.
    void finish() {
        if (fd_ != STDOUT_FILENO && ::close(fd_) != 0 && error_ == 0) error_ = errno;
        fd_ = STDOUT_FILENO;
        if (error_ != 0)
            throw ToolError(output_.empty() ? "<stdout>" : output_,
                            "cannot write the report: " + text::os_reason(error_));
    }

private:
    std::string output_;
    FileRenderer render_;
    const RenderOptions& options_;
    int fd_ = STDOUT_FILENO;
    std::mutex mutex_;
    int error_ = 0;
};

}  // namespace

int run_check(const CheckOptions& o) {
    const OutputFormat* format = format_or_hint(o.format);
    if (!format) return 2;
    std::vector<ToolError> errors;
    std::vector<std::string> paths = o.paths;
    if (!o.files_from.empty()) {
        std::vector<std::string> listed = read_input_list(o.files_from, o.paths);
        paths.insert(paths.end(), listed.begin(), listed.end());
    }
    std::vector<InputPath> inputs = expand_inputs(paths, errors);
    refuse_output_over_input(o, inputs);
    Profiles profiles(o);
    std::vector<const Profile*> profile_of(inputs.size(), nullptr);
    for (size_t i = 0; i < inputs.size(); ++i) {
        try {
            profile_of[i] = &profiles.for_input(inputs[i].path);
        } catch (const ToolError& e) {
            errors.push_back(e);
        }
    }
    RenderOptions render;
    render.with_checks = o.with_checks;
    render.with_unverified = o.with_unverified;
    if (const char* pinned = std::getenv("CROSSFOOT_VERSION_OVERRIDE")) render.version = pinned;
    std::optional<ReportStream> stream;
    if (FileRenderer file_render = file_renderer(*format))
        stream.emplace(o.output, file_render, render);
    // Each input is checked on its own; results keep the input order, so the report is the
    // same for any --jobs. A streamed report is written as it finishes and kept only for a
    // baseline to be written.
    std::vector<std::optional<FileReport>> results(inputs.size());
    std::vector<int> finding_codes(inputs.size(), 0);
    std::vector<std::optional<ToolError>> failures(inputs.size());
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t i = next++; i < inputs.size(); i = next++) {
            if (!profile_of[i]) continue;
            const std::string& path = inputs[i].path;
            try {
                std::string bytes =
                    path == "-" ? read_stdin() : read_file_bytes(path, kMaxInputBytes);
                FileReport report =
                    check_bytes(path == "-" ? "<stdin>" : path, bytes, profile_of[i]->rules);
                // A file asked for by name that could not be read as a release (binary, empty, a
                // format not read yet: it has no source) must not pass quietly. Text with
                // nothing to check (a release without figures) is skipped with its note.
                if (report.skipped && !inputs[i].walked && report.sources.empty())
                    throw ToolError(report.path, "cannot be checked: " + *report.skipped);
                filter_report(report, profile_of[i]->select, profile_of[i]->ignore);
                if (const auto& baseline = profile_of[i]->baseline)
                    apply_baseline(report, *baseline);
                finding_codes[i] = findings_exit_code({report}, profile_of[i]->fail_on);
                if (stream) stream->write(report);
                if (!stream || !o.write_baseline.empty()) results[i] = std::move(report);
            } catch (const ToolError& e) {
                failures[i] = e;
            }
        }
    };
    std::vector<std::thread> pool;
    for (int j = 1; j < o.jobs && static_cast<size_t>(j) < inputs.size(); ++j)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();

    std::vector<FileReport> reports;
    int findings = 0;
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (failures[i]) errors.push_back(*failures[i]);
        findings = std::max(findings, finding_codes[i]);
        if (results[i]) reports.push_back(std::move(*results[i]));
    }
    if (!o.write_baseline.empty()) {
        write_report(o.write_baseline, baseline_json(reports));
        findings = 0;  // every finding is accepted now
    }
    for (const auto& e : errors) print_tool_error(e);
    if (stream) {
        stream->finish();
        return errors.empty() ? findings : 2;
    }
    // Formats that describe the rules describe those of the first input checked.
    for (const Profile* profile : profile_of) {
        if (profile) {
            render.rules = &profile->rules;
            render.docs_url = profile->docs_url;
            break;
        }
    }
    render.exit_code = errors.empty() ? findings : 2;
    for (const auto& e : errors) render.tool_errors.push_back(tool_error_text(e));
    render.color = o.output.empty() && use_color(o.color) && format->name == "text";
    std::ostringstream rendered;
    format->render(reports, render, rendered);
    write_report(o.output, rendered.str());
    return errors.empty() ? findings : 2;
}

}  // namespace crossfoot::cli
