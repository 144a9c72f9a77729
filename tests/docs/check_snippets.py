#!/usr/bin/env python3
"""Every code block a user may copy from README.md or docs/ is run, or checked, as written.

    check_snippets.py --cxx COMPILER --root REPOSITORY [--fmt]

Each fenced block is marked on the line before it:

    ```cpp      <!-- snippet: program [fmt] -->   compiled and run (with fmt: linked with -lfmt)
                <!-- snippet: declarations -->    compiled (-fsyntax-only)
                <!-- case: NAME -->               a compile-fail case's code (tools/regenerate copies it)
                <!-- usage-example -->            the README's example (examples/ builds it)
                <!-- file: PATH -->               a copy of PATH (the docs.* tests compare)
    ```sh, ```cmake  <!-- recipe: NAME -->        run by the recipes test (recipe: ci, by .ci/run)
    ```console       the CLI's commands, run by cli_docs

An unmarked ```cpp, ```sh or ```cmake block is an error, so none escapes. Exit 0 when every
block holds.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

_FENCE = re.compile(r"^```(\w*)\s*$")
_MARK = re.compile(r"^<!-- (snippet: [^>]*|usage-example|file: [^ ]+|case: [a-z0-9_]+|recipe: [a-z_]+) -->$")


def blocks(path: str):
    """Yields (line number, language, marker or None, code) for every fenced block."""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        start = i
        j = i + 1
        while j < len(lines) and lines[j] != "```":
            j += 1
        before = next((lines[k] for k in range(start - 1, -1, -1) if lines[k].strip()), "")
        mark = _MARK.match(before.strip())
        yield start + 1, m.group(1), mark.group(1) if mark else None, "\n".join(lines[start + 1:j]) + "\n"
        i = j + 1


def compile_and_run(cxx: str, root: str, code: str, run: bool, fmt: bool, where: str) -> str | None:
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "snippet.cpp")
        with open(source, "w", encoding="utf-8") as f:
            f.write(code)
        binary = os.path.join(tmp, "snippet")
        command = [cxx, "-std=c++20", "-Wall", "-Wextra", "-Werror", f"-I{root}/include", source]
        command += ["-o", binary] if run else ["-fsyntax-only"]
        if fmt:
            command.append("-lfmt")
        built = subprocess.run(command, capture_output=True, text=True)
        if built.returncode != 0:
            return f"{where}: does not compile:\n{built.stderr[-4000:]}"
        if run:
            ran = subprocess.run([binary], capture_output=True, text=True, timeout=60)
            if ran.returncode != 0:
                return f"{where}: exits with {ran.returncode}:\n{ran.stdout}{ran.stderr}"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cxx", required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--fmt", action="store_true", help="fmt is installed: build the fmt snippets")
    args = parser.parse_args()
    docs = [os.path.join(args.root, "README.md")] + sorted(glob.glob(os.path.join(args.root, "docs", "*.md")))
    problems: list[str] = []
    checked = 0
    for doc in docs:
        rel = os.path.relpath(doc, args.root)
        for line, language, mark, code in blocks(doc):
            where = f"{rel}:{line}"
            if language not in ("cpp", "sh", "cmake"):
                continue
            if mark is None:
                problems.append(f"{where}: a ```{language} block without a marker (see tests/docs/check_snippets.py)")
                continue
            if language in ("sh", "cmake"):
                if not mark.startswith("recipe: "):
                    problems.append(f"{where}: a ```{language} block must be a recipe (<!-- recipe: NAME -->)")
                continue
            if mark == "usage-example" or mark.startswith(("file: ", "case: ")):
                continue  # checked where the code lives (the examples' build, the docs.* tests, regenerate)
            words = mark.split()
            if words[1] not in ("program", "declarations"):
                problems.append(f"{where}: unknown snippet kind {words[1]!r}")
                continue
            fmt = "fmt" in words[2:]
            if fmt and not args.fmt:
                print(f"{where}: skipped (fmt is not installed)")
                continue
            problem = compile_and_run(args.cxx, args.root, code, words[1] == "program", fmt, where)
            if problem:
                problems.append(problem)
            checked += 1
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{checked} snippets checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
