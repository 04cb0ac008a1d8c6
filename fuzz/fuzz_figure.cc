// libFuzzer target for the figure parser. A figure that parses must stand for an interval
// holding its own value, at every table scale, and must print back (format_like) as text
// that parses to the same value: that is what a fix-it replacement relies on.
#include <cstdint>
#include <string_view>

#include "crossfoot/figure.h"
#include "fuzz_require.h"

namespace {

using namespace crossfoot;

Figure located(const PrintedFigure& printed, std::string_view text, int scale,
               bool trailing_zeros) {
    Figure f;
    f.text =
        std::string(text.substr(printed.number_begin, printed.number_end - printed.number_begin));
    f.unit = printed.unit;
    f.nil = printed.nil;
    f.parenthesized = printed.parenthesized;
    f.trailing_zeros_significant = trailing_zeros;
    f.scale = scale;
    f.value = printed.number.scaled(scale);
    return f;
}

// parse_figure reads at most kMaxSignificantDigits digits from the first nonzero one on, and
// no more zeros than that before it.
bool within_parse_limits(std::string_view printed) {
    size_t first = printed.find_first_of("123456789");
    size_t leading = 0;
    size_t significant = 0;
    for (size_t i = 0; i < printed.size(); ++i) {
        if (printed[i] < '0' || printed[i] > '9') continue;
        (first != std::string_view::npos && i >= first ? significant : leading) += 1;
    }
    return leading <= kMaxSignificantDigits && significant <= kMaxSignificantDigits;
}

void require_consistent(const Figure& f) {
    Rational v = f.value.value();
    Interval interval = f.interval();
    fuzz::require(interval.lo <= interval.hi, "interval is empty");
    fuzz::require(interval.contains(v), "interval does not contain the figure's value");
    fuzz::require(!f.nil || (interval.lo == v && interval.hi == v), "a nil figure is not exact");

    std::string printed = f.format_like(v);
    // format_like promises to read back only what has at most kMaxSignificantDigits digits
    // ("22,222,222,222,222,222,222,222 trillion" at scale 0 prints 35 digits; ".000…812" with
    // 29 zeros read at scale 6 prints 35 zeros before the 8).
    if (!within_parse_limits(printed)) return;
    auto reread = parse_figure(printed);
    fuzz::require(reread.has_value(), "format_like of its own value does not parse");
    fuzz::require(reread->number.scaled(f.scale).value() == v,
                  "format_like of its own value reads back different");
    fuzz::require((reread->unit == Unit::percent) == (f.unit == Unit::percent),
                  "format_like loses the percent sign");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto printed = parse_figure(text);
    if (!printed) return 0;
    fuzz::require(
        printed->number_begin <= printed->number_end && printed->number_end <= text.size(),
        "numeric part outside the text");
    fuzz::require(!printed->nil || printed->number.is_zero(), "a nil figure is not zero");
    // The scales extraction applies: none (per share, percent), thousands, millions.
    for (int scale : {0, 3, 6}) {
        for (bool trailing_zeros : {true, false})
            require_consistent(located(*printed, text, scale, trailing_zeros));
    }
    return 0;
}
