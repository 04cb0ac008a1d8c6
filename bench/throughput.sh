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

# Median wall and CPU seconds of $runs runs of a command (bench/measure.py), as "WALL CPU";
# its output is discarded. crossfoot exits 1 when it has findings, rg 0: only a tool error (2)
# stops the benchmark.
median() {
  local lines=()
  for _ in $(seq 1 "$runs"); do
    local line code
    line=$(bench/measure.py -- "$@")
    code=$(echo "$line" | sed -E 's/.*exit (-?[0-9]+).*/\1/')
    [ "$code" -le 1 ] || { echo "failed ($code): $*: $line" >&2; exit 2; }
    lines+=("$(echo "$line" | sed -E 's/^wall +([0-9.]+) s +cpu +([0-9.]+) s.*/\1 \2/')")
  done
  printf '%s\n' "${lines[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p"
}

rate() { awk "BEGIN {printf \"%.1f\", $bytes / $1 / 1000000}"; }
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }

read -r rg_time rg_cpu <<< "$(median rg -j1 -o '[0-9][0-9,]*' "$scratch")"
read -r one one_cpu <<< "$(median "$bin" check --jobs 1 --format jsonl "$scratch")"
read -r two two_cpu <<< "$(median "$bin" check --jobs 2 --format jsonl "$scratch")"

printf 'input: %d files, %s MB (%s copies of %s); load average %s\n' "$files" "$(rate 1)" \
  "$copies" "$corpus" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %7s %7s %9s\n' "" "wall s" "cpu s" "MB/s wall"
printf '%-28s %7.2f %7.2f %9s\n' "rg -j1 -o '[0-9][0-9,]*'" "$rg_time" "$rg_cpu" "$(rate "$rg_time")"
printf '%-28s %7.2f %7.2f %9s\n' "crossfoot check --jobs 1" "$one" "$one_cpu" "$(rate "$one")"
printf '%-28s %7.2f %7.2f %9s\n' "crossfoot check --jobs 2" "$two" "$two_cpu" "$(rate "$two")"
printf 'crossfoot --jobs 1 / rg: %sx the wall time, %sx the CPU time (goal: at most 2)\n' \
  "$(ratio "$one" "$rg_time")" "$(ratio "$one_cpu" "$rg_cpu")"
printf 'speed-up of --jobs 2: %sx (goal: at least 1.8)\n' "$(ratio "$one" "$two")"
