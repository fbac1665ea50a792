#!/usr/bin/env bash
# Label benchmark: `dpp labels` on the demo chain copied N times (N x 6 lots), release build.
#
# Usage: Benchmarks/labels/run.sh [N [OTHER_DPP]]
#   N          copies of the demo chain (default 1667: 10,002 lots, each with a care label and
#              a hang tag as SVG and PDF, 40,008 files)
#   OTHER_DPP  an earlier build's release `dpp`, run on the same input in the same run, its
#              runs alternating with this build's (no peer renders textile labels)
#
# Prints, best of 3, the wall time, CPU time and peak memory of the run and the labels (one
# kind, one format) drawn per second. The passports are assembled and checked first, as in
# `dpp generate`; `dpp generate` on the same input (Benchmarks/publish/run.sh) is that share.
# Run it on a quiet machine: nothing else building or testing.
set -euo pipefail
cd "$(dirname "$0")/../.."
copies="${1:-1667}"
swift build -c release >/dev/null
dpp="$(swift build -c release --show-bin-path)/dpp"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 Benchmarks/publish/make_chains.py "$copies" "$work/input"
lots=$((copies * 6))
builds=("$dpp")
if [ -n "${2:-}" ]; then builds+=("$2"); fi
declare -A best
for _ in 1 2 3; do
  for build in "${builds[@]}"; do
    rm -rf "$work/labels"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$build" labels --catalog "$work/input/catalog.json" \
      --events "$work/input/events.jsonld" --out "$work/labels" --at 2026-09-01 > /dev/null 2>&1
    read -r wall user system rss < "$work/time"
    previous="${best[$build]:-}"
    if [ -z "$previous" ] || awk -v a="$wall" -v b="${previous%% *}" 'BEGIN { exit !(a + 0 < b + 0) }'; then best[$build]="$wall $user $system $rss"; fi
  done
done
for build in "${builds[@]}"; do
  read -r wall user system rss <<< "${best[$build]}"
  awk -v d="$build" -v w="$wall" -v u="$user" -v s="$system" -v r="$rss" -v n="$lots" 'BEGIN {
    printf "%s labels (%d lots): %.2f s wall, %.2f s CPU, %.1f MB peak, %.0f labels/s (SVG and PDF, both kinds: %d files)\n", d, n, w, u + s, r / 1024, 4 * n / w, 4 * n
  }'
done
