#include "lsp/server.h"

#include <stdexcept>

namespace crossfoot::lsp {

namespace {

using Json = nlohmann::json;

// The methods that answer; a request for any other is MethodNotFound.
const std::set<std::string, std::less<>> kRequests = {
    "initialize", "shutdown", "textDocument/codeAction", "textDocument/hover"};

bool is_request(const Json& message) { return message.contains("id"); }

bool valid_id(const Json& id) { return id.is_number_integer() || id.is_string(); }

}  // namespace

Server::Server(ServerOptions options, Write write)
    : options_(std::move(options)), write_(std::move(write)) {}

void Server::send(const Json& message) {
    // Text from a document may hold invalid UTF-8 only if the client sent it; replace it
    // rather than fail the whole message.
    std::string body = message.dump(-1, ' ', false, Json::error_handler_t::replace);
    std::lock_guard lock(write_mutex_);
    write_(body);
}

void Server::reply(const Json& id, Json result) {
    send(Json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::reply_error(const Json& id, int code, const std::string& message) {
    send(Json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void Server::handle(const Frame& frame) {
    if (frame.error) {
        reply_error(nullptr, kParseError, "malformed frame: " + *frame.error);
        return;
    }
    Json message = Json::parse(frame.body, nullptr, false);
    if (message.is_discarded()) {
        reply_error(nullptr, kParseError, "the message is not JSON");
        return;
    }
    dispatch(message);
}

void Server::dispatch(const Json& message) {
    Json id = message.is_object() && message.contains("id") ? message["id"] : Json(nullptr);
    if (!message.is_object() || message.value("jsonrpc", "") != "2.0" ||
        (message.contains("id") && !valid_id(id))) {
        reply_error(valid_id(id) ? id : Json(nullptr), kInvalidRequest,
                    "not a JSON-RPC 2.0 message");
        return;
    }
    if (!message.contains("method")) return;  // a response: this server sends no requests
    if (!message["method"].is_string()) {
        reply_error(id, kInvalidRequest, "'method' is not a string");
        return;
    }
    const std::string& method = message["method"].get_ref<const std::string&>();
    Json params = message.value("params", Json::object());
    if (is_request(message)) {
        request(method, id, params);
    } else {
        notification(method, params);
    }
}

void Server::request(const std::string& method, const Json& id, const Json& params) {
    if (!kRequests.contains(method)) {
        reply_error(id, kMethodNotFound, "unknown method '" + method + "'");
        return;
    }
    if (method != "initialize" && !initialized_) {
        reply_error(id, kServerNotInitialized, "'" + method + "' before 'initialize'");
        return;
    }
    if (shutdown_) {
        reply_error(id, kInvalidRequest, "'" + method + "' after 'shutdown'");
        return;
    }
    try {
        if (method == "initialize") {
            if (initialized_) return reply_error(id, kInvalidRequest, "initialized already");
            reply(id, initialize(params));
        } else if (method == "shutdown") {
            shutdown_ = true;
            checker_.reset();  // no diagnostics after the reply
            reply(id, nullptr);
        } else if (method == "textDocument/codeAction") {
            reply(id, code_action(params));
        } else if (method == "textDocument/hover") {
            reply(id, hover_at(params));
        }
    } catch (const std::exception& e) {
        reply_error(id, kInvalidParams, std::string("invalid params: ") + e.what());
    }
}

void Server::notification(const std::string& method, const Json& params) {
    if (method == "exit") {
        exited_ = true;
        return;
    }
    // Before initialize, notifications are dropped (LSP 3.17, "initialize").
    if (!initialized_ || shutdown_) return;
    try {
        if (method == "textDocument/didOpen") did_open(params);
        if (method == "textDocument/didChange") did_change(params);
        if (method == "textDocument/didSave") did_save(params);
        if (method == "textDocument/didClose") did_close(params);
    } catch (const std::exception& e) {
        // A notification has no reply: the client's log says what went wrong.
        send(Json{{"jsonrpc", "2.0"},
                  {"method", "window/logMessage"},
                  {"params", {{"type", 1}, {"message", method + ": " + e.what()}}}});
    }
}

Json Server::initialize(const Json& params) {
    initialized_ = true;
    const Json& init = params.value("initializationOptions", Json::object());
    if (init.is_object()) links_.docs_url = init.value("ruleDocsUrl", "");
    checker_ = std::make_unique<Checker>(
        options_.rule_dirs, [this](CheckResult&& result) { publish(std::move(result)); });
    Json sync{{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}};
    return Json{{"capabilities",
                 {{"positionEncoding", "utf-16"},
                  {"textDocumentSync", sync},
                  {"hoverProvider", true},
                  {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}}}},
                {"serverInfo", {{"name", "crossfoot"}, {"version", CROSSFOOT_VERSION}}}};
}

std::shared_ptr<const Analysis> Server::analysis_of(const std::string& uri) const {
    std::lock_guard lock(analyses_mutex_);
    auto found = analyses_.find(uri);
    return found == analyses_.end() ? nullptr : found->second;
}

Json Server::code_action(const Json& params) {
    std::string uri = params.at("textDocument").at("uri").get<std::string>();
    const Json& r = params.at("range");
    LspRange range{{r.at("start").at("line").get<int>(), r.at("start").at("character").get<int>()},
                   {r.at("end").at("line").get<int>(), r.at("end").at("character").get<int>()}};
    auto analysis = analysis_of(uri);
    auto open = documents_.find(uri);
    // Fixes of an older text would edit the wrong characters.
    if (!analysis || open == documents_.end() || open->second.version != analysis->version)
        return Json::array();
    return code_actions(*analysis, range, links_);
}

Json Server::hover_at(const Json& params) {
    std::string uri = params.at("textDocument").at("uri").get<std::string>();
    const Json& p = params.at("position");
    LspPosition position{p.at("line").get<int>(), p.at("character").get<int>()};
    auto analysis = analysis_of(uri);
    auto open = documents_.find(uri);
    if (!analysis || open == documents_.end() || open->second.version != analysis->version)
        return nullptr;
    return hover(*analysis, position).value_or(Json(nullptr));
}

}  // namespace crossfoot::lsp
