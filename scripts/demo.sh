#!/usr/bin/env bash
# Builds and runs the demo (installing cmake, ninja and g++ first if they are missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
cmake -S . -B build/demo -G Ninja -DCMAKE_BUILD_TYPE=Release -DWEBFLOW_SCOPES_BUILD_TESTS=OFF >/dev/null
cmake --build build/demo --target webflow_scopes_demo
./build/demo/examples/webflow_scopes_demo
