#!/usr/bin/env bash
# Builds everything and runs every test, with g++ and with clang++, strict warnings as
# errors (installing what is missing first).
set -euo pipefail
cd "$(dirname "$0")/.."
WEBFLOW_SCOPES_SETUP_TESTS=1 source scripts/setup.sh
jobs=$(nproc 2>/dev/null || echo 2)
for compiler in g++ clang++; do
  dir="build/test-${compiler%++}"
  echo "== ${compiler}"
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER="$compiler" \
        -DWEBFLOW_SCOPES_WARNINGS_AS_ERRORS=ON >/dev/null
  cmake --build "$dir" -j "$jobs"
  ctest --test-dir "$dir" -j "$jobs" --output-on-failure
done
