#!/usr/bin/env bash
# docs/scale.md's sharded run, locally: the releases under fixtures/ listed one per line, cut
# into four shards by GNU parallel (--pipe), each shard checked by its own crossfoot with
# --files-from - --format jsonl. The union of the shards' lines must be the lines of one run,
# and a file's line must not depend on --jobs.
#
#   tests/scale/shards.sh CROSSFOOT SOURCE_DIR WORK_DIR
set -euo pipefail
bin=$1
cd "$2"
work=$3
rm -rf "$work" && mkdir -p "$work"

find fixtures -name '*.txt' | LC_ALL=C sort > "$work/list"
n=$(wc -l < "$work/list")
[ "$n" -ge 8 ] || { echo "too few releases under fixtures/: $n"; exit 1; }

# Exit 1 is findings; only 2 (a tool error) fails a shard.
"$bin" check --format jsonl --checks --files-from "$work/list" > "$work/one.jsonl" || [ $? -eq 1 ]
"$bin" check --format jsonl --checks --jobs 4 --files-from - < "$work/list" \
  > "$work/jobs4.jsonl" || [ $? -eq 1 ]
parallel --will-cite --pipe -N $(( (n + 3) / 4 )) -j 4 --joblog "$work/joblog" \
  "$bin check --format jsonl --checks --files-from - || [ \$? -eq 1 ]" \
  < "$work/list" > "$work/shards.jsonl"

shards=$(tail -n +2 "$work/joblog" | wc -l)
[ "$shards" -eq 4 ] || { echo "expected 4 shards, parallel ran $shards jobs"; exit 1; }
failed=$(tail -n +2 "$work/joblog" | awk '$7 != 0' | wc -l)
[ "$failed" -eq 0 ] || { echo "a shard failed:"; cat "$work/joblog"; exit 1; }

lines=$(wc -l < "$work/one.jsonl")
[ "$lines" -eq "$n" ] || { echo "one run wrote $lines lines for $n files"; exit 1; }
grep -q '"status":"fail"' "$work/one.jsonl" || { echo "no failed relation in fixtures/"; exit 1; }
for run in shards jobs4; do
  if ! cmp -s <(LC_ALL=C sort "$work/one.jsonl") <(LC_ALL=C sort "$work/$run.jsonl"); then
    echo "$run: the lines differ from one run's:"
    diff <(LC_ALL=C sort "$work/one.jsonl" | cut -c1-200) <(LC_ALL=C sort "$work/$run.jsonl" | cut -c1-200) | head -20
    exit 1
  fi
done
echo "$n files: one run, --jobs 4 and four parallel shards agree line for line"
