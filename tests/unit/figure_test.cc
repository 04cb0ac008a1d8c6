#include "crossfoot/figure.h"

#include <doctest/doctest.h>

using namespace crossfoot;

namespace {

std::string value_of(std::string_view text) {
    auto f = parse_figure(text);
    REQUIRE(f);
    return f->number.to_string();
}

Figure table_figure(std::string_view text, int scale) {
    auto p = parse_figure(text);
    REQUIRE(p);
    Figure f;
    f.text = std::string(text);
    f.value = p->number.scaled(scale);
    f.scale = scale;
    f.unit = p->unit;
    f.nil = p->nil;
    return f;
}

}  // namespace

TEST_CASE("every printed form the releases use") {
    CHECK(value_of("$ 7") == "7");
    CHECK(value_of("1,394") == "1394");
    CHECK(value_of("(5,919)") == "-5919");
    CHECK(value_of("$ (0.23)") == "-0.23");
    CHECK(value_of("($0.01)") == "-0.01");
    CHECK(value_of("-1,234") == "-1234");
    CHECK(value_of("$30,023,000") == "30023000");
    CHECK(value_of("$6.7 million") == "6700000");
    CHECK(value_of("$30 million") == "30000000");
    CHECK(value_of("28,928,000") == "28928000");
    auto percent = parse_figure("150%");
    REQUIRE(percent);
    CHECK(percent->unit == Unit::percent);
    CHECK(percent->number.to_string() == "150");
    CHECK(parse_figure("$ 7")->unit == Unit::currency);
    // A decrease with its percent sign outside the parentheses, as change columns print it.
    auto decrease = parse_figure("(0.9)%");
    REQUIRE(decrease);
    CHECK(decrease->unit == Unit::percent);
    CHECK(decrease->parenthesized);
    CHECK(decrease->number.to_string() == "-0.9");
    CHECK_FALSE(parse_figure("($0.9)%"));
}

TEST_CASE("dashes are nil, worth exactly zero") {
    for (std::string_view nil : {"--", "-", "\xE2\x80\x94", "\xE2\x80\x93"}) {
        auto f = parse_figure(nil);
        REQUIRE(f);
        CHECK(f->nil);
    }
}

TEST_CASE("malformed groups and words are not figures") {
    CHECK_FALSE(parse_figure("1,2345"));
    CHECK_FALSE(parse_figure("12,34"));
    CHECK_FALSE(parse_figure("(unaudited)"));
    CHECK_FALSE(parse_figure("shares-5,000,"));
    CHECK_FALSE(parse_figure("$"));
    CHECK_FALSE(parse_figure("$5%"));
    CHECK_FALSE(parse_figure("1.2.3"));
}

TEST_CASE("the numeric part excludes the dollar sign") {
    auto f = parse_figure("$    39,474");
    REQUIRE(f);
    CHECK(std::string("$    39,474").substr(f->number_begin, f->number_end - f->number_begin) ==
          "39,474");
}

TEST_CASE("a table figure stands for half a unit of its last digit, times the scale") {
    Figure f = table_figure("30,023", 3);
    CHECK(f.interval().lo == Rational(30022500));
    CHECK(f.interval().hi == Rational(30023500));
    Figure thousands = table_figure("12,000", 3);  // every printed digit counts in a table
    CHECK(thousands.interval().lo == Rational(11999500));
    Figure percent = table_figure("150%", 0);
    CHECK(percent.interval().lo == Rational(1495) / Rational(10));
    CHECK(percent.interval().hi == Rational(1505) / Rational(10));
}

TEST_CASE("prose amounts written in full do not make trailing zeros significant") {
    Figure f = table_figure("$30,023,000", 0);
    f.trailing_zeros_significant = false;
    CHECK(f.interval().lo == Rational(30022500));
    CHECK(f.interval().hi == Rational(30023500));
    Figure round = table_figure("$600,000", 0);
    round.trailing_zeros_significant = false;
    CHECK(round.interval().lo == Rational(550000));
    CHECK(round.interval().hi == Rational(650000));
    Figure millions = table_figure("$6.7 million", 0);
    CHECK(millions.interval().lo == Rational(6650000));
    CHECK(millions.interval().hi == Rational(6750000));
}

TEST_CASE("format_like prints in the figure's own scale and sign style") {
    Figure f = table_figure("(5,919)", 3);
    f.text = "(5,919)";
    CHECK(f.format_like(Rational(-5920000)) == "(5,920)");
    Figure eps = table_figure("(0.23)", 0);
    eps.text = "(0.23)";
    CHECK(eps.format_like(Rational(-24) / Rational(100)) == "(0.24)");
    Figure minus = table_figure("-1,234", 0);
    minus.text = "-1,234";
    CHECK(minus.format_like(Rational(-1235)) == "-1,235");
}

