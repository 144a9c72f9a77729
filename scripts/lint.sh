#!/usr/bin/env bash
# clang-tidy 14 (.clang-tidy) over every translation unit of the tests and examples (the
# README's example included), and through them over the headers (HeaderFilterRegex), using
# the compile_commands.json of a clang build. Fails on any finding.
#   scripts/lint.sh [FILE_REGEX]        (default: every file; e.g. scripts/lint.sh 'test_parse')
# Not linted: tests/compile_fail/ (those files must fail to compile; the compile_fail_*
# targets that rebuild a test with a WEBFLOW_SCOPES_COMPILE_FAIL_* define are the same files
# as the tests, which are linted in their normal build).
set -euo pipefail
cd "$(dirname "$0")/.."
WEBFLOW_SCOPES_SETUP_TESTS=1 WEBFLOW_SCOPES_SETUP_LINT=1 source scripts/setup.sh
filter="${1:-.}"
dir=build/lint
jobs="${WEBFLOW_SCOPES_JOBS:-2}"
tidy="$(command -v clang-tidy-14 || command -v clang-tidy)"

cmake --preset lint >/dev/null
mkdir -p "$dir/tidy"
python3 - "$dir/compile_commands.json" "$dir/tidy/compile_commands.json" "$filter" >"$dir/tidy/files" <<'PY'
import json, re, sys
source, target, pattern = sys.argv[1], sys.argv[2], re.compile(sys.argv[3])
seen, kept = set(), []
for entry in json.load(open(source)):
    command = entry.get("command") or " ".join(entry.get("arguments", []))
    path = entry["file"]
    if "/tests/compile_fail/" in path or "WEBFLOW_SCOPES_COMPILE_FAIL_" in command:
        continue
    if path in seen or not pattern.search(path):
        continue
    seen.add(path)
    kept.append(entry)
json.dump(kept, open(target, "w"), indent=1)
print("\n".join(e["file"] for e in kept))
PY
count=$(wc -l <"$dir/tidy/files")
echo "lint: $tidy on $count files, $jobs at a time"
status=0
xargs -P "$jobs" -n 1 "$tidy" --quiet -p "$dir/tidy" <"$dir/tidy/files" >"$dir/tidy/output" 2>&1 || status=$?
# clang-tidy's own "N warnings generated" noise is not a finding; anything it flags is.
grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Use -system-headers' \
  "$dir/tidy/output" || true
if [ "$status" -ne 0 ]; then
  echo "lint: clang-tidy found problems (above)" >&2
  exit 1
fi
echo "lint: clean ($count files)"
