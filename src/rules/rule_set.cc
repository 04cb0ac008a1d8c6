#include "crossfoot/rule_set.h"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "crossfoot/rule_kind.h"
#include "rules/vocabulary_toml.h"

namespace crossfoot {

namespace {

Position position_of(const toml::node& node) {
    const auto& s = node.source();
    return {static_cast<int>(s.begin.line), static_cast<int>(s.begin.column)};
}

class TomlFields final : public RuleFields {
public:
    TomlFields(const toml::table& table, std::string path, const ConceptDictionary& concepts)
        : table_(table), path_(std::move(path)), concepts_(concepts) {}

    std::optional<std::string> string(std::string_view key) const override {
        const toml::node* node = table_.get(key);
        if (!node) return std::nullopt;
        if (auto s = node->value<std::string>(); s && node->is_string()) return *s;
        fail(key, "must be a string");
    }
    std::optional<bool> boolean(std::string_view key) const override {
        const toml::node* node = table_.get(key);
        if (!node) return std::nullopt;
        if (node->is_boolean()) return node->value<bool>();
        fail(key, "must be true or false");
    }
    std::vector<std::string> strings(std::string_view key) const override {
        std::vector<std::string> out;
        const toml::node* node = table_.get(key);
        if (!node) return out;
        const toml::array* array = node->as_array();
        if (!array) fail(key, "must be an array of strings");
        for (const auto& item : *array) {
            if (!item.is_string()) fail(key, "must be an array of strings");
            out.push_back(*item.value<std::string>());
        }
        return out;
    }
    [[noreturn]] void fail(std::string_view key, const std::string& message) const override {
        const toml::node* node = table_.get(key);
        Position at = node ? position_of(*node) : position_of(table_);
        throw ToolError(path_, "'" + std::string(key) + "' " + message, at);
    }
    const ConceptDictionary& concepts() const override { return concepts_; }

private:
    const toml::table& table_;
    std::string path_;
    const ConceptDictionary& concepts_;
};

Position position_of(const toml::key& key) {
    return {static_cast<int>(key.source().begin.line), static_cast<int>(key.source().begin.column)};
}

// Every key of `table` is one of `known`; else a ToolError at the key, with a "did you mean".
void check_keys(const toml::table& table, const std::string& path, std::string_view what,
                const std::vector<std::string_view>& known) {
    for (const auto& [key, node] : table) {
        if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
        std::string hint = closest_name(key.str(), known);
        throw ToolError(path,
                        "unknown key '" + std::string(key.str()) + "' in " + std::string(what) +
                            (hint.empty() ? "" : "; did you mean '" + hint + "'?"),
                        position_of(key));
    }
}

Nature parse_nature(const TomlFields& fields) {
    auto nature = fields.string("nature").value_or("amount");
    if (nature == "amount") return Nature::amount;
    if (nature == "expense") return Nature::expense;
    if (nature == "result") return Nature::result;
    if (nature == "per_share") return Nature::per_share;
    if (nature == "shares") return Nature::shares;
    fields.fail("nature",
                "must be one of amount, expense, result, per_share, shares (not '" + nature + "')");
}

void load_concept(RuleSet& set, const toml::table& table, const std::string& path) {
    check_keys(table, path, "[[concept]]", {"id", "nature", "labels", "words", "exclude", "prose"});
    TomlFields fields(table, path, set.concepts);
    Concept c;
    c.id = fields.string("id").value_or("");
    if (c.id.empty()) fields.fail("id", "is required for a concept");
    c.nature = parse_nature(fields);
    for (auto& label : fields.strings("labels")) c.labels.push_back(normalize_label(label));
    for (auto& phrase : fields.strings("exclude")) c.exclude.push_back(normalize_label(phrase));
    for (auto& phrase : fields.strings("prose")) c.prose.push_back(normalize_label(phrase));
    for (auto& all : fields.strings("words")) {
        std::vector<std::string> phrases;
        size_t start = 0;
        while (start <= all.size()) {
            size_t plus = all.find('+', start);
            std::string part = normalize_label(
                all.substr(start, plus == std::string::npos ? std::string::npos : plus - start));
            if (!part.empty()) phrases.push_back(part);
            if (plus == std::string::npos) break;
            start = plus + 1;
        }
        c.words.push_back(std::move(phrases));
    }
    c.file = path;
    c.where = position_of(table);
    set.concepts.add(std::move(c));
}

// `ids` indexes set.rules by id: a file of 100,000 rules loads in linear time.
void load_rule(RuleSet& set, const toml::table& table, const std::string& path,
               std::unordered_map<std::string, size_t>& ids) {
    TomlFields fields(table, path, set.concepts);
    auto id = fields.string("id");
    if (!id || id->empty()) fields.fail("id", "is required for a rule");
    auto kind_name = fields.string("kind");
    auto indexed = ids.find(*id);
    auto existing = indexed == ids.end()
                        ? set.rules.end()
                        : set.rules.begin() + static_cast<std::ptrdiff_t>(indexed->second);
    RuleSpec spec;
    if (!kind_name) {
        if (existing == set.rules.end())
            fields.fail("kind", "is required: no built-in rule '" + *id + "' to adjust");
        check_keys(table, path, "[[rule]] '" + *id + "' (it adjusts a rule, so it has no kind)",
                   {"id", "severity", "tolerance", "summary"});
        spec = *existing;
    } else {
        const RuleKind* kind = find_rule_kind(*kind_name);
        if (!kind) {
            std::vector<std::string_view> names;
            for (const RuleKind* k : rule_kinds()) names.push_back(k->name);
            std::string hint = closest_name(*kind_name, names);
            fields.fail("kind", "names no rule kind: '" + *kind_name + "'" +
                                    (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
        }
        std::vector<std::string_view> known = {"id", "kind", "summary", "severity", "tolerance"};
        known.insert(known.end(), kind->keys.begin(), kind->keys.end());
        check_keys(table, path, "[[rule]] '" + *id + "' of kind " + std::string(kind->name), known);
        spec.id = *id;
        spec.kind = kind->name;
        spec.params = kind->parse_params(fields);
        spec.file = path;
        spec.where = position_of(table);
    }
    if (auto summary = fields.string("summary")) spec.summary = *summary;
    if (spec.summary.empty()) fields.fail("summary", "is required for a rule");
    if (auto severity = fields.string("severity")) {
        auto parsed = parse_severity(*severity);
        if (!parsed || *parsed == Severity::note)
            fields.fail("severity", "must be \"error\" or \"warning\"");
        spec.severity = *parsed;
    }
    if (auto tolerance = fields.string("tolerance")) {
        auto parsed = Tolerance::parse(*tolerance);
        if (!parsed)
            fields.fail("tolerance",
                        "must be an amount such as \"1000\" or a percentage such as \"0.5%\"");
        spec.tolerance = *parsed;
    }
    if (table.contains("tolerance") && !table.get("tolerance")->is_string()) {
        fields.fail("tolerance", "must be a string (\"0.5%\"): TOML numbers are floating point");
    }
    if (existing != set.rules.end()) {
        *existing = std::move(spec);
    } else {
        ids.emplace(spec.id, set.rules.size());
        set.rules.push_back(std::move(spec));
    }
}

// The rules whose formulas compute `result` from other concepts, as edges result -> term.
struct FormulaEdge {
    std::string term;
    const RuleSpec* rule;
};

// Depth-first search from `concept_id`; on reaching a concept still on the path, `cycle` holds
// the rules from there back to it.
bool find_cycle(const std::string& concept_id, const std::multimap<std::string, FormulaEdge>& edges,
                std::map<std::string, int>& state, std::vector<const RuleSpec*>& path,
                std::vector<std::string>& on_path, std::vector<const RuleSpec*>& cycle) {
    state[concept_id] = 1;  // on the path
    on_path.push_back(concept_id);
    auto [begin, end] = edges.equal_range(concept_id);
    for (auto it = begin; it != end; ++it) {
        path.push_back(it->second.rule);
        int seen = state[it->second.term];
        if (seen == 1) {
            auto start = std::find(on_path.begin(), on_path.end(), it->second.term);
            cycle.assign(path.begin() + (start - on_path.begin()), path.end());
            return true;
        }
        if (seen == 0 && find_cycle(it->second.term, edges, state, path, on_path, cycle))
            return true;
        path.pop_back();
    }
    on_path.pop_back();
    state[concept_id] = 2;  // done: no cycle through it
    return false;
}

// A formula that refers to itself through other rules ("a = b + c" and "b = a - c") defines
// nothing: it is reported at one of its rules from `path`, the file just loaded.
void refuse_formula_cycles(const RuleSet& set, const std::string& path) {
    std::multimap<std::string, FormulaEdge> edges;
    for (const auto& rule : set.rules) {
        const RuleKind* kind = find_rule_kind(rule.kind);
        const Formula* formula = kind && kind->formula_of ? kind->formula_of(rule.params) : nullptr;
        if (!formula) continue;
        for (const auto& term : formula->terms)
            edges.emplace(formula->result, FormulaEdge{term.concept_id, &rule});
    }
    std::map<std::string, int> state;
    for (const auto& [result, edge] : edges) {
        std::vector<const RuleSpec*> trail;
        std::vector<std::string> on_path;
        std::vector<const RuleSpec*> cycle;
        if (state[result] != 0 || !find_cycle(result, edges, state, trail, on_path, cycle))
            continue;
        auto here = std::find_if(cycle.begin(), cycle.end(),
                                 [&](const RuleSpec* r) { return r->file == path; });
        const RuleSpec& at = **(here == cycle.end() ? cycle.begin() : here);
        std::string through;
        for (const RuleSpec* r : cycle) {
            if (r != &at) through += (through.empty() ? "'" : ", '") + r->id + "'";
        }
        throw ToolError(
            at.file,
            "the formula of rule '" + at.id + "' refers to its own result through rule" +
                (cycle.size() > 2 ? "s " : " ") + through + ": a formula cannot refer to itself",
            at.where);
    }
}

}  // namespace

std::optional<Tolerance> Tolerance::parse(std::string_view text) {
    Tolerance t;
    bool percent = !text.empty() && text.back() == '%';
    if (percent) text.remove_suffix(1);
    auto value = Rational::parse(text);
    if (!value || value->is_negative()) return std::nullopt;
    if (percent) {
        t.relative = *value / Rational(100);
    } else {
        t.absolute = *value;
    }
    return t;
}

Rational Tolerance::allowance(const Rational& stated) const {
    return absolute + relative * stated.abs();
}

const RuleSpec* RuleSet::find(std::string_view id) const {
    for (const auto& rule : rules) {
        if (rule.id == id) return &rule;
    }
    return nullptr;
}

void load_rule_text(RuleSet& set, const std::string& path, std::string_view text,
                    const std::vector<std::string_view>& other_keys) {
    toml::table root;
    try {
        root = toml::parse(text, path);
    } catch (const toml::parse_error& e) {
        const auto& s = e.source();
        throw ToolError(path, std::string(e.description()),
                        {static_cast<int>(s.begin.line), static_cast<int>(s.begin.column)});
    }
    std::unordered_map<std::string, size_t> ids;
    for (size_t i = 0; i < set.rules.size(); ++i) ids.emplace(set.rules[i].id, i);
    for (const auto& [key, node] : root) {
        if (std::find(other_keys.begin(), other_keys.end(), key.str()) != other_keys.end())
            continue;
        if (key == "vocabulary") {
            detail::load_vocabulary(set.vocabulary, node, path);
            continue;
        }
        if (key != "concept" && key != "rule") {
            std::string hint = closest_name(key.str(), {"concept", "rule"});
            throw ToolError(path,
                            "unknown top-level key '" + std::string(key.str()) +
                                "' (expected [[concept]], [[rule]] or [vocabulary])" +
                                (hint.empty() ? "" : "; did you mean [[" + hint + "]]?"),
                            position_of(key));
        }
        const toml::array* entries = node.as_array();
        if (!entries)
            throw ToolError(path,
                            "'" + std::string(key.str()) + "' must be an array of tables ([[" +
                                std::string(key.str()) + "]])",
                            position_of(node));
        for (const auto& entry : *entries) {
            const toml::table* table = entry.as_table();
            if (!table)
                throw ToolError(path,
                                "each [[" + std::string(key.str()) + "]] entry must be a table",
                                position_of(entry));
            if (key == "concept") {
                load_concept(set, *table, path);
            } else {
                load_rule(set, *table, path, ids);
            }
        }
    }
    // The set had no cycle before this file, so a cycle now runs through one of its rules.
    refuse_formula_cycles(set, path);
}

RuleSet load_rule_set(const std::vector<std::string>& extra_dirs) {
    RuleSet set;
    for (const auto& file : embedded_rule_files())
        load_rule_text(set, std::string(file.name), file.text);
    add_rule_dirs(set, extra_dirs);
    return set;
}

void add_rule_dirs(RuleSet& set, const std::vector<std::string>& extra_dirs) {
    for (const auto& dir : extra_dirs) {
        std::error_code ec;
        if (!std::filesystem::is_directory(dir, ec))
            throw ToolError(dir, "--rules needs a directory of *.toml files");
        std::vector<std::string> files;
        for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
            if (entry.is_regular_file() && entry.path().extension() == ".toml")
                files.push_back(entry.path().string());
        }
        std::sort(files.begin(), files.end());
        for (const auto& path : files) load_rule_text(set, path, read_file_bytes(path, 16u << 20));
    }
}

}  // namespace crossfoot
