#!/usr/bin/env python3
"""Find scope_hash_multiplier for include/webflow/scopes/parse.hpp.

parse()'s fast path finds a scope with one probe of a 2**scope_hash_bits-slot table, hashed as
((w0 ^ w1 ^ w2) * multiplier) >> (64 - bits), where w0..w2 are the scope string's bytes as three
little-endian words, zero past the end. This prints the first odd multiplier (from a fixed
splitmix64 sequence, so the answer is reproducible) that gives every registry scope a slot of
its own. Run it when detail/registry_checks.hpp reports that two scopes share a slot.

The scope strings come from the registry itself (the one place they live): the script compiles
and runs a small program against include/ with $CXX (default c++).

    tools/find_scope_hash.py              # 6 bits, the value parse.hpp uses
    tools/find_scope_hash.py --bits 7
    tools/find_scope_hash.py --check      # does parse.hpp hold what this finds? (a CTest test)

Exit status: 0 found (printed; with --check: parse.hpp holds it), 1 none in --tries candidates,
2 the program did not build, 3 --check found another value in parse.hpp.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile

MASK = (1 << 64) - 1
PROGRAM = r"""
#include <cstdio>
#include <webflow/scopes/scope.hpp>
int main() {
    for (std::size_t i = 0; i < webflow::scopes::scope_count; ++i) {
        const auto s = webflow::scopes::detail::scope_string(i);
        std::printf("%.*s\n", static_cast<int>(s.size()), s.data());
    }
}
"""


def registry_scopes(root: pathlib.Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        source = pathlib.Path(tmp, "scopes.cpp")
        source.write_text(PROGRAM)
        binary = pathlib.Path(tmp, "scopes")
        cxx = os.environ.get("CXX", "c++")
        build = subprocess.run([cxx, "-std=c++20", f"-I{root / 'include'}", str(source), "-o", str(binary)],
                               capture_output=True, text=True)
        if build.returncode != 0:
            sys.stderr.write(build.stderr)
            sys.exit(2)
        return subprocess.run([str(binary)], capture_output=True, text=True, check=True).stdout.split()


def key(scope: str) -> int:
    data = scope.encode().ljust(24, b"\0")
    words = [int.from_bytes(data[8 * k:8 * k + 8], "little") for k in range(3)]
    return words[0] ^ words[1] ^ words[2]


def splitmix64(state: int):
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def check(root: pathlib.Path, multiplier: int) -> int:
    header = (root / "include/webflow/scopes/parse.hpp").read_text()
    found = re.search(r"scope_hash_multiplier = (0x[0-9a-fA-F]+)ULL;", header)
    if found is None or int(found.group(1), 16) != multiplier:
        held = found.group(1) if found else "no scope_hash_multiplier"
        print(f"parse.hpp holds {held}, the script finds 0x{multiplier:016x}", file=sys.stderr)
        return 3
    print("parse.hpp holds it")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bits", type=int, default=6, help="log2 of the table's slots (default 6)")
    parser.add_argument("--tries", type=int, default=10_000_000, help="candidates to try")
    parser.add_argument("--check", action="store_true", help="compare with the multiplier in parse.hpp")
    args = parser.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    scopes = registry_scopes(root)
    keys = [key(s) for s in scopes]
    if len(scopes) >= 1 << args.bits:
        print(f"{len(scopes)} scopes need more than {1 << args.bits} slots: raise --bits", file=sys.stderr)
        return 1
    shift = 64 - args.bits
    for tried, candidate in enumerate(splitmix64(0)):
        if tried == args.tries:
            break
        multiplier = candidate | 1
        if len({((k * multiplier) & MASK) >> shift for k in keys}) == len(keys):
            print(f"0x{multiplier:016x}ULL  # {len(scopes)} scopes, {1 << args.bits} slots, candidate {tried}")
            return check(root, multiplier) if args.check else 0
    print(f"no multiplier in {args.tries} candidates: raise --bits", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
