#!/bin/sh
# Digital Link validation benchmark: TextilePassport's GS1 module (DigitalLink.problems(in:), the
# check of ID-DIGITAL-LINK; release, best of three passes) beside PyPI biip (one pass) on the
# same list of URIs, in the same run. Times are processor seconds of each process, so that other
# work on a shared machine does not count.
# Usage: Benchmarks/gs1/run.sh [COUNT [BIIP_EVERY]]   (run from the package root)
#   COUNT       URIs generated (default 1000000)
#   BIIP_EVERY  biip parses every Nth URI of the list (default 1: all; biip needs about
#               1 ms of processor time per URI, so the whole list takes about 20 minutes)
set -eu
COUNT=${1:-1000000}
BIIP_EVERY=${2:-1}
WORK=${TMPDIR:-/tmp}/gs1-benchmark
mkdir -p "$WORK"
python3 Benchmarks/gs1/generate_uris.py "$COUNT" "$WORK/uris.txt"
swift build -c release --package-path Benchmarks/gs1 >/dev/null
printf 'parser\tURIs\taccepted\tprocessor seconds\tURIs per second\n'
"$(swift build -c release --package-path Benchmarks/gs1 --show-bin-path)/gs1-benchmark" "$WORK/uris.txt"
python3 Benchmarks/gs1/biip_benchmark.py "$WORK/uris.txt" "$BIIP_EVERY"
