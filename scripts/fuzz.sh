#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ (the fuzz preset: clang++, Release, ASan+UBSan)
# and runs each for a bounded time, then prints the executions per target and in total.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]          (default 60)
#   WEBFLOW_SCOPES_FUZZ_TARGETS="parse oauth" scripts/fuzz.sh 300   (only these targets)
# New inputs go to build/fuzz/corpus/<target>/ (the committed seeds in tests/fuzz/corpus/ are
# read, never written); a crash or a violated property leaves build/fuzz/artifacts/<target>-*
# and makes the script fail. Add such an input to tests/fuzz/corpus/<target>/ once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
WEBFLOW_SCOPES_SETUP_TESTS=1 source scripts/setup.sh
dir="${WEBFLOW_SCOPES_FUZZ_DIR:-build/fuzz}"  # another dir lets two runs go at once
jobs="${WEBFLOW_SCOPES_JOBS:-2}"

targets=()
if [ -n "${WEBFLOW_SCOPES_FUZZ_TARGETS:-}" ]; then
  read -r -a targets <<<"$WEBFLOW_SCOPES_FUZZ_TARGETS"
else
  for f in tests/fuzz/fuzz_*.cpp; do
    name="$(basename "$f" .cpp)"
    targets+=("${name#fuzz_}")
  done
fi

cmake --preset fuzz -B "$dir" >/dev/null
build_targets=()
for t in "${targets[@]}"; do build_targets+=("fuzz_$t"); done
cmake --build "$dir" -j "$jobs" --target "${build_targets[@]}"

mkdir -p "$dir/artifacts"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
total=0
failed=()
summary=()
for t in "${targets[@]}"; do
  mkdir -p "$dir/corpus/$t"
  log="$dir/fuzz_$t.log"
  echo "== fuzz_$t: ${seconds}s"
  status=0
  "$dir/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 -max_len=4096 \
      -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$dir/artifacts/$t-" \
      "$dir/corpus/$t" "tests/fuzz/corpus/$t" >"$log" 2>&1 || status=$?
  runs="$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)"
  runs="${runs:-0}"
  total=$((total + runs))
  if [ "$status" -ne 0 ]; then
    failed+=("$t")
    grep -E "ERROR|property violated|SUMMARY|Test unit written" "$log" | head -n 20 || true
  fi
  summary+=("$(printf '%-16s %12s executions%s' "fuzz_$t" "$runs" "$([ "$status" -ne 0 ] && echo '  FAILED (see '"$log"')')")")
  echo "${summary[-1]}"
done
echo "== summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
printf '%-16s %12s executions\n' "total" "$total"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in: ${failed[*]}" >&2
  exit 1
fi
