// Runs a fuzz target without libFuzzer, so any compiler can replay the corpus, the
// minimised crashers and deterministic mutations of every fixture as an ordinary test.
//
//   fuzz_text_ingest_replay [--mutations=N] [--budget=BYTES] PATH...
//
// Each file (directories are walked recursively, in sorted order; dot files and goldens
// skipped) is fed as is, then as up to N mutations (200 by default) within a byte budget;
// the first file also with a 100k-digit figure inserted. A crash or broken invariant names
// the input it came from and writes it to replay-crash.bin.
#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "mutate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
// Present when linked with a sanitizer runtime: lets the report name the input first.
extern "C" void __sanitizer_set_death_callback(void (*callback)()) __attribute__((weak));

namespace {

namespace fs = std::filesystem;

// What is running, for the crash handler. Global because a signal handler can reach
// nothing else; it is written before each input and only read when the process dies.
struct Current {
    const std::string* path = nullptr;
    const std::string* bytes = nullptr;
    const std::string* how = nullptr;  ///< null for the file as is
};
Current current;

void report_current() {
    if (!current.path) return;
    std::fprintf(stderr, "\nreplay: crashed on %s %s%s\n", current.path->c_str(),
                 current.how ? "mutated by: " : "(as is)", current.how ? current.how->c_str() : "");
    // The exact bytes, for `-minimize_crash` or a new file in fuzz/crashers/.
    if (std::FILE* out = std::fopen("replay-crash.bin", "wb")) {
        std::fwrite(current.bytes->data(), 1, current.bytes->size(), out);
        std::fclose(out);
        std::fprintf(stderr, "replay: input written to replay-crash.bin\n");
    }
}

void on_fatal_signal(int signal) {
    report_current();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

std::vector<std::string> expand(const std::vector<std::string>& args) {
    std::vector<std::string> files;
    for (const auto& arg : args) {
        if (!fs::is_directory(arg)) {
            files.push_back(arg);
            continue;
        }
        std::vector<std::string> found;
        for (const auto& entry : fs::recursive_directory_iterator(arg)) {
            // Dot files are placeholders (.gitkeep) and goldens expected output, not inputs.
            std::string name = entry.path().filename().string();
            if (entry.is_regular_file() && name.front() != '.' &&
                entry.path().extension() != ".golden") {
                found.push_back(entry.path().string());
            }
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

struct Input {
    std::string path;
    std::string bytes;
};

// Bytes of mutated input per run, shared evenly among the files: the smoke test stays a few
// seconds in a debug build however many fixtures there are. Each file's variants are a
// prefix of the same seeded sequence, so a smaller share only drops the later ones.
constexpr size_t kDefaultBudgetBytes = size_t{2} << 20;

int mutation_count(size_t size, size_t share, int max_mutations) {
    size_t per_variant =
        std::min(size, crossfoot::fuzz::kWindowBytes) + size / crossfoot::fuzz::kWholeEvery + 1;
    return static_cast<int>(
        std::min<size_t>(static_cast<size_t>(std::max(max_mutations, 0)), share / per_variant));
}

bool read_whole(const std::string& path, std::string& bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

void run(const std::string& bytes) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
    int max_mutations = 200;
    size_t budget = kDefaultBudgetBytes;
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.rfind("--mutations=", 0) == 0) {
            max_mutations = std::stoi(arg.substr(std::strlen("--mutations=")));
        } else if (arg.rfind("--budget=", 0) == 0) {
            budget = std::stoull(arg.substr(std::strlen("--budget=")));
        } else {
            args.push_back(arg);
        }
    }
    if (args.empty()) {
        std::cerr << "usage: " << argv[0] << " [--mutations=N] [--budget=BYTES] PATH...\n";
        return 2;
    }
    std::vector<Input> inputs;
    for (const auto& path : expand(args)) {
        inputs.push_back({path, {}});
        if (!read_whole(path, inputs.back().bytes)) {
            std::cerr << path << ": error: cannot read file\n";
            return 2;
        }
    }
    for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) std::signal(sig, on_fatal_signal);
    if (__sanitizer_set_death_callback) __sanitizer_set_death_callback(report_current);

    size_t runs = 0;
    for (const auto& input : inputs) {
        current = {&input.path, &input.bytes, nullptr};
        run(input.bytes);
        ++runs;
        int count = mutation_count(input.bytes.size(), budget / inputs.size(), max_mutations);
        std::vector<crossfoot::fuzz::Variant> variants =
            crossfoot::fuzz::mutations_of(input.bytes, count);
        if (&input == &inputs.front() && count > 0)
            variants.push_back(crossfoot::fuzz::with_long_figure(input.bytes));
        for (const auto& variant : variants) {
            current = {&input.path, &variant.bytes, &variant.how};
            run(variant.bytes);
            ++runs;
        }
    }
    current = {};
    std::cout << "replayed " << inputs.size() << " files, " << runs << " inputs in all\n";
    return 0;
}
