#!/usr/bin/env bash
# Runs every libFuzzer harness (built by `make fuzz-build`) for SECONDS each or RUNS inputs each,
# whichever ends first (0: no limit of that kind), over its seeds in Fixtures/fuzz/<harness>/
# (and the project's own files of that kind), keeping what it finds in .build/fuzz/corpus/.
# A crash, a leak, an input slower than 10 s or above 2 GB fails the run; the input is saved in
# .build/fuzz/artifacts/ to become a regression test. Prints the inputs run per harness.
#
# Usage: Fuzz/run.sh SECONDS RUNS [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="$1" runs="$2"
shift 2
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(json epcis-xml epcis-json digital-link schema catalog xlsx jws steps)
bin="$(swift build --package-path Fuzz -c release --show-bin-path)"
declare -A extra=([schema]="Schemas" [catalog]="Fixtures/demo" [epcis-xml]="Fixtures/demo" [epcis-json]="Fixtures/demo" [steps]="Fixtures/demo")
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
status=0
for harness in "${harnesses[@]}"; do
  corpus=".build/fuzz/corpus/$harness"
  artifacts=".build/fuzz/artifacts/$harness"
  mkdir -p "$corpus" "$artifacts"
  seeds=("Fixtures/fuzz/$harness")
  [ -n "${extra[$harness]:-}" ] && seeds+=("${extra[$harness]}")
  log=".build/fuzz/$harness.log"
  if "$bin/fuzz-$harness" -max_total_time="$seconds" -runs="$((runs > 0 ? runs : -1))" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" "${seeds[@]}" > "$log" 2>&1; then
    echo "fuzz-$harness: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') inputs, no crash, leak or hang"
  else
    echo "fuzz-$harness: FAILED (see $log; the input is in $artifacts/)"
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -5
    status=1
  fi
done
exit $status
