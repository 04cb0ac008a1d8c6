#include "cli/commands.h"

#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <iostream>

#include "common/text.h"
#include "crossfoot/document.h"
#include "crossfoot/docx.h"
#include "crossfoot/emit.h"
#include "crossfoot/engine.h"
#include "crossfoot/ingest.h"
#include "crossfoot/reader.h"
#include "crossfoot/rule_kind.h"
#include "lsp/server.h"

namespace crossfoot::cli {

std::string tool_error_text(const ToolError& e) {
    // A path or a key may carry control characters: shown escaped, the message stays one line.
    std::string path = text::escape_controls(e.path());
    std::string message = text::escape_controls(e.what());
    Position at = e.where();
    if (at.line > 0) return fmt::format("{}:{}:{}: error: {}", path, at.line, at.column, message);
    return fmt::format("{}: error: {}", path, message);
}

void print_tool_error(const ToolError& e) { std::cerr << tool_error_text(e) << "\n"; }

std::string read_stdin() { return read_stream_bytes(STDIN_FILENO, "<stdin>", kMaxInputBytes); }

std::optional<int> parse_jobs(std::string_view text) {
    int jobs = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), jobs);
    if (ec != std::errc() || end != text.data() + text.size() || jobs < 1 || jobs > kMaxJobs)
        return std::nullopt;
    return jobs;
}

namespace {

int run_facts(const std::string& path, const std::vector<std::string>& rule_dirs) {
    RuleSet rules = load_rule_set(rule_dirs);
    std::string bytes = path == "-" ? read_stdin() : read_file_bytes(path, kMaxInputBytes);
    InputFormat format = detect_format(path, bytes);
    if (format != InputFormat::edgar_text && format != InputFormat::html &&
        format != InputFormat::docx)
        throw ToolError(path, "facts reads plain text, HTML and Word documents only");
    SourceFile source =
        format == InputFormat::docx ? read_docx(path, bytes) : decode_source(path, bytes);
    Document document = read_document(source, rules.vocabulary);
    render_facts(path, extract_facts(document, rules.concepts, rules.vocabulary), rules.concepts,
                 std::cout);
    return 0;
}

int run_rules_list(const std::vector<std::string>& rule_dirs) {
    RuleSet rules = load_rule_set(rule_dirs);
    size_t id_width = 23;
    size_t kind_width = 10;
    for (const auto& rule : rules.rules) {
        id_width = std::max(id_width, rule.id.size() + 1);
        kind_width = std::max(kind_width, rule.kind.size() + 1);
    }
    for (const auto& rule : rules.rules) {
        std::cout << fmt::format("{:<{}}{:<{}}{:<8} {}\n", rule.id, id_width, rule.kind, kind_width,
                                 severity_name(rule.severity), rule.summary);
    }
    return 0;
}

int run_rules_explain(const std::string& id, const std::vector<std::string>& rule_dirs) {
    RuleSet rules = load_rule_set(rule_dirs);
    const RuleSpec* rule = rules.find(id);
    const RuleKind* kind = rule ? find_rule_kind(rule->kind) : find_rule_kind(id);
    if (!kind) {
        std::vector<std::string_view> names;
        for (const auto& r : rules.rules) names.push_back(r.id);
        std::string hint = closest_name(id, names);
        std::cerr << "crossfoot: error: no rule '" << id << "'"
                  << (hint.empty() ? "" : "; did you mean '" + hint + "'?") << "\n";
        return 2;
    }
    if (rule)
        std::cout << rule->id << " (kind " << rule->kind << ", " << severity_name(rule->severity)
                  << ")\n  " << rule->summary << "\n\n";
    std::cout << "kind " << kind->name << ": " << kind->summary << "\n  reads one "
              << scope_name(kind->scope) << " at a time\n\n"
              << kind->doc << "\n";
    return 0;
}

}  // namespace

