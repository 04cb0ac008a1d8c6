// Runs a fuzz target without libFuzzer, so any compiler can replay the corpus, the
// minimised crashers and deterministic mutations of every fixture as an ordinary test.
//
//   fuzz_text_ingest_replay [--mutations=N] PATH...
//
// Each file (directories are walked recursively, in sorted order) is fed as is, then as N
// mutations (200 by default); the first file also with a 100k-digit figure inserted.
// A crash or broken invariant names the input it came from and writes it out.
#include "mutate.h"

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
            // Dot files are placeholders (.gitkeep), not inputs.
            if (entry.is_regular_file() && entry.path().filename().string().front() != '.') {
                found.push_back(entry.path().string());
            }
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
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
    int mutations = 200;
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.rfind("--mutations=", 0) == 0) {
            mutations = std::stoi(arg.substr(std::strlen("--mutations=")));
        } else {
            args.push_back(arg);
        }
    }
    if (args.empty()) {
        std::cerr << "usage: " << argv[0] << " [--mutations=N] PATH...\n";
        return 2;
    }
    for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) std::signal(sig, on_fatal_signal);
    if (__sanitizer_set_death_callback) __sanitizer_set_death_callback(report_current);

    size_t inputs = 0;
    const std::vector<std::string> files = expand(args);
    for (const auto& path : files) {
        std::string bytes;
        if (!read_whole(path, bytes)) {
            std::cerr << path << ": error: cannot read file\n";
            return 2;
        }
        current = {&path, &bytes, nullptr};
        run(bytes);
        ++inputs;
        std::vector<crossfoot::fuzz::Variant> variants = crossfoot::fuzz::mutations_of(bytes, mutations);
        if (&path == &files.front() && mutations > 0) variants.push_back(crossfoot::fuzz::with_long_figure(bytes));
        for (const auto& variant : variants) {
            current = {&path, &variant.bytes, &variant.how};
            run(variant.bytes);
            ++inputs;
        }
    }
    current = {};
    std::cout << "replayed " << inputs << " inputs\n";
    return 0;
}
