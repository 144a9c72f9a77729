#!/usr/bin/env python3
"""Checks that parse()'s work grows linearly with its input, counting instructions.

    check_linear.py PROGRAM

For each kind of input, runs `PROGRAM KIND N` under valgrind's callgrind at N, 2N and 4N
bytes and compares the instructions each doubling adds: linear work adds the same again
(a ratio of 2 between the second and the first increase), quadratic work four times as
much. Instructions, not time: the count is the same on a busy machine. Skipped (77)
without valgrind.
"""

import re
import shutil
import subprocess
import sys

KINDS = ("plain", "skips", "encoded", "token", "separators")
SIZES = (1 << 15, 1 << 16, 1 << 17)
BOUNDS = (1.8, 2.2)


def instructions(program: str, kind: str, size: int) -> int:
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", program, kind, str(size)],
                         capture_output=True, text=True, timeout=600)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or not found:
        raise SystemExit(f"{program} {kind} {size} under callgrind failed:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind not found: skipped")
        return 77
    program = sys.argv[1]
    failed = False
    for kind in KINDS:
        counts = [instructions(program, kind, size) for size in SIZES]
        first, second = counts[1] - counts[0], counts[2] - counts[1]
        ratio = second / first
        ok = BOUNDS[0] <= ratio <= BOUNDS[1]
        failed |= not ok
        print(f"{kind:<11} instructions at {', '.join(map(str, SIZES))} bytes: {', '.join(map(str, counts))}; "
              f"the second doubling adds {ratio:.3f} times the first ({'linear' if ok else 'NOT linear'})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
