#!/usr/bin/env bash
# Incremental publishing benchmark: for each build of `dpp` given, a full `dpp generate` of the
# national programme's lots (EPCIS JSON-LD, every output, the site on the disk of the work
# folder), then the site published again unchanged, then again with one lot changed.
#
# Usage: Benchmarks/publish/incremental.sh [LOTS] [DPP...]
#   LOTS  production lots (default 10000), as Benchmarks/publish/make_programme.py writes them
#   DPP   builds of dpp to compare, each run in turn on the same input (default: this tree's
#         release build, built first). To compare with an earlier commit, build it in a
#         worktree (`git worktree add /tmp/start COMMIT && swift build -c release` there) and
#         pass both binaries.
#
# The changed lot: the knitting event of KC-SW-2026-001-0 recorded a day later (its eventTime,
# changed in a copy of the JSON-LD file, the other bytes the same). Before each full run the
# previous site is deleted and left 61 s for its inodes to age (see programme.sh). Prints, per
# build and run, the wall and CPU time (user + system) and peak RSS (/usr/bin/time), the stages
# (`--timings`) and what the run reused. Run it on a quiet machine: nothing else building or testing.
set -euo pipefail
cd "$(dirname "$0")/../.."
lots="${1:-10000}"
shift || true
builds=("$@")
if [ "${#builds[@]}" -eq 0 ]; then
  swift build -c release >/dev/null
  builds=("$(swift build -c release --show-bin-path)/dpp")
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source Benchmarks/publish/programme_input.sh
programme_input "$lots" "$work" "${builds[0]}"
python3 - "$work/input/events.jsonld" "$work/input/one-lot-changed.jsonld" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
output = text.index('"outputQuantityList":[{"epcClass":"https://id.gs1.org/01/09521235000005/10/KC-SW-2026-001-0"')
time = text.rindex('"eventTime":"2026-08-03', 0, output)
assert output - time < 400, "the knitting event of KC-SW-2026-001-0"
changed = text[:time] + '"eventTime":"2026-08-04' + text[time + len('"eventTime":"2026-08-03'):]
open(sys.argv[2], "w", encoding="utf-8").write(changed)
PY

run() {  # build label events-file
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$1" generate --catalog "$work/input/catalog.json" --events "$work/input/$3" \
    --out "$work/site/site" --at 2026-09-01 --key "$key" --labels --size 30x140 --hangtag-size 50x110 --nginx "$work/site/nginx" \
    --timings --quiet > /dev/null 2> "$work/stderr" || { cat "$work/stderr"; exit 1; }
  read -r wall user system rss < "$work/time"
  awk -v l="$2" -v w="$wall" -v u="$user" -v s="$system" -v r="$rss" 'BEGIN {
    printf "  %s: %.2f s wall, %.2f s CPU, %.1f MB peak\n", l, w, u + s, r / 1024 }'
  grep -E '^(Timings|Unchanged)' "$work/stderr" | sed 's/^/    /'
}
for build in "${builds[@]}"; do
  echo "$build ($lots lots):"
  rm -rf "$work/site"
  sync
  sleep 61
  run "$build" "full run" events.jsonld
  run "$build" "published again unchanged" events.jsonld
  run "$build" "one lot changed" one-lot-changed.jsonld
done