int run(int argc, char** argv) {
    CLI::App app{"crossfoot: checks that the figures of a financial press release add up"};
    app.require_subcommand(0, 1);
    app.set_version_flag("--version", std::string("crossfoot ") + CROSSFOOT_VERSION);
    std::vector<std::string> rule_dirs;

    CheckOptions check;
    auto* check_cmd =
        app.add_subcommand("check", "lint releases (directories are walked; - reads stdin)");
    check_cmd->add_option("paths", check.paths, "files or directories");
    check_cmd->add_option("--files-from", check.files_from,
                          "also check the paths FILE lists, one per line (- reads stdin)");
    check_cmd->add_option("--rules", check.rule_dirs, "a directory of more rule files (repeatable)")
        ->allow_extra_args(false);
    check_cmd->add_option("--format", check.format, "text|json|jsonl|sarif|github|html")
        ->capture_default_str();
    check_cmd->add_option("--output", check.output, "write the report to FILE");
    check_cmd->add_option("--baseline", check.baseline,
                          "leave out the findings FILE accepts (written by --write-baseline)");
    check_cmd->add_option("--write-baseline", check.write_baseline,
                          "write every finding to FILE as accepted, and exit 0");
    check_cmd->add_flag("--checks", check.with_checks,
                        "also list the relations that were verified");
    check_cmd->add_flag("--unverified", check.with_unverified,
                        "also list the amounts no check used, and count them");
    check_cmd->add_option("--select", check.select, "only these rules (repeatable)")
        ->allow_extra_args(false);
    check_cmd->add_option("--ignore", check.ignore, "not these rules (repeatable)")
        ->allow_extra_args(false);
    auto* fail_on = check_cmd->add_option("--fail-on", check.fail_on, "error|warning")
                        ->check(CLI::IsMember({"error", "warning"}));
    check_cmd->add_option("--config", check.config,
                          "settings file (default: the nearest crossfoot.toml above each input)");
    check_cmd->add_option("--color", check.color, "auto|always|never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    std::string jobs_text;
    auto* jobs = check_cmd->add_option(
        "--jobs", jobs_text,
        fmt::format("parallel jobs, 1 to {} (output is identical for any value)", kMaxJobs));

    std::string facts_path;
    auto* facts_cmd =
        app.add_subcommand("facts", "print the tables and figures crossfoot extracted");
    facts_cmd->add_option("path", facts_path, "a release")->required();
    facts_cmd->add_option("--rules", rule_dirs, "a directory of more rule files");

    auto* rules_cmd = app.add_subcommand("rules", "list the rules or explain one");
    rules_cmd->require_subcommand(1);
    auto* list_cmd = rules_cmd->add_subcommand("list", "every rule with its kind and summary");
    list_cmd->add_option("--rules", rule_dirs, "a directory of more rule files");
    std::string explain_id;
    auto* explain_cmd = rules_cmd->add_subcommand("explain", "what a rule checks, with an example");
    explain_cmd->add_option("rule", explain_id, "a rule id or kind")->required();
    explain_cmd->add_option("--rules", rule_dirs, "a directory of more rule files");

    auto* docs_cmd =
        rules_cmd->add_subcommand("docs", "every rule and kind as Markdown (docs/rules.md)");

    auto* lsp_cmd = app.add_subcommand("lsp", "language server on stdin/stdout");
    lsp::ServerOptions lsp_options;
    lsp_cmd->add_option("--rules", lsp_options.rule_dirs,
                        "a directory of more rule files (repeatable)");
    // Editors' clients name the transport; stdio is the only one.
    bool stdio = true;
    lsp_cmd->add_flag("--stdio", stdio, "talk over stdin and stdout (the default)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    try {
        if (*check_cmd) {
            if (check.paths.empty() && check.files_from.empty()) {
                std::cerr << "crossfoot: error: check needs a path, - or --files-from FILE\n";
                return 2;
            }
            check.fail_on_given = fail_on->count() > 0;
            if (jobs->count() > 0) {
                auto parsed = parse_jobs(jobs_text);
                if (!parsed) {
                    std::cerr << fmt::format(
                        "crossfoot: error: --jobs must be a whole number from 1 to {}\n", kMaxJobs);
                    return 2;
                }
                check.jobs = *parsed;
            }
            return run_check(check);
        }
        if (*facts_cmd) return run_facts(facts_path, rule_dirs);
        if (*list_cmd) return run_rules_list(rule_dirs);
        if (*explain_cmd) return run_rules_explain(explain_id, rule_dirs);
        if (*docs_cmd) {
            render_rules_markdown(load_rule_set({}), std::cout);
            return 0;
        }
        if (*lsp_cmd) return lsp::serve(STDIN_FILENO, STDOUT_FILENO, lsp_options);
        std::cout << app.help();
        return 2;
    } catch (const ToolError& e) {
        print_tool_error(e);
        return 2;
    }
}

}  // namespace crossfoot::cli
