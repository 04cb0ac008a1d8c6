// Reads arithmetic cases on stdin and prints crossfoot's answers, one line each, for
// check_arith.py to compare with Python's fractions. Every rational is printed rounded half
// away from zero to 30 decimals (Rational::to_fixed), so the rounding is checked too.
//   fig TEXT SCALE ZEROS   -> the printed figure's value and interval, in base units
//   div LO HI LO HI        -> the quotient of two intervals, or "none"
#include <iostream>
#include <sstream>
#include <string>

#include "crossfoot/decimal.h"
#include "crossfoot/figure.h"

namespace {

using namespace crossfoot;

constexpr int kPlaces = 30;

std::string fixed(const Rational& r) { return r.to_fixed(kPlaces); }

void figure(std::istringstream& in) {
    std::string text;
    int scale = 0;
    int zeros = 1;
    in >> text >> scale >> zeros;
    for (char& c : text) c = c == '_' ? ' ' : c;  // "$6.7_million"
    auto printed = parse_figure(text);
    if (!printed) {
        std::cout << "unread\n";
        return;
    }
    Figure f;
    f.value = printed->number.scaled(scale);
    f.trailing_zeros_significant = zeros != 0;
    Interval i = f.interval();
    std::cout << fixed(f.value.value()) << " " << fixed(i.lo) << " " << fixed(i.hi) << "\n";
}

void quotient(std::istringstream& in) {
    std::string a, b, c, d;
    in >> a >> b >> c >> d;
    auto q = Interval{*Rational::parse(a), *Rational::parse(b)}.divided_by(
        Interval{*Rational::parse(c), *Rational::parse(d)});
    if (!q) {
        std::cout << "none\n";
        return;
    }
    std::cout << fixed(q->lo) << " " << fixed(q->hi) << "\n";
}

}  // namespace

int main() {
    std::string line;
    while (std::getline(std::cin, line)) {
        std::istringstream in(line);
        std::string op;
        in >> op;
        if (op == "fig") {
            figure(in);
        } else if (op == "div") {
            quotient(in);
        } else {
            std::cout << "?\n";
        }
    }
    return 0;
}
