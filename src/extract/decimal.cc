#include "crossfoot/decimal.h"

#include <algorithm>
#include <array>

namespace crossfoot {

namespace mp = boost::multiprecision;

namespace {

// 10^n, computed once for the exponents figures have (every figure's value needs one).
const mp::cpp_int& power_of_ten(unsigned n) {
    static const std::array<mp::cpp_int, 64> kPowers = [] {
        std::array<mp::cpp_int, 64> powers;
        powers[0] = 1;
        for (size_t i = 1; i < powers.size(); ++i) powers[i] = powers[i - 1] * 10;
        return powers;
    }();
    if (n < kPowers.size()) return kPowers[n];
    thread_local mp::cpp_int power;
    power = mp::pow(mp::cpp_int(10), n);
    return power;
}

unsigned magnitude(int exponent) {
    return exponent < 0 ? 0U - static_cast<unsigned>(exponent) : static_cast<unsigned>(exponent);
}

}  // namespace

Rational::Rational(long long value) : value_(value) {}

Rational Rational::pow10(int exponent) {
    const mp::cpp_int& power = power_of_ten(magnitude(exponent));
    if (exponent >= 0) return Rational(mp::cpp_rational(power));
    return Rational(mp::cpp_rational(mp::cpp_int(1), power));
}

std::optional<Rational> Rational::parse(std::string_view text) {
    auto decimal = Decimal::parse(text);
    if (!decimal) return std::nullopt;
    return decimal->value();
}

Rational operator+(const Rational& a, const Rational& b) { return Rational(a.value_ + b.value_); }
Rational operator-(const Rational& a, const Rational& b) { return Rational(a.value_ - b.value_); }
Rational operator*(const Rational& a, const Rational& b) { return Rational(a.value_ * b.value_); }
Rational operator/(const Rational& a, const Rational& b) { return Rational(a.value_ / b.value_); }
Rational Rational::operator-() const { return Rational(-value_); }
bool operator==(const Rational& a, const Rational& b) { return a.value_ == b.value_; }
std::strong_ordering operator<=>(const Rational& a, const Rational& b) {
    if (a.value_ < b.value_) return std::strong_ordering::less;
    if (a.value_ > b.value_) return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

bool Rational::is_zero() const { return value_ == 0; }
bool Rational::is_negative() const { return value_ < 0; }
Rational Rational::abs() const { return is_negative() ? -*this : *this; }

std::string Rational::to_fixed(int places) const {
    mp::cpp_int scale = mp::pow(mp::cpp_int(10), places);
    mp::cpp_int num = mp::numerator(value_) * scale;
    mp::cpp_int den = mp::denominator(value_);
    bool negative = num < 0;
    if (negative) num = -num;
    mp::cpp_int q = (num * 2 + den) / (den * 2);  // half away from zero
    std::string digits = q.str();
    if (places > 0) {
        if (digits.size() <= static_cast<size_t>(places)) {
            digits.insert(0, static_cast<size_t>(places) + 1 - digits.size(), '0');
        }
        digits.insert(digits.size() - static_cast<size_t>(places), ".");
    }
    if (negative && q != 0) digits.insert(0, "-");
    return digits;
}

std::string Rational::to_string() const {
    mp::cpp_int den = mp::denominator(value_);
    int places = 0;
    while (places < 12) {
        if (mp::cpp_int(mp::pow(mp::cpp_int(10), places)) % den == 0) break;
        ++places;
    }
    if (places == 12) places = 6;
    return to_fixed(places);
}

std::optional<Interval> Interval::divided_by(const Interval& divisor) const {
    if (divisor.contains(Rational(0))) return std::nullopt;
    Rational candidates[] = {lo / divisor.lo, lo / divisor.hi, hi / divisor.lo, hi / divisor.hi};
    auto [min, max] = std::minmax_element(std::begin(candidates), std::end(candidates));
    return Interval{*min, *max};
}

Interval Interval::times(const Rational& factor) const {
    Rational a = lo * factor;
    Rational b = hi * factor;
    return a <= b ? Interval{a, b} : Interval{b, a};
}

Decimal::Decimal(long long coefficient, int exponent)
    : coefficient_(coefficient), exponent_(exponent) {}

std::optional<Decimal> Decimal::parse(std::string_view digits) {
    Decimal result;
    bool negative = false;
    size_t i = 0;
    if (i < digits.size() && (digits[i] == '-' || digits[i] == '+')) negative = digits[i++] == '-';
    bool seen_digit = false;
    bool seen_point = false;
    // Digits are gathered 18 at a time in a machine word, then added to the coefficient.
    constexpr int kChunkDigits = 18;
    unsigned long long chunk = 0;
    int chunk_digits = 0;
    for (; i < digits.size(); ++i) {
        char c = digits[i];
        if (c == '.' && !seen_point) {
            seen_point = true;
        } else if (c >= '0' && c <= '9') {
            chunk = chunk * 10 + static_cast<unsigned long long>(c - '0');
            if (++chunk_digits == kChunkDigits) {
                result.coefficient_ = result.coefficient_ * power_of_ten(kChunkDigits) + chunk;
                chunk = 0;
                chunk_digits = 0;
            }
            if (seen_point) --result.exponent_;
            seen_digit = true;
        } else {
            return std::nullopt;
        }
    }
    if (!seen_digit) return std::nullopt;
    if (result.coefficient_ == 0) {
        result.coefficient_ = chunk;
    } else if (chunk_digits > 0) {
        result.coefficient_ =
            result.coefficient_ * power_of_ten(static_cast<unsigned>(chunk_digits)) + chunk;
    }
    if (negative) result.coefficient_ = -result.coefficient_;
    return result;
}

Decimal Decimal::negated() const {
    Decimal d = *this;
    d.coefficient_ = -d.coefficient_;
    return d;
}

Decimal Decimal::scaled(int places) const {
    Decimal d = *this;
    d.exponent_ += places;
    return d;
}

int Decimal::trailing_zeros() const {
    if (coefficient_ == 0) return 0;
    int zeros = 0;
    mp::cpp_int c = coefficient_;
    while (c % 10 == 0) {
        c /= 10;
        ++zeros;
    }
    return zeros;
}

Rational Decimal::value() const {
    // coefficient * 10^exponent, made in one step: 10^-n as a denominator.
    const mp::cpp_int& power = power_of_ten(magnitude(exponent_));
    if (exponent_ >= 0) return Rational(mp::cpp_rational(coefficient_ * power));
    return Rational(mp::cpp_rational(coefficient_, power));
}

std::string Decimal::to_string() const { return value().to_fixed(exponent_ < 0 ? -exponent_ : 0); }

std::string group_thousands(std::string_view plain) {
    std::string sign;
    if (!plain.empty() && plain.front() == '-') {
        sign = "-";
        plain.remove_prefix(1);
    }
    size_t point = plain.find('.');
    std::string_view integer = plain.substr(0, point);
    std::string fraction(point == std::string_view::npos ? "" : plain.substr(point));
    std::string grouped;
    for (size_t i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0) grouped += ',';
        grouped += integer[i];
    }
    return sign + grouped + fraction;
}

}  // namespace crossfoot
