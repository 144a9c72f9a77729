#!/usr/bin/env bash
# Builds and runs the demo (the demo preset), installing cmake, ninja and g++ first if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
cmake --preset demo >/dev/null
cmake --build --preset demo --target webflow_scopes_demo
./build/demo/examples/webflow_scopes_demo
