// Reading a sentence for stated changes. The sentence becomes a list of tokens (words, commas,
// clause stops and the prose figures found by extraction); each amount is marked by the phrase
// that introduces it ("to", "from", "compared to"), and each percentage with a direction word
// is tied to two marked amounts in one of three arrangements:
//   before them:  "rose 52% to $6,509,000 ... compared to $4,281,000"
//   between them: "$11,455,000, a 70% increase over revenues of $6,751,000"
//   after them:   "to $30,023,000 from $12,013,000 ..., or a 150% increase"
// Anything else is left alone: a missed change costs less than a wrong one.
#include "checks/change_statements.h"

#include <optional>

#include "checks/sentence_tokens.h"

namespace crossfoot {

namespace {

// Filler between a marker and its figure: "compared to revenues for the six months ended
// March 31, 2003 of $24,319,000" is the longest the releases print.
constexpr size_t kMaxFiller = 12;
// Between the prior figure and a percentage after it: ", or the second quarter fiscal 2003,".
constexpr size_t kMaxTrail = 24;

enum class Mark { none, current, from, comparison, qualified };

struct Operand {
    size_t token = 0;
    Mark mark = Mark::none;
    size_t marker = 0;              // the first token of the marker phrase
    bool per = false;               // "$0.23 per share"
    std::optional<Direction> verb;  // "increased to", "decreased from"
};

struct Head {
    size_t begin = 0;  // first token of "an increase of approximately"
    Qualifier qualifier = Qualifier::none;
    size_t qualifier_begin = 0;
    std::optional<Direction> direction;
    size_t direction_token = 0;
    bool names_object = false;  // "a 12% increase in unit volume": a change of something else
};

class SentenceReader {
public:
    SentenceReader(const SentenceTokens& s, const ChangeWords& w) : s_(s), w_(w) {}

    void read(std::vector<StatedChange>& out) {
        for (size_t i = 0; i < s_.size(); ++i) {
            if (s_.is_percent(i)) read_percent(i, out);
        }
    }

private:
    const SentenceTokens& s_;
    const ChangeWords& w_;
    // The changes read so far that compare a subject before them with a prior after them.
    struct Chain {
        size_t prior = 0;
        Operand subject;
    };
    std::vector<Chain> chains_;

    [[nodiscard]] std::optional<Direction> direction_ending(size_t end, size_t& n) const {
        if ((n = s_.phrase_ending(end, w_.increase))) return Direction::increase;
        if ((n = s_.phrase_ending(end, w_.decrease))) return Direction::decrease;
        return std::nullopt;
    }

    [[nodiscard]] Operand mark_of(size_t i) const {
        Operand op;
        op.token = i;
        op.per = s_.phrase_starting(i + 1, w_.per) > 0;
        size_t filler = 0;
        bool leads_only = true;
        bool ends_with_of = false;
        for (size_t j = i; j-- > 0;) {
            const Token& t = s_.token(j);
            if (t.kind == TokenKind::word) {
                size_t nc = s_.phrase_ending(j + 1, w_.comparison);
                size_t nf = s_.phrase_ending(j + 1, w_.from);
                size_t nt = s_.phrase_ending(j + 1, w_.to);
                size_t n = std::max({nc, nf, nt});
                if (n > 0) {
                    if (filler > 0 && !leads_only && !ends_with_of) return op;
                    op.mark = n == nc ? Mark::comparison : n == nf ? Mark::from : Mark::current;
                    op.marker = j + 1 - n;
                    size_t nv = 0;
                    op.verb = direction_ending(op.marker, nv);
                    return op;
                }
                if (filler == 0 && s_.qualifier_ending(j + 1, w_).first != Qualifier::none) {
                    op.mark = Mark::qualified;
                    return op;
                }
                if (s_.phrase_ending(j + 1, w_.clause) || ++filler > kMaxFiller) return op;
                if (filler == 1) ends_with_of = s_.phrase_ending(j + 1, w_.of) > 0;
                leads_only = leads_only && s_.phrase_ending(j + 1, w_.leads) > 0;
            } else if (t.kind == TokenKind::comma && filler > 0 && s_.is_year(j + 1)) {
                continue;  // "March 31, 2003 of $24,319,000"
            } else if (t.kind == TokenKind::figure && s_.is_transparent(j) && filler > 0) {
                leads_only = false;
                ++filler;
            } else {
                return op;
            }
        }
        return op;
    }

