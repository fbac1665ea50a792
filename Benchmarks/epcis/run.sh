#!/usr/bin/env bash
# EPCIS reading benchmark: dpp (release build) reads generated EPCIS documents from XML and from
# JSON-LD, builds the trace graph and traces one carton back to its herder lots; beside it, on
# the same XML, xmllint --stream --noout (libxml2's own streaming parse, the floor) and Python
# lxml iterparse extracting the same fields. Best of RUNS runs each (default 2); a Markdown
# table on stdout.
#
#   Benchmarks/epcis/run.sh [EVENTS]        (default 1000000; data cached in /tmp/epcis-bench-EVENTS)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
EVENTS=${1:-1000000}
DATA=${DATA:-/tmp/epcis-bench-$EVENTS}
if [ ! -f "$DATA/events-03.xml" ]; then
    python3 "$HERE/generate_events.py" --events "$EVENTS" --files 4 --out "$DATA"
fi
(cd "$ROOT" && swift build -c release --product dpp >&2)
DPP="$ROOT/.build/release/dpp"
CARTON=$(cd "$HERE" && python3 -c 'from generate_events import sscc; print("https://id.gs1.org/00/" + sscc(0))')
XML=("$DATA"/events-0?.xml)
JSONLD=("$DATA"/events-0?.jsonld)
TIMING=$(mktemp)
OUTPUT=$(mktemp)
trap 'rm -f "$TIMING" "$OUTPUT"' EXIT

# measure NAME COMMAND...: one table row from the best wall time of RUNS runs, and its peak RSS
# (EVENTS_IN_RUN overrides the event count for a run over part of the files).
measure() {
    local name=$1 events=${EVENTS_IN_RUN:-$EVENTS}
    shift
    local best_seconds="" best_kib=""
    for _ in $(seq "${RUNS:-2}"); do
        /usr/bin/time -f "%e %M" -o "$TIMING" "$@" > "$OUTPUT"
        read -r seconds kib < "$TIMING"
        if [ -z "$best_seconds" ] || awk "BEGIN { exit !($seconds < $best_seconds) }"; then
            best_seconds=$seconds
            best_kib=$kib
        fi
    done
    LAST_KIB=$best_kib
    awk -v name="$name" -v s="$best_seconds" -v kib="$best_kib" -v n="$events" 'BEGIN {
        printf "| %s | %.2f | %.0f | %.0f | %.0f |\n", name, s, n / s, kib / 1024, kib * 1024 / n }'
}

echo "Input: $EVENTS events in 4 files; XML $(du -cb "${XML[@]}" | tail -1 | cut -f1) bytes, JSON-LD $(du -cb "${JSONLD[@]}" | tail -1 | cut -f1) bytes."
echo "Traced: $CARTON"
echo
echo "| reader | wall s | events/s | peak RSS MiB | peak RSS bytes/event |"
echo "| --- | ---: | ---: | ---: | ---: |"
measure "xmllint --stream --noout (XML)" xmllint --stream --noout "${XML[@]}"
measure "dpp trace, XML (read + graph + trace)" "$DPP" trace --events "${XML[@]}" "$CARTON" --format json
grep -q '"massFraction"' "$OUTPUT" || { echo "dpp trace found no origin" >&2; exit 1; }
measure "Python lxml iterparse (XML, same fields)" python3 "$HERE/lxml_iterparse.py" "${XML[@]}"
measure "dpp trace, JSON-LD (read + graph + trace)" "$DPP" trace --events "${JSONLD[@]}" "$CARTON" --format json
grep -q '"massFraction"' "$OUTPUT" || { echo "dpp trace found no origin" >&2; exit 1; }
ALL_KIB=$LAST_KIB

# Memory held per event: the peak of one file (a quarter of the events) against all four. Both
# peaks hold one file's bytes while reading it, so the difference is what the events and the
# graph take.
EVENTS_IN_RUN=$((EVENTS / 4)) measure "dpp trace, JSON-LD, first file only" "$DPP" trace --events "${JSONLD[0]}" "$CARTON" --format json
awk -v all="$ALL_KIB" -v one="$LAST_KIB" -v n="$EVENTS" 'BEGIN {
    printf "\nMemory held per event (events and trace graph), from the peaks of 4 files and of 1 file: %.0f bytes.\n", (all - one) * 1024 / (n * 3 / 4) }'
