// A Word document -> a text with one line per paragraph and one per table row, each line with
// its place (LinePlace). What a reader sees is text: runs joined (a figure split across runs,
// "12," and "000", is one figure), inserted text of tracked changes kept, deleted text and
// field codes left out, tabs as tabs and line breaks as spaces.
#include <algorithm>
#include <cstring>
#include <pugixml.hpp>

#include "common/text.h"
#include "crossfoot/docx.h"
#include "docx_zip.h"

namespace crossfoot {

namespace {

constexpr std::string_view kBody = "word/document.xml";
constexpr std::string_view kFootnotes = "word/footnotes.xml";

bool named(const pugi::xml_node& node, const char* name) {
    return std::strcmp(node.name(), name) == 0;
}

class DocxText {
public:
    DocxText(const std::string& path, const DocxLimits& limits) : path_(path), limits_(limits) {}

    void body(const pugi::xml_document& xml) {
        part_ = kBody;
        blocks(xml.child("w:document").child("w:body"), 1);
    }

    void footnotes(const pugi::xml_document& xml) {
        part_ = kFootnotes;
        for (auto note : xml.child("w:footnotes").children("w:footnote")) {
            // Separators are the rule Word draws above the footnotes, not text.
            if (std::strlen(note.attribute("w:type").value()) > 0) continue;
            ++footnotes_;
            for (auto p : note.children("w:p"))
                paragraph(p, LinePlace::Kind::footnote, footnotes_, 2);
        }
    }

    [[nodiscard]] SourceFile finish(std::string path) {
        SourceFile source;
        source.path = std::move(path);
        source.text = std::move(text_);
        size_t start = 0;
        for (size_t i = 0; i < source.text.size(); ++i) {
            if (source.text[i] != '\n') continue;
            source.lines.emplace_back(source.text.data() + start, i - start);
            start = i + 1;
        }
        source.places = std::move(places_);
        source.reader = "docx";
        source.index(0, {});
        return source;
    }

private:
    void deeper(size_t depth) const {
        if (depth > limits_.max_depth)
            throw ToolError(path_, std::string(part_) + " nests elements deeper than " +
                                       std::to_string(limits_.max_depth));
    }

    // Paragraphs and tables, in the body or in a content control around them.
    void blocks(const pugi::xml_node& parent, size_t depth) {
        deeper(depth);
        for (auto node : parent.children()) {
            if (named(node, "w:p")) {
                ++paragraphs_;
                paragraph(node, kind_of(node), paragraphs_, depth + 1);
            } else if (named(node, "w:tbl")) {
                table(node, depth + 1);
            } else if (named(node, "w:sdt") || named(node, "w:customXml")) {
                blocks(named(node, "w:sdt") ? node.child("w:sdtContent") : node, depth + 1);
            }
        }
    }

    static LinePlace::Kind kind_of(const pugi::xml_node& p) {
        auto properties = p.child("w:pPr");
        std::string style = text::lower(properties.child("w:pStyle").attribute("w:val").value());
        if (text::starts_with(style, "heading") || style == "title")
            return LinePlace::Kind::heading;
        if (properties.child("w:numPr")) return LinePlace::Kind::list_item;
        return LinePlace::Kind::paragraph;
    }

    void paragraph(const pugi::xml_node& p, LinePlace::Kind kind, size_t number, size_t depth) {
        std::string line;
        runs(p, line, depth);
        if (text::trim(line).empty()) return;
        LinePlace place;
        place.kind = kind;
        place.number = static_cast<std::uint32_t>(number);
        add_line(line, std::move(place));
    }

    // The text of the runs under `parent`: what Word shows, tracked insertions included.
    void runs(const pugi::xml_node& parent, std::string& out, size_t depth) const {
        deeper(depth);
        for (auto node : parent.children()) {
            if (named(node, "w:r")) {
                run(node, out);
            } else if (named(node, "w:ins") || named(node, "w:hyperlink") ||
                       named(node, "w:smartTag") || named(node, "w:fldSimple") ||
                       named(node, "w:moveTo") || named(node, "w:customXml") ||
                       named(node, "w:sdt") || named(node, "w:sdtContent") ||
                       named(node, "w:bdo") || named(node, "w:dir")) {
                runs(node, out, depth + 1);
            }
            // w:del and w:moveFrom hold deleted text; w:pPr, w:rPr and drawings hold none.
        }
    }

    static void run(const pugi::xml_node& r, std::string& out) {
        for (auto node : r.children()) {
            if (named(node, "w:t")) {
                for (const char* c = node.child_value(); *c != '\0'; ++c)
                    out.push_back(*c == '\n' || *c == '\r' ? ' ' : *c);
            } else if (named(node, "w:tab") || named(node, "w:ptab")) {
                out.push_back('\t');
            } else if (named(node, "w:br") || named(node, "w:cr")) {
                out.push_back(' ');
            } else if (named(node, "w:noBreakHyphen")) {
                out.push_back('-');
            }
            // w:delText (deleted) and w:instrText (a field's code) are not text.
        }
    }

