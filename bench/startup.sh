#!/usr/bin/env bash
# Cold start-up of every command against a trivial JVM start, on the same machine in the same run.
# For each command, N pairs are run in turn (trivial JVM, command, trivial JVM, command, ...), so a
# machine that slows down or speeds up during the run moves both; the ratio is taken pair by pair
# and its median printed, with the medians of wall and CPU time, and the size of what was written.
# The trivial JVM is a class that prints "hi", started with the launcher's own JVM options.
# Also prints the date, the cores and /proc/loadavg before and after: on a shared machine quote
# ratios, not times. Needs only a JDK and python3.
# Usage: bench/startup.sh [PAIRS (default 10)] [COMMAND ...]   e.g. bench/startup.sh 20 handout sheet
set -euo pipefail
cd "$(dirname "$0")/.."
pairs="${1:-10}"; shift || true
commands=("$@")
[ ${#commands[@]} -eq 0 ] && commands=(version help list check handout card sheet sheets preview)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The jar and the class-data archive are made before anything is timed.
./movecard --version >/dev/null
./movecard card -o "$work/card.pdf" >/dev/null

mkdir -p "$work/hello"
cat > "$work/hello/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hi"); } }
JAVA
javac -d "$work/hello" "$work/hello/Hello.java"
trivial=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss1m -Xmx512m -Djava.awt.headless=true -cp "$work/hello" Hello)

clinic=data/examples/clinic.json
command_line() {
  case "$1" in
    version) echo "./movecard --version" ;;
    help) echo "./movecard --help" ;;
    list) echo "./movecard list" ;;
    check) echo "./movecard check" ;;
    handout) echo "./movecard handout -o $work/handout.pdf" ;;
    handout-large) echo "./movecard handout --large-print -o $work/handout-large.pdf" ;;
    card) echo "./movecard card -o $work/card.pdf" ;;
    card-none) echo "./movecard card --sheet none -o $work/card-none.pdf" ;;
    sheet) echo "./movecard sheet --clinic $clinic --patient Test --date 2026-01-02 --move chair-twist:3x10 --move palms-arch -o $work/sheet.pdf" ;;
    sheets) echo "./movecard sheets --clinic $clinic --csv data/examples/patients.csv --out-dir $work/sheets --combined $work/combined.pdf" ;;
    preview) echo "./movecard preview $work/card.pdf --out-dir $work/previews" ;;
    *) echo "unknown command to measure: $1" >&2; exit 2 ;;
  esac
}
output_of() {
  case "$1" in
    handout|handout-large|card|card-none|sheet) echo "$work/$1.pdf" ;;
    sheets) echo "$work/combined.pdf" ;;
    *) echo "" ;;
  esac
}

echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  cores: $(nproc)  load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
printf '%-14s %10s %10s %8s %8s %10s\n' command "wall (s)" "trivial" "ratio" "cpu×" "bytes"
for c in "${commands[@]}"; do
  line="$(command_line "$c")"
  python3 - "$pairs" "$line" "$(output_of "$c")" "$c" "${trivial[@]}" <<'PY'
import os, resource, shlex, statistics, subprocess, sys, time
pairs, line, output, name = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
trivial = sys.argv[5:]
command = shlex.split(line)

def run(argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu

run(trivial); run(command)  # warm the file cache
walls, bases, ratios, cpus = [], [], [], []
for _ in range(pairs):
    b, bc = run(trivial)
    a, ac = run(command)
    walls.append(a); bases.append(b); ratios.append(a / b); cpus.append(ac / bc if bc > 0 else float("nan"))
size = os.path.getsize(output) if output and os.path.exists(output) else ""
print(f"{name:<14} {statistics.median(walls):10.3f} {statistics.median(bases):10.3f} "
      f"{statistics.median(ratios):8.1f} {statistics.median(cpus):8.1f} {size!s:>10}")
PY
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)  (ratio: median over pairs of command wall / trivial JVM wall)"
