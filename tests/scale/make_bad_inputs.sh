#!/usr/bin/env bash
# Stages the large and broken inputs of the bad-input suite (issue 10, item 15) in DIR: tables
# 2,000 and 10,000 columns wide, a 5 MiB release on one line and a rule file of 100,000
# concepts (bench/make_inputs.py), the seed cut short in the middle of a table and in the middle
# of a figure, the seed in UTF-16 cut to an odd number of bytes, a rule file and a config nested
# 100,000 arrays deep.
#
#   tests/scale/make_bad_inputs.sh SOURCE_DIR DIR
set -euo pipefail
cd "$1"
out=$2
seed=fixtures/seeds/001_bacc9e5458d3a0ba.txt
rm -rf "$out" && mkdir -p "$out/deep_rules" "$out/deep_config"
python3 bench/make_inputs.py "$out" wide_2000 wide_10000 long_line_5MB concepts_100k
# Cut inside the label of the balance sheet's first total, and inside its figure.
# (grep -m1, not | head -1: under pipefail a writer cut off by head fails the script.)
at=$(grep -m1 -b -o 'TOTAL CURRENT ASSETS' "$seed" | cut -d: -f1)
head -c $((at + 9)) "$seed" > "$out/cut_in_label.txt"
figure=$(grep -m1 -b -o '13,329' "$seed" | cut -d: -f1)
head -c $((figure + 3)) "$seed" > "$out/cut_in_figure.txt"
{ printf '\377\376'; iconv -f ASCII -t UTF-16LE "$seed"; } > "$out/utf16_odd.txt"
truncate -s 20001 "$out/utf16_odd.txt"
deep=$(python3 -c "print('[' * 100000 + ']' * 100000)")
printf '[vocabulary]\ntotal_words = %s\n' "$deep" > "$out/deep_rules/deep.toml"
printf 'select = %s\n' "$deep" > "$out/deep_config/crossfoot.toml"
