#include "html_plain.h"

#include <algorithm>
#include <iterator>

#include "document/readers.h"

namespace crossfoot::detail {

namespace {

// How much of a body tells whether it is HTML.
constexpr size_t kSniffBytes = size_t{64} << 10;

// Spans are of original bytes; the range is of decoded text.
bool within(const SourceFile& source, const Span& span, TextRange range) {
    return span.begin >= source.original_offset(range.begin) &&
           span.end <= source.original_offset(range.end);
}

// Where `piece` of gumbo's input stands in the source text; nullopt when it is not there.
std::optional<size_t> offset_in(const SourceFile& source, const GumboStringPiece& piece) {
    const char* base = source.text.data();
    if (piece.data == nullptr || piece.length == 0 || piece.data < base ||
        piece.data > base + source.text.size())
        return std::nullopt;
    return static_cast<size_t>(piece.data - base);
}

// Moves the items of `from` that `inside` accepts to the end of `to`, in order.
template <typename T, typename Pred>
void move_if(std::vector<T>& from, std::vector<T>& to, Pred inside) {
    auto kept = std::stable_partition(from.begin(), from.end(),
                                      [&](const T& item) { return !inside(item); });
    std::move(kept, from.end(), std::back_inserter(to));
    from.erase(kept, from.end());
}

}  // namespace

std::vector<Payload> payloads(std::string_view text, bool (*is_html)(std::string_view head)) {
    std::vector<Payload> out;
    if (text.find("<DOCUMENT>") == std::string_view::npos) return {{{0, text.size()}, true}};
    for (size_t at = text.find("<TEXT>"); at != std::string_view::npos;
         at = text.find("<TEXT>", at)) {
        size_t begin = at + 6;
        size_t end = std::min(text.find("</TEXT>", begin), text.size());
        bool html = is_html(text.substr(begin, std::min(end - begin, kSniffBytes)));
        out.push_back({{begin, end}, html});
        at = end;
    }
    if (out.empty()) out.push_back({{0, text.size()}, true});
    return out;
}

std::optional<TextRange> element_content(const SourceFile& source, const GumboNode& element) {
    const GumboElement& e = element.v.element;
    auto start = offset_in(source, e.original_tag);
    auto end = offset_in(source, e.original_end_tag);
    if (!start || !end || *start + e.original_tag.length > *end) return std::nullopt;
    return TextRange{*start + e.original_tag.length, *end};
}

// The plain-text reader reads the whole file, markup and all, so that its lines, columns and
// offsets are the file's own; only what stands wholly inside the plain range is kept.
void PlainTextParts::take(TextRange range, Document& doc) {
    if (!read_) read_ = kEdgarTextReader.read(source_, words_);
    move_if(read_->blocks, doc.blocks,
            [&](const TextBlock& b) { return within(source_, b.content.span, range); });
    move_if(read_->tables, doc.tables,
            [&](const Table& t) { return within(source_, t.span, range); });
}

}  // namespace crossfoot::detail
