#!/usr/bin/env bash
# HTTP benchmark of `movecard serve`: a warm desk handout over the API (median and 95th percentile
# of sequential requests after a warm-up), then 40 requests at once (all must be answered).
# Usage: bench/serve.sh [REQUESTS] [JSON body]   (default 200 requests, the whole bundled handout)
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-200}"
body="${2:-{\}}"
out="$(mktemp -d)"
./movecard serve --port 0 --data "$out/templates" >"$out/log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 300); do
  grep -q "serving http" "$out/log" && break
  sleep 0.1
done
address="$(grep -o 'http://[^ ]*' "$out/log" | head -1)"
[ -n "$address" ] || { echo "server did not start:"; cat "$out/log"; exit 1; } >&2
python3 - "$address" "$requests" "$body" <<'PY'
import concurrent.futures, statistics, sys, time, urllib.request
address, count, body = sys.argv[1], int(sys.argv[2]), sys.argv[3].encode()

def handout():
    request = urllib.request.Request(address + "api/handout", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        data = response.read()
        assert response.status == 200 and data.startswith(b"%PDF-"), response.status
    return time.perf_counter() - start, len(data)

for _ in range(100):          # warm-up: let the JIT compile the layout and PDF code
    handout()
times = sorted(handout()[0] for _ in range(count))
size = handout()[1]
print(f"handout ({size // 1024} KB): {count} sequential requests, median {statistics.median(times) * 1000:.1f} ms, "
      f"p95 {times[int(0.95 * len(times)) - 1] * 1000:.1f} ms, min {times[0] * 1000:.1f} ms")

start = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(40) as pool:
    results = list(pool.map(lambda _: handout()[0], range(40)))
wall = time.perf_counter() - start
print(f"40 concurrent requests: all {len(results)} answered in {wall:.2f} s, slowest {max(results) * 1000:.0f} ms")
PY
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
