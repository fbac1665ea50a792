#!/usr/bin/env bash
# EPCIS reading benchmark: dpp (release build) reads generated EPCIS documents from XML and from
# JSON-LD, builds the trace graph and traces one carton back to its herder lots; beside it, on
# the same XML, xmllint --stream --noout (libxml2's own streaming parse, the floor) and Python
# lxml iterparse extracting the same fields. Each measurement is the best wall time of RUNS runs
# (default 3), with its CPU time and peak memory; the input files are read into the page cache
# before every run, so that no reader pays for the disk. A Markdown report on stdout.
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

# measure NAME EVENTS FILES... -- COMMAND...: one table row from the best wall time of RUNS runs
# of COMMAND, with that run's CPU time (user + system) and peak RSS; FILES are read into the
# page cache before each run. Sets SECONDS_BEST and KIB_BEST.
measure() {
    local name=$1 events=$2
    shift 2
    local files=()
    while [ "$1" != "--" ]; do files+=("$1"); shift; done
    shift
    local cpu_best=""
    SECONDS_BEST=""
    KIB_BEST=""
    for _ in $(seq "${RUNS:-3}"); do
        cat "${files[@]}" > /dev/null
        /usr/bin/time -f "%e %U %S %M" -o "$TIMING" "$@" > "$OUTPUT"
        read -r seconds user system kib < "$TIMING"
        if [ -z "$SECONDS_BEST" ] || awk "BEGIN { exit !($seconds < $SECONDS_BEST) }"; then
            SECONDS_BEST=$seconds
            cpu_best=$(awk "BEGIN { print $user + $system }")
            KIB_BEST=$kib
        fi
    done
    awk -v name="$name" -v s="$SECONDS_BEST" -v cpu="$cpu_best" -v kib="$KIB_BEST" -v n="$events" 'BEGIN {
        printf "| %s | %.2f | %.2f | %.0f | %.0f | %.0f |\n", name, s, cpu, n / s, kib / 1024, kib * 1024 / n }'
}

