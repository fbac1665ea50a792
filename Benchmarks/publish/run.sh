#!/usr/bin/env bash
# Publishing benchmark: `dpp generate` on the demo chain copied N times (N x 6 lots), release build.
#
# Usage: Benchmarks/publish/run.sh [N] [OTHER_DPP]
#   N          copies of the demo chain (default 1000: 6,000 passports, 48,000 events)
#   OTHER_DPP  another dpp binary (an earlier commit's release build) run in turns on the same input
#
# Prints wall time, CPU time (user + system) and peak memory of each run, best of 3, and the peak
# memory of reading the same events alone (`dpp events check`): what generating adds to it is
# what the site costs in memory. Run it on a quiet machine: nothing else building or testing.
set -euo pipefail
cd "$(dirname "$0")/../.."
copies="${1:-1000}"
other="${2:-}"
swift build -c release >/dev/null
dpp="$(swift build -c release --show-bin-path)/dpp"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/publish/make_chains.py "$copies" "$work/input"
cat "$work/input/events.jsonld" > /dev/null

measure() {  # binary label command...
  local binary="$1" label="$2"; shift 2
  local best=""
  for _ in 1 2 3; do
    rm -rf "$work/site"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$binary" "$@" > /dev/null 2>&1
    read -r wall user system rss < "$work/time"
    local line
    line=$(awk -v w="$wall" -v u="$user" -v s="$system" -v r="$rss" 'BEGIN { printf "%8.2f s wall %8.2f s CPU %8.1f MB peak", w, u + s, r / 1024 }')
    if [ -z "$best" ] || awk -v a="$line" -v b="$best" 'BEGIN { split(a, x, " "); split(b, y, " "); exit !(x[1] + 0 < y[1] + 0) }'; then best="$line"; fi
  done
  printf '%-28s %s\n' "$label" "$best"
}

generate=(generate --catalog "$work/input/catalog.json" --events "$work/input/events.jsonld" --out "$work/site" --at 2026-09-01)
for binary in "$dpp" ${other:+"$other"}; do
  name=$([ "$binary" = "$dpp" ] && echo "dpp" || echo "other")
  measure "$binary" "$name generate ($((copies * 6)) lots)" "${generate[@]}"
  measure "$binary" "$name events check (reading)" events check "$work/input/events.jsonld"
done
