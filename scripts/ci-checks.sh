#!/usr/bin/env bash
# The checks CI runs after scripts/test.sh (see .ci/run), each timed; every build is a preset
# of CMakePresets.json:
#   generated   tools/regenerate --check: every generated file (hash, endpoint table, docs
#               tables and outputs, single header) is what its sources give
#   release     the gcc-release and clang-release presets: build and run every test
#   compiled    the gcc-compiled preset: every test against webflow::scopes_compiled
#   format      clang-format --dry-run --Werror on every tracked C++ file (but generated ones)
#   noexcept    the noexcept preset: the examples and the CLI with -fno-exceptions -fno-rtti, run
#   sanitizers  the sanitizers preset (ASan+UBSan) and its tests
#   lint        scripts/lint.sh (clang-tidy 14, .clang-tidy)
#   fuzz        scripts/fuzz.sh for WEBFLOW_SCOPES_CI_FUZZ_SECONDS (default 20) per target
#   scripts/ci-checks.sh [CHECK...]      (default: all, in this order)
set -euo pipefail
cd "$(dirname "$0")/.."
WEBFLOW_SCOPES_SETUP_TESTS=1 WEBFLOW_SCOPES_SETUP_LINT=1 source scripts/setup.sh

build_and_test() {
  cmake --preset "$1" >/dev/null
  cmake --build --preset "$1"
  ctest --preset "$1"
}

check_generated() { python3 tools/regenerate --check; }

check_release() {
  build_and_test gcc-release
  build_and_test clang-release
}

check_compiled() { build_and_test gcc-compiled; }

check_format() {
  # Generated headers are excluded: each must stay byte for byte what its generator writes
  # (the generated check compares them).
  local files=()
  mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h' '*.cc' | grep -v -x -e 'include/webflow/scopes/endpoint_table.hpp' \
                       -e 'include/webflow/scopes/scope_hash.hpp' -e 'single_include/webflow/scopes.hpp')
  echo "format: ${#files[@]} files"
  clang-format --dry-run --Werror "${files[@]}"
}

check_noexcept() {
  cmake --preset noexcept >/dev/null
  cmake --build --preset noexcept
  build/noexcept/examples/webflow_scopes_demo >/dev/null
  build/noexcept/examples/webflow_scopes_least_privilege >/dev/null
  build/noexcept/examples/webflow_scopes_oauth_flow >/dev/null
  if [ -x build/noexcept/examples/cli/webflow-scopes ]; then  # built when fmt is found
    build/noexcept/examples/cli/webflow-scopes check "cms:read forms:read" >/dev/null
  fi
}

check_sanitizers() { build_and_test sanitizers; }

check_lint() { bash scripts/lint.sh; }

check_fuzz() { bash scripts/fuzz.sh "${WEBFLOW_SCOPES_CI_FUZZ_SECONDS:-20}"; }

checks=("$@")
[ ${#checks[@]} -gt 0 ] || checks=(generated release compiled format noexcept sanitizers lint fuzz)
for c in "${checks[@]}"; do
  echo "== ci-checks: $c"
  start=$SECONDS
  "check_$c"
  echo "== ci-checks: $c passed in $((SECONDS - start)) s"
done