# ratio_runs FLOOR_COMMAND -- DPP_COMMAND: the floor and dpp run in turn, RUNS times, each after
# the XML files are read into the page cache; prints the wall times of each pair and their
# ratios, and sets RATIO_BEST (best dpp time over best floor time) and RATIO_MEDIAN (median of
# the pairs' ratios). Taking turns keeps a slow spell of a shared machine from falling on one side.
ratio_runs() {
    local floor=() dpp=()
    while [ "$1" != "--" ]; do floor+=("$1"); shift; done
    shift
    local ratios=() floor_best="" dpp_best=""
    for run in $(seq "${RUNS:-3}"); do
        cat "${XML[@]}" > /dev/null
        /usr/bin/time -f "%e" -o "$TIMING" "${floor[@]}" > /dev/null
        local floor_seconds
        floor_seconds=$(cat "$TIMING")
        cat "${XML[@]}" > /dev/null
        /usr/bin/time -f "%e" -o "$TIMING" "$@" > "$OUTPUT"
        traced
        local dpp_seconds
        dpp_seconds=$(cat "$TIMING")
        ratios+=("$(awk "BEGIN { printf \"%.3f\", $dpp_seconds / $floor_seconds }")")
        echo "- pair $run: xmllint ${floor_seconds} s, dpp ${dpp_seconds} s, ratio ${ratios[-1]}"
        if [ -z "$floor_best" ] || awk "BEGIN { exit !($floor_seconds < $floor_best) }"; then floor_best=$floor_seconds; fi
        if [ -z "$dpp_best" ] || awk "BEGIN { exit !($dpp_seconds < $dpp_best) }"; then dpp_best=$dpp_seconds; fi
    done
    RATIO_BEST=$(awk "BEGIN { printf \"%.2f\", $dpp_best / $floor_best }")
    RATIO_MEDIAN=$(printf "%s\n" "${ratios[@]}" | sort -n | awk '{ values[NR] = $1 } END { printf "%.2f", NR % 2 ? values[(NR + 1) / 2] : (values[NR / 2] + values[NR / 2 + 1]) / 2 }')
}

traced() {
    grep -q '"massFraction"' "$OUTPUT" || { echo "dpp trace found no origin" >&2; exit 1; }
}

QUARTER=$((EVENTS / 4))
echo "Input: $EVENTS events in 4 files; XML $(du -cb "${XML[@]}" | tail -1 | cut -f1) bytes, JSON-LD $(du -cb "${JSONLD[@]}" | tail -1 | cut -f1) bytes."
echo "Traced: $CARTON; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start."
echo
echo "| reader | wall s | CPU s | events/s (wall) | peak RSS MiB | peak RSS bytes/event |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
measure "xmllint --stream --noout (XML)" "$EVENTS" "${XML[@]}" -- xmllint --stream --noout "${XML[@]}"
measure "dpp trace, XML (read + graph + trace)" "$EVENTS" "${XML[@]}" -- "$DPP" trace --events "${XML[@]}" "$CARTON" --format json
traced
XML_ALL_KIB=$KIB_BEST
measure "Python lxml iterparse (XML, same fields)" "$EVENTS" "${XML[@]}" -- python3 "$HERE/lxml_iterparse.py" "${XML[@]}"
measure "dpp trace, JSON-LD (read + graph + trace)" "$EVENTS" "${JSONLD[@]}" -- "$DPP" trace --events "${JSONLD[@]}" "$CARTON" --format json
traced
JSON_ALL_KIB=$KIB_BEST
# A JSON-LD file is held whole while it is parsed, so reading two at once holds two files' bytes
# at the peak; one at a time (--jobs 1) shows what the events themselves hold.
measure "dpp trace, JSON-LD, one file at a time (--jobs 1)" "$EVENTS" "${JSONLD[@]}" -- "$DPP" trace --events "${JSONLD[@]}" "$CARTON" --format json --jobs 1
traced
JSON_SEQUENTIAL_KIB=$KIB_BEST
# One file of the four: a quarter of the events. Both peaks hold the same fixed costs (the
# program, a file being read), so the difference is what the other three quarters' events and
# graph take.
measure "dpp trace, XML, first file only" "$QUARTER" "${XML[0]}" -- "$DPP" trace --events "${XML[0]}" "$CARTON" --format json
XML_ONE_KIB=$KIB_BEST
measure "dpp trace, JSON-LD, first file only" "$QUARTER" "${JSONLD[0]}" -- "$DPP" trace --events "${JSONLD[0]}" "$CARTON" --format json
JSON_ONE_KIB=$KIB_BEST
echo
echo "The speed target, xmllint --stream --noout and dpp trace on the same XML taking turns:"
echo
ratio_runs xmllint --stream --noout "${XML[@]}" -- "$DPP" trace --events "${XML[@]}" "$CARTON" --format json
echo
echo "dpp trace on the XML takes ${RATIO_MEDIAN} times the wall time of xmllint --stream --noout (median of the pairs; best against best: ${RATIO_BEST}; issue 17's goal: at most 1.0, and at most 2 times its CPU time, which the table above gives)."
awk -v xa="$XML_ALL_KIB" -v xo="$XML_ONE_KIB" -v ja="$JSON_ALL_KIB" -v js="$JSON_SEQUENTIAL_KIB" -v jo="$JSON_ONE_KIB" -v n="$((EVENTS - QUARTER))" 'BEGIN {
    printf "Memory held per event (events and trace graph), (peak for 4 files - peak for 1 file) / %d events (target: at most 1024 bytes): XML %.0f bytes; JSON-LD %.0f bytes with two files read at once, %.0f bytes one at a time.\n", n, (xa - xo) * 1024 / n, (ja - jo) * 1024 / n, (js - jo) * 1024 / n }'