    [[nodiscard]] Head head_of(size_t p) const {
        Head h;
        size_t j = p;
        auto [qualifier, n] = s_.qualifier_ending(j, w_);
        if (qualifier != Qualifier::none) {
            h.qualifier = qualifier;
            j -= n;
            h.qualifier_begin = j;
        }
        if ((n = s_.phrase_ending(j, w_.percent_leads))) j -= n;
        if (auto d = direction_ending(j, n)) {
            j -= n;
            h.direction = d;
            h.direction_token = j;
        }
        if ((n = s_.phrase_ending(j, w_.leads))) j -= n;
        h.begin = j;
        size_t after = p + 1;
        size_t na = 0;
        std::optional<Direction> d_after;
        if ((na = s_.phrase_starting(after, w_.increase))) d_after = Direction::increase;
        if (!d_after && (na = s_.phrase_starting(after, w_.decrease)))
            d_after = Direction::decrease;
        if (d_after && h.direction && *d_after != *h.direction) h.direction.reset();
        if (d_after && !h.direction) {
            h.direction = d_after;
            h.direction_token = after;
        }
        h.names_object = s_.phrase_starting(after + (d_after ? na : 0), w_.objects) > 0;
        return h;
    }

    [[nodiscard]] bool compatible(const Operand& a, const Operand& b) const {
        return a.per == b.per && s_.figure(a.token).figure.unit == s_.figure(b.token).figure.unit;
    }

    // The amounts after the percentage, up to the next percentage or stop, in order, of the
    // first one's kind ("$0.47 per share" inside "to $X ... from $Y" is passed over). A third
    // amount listed after the second ("compared to $A ..., and $B ...") leaves it open which
    // one the percentage compares with; one in a clause of its own does not.
    [[nodiscard]] std::vector<Operand> operands_after(size_t p) const {
        std::vector<Operand> found;
        for (size_t j = p + 1; j < s_.size(); ++j) {
            if (s_.token(j).kind == TokenKind::stop || s_.is_percent(j)) break;
            if (!s_.is_operand(j)) continue;
            Operand op = mark_of(j);
            if (!found.empty() && !compatible(op, found.front())) continue;
            // An unmarked figure in a clause of its own ("and deposits were $98.2 million")
            // is not one the percentage compares.
            bool listed = s_.listed(j, w_);
            if (!found.empty() && !listed && (found.size() == 2 || op.mark == Mark::none)) break;
            found.push_back(op);
            if (found.size() == 3) break;
        }
        return found;
    }

    void read_percent(size_t p, std::vector<StatedChange>& out) {
        Head h = head_of(p);
        std::vector<Operand> after = operands_after(p);
        std::optional<std::pair<Operand, Operand>> pair;  // current, prior
        bool chained = false;
        bool prior_after =
            !after.empty() && (after[0].mark == Mark::from || after[0].mark == Mark::comparison);
        if (after.size() == 2 && after[0].mark == Mark::current && after[1].mark != Mark::none &&
            after[1].mark != Mark::current && after[1].mark != Mark::qualified) {
            pair = {after[0], after[1]};  // "rose 52% to $X ... compared to $Y"
        } else if (after.size() == 2 && after[0].mark == Mark::from &&
                   after[1].mark == Mark::current) {
            pair = {after[1], after[0]};  // "increased 5% from $Y to $X"
        } else if (h.names_object) {
            return;  // the figures before or around it may not be what changed
        } else if (prior_after && after.size() == 1) {
            if (auto subject = subject_before(h.begin, after[0])) {
                pair = {*subject, after[0]};
            } else if ((subject = chained_subject(h.begin))) {
                pair = {*subject, after[0]};
                chained = true;
            }
        } else if (after.empty() || after[0].mark == Mark::none) {
            pair = operands_before(h.begin);
        }
        if (!pair || !compatible(pair->first, pair->second) ||
            !s_.same_count_unit(pair->first.token, pair->second.token))
            return;
        if (!chained && s_.clause_between(std::min(pair->first.token, pair->second.token),
                                          std::max(pair->first.marker, pair->second.marker), w_))
            return;
        std::optional<Direction> d = h.direction;
        // With the direction only in the verb, the percentage must end its clause: "or 34% of
        // net sales" is a share of something else, not the change.
        if (!d && p + 1 < s_.size() && s_.token(p + 1).kind == TokenKind::word) return;
        if (!d) d = pair->first.mark == Mark::current ? pair->first.verb : std::nullopt;
        if (!d && pair->second.mark == Mark::from) d = pair->second.verb;
        if (!d || s_.mixes_loss_and_income(w_)) return;
        if (prior_after) chains_.push_back({pair->second.token, pair->first});
        out.push_back(s_.change(p, pair->first.token, pair->second.token, *d,
                                h.direction ? h.direction_token : direction_token(*pair),
                                h.qualifier, h.qualifier_begin));
    }

