#!/usr/bin/env bash
# Full runs of `dpp generate` into a tmpfs (/dev/shm), builds taking turns in the order given: the
# comparison of builds without the disk's inode allocation, which on this machine's ext4 makes
# full runs on disk uneven (see BENCHMARKS.md).
#
# Usage: Benchmarks/publish/tmpfs.sh LOTS DPP...
#   LOTS  production lots, as Benchmarks/publish/make_programme.py writes them
#   DPP   builds of dpp, run one after the other in the order given (give one twice to take turns:
#         NEW START START NEW)
#   RSS=1 in the environment also samples each run's resident memory every 0.5 s and prints its
#         highest value in each 10 s.
#
# Prints per run the wall, user and system time and the peak RSS (/usr/bin/time) and the stages
# (`--timings`). Every output: JSON-LD events, --key, --labels, --nginx. Run it on a quiet
# machine: nothing else building or testing.
set -euo pipefail
cd "$(dirname "$0")/../.."
lots="$1"
shift
work="$(mktemp -d /dev/shm/dpp-bench-XXXXXX)"
trap 'rm -rf "$work"' EXIT
source Benchmarks/publish/programme_input.sh
programme_input "$lots" "$work" "$1"
for build in "$@"; do
  rm -rf "$work/out"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$build" generate --catalog "$work/input/catalog.json" \
    --events "$work/input/events.jsonld" --out "$work/out/site" --at 2026-09-01 --key "$key" --labels --size 30x140 \
    --hangtag-size 50x110 --nginx "$work/out/nginx" --timings --quiet > /dev/null 2> "$work/stderr" &
  pid=$!
  if [ "${RSS:-}" = 1 ]; then
    start=$(date +%s%N)
    while kill -0 "$pid" 2> /dev/null; do
      child=$(pgrep -P "$pid" || true)
      [ -n "$child" ] && awk -v t="$(( ($(date +%s%N) - start) / 1000000 ))" '/VmRSS/ { print t, $2 }' "/proc/$child/status" 2> /dev/null || true
      sleep 0.5
    done > "$work/rss"
  fi
  wait "$pid" || { cat "$work/stderr"; exit 1; }
  read -r wall user system rss < "$work/time"
  echo "$build: $wall s wall, $user s user, $system s system, $(awk -v r="$rss" 'BEGIN { printf "%.1f", r / 1024 }') MB peak"
  grep -E '^Timings' "$work/stderr" | sed 's/^/  /'
  if [ "${RSS:-}" = 1 ]; then
    awk '{ bucket = int($1 / 10000) * 10; if ($2 > top[bucket]) top[bucket] = $2; if (bucket > last) last = bucket }
      END { line = "  RSS by 10 s (MB):"; for (b = 0; b <= last; b += 10) if (b in top) line = line sprintf(" %d:%d", b, top[b] / 1024); print line }' "$work/rss"
  fi
done
