#!/usr/bin/env bash
# The kill test at length: `dpp generate` killed with SIGKILL at RUNS random moments, each time
# checking that the output folder is exactly the previous site or exactly the new one, then one
# full run that must leave nothing beside the site (PublishingFaultTests; `make test` runs 12).
#
# Usage: Benchmarks/publish/kill.sh [RUNS]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-300}"
swift build --build-tests >/dev/null
DPP_KILL_RUNS="$runs" swift test --skip-build --filter 'PublishingFaultTests/aRunKilledAtAnyMomentLeavesThePreviousSiteOrTheNewOne' 2>&1 |
  grep -E 'killed runs|✔|✘|Expectation'
