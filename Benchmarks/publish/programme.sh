#!/usr/bin/env bash
# National-programme publishing benchmark: `dpp generate` with every output, release build.
#
# Usage: Benchmarks/publish/programme.sh [LOTS] [RUNS]
#   LOTS  production lots (default 10000; rounded up to whole copies of the demo chain, 6 lots
#         each), over 500 SKUs and 200 herder groups (Benchmarks/publish/make_programme.py)
#   RUNS  runs of each form, the best kept (default 3)
#
# Every output: passports (UNTP 0.7.0) signed with VC-JOSE and their status list, consumer
# pages in every language, product pages, QR codes (SVG, PNG), linksets and the resolver
# description, the nginx configuration, traceability event and facility record credentials
# (signed), and each lot's care label (30x140 mm) and hang tag (50x110 mm: the programme's
# numbered product names are longer than the demo's) as SVG and PDF. The input is read in both forms
# the tool takes: EPCIS 2.0 JSON-LD and step rows (CSV). Prints, per form, the wall time, CPU
# time (user + system), peak RSS (/usr/bin/time), passports per second and the wall time of each
# stage (`dpp generate --timings`) of the best run; then the incremental runs (the site published
# again unchanged, and with one lot changed) with what they reused. With PERF=1 it then records one run of the
# EPCIS form with perf and prints where the CPU goes, by module (Benchmarks/publish/perf_modules.py).
# Run it on a quiet machine: nothing else building or testing.
set -euo pipefail
cd "$(dirname "$0")/../.."
lots="${1:-10000}"
runs="${2:-3}"
swift build -c release >/dev/null
dpp="$(swift build -c release --show-bin-path)/dpp"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
source Benchmarks/publish/programme_input.sh
programme_input "$lots" "$work" "$dpp"
count=$(python3 -c "import math,sys; print(math.ceil(int(sys.argv[1]) / 6) * 6)" "$lots")
du -sh "$work/input"/* | sed 's/^/input: /'

# Removes the last run's site before the next run. On ext4 without a journal, inodes deleted in
# the last 60 s (300 s while their inode table block is unwritten) are passed over when new ones
# are allocated (fs/ext4/ialloc.c, recently_deleted), so a run right after a site of hundreds of
# thousands of files is deleted spends most of its time in the kernel, looking for inodes: the
# deletion is written out and left to age first.
clear_site() {
  if [ -e "$work/site" ]; then
    rm -rf "$work/site" "$work/nginx" "$work/status"
    sync
    sleep 61
  fi
}

for form in events.jsonld steps.csv; do
  cat "$work/input/$form" > /dev/null
  best=""
  for _ in $(seq "$runs"); do
    clear_site
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$dpp" generate --catalog "$work/input/catalog.json" \
      --events "$work/input/$form" --out "$work/site" --at 2026-09-01 --key "$key" --labels --size 30x140 --hangtag-size 50x110 \
      --nginx "$work/nginx" --timings --quiet > /dev/null 2> "$work/stderr" || { cat "$work/stderr"; exit 1; }
    read -r wall user system rss < "$work/time"
    if [ -z "$best" ] || awk -v a="$wall" -v b="${best%% *}" 'BEGIN { exit !(a + 0 < b + 0) }'; then
      best="$wall $user $system $rss"
      grep '^Timings: ' "$work/stderr" > "$work/timings"
      files=$(find "$work/site" -type f | wc -l)
      bytes=$(du -sm "$work/site" | cut -f1)
    fi
  done
  read -r wall user system rss <<< "$best"
  awk -v f="$form" -v w="$wall" -v u="$user" -v s="$system" -v r="$rss" -v n="$count" -v files="$files" -v mb="$bytes" 'BEGIN {
    printf "dpp generate, %s (%d lots): %.2f s wall, %.2f s CPU, %.1f MB peak, %.0f passports/s; site: %d files, %d MB\n",
      f, n, w, u + s, r / 1024, n / w, files, mb
  }'
  sed 's/^Timings: /  stages: /' "$work/timings"
done

# Incremental publishing: the last run's site published again from the step rows, unchanged,
# then with one lot changed (its knitting recorded a day later: its production date changes).
rerun() {  # label steps-file
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$dpp" generate --catalog "$work/input/catalog.json" --events "$2" \
    --out "$work/site" --at 2026-09-01 --key "$key" --labels --size 30x140 --hangtag-size 50x110 --nginx "$work/nginx" --timings --quiet > /dev/null 2> "$work/stderr" \
    || { cat "$work/stderr"; exit 1; }
  read -r wall user system rss < "$work/time"
  awk -v l="$1" -v w="$wall" -v u="$user" -v s="$system" -v r="$rss" 'BEGIN {
    printf "dpp generate again, %s: %.2f s wall, %.2f s CPU, %.1f MB peak\n", l, w, u + s, r / 1024 }'
  grep -E '^(Unchanged|Timings)' "$work/stderr" | sed 's/^/  /'
}
rerun "nothing changed" "$work/input/steps.csv"
python3 -c "
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8')))
changed = [row for row in rows if row[3] == 'knitting' and row[6] == 'KC-SW-2026-001-0']
assert len(changed) == 1, 'the knitting row of KC-SW-2026-001-0'
changed[0][1] = changed[0][1].replace('2026-08-03', '2026-08-04')
csv.writer(open(sys.argv[2], 'w', encoding='utf-8', newline=''), lineterminator='\n').writerows(rows)" \
  "$work/input/steps.csv" "$work/input/one-lot-changed.csv"
rerun "one lot changed" "$work/input/one-lot-changed.csv"

if [ "${PERF:-0}" = 1 ]; then
  clear_site
  perf record -g -o "$work/perf.data" "$dpp" generate --catalog "$work/input/catalog.json" --events "$work/input/events.jsonld" \
    --out "$work/site" --at 2026-09-01 --key "$key" --labels --size 30x140 --hangtag-size 50x110 --nginx "$work/nginx" --quiet > /dev/null 2>&1
  perf report -i "$work/perf.data" --no-children --sort dso,sym --stdio -g none 2> /dev/null | python3 Benchmarks/publish/perf_modules.py
fi
