#!/usr/bin/env bash
# Throughput of `crossfoot check` against ripgrep extracting every number from the same files
# (issue 10, item 16): the shared corpus (../shared/corpus, text and HTML) copied COPIES times
# (default 10, about 76 MB), one job, side by side; then --jobs 2 against --jobs 1. Prints the
# median wall time of RUNS runs (default 3) of each, MB/s and the ratios. A benchmark, not a
# test: run it on a Release build, on an idle machine if the figures are to be quoted.
#
#   bench/throughput.sh [CROSSFOOT] [CORPUS_DIR] [COPIES] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build/release/crossfoot}
corpus=${2:-../shared/corpus}
copies=${3:-10}
runs=${4:-3}
[ -x "$bin" ] || { echo "no $bin: cmake --preset release && cmake --build --preset release"; exit 2; }
command -v rg >/dev/null || { echo "needs ripgrep: apt-get install ripgrep"; exit 2; }

scratch=build/bench-corpus
if [ "$(cat "$scratch/.copies" 2>/dev/null)" != "$corpus $copies" ]; then
  rm -rf "$scratch" && mkdir -p "$scratch"
  for i in $(seq 1 "$copies"); do
    mkdir -p "$scratch/copy$i"
    cp -r "$corpus/txt" "$corpus/html" "$scratch/copy$i/"
  done
  echo "$corpus $copies" > "$scratch/.copies"
fi
bytes=$(find "$scratch" -type f ! -name '.*' -printf '%s\n' | awk '{s += $1} END {print s}')
files=$(find "$scratch" -type f ! -name '.*' | wc -l)

# Median wall seconds of $runs runs of a command; its output is discarded. crossfoot exits 1
# when it has findings, rg 0: only a tool error (2) stops the benchmark.
median() {
  local times=()
  for _ in $(seq 1 "$runs"); do
    local start end code=0
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1 || code=$?
    end=$(date +%s.%N)
    [ "$code" -le 1 ] || { echo "failed ($code): $*" >&2; exit 2; }
    times+=("$(awk "BEGIN {print $end - $start}")")
  done
  printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p"
}

rate() { awk "BEGIN {printf \"%.1f\", $bytes / $1 / 1000000}"; }
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }

rg_time=$(median rg -j1 -o '[0-9][0-9,]*' "$scratch")
one=$(median "$bin" check --jobs 1 --format jsonl "$scratch")
two=$(median "$bin" check --jobs 2 --format jsonl "$scratch")

printf 'input: %d files, %s MB (%s copies of %s)\n' "$files" "$(rate 1)" "$copies" "$corpus"
printf '%-34s %8.2f s  %7s MB/s\n' "rg -j1 -o '[0-9][0-9,]*'" "$rg_time" "$(rate "$rg_time")"
printf '%-34s %8.2f s  %7s MB/s\n' "crossfoot check --jobs 1" "$one" "$(rate "$one")"
printf '%-34s %8.2f s  %7s MB/s\n' "crossfoot check --jobs 2" "$two" "$(rate "$two")"
printf 'crossfoot --jobs 1 / rg:   %sx the wall time (goal: at most 2)\n' "$(ratio "$one" "$rg_time")"
printf 'speed-up of --jobs 2:      %sx (goal: at least 1.8)\n' "$(ratio "$one" "$two")"
