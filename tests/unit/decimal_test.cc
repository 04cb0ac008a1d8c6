#include "crossfoot/decimal.h"

#include <doctest/doctest.h>

using namespace crossfoot;

TEST_CASE("Decimal parses digits exactly and keeps its exponent") {
    auto d = Decimal::parse("-12.50");
    REQUIRE(d);
    CHECK(d->exponent() == -2);
    CHECK(d->to_string() == "-12.50");
    CHECK(d->value() == Rational(-25) / Rational(2));
    CHECK_FALSE(Decimal::parse("1.2.3"));
    CHECK_FALSE(Decimal::parse(""));
    CHECK_FALSE(Decimal::parse("12a"));
}

TEST_CASE("Decimal scaling moves the exponent, not the digits") {
    Decimal d(30023, 0);
    Decimal thousands = d.scaled(3);
    CHECK(thousands.exponent() == 3);
    CHECK(thousands.to_string() == "30023000");
    CHECK(Decimal(-23, -2).to_string() == "-0.23");
    CHECK(Decimal(600000, 0).trailing_zeros() == 5);
    CHECK(Decimal(0, 0).trailing_zeros() == 0);
}

TEST_CASE("Rational rounds half away from zero") {
    CHECK((Rational(12345) / Rational(1000)).to_fixed(2) == "12.35");
    CHECK((Rational(-12345) / Rational(1000)).to_fixed(2) == "-12.35");
    CHECK((Rational(-1) / Rational(1000)).to_fixed(2) == "0.00");
    CHECK((Rational(1) / Rational(8)).to_string() == "0.125");
    CHECK((Rational(1) / Rational(3)).to_string() == "0.333333");
    CHECK(Rational::parse("0.005") == Rational(1) / Rational(200));
}

TEST_CASE("Intervals add, subtract and divide exactly") {
    Interval a{Rational(1), Rational(2)};
    Interval b{Rational(10), Rational(20)};
    CHECK((a + b).lo == Rational(11));
    CHECK((a + b).hi == Rational(22));
    CHECK((b - a).lo == Rational(8));
    CHECK((b - a).hi == Rational(19));
    auto q = b.divided_by(a);
    REQUIRE(q);
    CHECK(q->lo == Rational(5));
    CHECK(q->hi == Rational(20));
    CHECK_FALSE(b.divided_by(Interval{Rational(-1), Rational(1)}));
    CHECK(a.overlaps(Interval{Rational(2), Rational(3)}));
    CHECK_FALSE(a.overlaps(Interval{Rational(3), Rational(4)}));
}

TEST_CASE("group_thousands inserts commas in the integer part only") {
    CHECK(group_thousands("30023000") == "30,023,000");
    CHECK(group_thousands("-1234.5678") == "-1,234.5678");
    CHECK(group_thousands("999") == "999");
}
