#!/usr/bin/env bash
# End-to-end benchmark of `./movecard handout` with a cold JVM each run: median wall time and peak
# resident memory over N runs (default 15), after one warm-up run that builds the jar and the
# class-data archive. Usage: bench/handout.sh [RUNS] [extra movecard handout options...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"; shift || true
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

./movecard handout -o "$out/warm.pdf" "$@" >/dev/null
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -a -o "$out/times" ./movecard handout -o "$out/h.pdf" "$@" >/dev/null
done
python3 - "$out/times" "$runs" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
wall = sorted(float(r[0]) for r in rows)
rss = [int(r[1]) / 1024 for r in rows]
print(f"runs: {sys.argv[2]}  median wall: {statistics.median(wall):.3f} s  "
      f"min: {wall[0]:.3f} s  max: {wall[-1]:.3f} s  peak RSS: {max(rss):.0f} MB")
PY
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
