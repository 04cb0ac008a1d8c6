// The document notifications, and what the checker's results become.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lsp/server.h"

namespace crossfoot::lsp {

namespace {

using Json = nlohmann::json;

std::string uri_of(const Json& params) {
    return params.at("textDocument").at("uri").get<std::string>();
}

// Rule files and configs are not releases: they are read when a release is checked.
bool is_settings(const std::string& uri) {
    return uri.size() >= 5 && uri.compare(uri.size() - 5, 5, ".toml") == 0;
}

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string absolute(const std::string& path) {
    std::error_code ec;
    return std::filesystem::absolute(path, ec).string();
}

}  // namespace

void Server::schedule(const OpenDocument& document) {
    if (is_settings(document.uri)) return;
    checker_->submit(document.uri, document.version, document.text);
}

void Server::did_open(const Json& params) {
    const Json& item = params.at("textDocument");
    OpenDocument document{item.at("uri").get<std::string>(), item.at("text").get<std::string>(),
                          item.value("version", 0)};
    schedule(documents_[document.uri] = std::move(document));
}

void Server::did_change(const Json& params) {
    std::string uri = uri_of(params);
    auto found = documents_.find(uri);
    if (found == documents_.end()) throw std::invalid_argument("'" + uri + "' is not open");
    OpenDocument& document = found->second;
    for (const auto& change : params.at("contentChanges")) apply_change(document.text, change);
    document.version = params.at("textDocument").value("version", document.version + 1);
    schedule(document);
}

void Server::did_save(const Json& params) {
    std::string uri = uri_of(params);
    // A saved config or rule file may change how every open release is checked.
    if (is_settings(uri)) {
        for (const auto& [_, document] : documents_) schedule(document);
        return;
    }
    if (auto found = documents_.find(uri); found != documents_.end()) schedule(found->second);
}

void Server::did_close(const Json& params) {
    std::string uri = uri_of(params);
    documents_.erase(uri);
    checker_->cancel(uri);
    {
        std::lock_guard lock(analyses_mutex_);
        analyses_.erase(uri);
    }
    send(Json{{"jsonrpc", "2.0"},
              {"method", "textDocument/publishDiagnostics"},
              {"params", {{"uri", uri}, {"diagnostics", Json::array()}}}});
}

// Runs on the checker's thread.
void Server::publish(CheckResult&& result) {
    publish_config_error(result.profile);
    auto analysis = std::make_shared<Analysis>();
    analysis->uri = result.job.uri;
    analysis->version = result.job.version;
    analysis->text = std::move(result.job.text);
    analysis->report = std::move(result.report);
    Json diagnostics = Json::array();
    if (result.profile.profile) {
        analysis->rules = &result.profile.profile->rules;
        analysis->docs_url = result.profile.profile->docs_url;
        diagnostics = diagnostics_json(*analysis, links_);
    } else {
        // Not checked: one diagnostic says why and points at the error.
        const ToolError& e = *result.profile.error;
        Json related{
            {"location",
             {{"uri", uri_of_path(absolute(e.path()))}, {"range", range_json(LspRange{})}}},
            {"message", e.what()}};
        diagnostics.push_back({{"range", range_json(LspRange{})},
                               {"severity", 2},
                               {"source", "crossfoot"},
                               {"message", "not checked: " + e.path() + " has an error"},
                               {"relatedInformation", Json::array({related})}});
    }
    Json params{
        {"uri", analysis->uri}, {"version", analysis->version}, {"diagnostics", diagnostics}};
    {
        std::lock_guard lock(analyses_mutex_);
        analyses_[analysis->uri] = analysis;
    }
    send(Json{
        {"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"}, {"params", params}});
}

// A config or rule file with an error gets it as a diagnostic; once fixed, it is cleared.
void Server::publish_config_error(const ProfileResult& profile) {
    auto notify = [this](const std::string& path, Json diagnostics) {
        send(
            Json{{"jsonrpc", "2.0"},
                 {"method", "textDocument/publishDiagnostics"},
                 {"params", {{"uri", uri_of_path(absolute(path))}, {"diagnostics", diagnostics}}}});
    };
    auto failed = failed_configs_.find(profile.config);
    if (failed != failed_configs_.end()) {
        notify(failed->second, Json::array());
        failed_configs_.erase(failed);
    }
    if (profile.error) {
        const std::string& path = profile.error->path();
        notify(path, Json::array({tool_error_diagnostic(*profile.error, file_text(path))}));
        failed_configs_[profile.config] = path;
    }
}

}  // namespace crossfoot::lsp
