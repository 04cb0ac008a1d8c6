// `crossfoot lsp`: a Language Server over stdio. One thread reads and answers messages; a
// Checker thread checks documents and publishes their diagnostics.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "lsp/checker.h"
#include "lsp/convert.h"
#include "lsp/documents.h"
#include "lsp/framing.h"

namespace crossfoot::lsp {

/// JSON-RPC and LSP error codes.
enum ErrorCode : int {
    kParseError = -32700,
    kInvalidRequest = -32600,
    kMethodNotFound = -32601,
    kInvalidParams = -32602,
    kServerNotInitialized = -32002,
};

struct ServerOptions {
    std::vector<std::string> rule_dirs;
};

class Server {
public:
    /// `write` sends one message body; it is called from both threads, one call at a time.
    using Write = std::function<void(const std::string& body)>;
    Server(ServerOptions options, Write write);

    /// Handles one frame read off the stream.
    void handle(const Frame& frame);
    /// Whether `exit` arrived, and the process's exit code then (0 after shutdown, else 1).
    [[nodiscard]] bool exited() const { return exited_; }
    [[nodiscard]] int exit_code() const { return shutdown_ ? 0 : 1; }

private:
    using Json = nlohmann::json;
    void dispatch(const Json& message);
    void request(const std::string& method, const Json& id, const Json& params);
    void notification(const std::string& method, const Json& params);
    void send(const Json& message);
    void reply(const Json& id, Json result);
    void reply_error(const Json& id, int code, const std::string& message);

    Json initialize(const Json& params);
    void did_open(const Json& params);
    void did_change(const Json& params);
    void did_save(const Json& params);
    void did_close(const Json& params);
    Json code_action(const Json& params);
    Json hover_at(const Json& params);

    void schedule(const OpenDocument& document);
    void publish(CheckResult&& result);
    void publish_config_error(const ProfileResult& profile);
    [[nodiscard]] std::shared_ptr<const Analysis> analysis_of(const std::string& uri) const;

    ServerOptions options_;
    Write write_;
    std::mutex write_mutex_;
    bool initialized_ = false;
    bool shutdown_ = false;
    bool exited_ = false;
    LinkOptions links_;
    std::map<std::string, OpenDocument> documents_;
    mutable std::mutex analyses_mutex_;  // shared with the checker's thread
    std::map<std::string, std::shared_ptr<const Analysis>> analyses_;
    /// Per config with an error, the file its diagnostic was published on (checker thread only).
    std::map<std::string, std::string> failed_configs_;
    std::unique_ptr<Checker> checker_;  // last: its thread stops before the rest goes
};

/// Serves on the file descriptors until `exit` or the end of input; returns the exit code.
[[nodiscard]] int serve(int in_fd, int out_fd, ServerOptions options);

}  // namespace crossfoot::lsp