    [[nodiscard]] size_t direction_token(const std::pair<Operand, Operand>& pair) const {
        const Operand& marked = pair.first.verb ? pair.first : pair.second;
        size_t n = 0;
        (void)direction_ending(marked.marker, n);
        return marked.marker - n;
    }

    // "$19,217,000, down 2.9% from $19,786,000": the amount right before the percentage's
    // head (a comma between) is the one it describes.
    [[nodiscard]] std::optional<Operand> subject_before(size_t head, const Operand& prior) const {
        size_t j = head;
        if (j > 0 && s_.token(j - 1).kind == TokenKind::comma) --j;
        if (j == 0 || !s_.is_operand(j - 1)) return std::nullopt;
        Operand op = mark_of(j - 1);
        if (op.mark != Mark::none && op.mark != Mark::current) return std::nullopt;
        return compatible(op, prior) ? std::optional<Operand>(op) : std::nullopt;
    }

    // "$19,217,000, down 2.9% from $19,786,000 in the preceding quarter and are up 14.0% from
    // $16,850,000": a continuation word goes on with the subject of the change before.
    [[nodiscard]] std::optional<Operand> chained_subject(size_t head) const {
        size_t n = s_.phrase_ending(head, w_.continuations);
        if (n == 0) return std::nullopt;
        for (size_t j = head - n, seen = 0; j-- > 0 && seen < kMaxTrail; ++seen) {
            if (s_.phrase_ending(j + 1, w_.clause)) return std::nullopt;
            if (s_.token(j).kind == TokenKind::word || s_.is_transparent(j)) continue;
            for (const auto& c : chains_) {
                if (c.prior == j) return c.subject;
            }
            return std::nullopt;
        }
        return std::nullopt;
    }

    // "to $X from $Y ..., or a 150% increase": a comma or a link word before the head, then
    // the two amounts the clause before it compares.
    [[nodiscard]] std::optional<std::pair<Operand, Operand>> operands_before(size_t head) const {
        size_t j = head;
        size_t n = s_.phrase_ending(j, w_.links);
        bool comma = j > n && s_.token(j - n - 1).kind == TokenKind::comma;
        if (n == 0 && !comma) return std::nullopt;
        j -= n + (comma ? 1 : 0);
        std::optional<Operand> later = previous_operand(j, kMaxTrail, std::nullopt);
        if (!later || later->mark == Mark::none || later->mark == Mark::qualified)
            return std::nullopt;
        std::optional<Operand> earlier = previous_operand(later->marker, kMaxTrail, later);
        if (!earlier) return std::nullopt;
        Mark a = earlier->mark;
        Mark b = later->mark;
        if (a == Mark::current && (b == Mark::from || b == Mark::comparison))
            return std::pair{*earlier, *later};
        if (a == Mark::from && b == Mark::current) return std::pair{*later, *earlier};
        if (a == Mark::none && b == Mark::comparison) return std::pair{*earlier, *later};
        return std::nullopt;
    }

    // The nearest amount before token `end` over words, commas and dates, skipping amounts
    // per unit that `like` is not.
    [[nodiscard]] std::optional<Operand> previous_operand(
        size_t end, size_t limit, const std::optional<Operand>& like) const {
        for (size_t j = end, seen = 0; j-- > 0 && seen < limit; ++seen) {
            const Token& t = s_.token(j);
            if (t.kind == TokenKind::stop || s_.is_percent(j)) return std::nullopt;
            if (t.kind != TokenKind::figure || s_.is_transparent(j)) continue;
            if (!s_.is_operand(j)) return std::nullopt;
            Operand op = mark_of(j);
            if (like && !compatible(op, *like)) continue;
            return op;
        }
        return std::nullopt;
    }
};

}  // namespace

std::vector<StatedChange> find_stated_changes(const DocumentFacts& facts, const Vocabulary& words) {
    std::vector<StatedChange> out;
    if (!facts.document || !facts.document->source) return out;
    ChangeWords w(words);
    const auto& prose = facts.prose;
    for (size_t i = 0; i < prose.size();) {
        size_t j = i;
        while (j < prose.size() && prose[j].block == prose[i].block &&
               prose[j].sentence == prose[i].sentence)
            ++j;
        SentenceTokens tokens(*facts.document, std::span(prose).subspan(i, j - i));
        SentenceReader(tokens, w).read(out);
        i = j;
    }
    return out;
}

}  // namespace crossfoot
