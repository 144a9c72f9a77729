#!/usr/bin/env bash
# Builds everything and runs every test, with g++ and with clang++ (the gcc and clang presets
# of CMakePresets.json: Debug, strict warnings as errors), installing what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
WEBFLOW_SCOPES_SETUP_TESTS=1 source scripts/setup.sh
for preset in gcc clang; do
  echo "== ${preset}"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  ctest --preset "$preset"
done
