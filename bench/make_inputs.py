#!/usr/bin/env python3
"""Writes the large inputs bench/resources.sh measures, into DIR (never stored in the tree).

    bench/make_inputs.py DIR [NAME...]

NAME picks some of them (the tests make the small ones): wide_2000, wide_10000,
long_line_5MB, long_line_50MB, concepts_100k; all but long_line_5MB by default.

- wide_2000.txt, wide_10000.txt: a release whose one table has 2,000 / 10,000 columns of
  figures (three items and their total in each column, every total correct);
- long_line_50MB.txt: the seed release with its line breaks replaced by spaces, repeated to
  50 MiB: a release stored on one line;
- concepts_100k/concepts.toml: a rule file of 100,000 concepts, for --rules.
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "fixtures", "seeds", "001_bacc9e5458d3a0ba.txt")
WIDTH = 12  # characters per column


def row(label, figures):
    return f" {label:<40}" + "".join(f"{f:>{WIDTH},}" for f in figures) + "\n"


def wide_table(columns):
    items = [[1000 + (c * 7) % 900, 200 + (c * 13) % 700, 30 + (c * 3) % 60] for c in range(columns)]
    rule = " " + " " * 40 + ("-" * (WIDTH - 2)).rjust(WIDTH) * columns + "\n"
    years = " " + " " * 40 + "".join(f"{1000 + c:>{WIDTH}}" for c in range(columns)) + "\n"
    return ("The tables below show the balances of the segments.\n\n"
            "                        BALANCES\n"
            "                     (in thousands)\n\n" + years + rule +
            row("Segment receivables", [i[0] for i in items]) +
            row("Segment inventories", [i[1] for i in items]) +
            row("Segment prepaid expenses", [i[2] for i in items]) + rule +
            row("TOTAL CURRENT ASSETS", [sum(i) for i in items]))


def long_line(size):
    with open(SEED, encoding="ascii") as f:
        text = f.read().replace("\r", " ").replace("\n", " ")
    out = text * (size // len(text) + 1)
    return out[:size]


def concepts(count):
    parts = []
    for n in range(count):
        parts.append(f'[[concept]]\nid = "bench_concept_{n}"\nnature = "amount"\n'
                     f'words = ["bench line {n}", "bench item+{n}"]\n\n')
    return "".join(parts)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="ascii") as f:
        f.write(text)


MAKERS = {
    "wide_2000": ("wide_2000.txt", lambda: wide_table(2000)),
    "wide_10000": ("wide_10000.txt", lambda: wide_table(10000)),
    "long_line_5MB": ("long_line_5MB.txt", lambda: long_line(5 << 20)),
    "long_line_50MB": ("long_line_50MB.txt", lambda: long_line(50 << 20)),
    "concepts_100k": ("concepts_100k/concepts.toml", lambda: concepts(100_000)),
}


def main(argv):
    if not argv or any(name not in MAKERS for name in argv[1:]):
        sys.exit(__doc__)
    names = argv[1:] or [name for name in MAKERS if name != "long_line_5MB"]
    for name in names:
        path, make = MAKERS[name]
        write(os.path.join(argv[0], path), make())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