    // One line per row: its cells joined with " | ", each cell's place kept.
    void table(const pugi::xml_node& tbl, size_t depth) {
        deeper(depth);
        auto number = static_cast<std::uint32_t>(++tables_);
        std::uint32_t row = 0;
        for (auto tr : tbl.children("w:tr")) {
            LinePlace place;
            place.kind = LinePlace::Kind::table_row;
            place.number = number;
            place.row = ++row;
            std::string line;
            std::uint32_t grid = 0;
            for (auto tc : tr.children("w:tc")) {
                if (!place.cells.empty()) line += " | ";
                place.grid.push_back(grid);
                grid += span_of(tc);
                if (grid > limits_.max_row_cells)
                    throw ToolError(path_, "table " + std::to_string(number) + " of " +
                                               std::string(part_) + " has a row of more than " +
                                               std::to_string(limits_.max_row_cells) + " cells");
                if (++cells_ > limits_.max_cells)
                    throw ToolError(path_, std::string(part_) + " has more than " +
                                               std::to_string(limits_.max_cells) + " table cells");
                if (!place.cells.empty())
                    place.rule_below = std::max(place.rule_below, rule_under(tc));
                size_t begin = line.size();
                if (!continues_merge(tc)) cell_text(tc, line, depth + 1);
                place.cells.push_back({begin, line.size()});
            }
            place.grid.push_back(grid);
            add_line(line, std::move(place));
        }
    }

    // Columns of the grid a cell spans; a damaged value counts as one.
    static std::uint32_t span_of(const pugi::xml_node& tc) {
        unsigned span = tc.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_uint(1);
        return span == 0 ? 1 : static_cast<std::uint32_t>(std::min(span, 1U << 20));
    }

    // The rule a cell's bottom border draws under its figure: 1 single, 2 double, else 0.
    static std::uint8_t rule_under(const pugi::xml_node& tc) {
        std::string_view style =
            tc.child("w:tcPr").child("w:tcBorders").child("w:bottom").attribute("w:val").value();
        if (style.empty() || style == "nil" || style == "none") return 0;
        return style == "double" ? 2 : 1;
    }

    // A cell merged into the one above it shows nothing of its own.
    static bool continues_merge(const pugi::xml_node& tc) {
        auto merge = tc.child("w:tcPr").child("w:vMerge");
        return merge && std::strcmp(merge.attribute("w:val").value(), "restart") != 0;
    }

    // A cell's paragraphs (and those of a table inside it) joined with spaces.
    void cell_text(const pugi::xml_node& parent, std::string& out, size_t depth) const {
        deeper(depth);
        for (auto node : parent.children()) {
            if (named(node, "w:p")) {
                std::string text;
                runs(node, text, depth + 1);
                std::string_view t = text::trim(text);
                if (t.empty()) continue;
                if (!out.empty() && out.back() != ' ') out.push_back(' ');
                out.append(t);
            } else if (named(node, "w:tbl") || named(node, "w:tr") || named(node, "w:tc") ||
                       named(node, "w:sdt") || named(node, "w:sdtContent")) {
                cell_text(node, out, depth + 1);
            }
        }
    }

    void add_line(const std::string& line, LinePlace place) {
        text_ += line;
        text_ += '\n';
        places_.push_back(std::move(place));
    }

    const std::string& path_;
    const DocxLimits& limits_;
    std::string_view part_;
    std::string text_;
    std::vector<LinePlace> places_;
    size_t paragraphs_ = 0;
    size_t tables_ = 0;
    size_t footnotes_ = 0;
    size_t cells_ = 0;
};

pugi::xml_document parse_part(const std::string& path, std::string_view name,
                              std::string_view xml) {
    pugi::xml_document doc;
    // No DOCTYPE is kept and no entity is resolved: pugixml reads none, so a document cannot
    // make it open another file or expand an entity a billion times.
    auto result = doc.load_buffer(xml.data(), xml.size(),
                                  pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_auto);
    if (!result)
        throw ToolError(path, std::string(name) +
                                  " is not well-formed XML: " + result.description() + " at byte " +
                                  std::to_string(result.offset));
    return doc;
}

}  // namespace

bool looks_like_docx(std::string_view bytes) {
    // The central directory names every part; a Word document always has this one.
    return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) &&
           bytes.find(kBody) != std::string_view::npos;
}

SourceFile read_docx(std::string path, std::string_view bytes, const DocxLimits& limits) {
    detail::ZipParts parts(path, bytes, limits);
    auto body = parts.read(kBody);
    if (!body)
        throw ToolError(path, "not a Word document: the zip archive has no " + std::string(kBody));
    auto notes = parts.read(kFootnotes);
    return read_wordprocessing_xml(std::move(path), *body, notes ? *notes : "", limits);
}

SourceFile read_wordprocessing_xml(std::string path, std::string_view body,
                                   std::string_view footnotes, const DocxLimits& limits) {
    // The zip's parts are checked before they are inflated; XML given directly, here.
    for (auto [name, part] : {std::pair{kBody, body}, std::pair{kFootnotes, footnotes}}) {
        if (part.size() > limits.max_entry_bytes)
            throw ToolError(path, std::string(name) + " is over the limit of " +
                                      std::to_string(limits.max_entry_bytes) + " bytes");
    }
    DocxText text(path, limits);
    text.body(parse_part(path, kBody, body));
    if (!footnotes.empty()) text.footnotes(parse_part(path, kFootnotes, footnotes));
    return text.finish(path);
}

}  // namespace crossfoot
