#!/bin/sh
# Digital Link parse+validate benchmark: TextilePassport's GS1 module (release, best of 3 passes)
# beside PyPI biip (one pass) on the same list of URIs, in the same run.
# Usage: Benchmarks/gs1/run.sh [COUNT]   (default 1000000; run from the package root)
set -eu
COUNT=${1:-1000000}
WORK=${TMPDIR:-/tmp}/gs1-benchmark
mkdir -p "$WORK"
python3 Benchmarks/gs1/generate_uris.py "$COUNT" "$WORK/uris.txt"
swiftc -O -wmo -module-name GS1Benchmark Sources/GS1/*.swift Benchmarks/gs1/main.swift -o "$WORK/gs1-benchmark"
printf 'parser\tURIs\taccepted\tseconds\tURIs/s\n'
"$WORK/gs1-benchmark" "$WORK/uris.txt"
python3 Benchmarks/gs1/biip_benchmark.py "$WORK/uris.txt"