namespace {

// Significant digits of a printed figure: "(0,012.30)" -> 4.
size_t significant_digits(std::string_view printed) {
    size_t count = 0;
    for (char c : printed) {
        if (c >= '1' && c <= '9') ++count;
        if (c == '0' && count > 0) ++count;
    }
    return count;
}

}  // namespace

TEST_CASE("a figure has at most kMaxSignificantDigits significant digits, commas or not") {
    std::string limit(kMaxSignificantDigits, '9');
    std::string grouped = group_thousands(limit);
    CHECK(parse_figure(limit));
    CHECK(parse_figure(grouped));
    CHECK(parse_figure("0.000" + limit));  // leading zeros are not significant
    CHECK_FALSE(parse_figure(limit + "9"));
    CHECK_FALSE(parse_figure(group_thousands(limit + "9")));
    CHECK_FALSE(parse_figure("1." + limit));
}

// A fix replaces the stated figure with format_like's text: it must read back as the value it
// was made from, for every scale, precision and magnitude, or the figure offers no fix.
TEST_CASE("format_like reads back as its value over magnitudes and exponents") {
    for (int scale : {0, 3, 6}) {
        for (int places : {0, 1, 2, 4}) {
            for (size_t magnitude = 1; magnitude <= kMaxSignificantDigits + 6; ++magnitude) {
                for (bool negative : {false, true}) {
                    // The stated figure: "1.50" in thousands has exponent 3 - 2.
                    std::string stated_text = "1";
                    if (places > 0) stated_text += "." + std::string(size_t(places), '0');
                    Figure stated = table_figure(stated_text, scale);
                    // A value at the figure's precision with `magnitude` digits: 123...
                    std::string digits;
                    for (size_t i = 0; i < magnitude; ++i) digits += char('1' + i % 9);
                    Decimal coefficient = *Decimal::parse((negative ? "-" : "") + digits);
                    Rational v = coefficient.scaled(stated.value.exponent()).value();
                    std::string printed = stated.format_like(v);
                    CAPTURE(printed);
                    auto back = parse_figure(printed);
                    CHECK(bool(back) == (significant_digits(printed) <= kMaxSignificantDigits));
                    if (back) CHECK(back->number.scaled(scale).value() == v);
                }
            }
        }
    }
    Figure percent = table_figure("12.5%", 0);
    auto back = parse_figure(percent.format_like(Rational(-125) / Rational(10)));
    REQUIRE(back);
    CHECK(back->unit == Unit::percent);
    CHECK(back->number.value() == Rational(-125) / Rational(10));
}

TEST_CASE("percentage points and basis points are units, never amounts") {
    auto points = parse_figure("(1.8 pts)");
    REQUIRE(points);
    CHECK(points->unit == Unit::points);
    CHECK(points->number.to_string() == "-1.8");
    CHECK(!is_amount(points->unit));
    auto bp = parse_figure("(242)bp.");
    REQUIRE(bp);
    CHECK(bp->unit == Unit::basis_points);
    CHECK(bp->number.to_string() == "-242");
    CHECK(bp->number_begin == 0);
    CHECK(bp->number_end == 8);
    CHECK(parse_figure("0bp")->unit == Unit::basis_points);
    CHECK(parse_figure("2.4 pts")->unit == Unit::points);
    CHECK(parse_figure("35 basis points")->unit == Unit::basis_points);
    CHECK(parse_figure("(0.5)pts")->unit == Unit::points);
    // A currency or a scale word with a unit of points is no figure; nor is a word ending so.
    CHECK(!parse_figure("$1.8 pts"));
    CHECK(!parse_figure("12 depts"));
    CHECK(!parse_figure("pts"));
    CHECK(unit_word("bps.") == Unit::basis_points);
    CHECK(!unit_word("points of"));
}

TEST_CASE("nil cells: dashes as HTML spells them, not applicable, not meaningful") {
    for (std::string_view nil : {"&mdash;", "&#151;", "&#8212;", "&#8211;", "&ndash;", "n/a", "N/A",
                                 "nm", "NM", "$ &mdash;"}) {
        auto f = parse_figure(nil);
        REQUIRE_MESSAGE(f, nil);
        CHECK_MESSAGE(f->nil, nil);
        CHECK(f->number.is_zero());
    }
    auto percent = parse_figure("&#8212;%");
    REQUIRE(percent);
    CHECK(percent->nil);
    CHECK(percent->unit == Unit::percent);
    CHECK(!parse_figure("&amp;"));
    CHECK(!parse_figure("nmx"));
}
