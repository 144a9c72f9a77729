#!/usr/bin/env bash
# Builds the benchmarks (Release) with g++ and clang++ and runs them; prints each run's
# ratio table (scripts/bench_table.py). Usage: scripts/bench.sh [g++|clang++ ...]
# Extra Google Benchmark flags can be passed in BENCH_ARGS, e.g. BENCH_ARGS=--benchmark_min_time=1.
set -euo pipefail
cd "$(dirname "$0")/.."
WEBFLOW_SCOPES_SETUP_BENCH=1 source scripts/setup.sh
compilers=("$@")
[ ${#compilers[@]} -gt 0 ] || compilers=(g++ clang++)
status=0
for compiler in "${compilers[@]}"; do
  dir="build/bench-${compiler%++}"
  echo "== ${compiler}"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="$compiler" \
        -DWEBFLOW_SCOPES_BUILD_BENCHMARKS=ON -DWEBFLOW_SCOPES_BUILD_TESTS=OFF \
        -DWEBFLOW_SCOPES_BUILD_EXAMPLES=OFF >/dev/null
  cmake --build "$dir" -j 2 >/dev/null
  # 15 rounds, each running every benchmark once in random order: bench_table.py compares a
  # library run with the baseline run of the same round (see there).
  "$dir/bench/bench_scopes" --benchmark_repetitions=15 --benchmark_enable_random_interleaving=true \
      --benchmark_out="$dir/bench.json" --benchmark_out_format=json ${BENCH_ARGS:-} >/dev/null
  python3 scripts/bench_table.py --compiler "$compiler" "$dir/bench.json" || status=1  # 1: a target missed
done
exit $status
