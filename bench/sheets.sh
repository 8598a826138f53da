#!/usr/bin/env bash
# End-to-end benchmark of `./movecard sheets`: a generated CSV of fake patients ("Patient 0001"),
# one cold JVM per run, wall time and peak resident memory from GNU time.
#   bench/sheets.sh [ROWS] [extra movecard sheets options...]     default 1000 rows
#   MOVECARD_MAX_HEAP=256m bench/sheets.sh 10000                  the flat-memory check
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-1000}"; shift || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

moves=(
  "chair-twist: hold 20s, 3 times, 2 sets, both sides, twice a day; note: go slowly at first | palms-arch: hold 15s, 4 times, once a day"
  "chair-lean-back: hold 10s, 5 times, 3 times a day | lying-twist: hold 20-30s, 2 times, each side, once a day | hug-curl-up: 2 sets, every other day"
  "standing-rotation: 10 times, each side, twice a day | fist-extension: hold 10s, 3 times | foam-roller-roll: 10 reps, once a day"
)
{
  echo "patient,date,clinician,moves,notes"
  for i in $(seq 1 "$rows"); do
    printf 'Patient %04d,2026-11-25,Dr Rivera,"%s","Walk for ten minutes every day."\n' "$i" "${moves[$((i % 3))]}"
  done
} > "$work/patients.csv"

./movecard sheet --clinic data/examples/clinic.json --patient "Warm Up" --move chair-twist -o "$work/warm.pdf" >/dev/null
/usr/bin/time -f "%e %M" -o "$work/time" ./movecard sheets --clinic data/examples/clinic.json \
  --csv "$work/patients.csv" --out-dir "$work/out" "$@" > "$work/stdout" 2>"$work/stderr"
cat "$work/stdout"
read -r wall rss < "$work/time"
count=$(find "$work/out" -name '*.pdf' | wc -l)
size=$(du -sm "$work/out" | cut -f1)
python3 - "$rows" "$wall" "$rss" "$count" "$size" <<'PY'
import sys
rows, wall, rss, count, size = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
print(f"rows: {rows}  sheets written: {count}  wall: {wall:.2f} s  "
      f"sheets/s: {count / wall:.0f}  peak RSS: {rss / 1024:.0f} MB  output: {size} MB")
PY
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), heap ${MOVECARD_MAX_HEAP:-512m}"
