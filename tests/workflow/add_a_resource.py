#!/usr/bin/env python3
"""Adding a scope is one registry row and one command: proven on a copy of the tree.

    add_a_resource.py --root REPOSITORY --preset gcc [--work DIR]

Copies the repository's files to a scratch directory and, by editing registry.hpp only, adds
three resources: `analytics` (analytics:read, GA), which sorts before `assets` and so moves
every scope's index; `ai` (ai:write), a 2-letter prefix; and `agent-instructions`
(agent-instructions:read), a hyphenated one. Each gets its enumerator and its row at the
position its scope strings sort to. Then it runs tools/regenerate, configures and builds the
copy with PRESET, runs the whole test suite there (but this test), and builds and runs a
program that strictly parses "agent-instructions:read ai:write analytics:read cms:read".
Exit 0 when everything passes with no other edit.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

REGISTRY = "include/webflow/scopes/registry.hpp"
# name, enumerator, display name, actions: as a maintainer writes the rows.
NEW = (
    ("analytics", "analytics", "Analytics", "read_only"),
    ("ai", "ai", "AI", "access_set{access::write}"),
    ("agent-instructions", "agent_instructions", "Agent Instructions", "read_only"),
)
PROGRAM = """#include <cstdio>
#include <webflow/scopes.hpp>
using namespace webflow::scopes;
static_assert("agent-instructions:read ai:write analytics:read cms:read"_scopes.size() == 4);
int main() {
    const parse_result r = parse("agent-instructions:read ai:write analytics:read cms:read");
    std::printf("%zu scopes: %s\\n", r->size(), join(*r).c_str());
    return r && r->size() == 4 && join(*r) == "agent-instructions:read ai:write analytics:read cms:read" ? 0 : 1;
}
"""


class Failed(Exception):
    pass


def step(command: list[str], cwd: str, what: str, timeout: int = 3600) -> None:
    print(f"== {what}: {' '.join(command)}", flush=True)
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise Failed(f"{what} failed (exit {done.returncode}):\n{done.stdout[-6000:]}\n{done.stderr[-4000:]}")
    print(done.stdout[-1500:], flush=True)


def sort_key(name: str) -> str:
    return name + ":"  # rows sort as their scope strings: the prefix, then ':'


def add_rows(text: str) -> str:
    """registry.hpp with the new enumerators and rows, each at its sorted position."""
    enum = re.search(r"enum class resource : std::uint8_t \{\n(.*?)\n\};", text, re.DOTALL)
    rows = re.search(r"registry_rows = std::to_array<resource_info>\(\{\n(.*?)\n\}\);", text, re.DOTALL)
    if not enum or not rows:
        raise Failed(f"{REGISTRY}: the enum or the rows are not where this test expects them")
    enum_lines = enum.group(1).split("\n")
    row_lines = rows.group(1).split("\n")
    for name, ident, display, actions in NEW:
        row_at = [i for i, line in enumerate(row_lines) if re.match(r'\s*\{resource::\w+,\s+"', line)]
        names = [re.search(r'"([^"]+)"sv', row_lines[i]).group(1) for i in row_at]
        position = next((k for k, existing in enumerate(names) if sort_key(name) < sort_key(existing)), len(names))
        row = (f'    {{resource::{ident}, "{name}"sv, "{display}"sv, site_level, {actions}, any_token, ga, scoped, '
               f'stated, scopes_page, ""sv}},')
        row_lines.insert(row_at[position] if position < len(row_at) else row_at[-1] + 1, row)
        enum_at = [i for i, line in enumerate(enum_lines) if re.match(r"\s+\w+,", line)]
        enum_lines.insert(enum_at[position] if position < len(enum_at) else enum_at[-1] + 1, f"    {ident},")
    text = text[: enum.start(1)] + "\n".join(enum_lines) + text[enum.end(1):]
    rows = re.search(r"registry_rows = std::to_array<resource_info>\(\{\n(.*?)\n\}\);", text, re.DOTALL)
    return text[: rows.start(1)] + "\n".join(row_lines) + text[rows.end(1):]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", required=True)
    parser.add_argument("--preset", default="gcc")
    parser.add_argument("--work")
    args = parser.parse_args()
    root = os.path.abspath(args.root)
    work = args.work or tempfile.mkdtemp(prefix="webflow-scopes-add.")
    shutil.rmtree(work, ignore_errors=True)
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root,
                           capture_output=True, check=True).stdout.decode().split("\0")
    for rel in filter(None, files):
        if os.path.exists(os.path.join(root, rel)):
            os.makedirs(os.path.dirname(os.path.join(work, rel)) or work, exist_ok=True)
            shutil.copy2(os.path.join(root, rel), os.path.join(work, rel))
    try:
        path = os.path.join(work, REGISTRY)
        with open(path, encoding="utf-8") as f:
            edited = add_rows(f.read())
        with open(path, "w", encoding="utf-8") as f:
            f.write(edited)
        step([sys.executable, "tools/regenerate"], work, "regenerate")
        step(["cmake", "--preset", args.preset], work, "configure")
        step(["cmake", "--build", "--preset", args.preset], work, "build")
        step(["ctest", "--preset", args.preset, "-E", "^add_a_resource$|^recipes$"], work, "the test suite")
        program = os.path.join(work, "agent_program.cpp")
        with open(program, "w", encoding="utf-8") as f:
            f.write(PROGRAM)
        step(["c++", "-std=c++20", "-Iinclude", program, "-o", "agent_program"], work, "the program")
        step([os.path.join(work, "agent_program")], work, "its run")
    except Failed as exc:
        print(f"add_a_resource: {exc}\n(the copy is in {work})", file=sys.stderr)
        return 1
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    print("add_a_resource: three resources added by one edit of registry.hpp and tools/regenerate; all tests pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
