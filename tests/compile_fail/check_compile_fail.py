#!/usr/bin/env python3
"""Compile one compile-fail case and check what the compiler says.

    check_compile_fail.py --cxx g++ --include DIR... [--lines 10] [--record FILE] CASE.cpp

The first line of CASE.cpp says what must happen:
    // expect: errc::unknown_scope 11 resource::pages access::write
        the compile fails, and every token appears within the first --lines lines of the
        compiler's output; the first token is the reason, whose line is reported. A number
        must appear as a template argument (g++ "= 11;" or "= {9}", clang "11UL").
    // expect: compiles
        the compile succeeds (the harness can build at all).
    // expect-mismatch: ...
        as expect, for a case built to fail the check (its CTest test is WILL_FAIL).
--record writes the output's first lines, from which tools/regenerate writes
docs/diagnostics.md. Exit status 0 when the case behaves as expected, 1 otherwise.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys


def token_pattern(token: str) -> re.Pattern[str]:
    if token.isdigit():
        return re.compile(rf"(= \{{?{token}[]}};,]|[<, ]{token}UL?[,>])")
    return re.compile(re.escape(token))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cxx", required=True)
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("--lines", type=int, default=10)
    parser.add_argument("--record")
    parser.add_argument("case")
    args = parser.parse_args()

    with open(args.case, encoding="utf-8") as f:
        first = f.readline().rstrip("\n")
    match = re.match(r"^// (expect|expect-mismatch): (.*)$", first)
    if not match:
        print(f"{args.case}:1: the first line must be '// expect: ...'", file=sys.stderr)
        return 1
    tokens = match.group(2).split()
    command = [args.cxx, "-std=c++20", "-fsyntax-only", *(f"-I{d}" for d in args.include), args.case]
    run = subprocess.run(command, capture_output=True, text=True, errors="replace")
    output = run.stdout + run.stderr
    lines = output.splitlines()
    if args.record:
        with open(args.record, "w", encoding="utf-8") as f:
            f.write("\n".join(lines[:12]) + "\n")

    if tokens == ["compiles"]:
        if run.returncode != 0:
            print(f"{args.case} must compile but did not:\n{output}", file=sys.stderr)
            return 1
        print(f"{args.case} compiled, as it must")
        return 0
    if run.returncode == 0:
        print(f"{args.case} compiled, but it must fail with: {' '.join(tokens)}", file=sys.stderr)
        return 1
    head = lines[: args.lines]
    reason_line = 0
    for token in tokens:
        pattern = token_pattern(token)
        found = next((n for n, line in enumerate(head, 1) if pattern.search(line)), 0)
        if found == 0:
            print(f"{args.case} failed to compile, but '{token}' is not in the first {args.lines} lines of the "
                  f"output (expected: {' '.join(tokens)}):\n{output}", file=sys.stderr)
            return 1
        reason_line = reason_line or found
    print(f"{args.case}: the reason is on line {reason_line} of {args.cxx}'s output, with {' '.join(tokens[1:])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
