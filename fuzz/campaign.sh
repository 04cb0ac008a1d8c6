#!/usr/bin/env bash
# A fuzzing campaign: every libFuzzer target in turn for SECONDS each (default 60), seeded from
# its corpus and the fixtures, in scratch corpora under build/fuzz/campaign/ (fuzz/corpus/ keeps
# its few hand-written seeds). Prints one line per target: executions, executions per second,
# coverage (edges, features) and corpus size; exits 1 when a target found a crash, which stays
# in build/fuzz/campaign/TARGET/ as crash-* for `-minimize_crash=1` and fuzz/crashers/.
#
#   fuzz/campaign.sh 400               # the one-hour campaign: 400 s for each of the nine targets
#   fuzz/campaign.sh 120 fuzz_formula  # two minutes of one target
#   FUZZ_JOBS=2 fuzz/campaign.sh 600   # two processes per target (libFuzzer -fork)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_text_ingest fuzz_pipe_tables fuzz_html fuzz_docx fuzz_figure
                                      fuzz_rule_file fuzz_config fuzz_formula fuzz_lsp_framing)
jobs=${FUZZ_JOBS:-1}
# One process stops at its first crash; forked ones go on and keep every crash.
fork=()
[ "$jobs" -le 1 ] || fork=(-fork="$jobs" -ignore_crashes=1)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]}" >/dev/null

# Seeds, dictionary and longest input of each target.
seeds_of() {
  case "$1" in
    fuzz_text_ingest) echo fuzz/corpus/text_ingest fixtures/seeds fixtures/layouts fixtures/rules ;;
    fuzz_pipe_tables) echo fuzz/corpus/pipe_tables fixtures/readers ;;
    fuzz_figure) echo fuzz/corpus/figure ;;
    fuzz_rule_file) echo fuzz/corpus/rule_file rules tests/data ;;
    fuzz_config) echo fuzz/corpus/config tests/data/config tests/data/rule_checks ;;
    fuzz_formula) echo fuzz/corpus/formula ;;
    fuzz_html) echo fuzz/corpus/html fixtures/formats ;;
    fuzz_docx) echo fuzz/corpus/docx ;;
    fuzz_lsp_framing) echo fuzz/corpus/lsp_framing ;;
  esac
}
dict_of() {
  case "$1" in
    fuzz_text_ingest | fuzz_pipe_tables | fuzz_html) echo fuzz/text_ingest.dict ;;
    fuzz_figure) echo fuzz/figure.dict ;;
    fuzz_docx | fuzz_lsp_framing) echo "" ;;
    *) echo fuzz/rules.dict ;;
  esac
}
max_len_of() {
  case "$1" in
    fuzz_text_ingest | fuzz_pipe_tables | fuzz_html | fuzz_docx) echo 20000 ;;
    *) echo 4096 ;;
  esac
}

status=0
printf '%-18s %8s %12s %10s %8s %8s %6s %s\n' target seconds execs execs/s edges features corpus crashes
for target in "${targets[@]}"; do
  work=build/fuzz/campaign/$target
  rm -rf "$work" && mkdir -p "$work/corpus"
  for dir in $(seeds_of "$target"); do
    # Inputs only: no goldens, no dot files; one flat copy, names made unique by their path.
    find "$dir" -type f ! -name '*.golden' ! -name '.*' | while read -r f; do
      cp "$f" "$work/corpus/$(echo "$f" | tr '/' '_')"
    done
  done
  dict=$(dict_of "$target")
  (cd "$work" && "../../fuzz/$target" -max_total_time="$seconds" -max_len="$(max_len_of "$target")" \
      ${dict:+-dict="../../../../$dict"} -print_final_stats=1 "${fork[@]}" \
      -timeout=10 -rss_limit_mb=2048 corpus > log.txt 2>&1) || true
  # The last status line ("#N DONE cov: E ft: F corp: C/...") and the final stats.
  last=$(grep -E '^#[0-9]+.*(cov|DONE)' "$work/log.txt" | tail -1)
  execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$work/log.txt" | grep -Eo '[0-9]+$' | tail -1)
  [ -n "$execs" ] || execs=$(echo "$last" | grep -Eo '^#[0-9]+' | tr -d '#')
  edges=$(echo "$last" | grep -Eo 'cov: [0-9]+' | grep -Eo '[0-9]+')
  features=$(echo "$last" | grep -Eo 'ft: [0-9]+' | grep -Eo '[0-9]+')
  corpus=$(echo "$last" | grep -Eo 'corp: [0-9]+' | grep -Eo '[0-9]+')
  crashes=$(find "$work" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'timeout-*' -o -maxdepth 1 -name 'oom-*' | wc -l)
  # libFuzzer's own rate: a run stopped by a crash ran less than $seconds.
  rate=$(grep -Eo 'stat::average_exec_per_sec: *[0-9]+' "$work/log.txt" | grep -Eo '[0-9]+$' | tail -1)
  [ -n "$rate" ] || rate=$(echo "$last" | grep -Eo 'exec/s: [0-9]+' | grep -Eo '[0-9]+')
  printf '%-18s %8s %12s %10s %8s %8s %6s %s\n' "$target" "$seconds" "${execs:-?}" \
    "${rate:-?}" "${edges:-?}" "${features:-?}" "${corpus:-?}" "$crashes"
  [ "$crashes" -eq 0 ] || status=1
done
exit $status
