// Throughput of the pipeline, in bytes of input per second.
//   BM_ingest:      decode_source + read_document (bytes -> document model)
//   BM_check:       check_bytes end to end (ingest, facts, every built-in rule, sorting)
//   BM_check_tables_only: the same without the rules that read sentences (narrative checks),
//                   so the cost of the prose is the difference
//   BM_render_text: the text output of a report whose diagnostics sit on a 1 MiB line
//   BM_docx_ingest: read_docx + read_document of the Word fixtures (unzip, XML, document model),
//                   in bytes of the .docx file per second; BM_check covers them end to end
//   BM_docx_xml:    the same over word/document.xml alone, the seed's body repeated to
//                   100 KiB, 1 MiB and 10 MiB (the XML of fuzz/corpus/docx/)
// BM_ingest and BM_check run over every bench/data/*.txt and the releases of fixtures/ listed
// in kFixtureInputs (the real corpus, kept there once, not copied), and over inputs generated
// here from the seed release, never stored, at 100 KiB, 1 MiB and 10 MiB each:
//   one_line_*:   the seed with its line breaks replaced by spaces, repeated and cut to the size:
//                 a release stored on one physical line;
//   multi_line_*: the seed as it is, repeated and cut to the size: a long filing;
//   html_*:       the seed rendered as EDGAR-style HTML (fixtures/formats/seed001.htm), whole
//                 pages repeated to the size: HTML per byte beside the plain text above.
// Throughput that stays flat from 100 KiB to 10 MiB shows the cost grows linearly with size.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "crossfoot/document.h"
#include "crossfoot/docx.h"
#include "crossfoot/emit.h"
#include "crossfoot/engine.h"
#include "crossfoot/facts.h"
#include "crossfoot/ingest.h"
#include "crossfoot/reader.h"
#include "crossfoot/rule_kind.h"
#include "crossfoot/rule_set.h"
#include "crossfoot/source.h"

namespace {

namespace fs = std::filesystem;
using namespace crossfoot;

// Relative to fixtures/: a typical earnings release and audited statements with 9 tables, the
// first as HTML, and an HTML earnings release as filed in 2024.
constexpr std::array<std::string_view, 4> kFixtureInputs = {
    "seeds/001_bacc9e5458d3a0ba.txt", "corpus/TBS_1994-01-24_audited_fin_statements.txt",
    "formats/seed001.htm", "corpus/BKE_2024-11-22_q3fy24_earnings.htm"};
// The release the synthetic inputs are made of (ASCII, so any cut is a character boundary).
constexpr std::string_view kSeed = "seeds/001_bacc9e5458d3a0ba.txt";
constexpr std::string_view kHtmlSeed = "formats/seed001.htm";

// Relative to fixtures/: the seed as a Word document.
constexpr std::array<std::string_view, 1> kDocxInputs = {"formats/seed001.docx"};

struct Size {
    std::string_view name;
    size_t bytes;
};
constexpr std::array<Size, 3> kSizes = {
    {{"100KB", size_t{100} << 10}, {"1MB", size_t{1} << 20}, {"10MB", size_t{10} << 20}}};
// The one-line input whose diagnostics BM_render_text prints.
constexpr std::string_view kRenderInput = "one_line_1MB";

struct Input {
    std::string name;
    std::string bytes;
};

void bm_ingest(benchmark::State& state, const Input& input, const RuleSet& rules) {
    for (auto _ : state) {
        SourceFile source = decode_source(input.name, input.bytes);
        Document document = read_document(source, rules.vocabulary);
        benchmark::DoNotOptimize(document);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input.bytes.size()));
}

void bm_docx_ingest(benchmark::State& state, const Input& input, const RuleSet& rules) {
    for (auto _ : state) {
        SourceFile source = read_docx(input.name, input.bytes);
        Document document = read_document(source, rules.vocabulary);
        benchmark::DoNotOptimize(document);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input.bytes.size()));
}

// The same over the XML of word/document.xml alone (no zip): the seed's body repeated to each
// size, so a flat rate shows the XML walk and the reader grow linearly.
void bm_docx_xml(benchmark::State& state, const Input& input, const RuleSet& rules) {
    for (auto _ : state) {
        SourceFile source = read_wordprocessing_xml(input.name, input.bytes, "");
        Document document = read_document(source, rules.vocabulary);
        benchmark::DoNotOptimize(document);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input.bytes.size()));
}

std::vector<Input> docx_xml_inputs() {
    std::string xml = read_file_bytes(
        (fs::path(CROSSFOOT_FIXTURES_DIR) / "../fuzz/corpus/docx/seed001-document.xml").string(),
        kMaxInputBytes);
    size_t begin = xml.find("<w:body>") + 8;
    std::string body = xml.substr(begin, xml.find("<w:sectPr") - begin);
    std::vector<Input> out;
    for (const auto& size : kSizes) {
        std::string repeated;
        while (repeated.size() < size.bytes) repeated += body;
        out.push_back({"docx_xml_" + std::string(size.name),
                       xml.substr(0, begin) + repeated + xml.substr(xml.find("<w:sectPr"))});
    }
    return out;
}

void bm_check(benchmark::State& state, const Input& input, const RuleSet& rules) {
    for (auto _ : state) {
        FileReport report = check_bytes(input.name, input.bytes, rules);
        benchmark::DoNotOptimize(report);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(input.bytes.size()));
}

