#!/usr/bin/env bash
# Builds the benchmarks (the bench-gcc and bench-clang presets: Release) and runs them;
# prints each run's ratio table (scripts/bench_table.py). Usage: scripts/bench.sh [gcc|clang ...]
# Extra Google Benchmark flags can be passed in BENCH_ARGS, e.g. BENCH_ARGS=--benchmark_min_time=1.
set -euo pipefail
cd "$(dirname "$0")/.."
WEBFLOW_SCOPES_SETUP_BENCH=1 source scripts/setup.sh
compilers=("$@")
[ ${#compilers[@]} -gt 0 ] || compilers=(gcc clang)
status=0
for compiler in "${compilers[@]}"; do
  preset="bench-${compiler}"
  echo "== ${preset}"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" >/dev/null
  # 15 rounds, each running every benchmark once in random order: bench_table.py compares a
  # library run with the baseline run of the same round.
  "build/${preset}/bench/bench_scopes" --benchmark_repetitions=15 --benchmark_enable_random_interleaving=true \
      --benchmark_out="build/${preset}/bench.json" --benchmark_out_format=json ${BENCH_ARGS:-} >/dev/null
  python3 scripts/bench_table.py --compiler "$compiler" "build/${preset}/bench.json" || status=1  # 1: a target missed
done
exit $status
