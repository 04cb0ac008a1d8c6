// Exact decimal figures and the intervals printed figures stand for.
//
// A printed figure such as `30,023` in a table "in thousands" is the integer
// coefficient 30023 times 10^3; it stands for every value that rounds to it,
// [30,022,500, 30,023,500]. Nothing here uses floating point.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace crossfoot {

/// An exact rational number (ratios, percentages, interval bounds).
/// Kept opaque so rule code never names Boost types.
class Rational {
public:
    Rational() = default;
    Rational(long long value);  // NOLINT(google-explicit-constructor): integers are rationals
    [[nodiscard]] static Rational pow10(int exponent);
    /// Parses "12", "-0.5", "0.005"; no exponent notation.  "abc" -> nullopt.
    [[nodiscard]] static std::optional<Rational> parse(std::string_view text);

    friend Rational operator+(const Rational& a, const Rational& b);
    friend Rational operator-(const Rational& a, const Rational& b);
    friend Rational operator*(const Rational& a, const Rational& b);
    friend Rational operator/(const Rational& a, const Rational& b);
    Rational operator-() const;
    friend bool operator==(const Rational& a, const Rational& b);
    friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

    [[nodiscard]] bool is_zero() const;
    [[nodiscard]] bool is_negative() const;
    [[nodiscard]] Rational abs() const;
    /// Rounds half away from zero to `places` decimals: 12.345, 2 -> "12.35".
    [[nodiscard]] std::string to_fixed(int places) const;
    /// Exact decimal string when the denominator divides a power of ten,
    /// otherwise rounded to 6 places: 30023000 -> "30023000", 1/8 -> "0.125".
    [[nodiscard]] std::string to_string() const;

private:
    friend class Decimal;
    explicit Rational(boost::multiprecision::cpp_rational value) : value_(std::move(value)) {}
    boost::multiprecision::cpp_rational value_;
};

/// A closed interval [lo, hi] of exact values.
struct Interval {
    Rational lo;
    Rational hi;

    [[nodiscard]] static Interval point(const Rational& v) { return {v, v}; }
    [[nodiscard]] bool overlaps(const Interval& other) const {
        return lo <= other.hi && other.lo <= hi;
    }
    [[nodiscard]] bool contains(const Rational& v) const { return lo <= v && v <= hi; }
    [[nodiscard]] Interval widened(const Rational& amount) const {
        return {lo - amount, hi + amount};
    }
    [[nodiscard]] Rational midpoint() const { return (lo + hi) / Rational(2); }

    friend Interval operator+(const Interval& a, const Interval& b) {
        return {a.lo + b.lo, a.hi + b.hi};
    }
    friend Interval operator-(const Interval& a, const Interval& b) {
        return {a.lo - b.hi, a.hi - b.lo};
    }
    Interval operator-() const { return {-hi, -lo}; }
    /// Quotient; nullopt when the divisor's interval contains zero.
    [[nodiscard]] std::optional<Interval> divided_by(const Interval& divisor) const;
    [[nodiscard]] Interval times(const Rational& factor) const;
};

/// An exact decimal: coefficient × 10^exponent.
/// `(5,919)` in thousands -> coefficient -5919, exponent 3.
class Decimal {
public:
    Decimal() = default;
    Decimal(long long coefficient, int exponent);
    /// Parses plain digits with an optional sign and decimal point: "-12.50" -> -1250 × 10^-2.
    [[nodiscard]] static std::optional<Decimal> parse(std::string_view digits);

    [[nodiscard]] int exponent() const { return exponent_; }
    [[nodiscard]] bool is_negative() const { return coefficient_ < 0; }
    [[nodiscard]] bool is_zero() const { return coefficient_ == 0; }
    [[nodiscard]] Decimal negated() const;
    /// The same value with the exponent raised by `places` (a scale of 10^places).
    [[nodiscard]] Decimal scaled(int places) const;
    /// Number of trailing zero digits of the coefficient (600000 -> 5).
    [[nodiscard]] int trailing_zeros() const;
    /// The exact value: 30023 × 10^3 -> 30023000.
    [[nodiscard]] Rational value() const;
    /// Base-unit decimal string: 30023 × 10^3 -> "30023000"; -23 × 10^-2 -> "-0.23".
    [[nodiscard]] std::string to_string() const;

    friend bool operator==(const Decimal& a, const Decimal& b) { return a.value() == b.value(); }

private:
    boost::multiprecision::cpp_int coefficient_;
    int exponent_ = 0;
};

/// Groups the integer part with commas: "30023000" -> "30,023,000", "-0.23" -> "-0.23".
[[nodiscard]] std::string group_thousands(std::string_view plain);

}  // namespace crossfoot
