#include "mutate.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <random>

namespace crossfoot::fuzz {

namespace {

// Pieces of the syntax the parsers branch on: table markup, figure punctuation, rules,
// scale words, line endings and the windows-1252 / UTF-8 dashes.
constexpr std::array<std::string_view, 22> kTokens = {
    "<TABLE>\n",   "</TABLE>\n",  "<S>",
    "<C>",         "<PAGE>\n",    "<CAPTION>\n",
    "<FN>\n",      "(",           ")",
    "$",           ",",           ".",
    "%",           "-",           "--",
    "\r\n",        "\t",          "   ",
    "---------\n", "=========\n", "(in thousands, except per share data)\n",
    "\xE2\x80\x94"};

constexpr size_t kLongLineDigits = 100'000;

// FNV-1a: the seed follows a file's content, not its path or the order files are given in.
uint32_t seed_of(std::string_view input) {
    uint32_t h = 2166136261u;
    for (char c : input) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

class Mutator {
public:
    explicit Mutator(std::string_view input) : rng_(seed_of(input)) {}

    void edit(std::string& s, std::string& how) {
        switch (pick(7)) {
            case 0:
                flip(s, how);
                break;
            case 1:
                truncate(s, how);
                break;
            case 2:
                insert_random(s, how);
                break;
            case 3:
                insert_token(s, how);
                break;
            case 4:
                duplicate_line(s, how);
                break;
            case 5:
                drop_line(s, how);
                break;
            default:
                change_digit(s, how);
                break;
        }
    }

    [[nodiscard]] size_t pick(size_t n) {
        return std::uniform_int_distribution<size_t>(0, n - 1)(rng_);
    }

    // Whole lines from a random one, up to kWindowBytes.
    std::string_view window(std::string_view input, std::string& how) {
        if (input.size() <= kWindowBytes) return input;
        size_t begin = input.rfind('\n', pick(input.size()));
        begin = begin == std::string_view::npos ? 0 : begin + 1;
        std::string_view rest = input.substr(begin, kWindowBytes);
        size_t end = rest.rfind('\n');
        rest = end == std::string_view::npos ? rest : rest.substr(0, end + 1);
        note(how, "window+" + std::to_string(rest.size()), begin);
        return rest;
    }

private:
    static void note(std::string& how, std::string_view what, size_t at) {
        how += (how.empty() ? "" : " ") + std::string(what) + "@" + std::to_string(at);
    }

    void flip(std::string& s, std::string& how) {
        if (s.empty()) return;
        size_t at = pick(s.size());
        s[at] = static_cast<char>(s[at] ^ (1 << pick(8)));
        note(how, "flip", at);
    }

    void truncate(std::string& s, std::string& how) {
        size_t at = pick(s.size() + 1);
        s.resize(at);
        note(how, "truncate", at);
    }

    void insert_random(std::string& s, std::string& how) {
        size_t at = pick(s.size() + 1);
        std::string bytes(1 + pick(8), '\0');
        for (auto& b : bytes) b = static_cast<char>(pick(256));
        s.insert(at, bytes);
        note(how, "bytes", at);
    }

    void insert_token(std::string& s, std::string& how) {
        size_t at = pick(s.size() + 1);
        s.insert(at, kTokens[pick(kTokens.size())]);
        note(how, "token", at);
    }

    // [begin, end) of a random line, its line feed included.
    std::pair<size_t, size_t> some_line(const std::string& s) {
        size_t at = pick(s.size());
        size_t begin = s.rfind('\n', at == 0 ? 0 : at - 1);
        begin = begin == std::string::npos || at == 0 ? 0 : begin + 1;
        size_t end = s.find('\n', at);
        return {begin, end == std::string::npos ? s.size() : end + 1};
    }

    void duplicate_line(std::string& s, std::string& how) {
        if (s.empty()) return;
        auto [begin, end] = some_line(s);
        s.insert(end, s.substr(begin, end - begin));
        note(how, "dup-line", begin);
    }

    void drop_line(std::string& s, std::string& how) {
        if (s.empty()) return;
        auto [begin, end] = some_line(s);
        s.erase(begin, end - begin);
        note(how, "drop-line", begin);
    }

    // A changed digit turns a footing that holds into one that fails, reaching the fix path.
    void change_digit(std::string& s, std::string& how) {
        if (s.empty()) return;
        size_t at = s.find_first_of("0123456789", pick(s.size()));
        if (at == std::string::npos) return;
        s[at] = static_cast<char>('0' + pick(10));
        note(how, "digit", at);
    }

    std::mt19937 rng_;
};

}  // namespace

std::vector<Variant> mutations_of(std::string_view input, int count) {
    Mutator mutator(input);
    std::vector<Variant> out;
    out.reserve(static_cast<size_t>(std::max(count, 0)));
    for (int i = 0; i < count; ++i) {
        Variant v;
        v.bytes =
            std::string(i % kWholeEvery == kWholeEvery - 1 ? input : mutator.window(input, v.how));
        for (size_t edits = 1 + mutator.pick(4); edits-- > 0;) mutator.edit(v.bytes, v.how);
        out.push_back(std::move(v));
    }
    return out;
}

Variant with_long_figure(std::string_view input) {
    Mutator mutator(input);
    size_t at = input.find('\n', mutator.pick(input.size() + 1));
    at = at == std::string_view::npos ? input.size() : at + 1;
    Variant v{std::string(input), "long-figure@" + std::to_string(at)};
    v.bytes.insert(at, "Total            " + std::string(kLongLineDigits, '7') + "\n");
    return v;
}

}  // namespace crossfoot::fuzz
