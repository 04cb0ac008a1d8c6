#!/bin/sh
# Retakes the screenshots of the HTML report shown in README.md and docs/output.md
# (docs/img/report-*.png): the report's Chromium test, with CROSSFOOT_UPDATE_SCREENSHOTS=1 so
# that it copies each screenshot it takes into docs/img. Needs chromium and chromium-driver.
#   tests/report/screenshots.sh [build/dev/crossfoot]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(realpath "${1:-$root/build/dev/crossfoot}")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
CROSSFOOT_BIN="$bin" OUT_DIR="$out" CROSSFOOT_UPDATE_SCREENSHOTS=1 \
  node --test "$root/tests/report/report.test.mjs"
ls -l "$root"/docs/img/report-*.png