// A report over `input` with one diagnostic on each amount its prose states ("$6.7 million"):
// every one is quoted from the same long line.
std::vector<FileReport> report_on_amounts(const Input& input, const RuleSet& rules) {
    auto source = std::make_shared<const SourceFile>(decode_source(input.name, input.bytes));
    Document document = read_document(*source, rules.vocabulary);
    FileReport report;
    report.path = input.name;
    report.sources.push_back(source);
    for (const ProseFigure& pf : find_prose_figures(document, rules.vocabulary)) {
        if (pf.role != ProseRole::amount) continue;
        Diagnostic d;
        d.rule = "bench";
        d.severity = Severity::error;
        d.message = "'" + pf.figure.text + "' does not tie";
        d.span = pf.figure.span;
        report.diagnostics.push_back(std::move(d));
    }
    return {std::move(report)};
}

void bm_render_text(benchmark::State& state, const std::vector<FileReport>& reports) {
    RenderOptions options;
    size_t output_bytes = 0;
    for (auto _ : state) {
        std::ostringstream out;
        kTextFormat.render(reports, options, out);
        output_bytes = out.view().size();
        benchmark::DoNotOptimize(output_bytes);
    }
    size_t diagnostics = reports.front().diagnostics.size();
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(diagnostics));
    state.counters["diagnostics"] = static_cast<double>(diagnostics);
    // Each diagnostic prints its header line, a window of the source line and a caret line.
    state.counters["bytes_per_diagnostic"] =
        diagnostics == 0 ? 0.0
                         : static_cast<double>(output_bytes) / static_cast<double>(diagnostics);
}

std::string repeat_to(std::string_view text, size_t size) {
    std::string out;
    out.reserve(size);
    while (out.size() < size) out.append(text.substr(0, size - out.size()));
    return out;
}

std::vector<Input> load_inputs() {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(CROSSFOOT_BENCH_DATA_DIR)) {
        if (entry.path().extension() == ".txt") paths.push_back(entry.path());
    }
    for (auto fixture : kFixtureInputs) paths.push_back(fs::path(CROSSFOOT_FIXTURES_DIR) / fixture);
    std::sort(paths.begin(), paths.end(),
              [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
    std::vector<Input> inputs;
    for (const auto& path : paths) {
        inputs.push_back(
            {path.filename().string(), read_file_bytes(path.string(), kMaxInputBytes)});
    }
    std::string seed =
        read_file_bytes((fs::path(CROSSFOOT_FIXTURES_DIR) / kSeed).string(), kMaxInputBytes);
    std::string one_line = seed;
    std::replace_if(
        one_line.begin(), one_line.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    for (const auto& size : kSizes)
        inputs.push_back({"one_line_" + std::string(size.name), repeat_to(one_line, size.bytes)});
    for (const auto& size : kSizes)
        inputs.push_back({"multi_line_" + std::string(size.name), repeat_to(seed, size.bytes)});
    std::string page =
        read_file_bytes((fs::path(CROSSFOOT_FIXTURES_DIR) / kHtmlSeed).string(), kMaxInputBytes);
    for (const auto& size : kSizes) {
        std::string pages;
        while (pages.size() + page.size() <= size.bytes) pages += page;
        inputs.push_back({"html_" + std::string(size.name) + ".htm", pages});
    }
    return inputs;
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    // All outlive the run: registered benchmarks hold references to them.
    const std::vector<Input> inputs = load_inputs();
    std::vector<Input> docx_inputs;
    for (auto fixture : kDocxInputs) {
        fs::path path = fs::path(CROSSFOOT_FIXTURES_DIR) / fixture;
        docx_inputs.push_back(
            {path.filename().string(), read_file_bytes(path.string(), kMaxInputBytes)});
    }
    const std::vector<Input> xml_inputs = docx_xml_inputs();
    const RuleSet rules = load_rule_set({});
    RuleSet tables_only = rules;
    std::erase_if(tables_only.rules, [](const RuleSpec& rule) {
        const RuleKind* kind = find_rule_kind(rule.kind);
        return kind && kind->scope == RuleScope::sentence;
    });
    for (const auto& input : xml_inputs) {
        benchmark::RegisterBenchmark(("BM_docx_xml/" + input.name).c_str(), bm_docx_xml,
                                     std::cref(input), std::cref(rules))
            ->Unit(benchmark::kMillisecond);
    }
    for (const auto& input : docx_inputs) {
        benchmark::RegisterBenchmark(("BM_docx_ingest/" + input.name).c_str(), bm_docx_ingest,
                                     std::cref(input), std::cref(rules))
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("BM_check/" + input.name).c_str(), bm_check, std::cref(input),
                                     std::cref(rules))
            ->Unit(benchmark::kMillisecond);
    }
    for (const auto& input : inputs) {
        benchmark::RegisterBenchmark(("BM_ingest/" + input.name).c_str(), bm_ingest,
                                     std::cref(input), std::cref(rules))
            ->Unit(benchmark::kMillisecond);
    }
    for (const auto& input : inputs) {
        benchmark::RegisterBenchmark(("BM_check/" + input.name).c_str(), bm_check, std::cref(input),
                                     std::cref(rules))
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("BM_check_tables_only/" + input.name).c_str(), bm_check,
                                     std::cref(input), std::cref(tables_only))
            ->Unit(benchmark::kMillisecond);
    }
    auto render_input = std::find_if(inputs.begin(), inputs.end(),
                                     [](const Input& i) { return i.name == kRenderInput; });
    const std::vector<FileReport> render_reports = report_on_amounts(*render_input, rules);
    benchmark::RegisterBenchmark(("BM_render_text/" + render_input->name).c_str(), bm_render_text,
                                 std::cref(render_reports))
        ->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
