#!/usr/bin/env python3
"""Differential test of crossfoot's exact arithmetic against Python's fractions.

Generates printed figures and interval quotients from a fixed seed, asks crossfoot
(arith_driver, on stdin) for their values, intervals and quotients, computes the same with
fractions.Fraction, and compares the results rounded half away from zero to 30 decimals.
Usage: check_arith.py DRIVER [CASES]
"""
import random
import subprocess
import sys
from fractions import Fraction

PLACES = 30
SCALE_WORDS = {"thousand": 3, "million": 6, "billion": 9}


def fixed(value: Fraction) -> str:
    """Rounds half away from zero to PLACES decimals, as Rational::to_fixed does."""
    scaled = abs(value) * 10**PLACES
    q = (scaled.numerator * 2 + scaled.denominator) // (scaled.denominator * 2)
    digits = str(q).rjust(PLACES + 1, "0")
    text = digits[:-PLACES] + "." + digits[-PLACES:]
    return ("-" if value < 0 and q != 0 else "") + text


def grouped(integer: str) -> str:
    out = ""
    while len(integer) > 3:
        out = "," + integer[-3:] + out
        integer = integer[:-3]
    return integer + out


def make_figure(rng: random.Random):
    """A printed figure and its exact value, places and scale word."""
    integer = str(rng.randint(0, 10 ** rng.randint(1, 12)))
    places = rng.choice([0, 0, 0, 1, 2, 3])
    fraction = "".join(rng.choice("0123456789") for _ in range(places))
    digits = Fraction(int(integer + fraction), 10**places)
    text = grouped(integer) + ("." + fraction if places else "")
    exponent = -places
    negative = rng.random() < 0.3
    word = rng.choice([None, None, None, "thousand", "million", "billion"])
    percent = word is None and rng.random() < 0.15
    if word:
        text += "_" + word
        digits *= 10 ** SCALE_WORDS[word]
        exponent += SCALE_WORDS[word]
    if percent:
        text += "%"
    if negative:
        # Parentheses around a figure with a scale word ("($6.7 million)") are not a form the
        # parser reads; a minus sign is.
        parenthesized = word is None and rng.random() < 0.7
        text = "(" + text + ")" if parenthesized else "-" + text
        digits = -digits
    if not percent and rng.random() < 0.5:
        text = "$" + text if not text.startswith("-") else "-$" + text[1:]
    return text, digits, exponent


def figure_case(rng: random.Random):
    text, value, exponent = make_figure(rng)
    scale = rng.choice([0, 0, 3, 6])
    zeros = rng.choice([1, 1, 0])
    value *= 10**scale
    exponent += scale
    significant = exponent
    if not zeros and value != 0:
        coefficient = abs(value) / Fraction(10) ** exponent
        while coefficient.denominator == 1 and coefficient % 10 == 0:
            coefficient /= 10
            significant += 1
    half = Fraction(10) ** significant / 2
    expected = f"{fixed(value)} {fixed(value - half)} {fixed(value + half)}"
    return f"fig {text} {scale} {zeros}", expected


def decimal_text(rng: random.Random):
    places = rng.randint(0, 4)
    value = Fraction(rng.randint(-10**8, 10**8), 10**places)
    return value, to_text(value, places)


def to_text(value: Fraction, places: int) -> str:
    scaled = value * 10**places
    assert scaled.denominator == 1
    n = abs(scaled.numerator)
    digits = str(n).rjust(places + 1, "0")
    text = digits[:-places] + "." + digits[-places:] if places else digits
    return ("-" if value < 0 else "") + text


def quotient_case(rng: random.Random):
    a, at = decimal_text(rng)
    b, bt = decimal_text(rng)
    c, ct = decimal_text(rng)
    d, dt = decimal_text(rng)
    lo, hi = min(a, b), max(a, b)
    dlo, dhi = min(c, d), max(c, d)
    line = f"div {to_text(lo, 4)} {to_text(hi, 4)} {to_text(dlo, 4)} {to_text(dhi, 4)}"
    if dlo <= 0 <= dhi:
        return line, "none"
    candidates = [lo / dlo, lo / dhi, hi / dlo, hi / dhi]
    return line, f"{fixed(min(candidates))} {fixed(max(candidates))}"


def main() -> int:
    driver = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    rng = random.Random(20261202)
    cases = [figure_case(rng) if i % 2 == 0 else quotient_case(rng) for i in range(count)]
    stdin = "".join(line + "\n" for line, _ in cases)
    result = subprocess.run([driver], input=stdin, capture_output=True, text=True, check=True)
    answers = result.stdout.splitlines()
    if len(answers) != len(cases):
        print(f"{len(cases)} cases but {len(answers)} answers", file=sys.stderr)
        return 1
    failures = [(line, want, got) for (line, want), got in zip(cases, answers) if want != got]
    for line, want, got in failures[:20]:
        print(f"{line}\n  python:    {want}\n  crossfoot: {got}", file=sys.stderr)
    print(f"{len(cases) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
