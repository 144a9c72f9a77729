#!/usr/bin/env python3
"""What the documentation shows programs print, refreshed from the programs themselves.

README.md and docs/*.md mark the blocks that show output:

    <!-- output: TARGET -->            the next fenced block is what the built TARGET prints
    <!-- file: PATH -->                the next fenced block is the repository file PATH
    <!-- case: CASE -->                the next fenced block is the code of the compile-fail case
                                       tests/compile_fail/CASE.cpp (its includes and comments left out)
    <!-- diagnostic: CASE COMPILER --> the next fenced block is the first lines of what COMPILER
                                       (g++ or clang++) prints for tests/compile_fail/CASE.cpp
    ```console blocks                  every `$ webflow-scopes ...` line is followed by what the
                                       command prints (stdout and stderr, as a terminal shows
                                       them); `# exit N` says the status it must exit with

tools/regenerate rewrites these blocks (building the programs in build/docs, the docs preset);
the tests compare them (tests/docs/check_block.cmake, tests/cli/docs_commands.py, the
compile-fail suite).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CLI = "webflow-scopes"
DIAGNOSTIC_LINES = 8

_OUTPUT = re.compile(r"<!-- output: ([A-Za-z0-9_]+) -->")
_FILE = re.compile(r"<!-- file: ([A-Za-z0-9_./-]+) -->")
_DIAGNOSTIC = re.compile(r"<!-- diagnostic: ([a-z0-9_]+) (g\+\+|clang\+\+) -->")
_CASE = re.compile(r"<!-- case: ([a-z0-9_]+) -->")
_COMMAND = re.compile(r"^\$ (.*?)(?:\s+# exit (\d+))?$")


class DocOutputError(Exception):
    """A block that cannot be refreshed. str() names the file and what to change."""


def doc_files(read, list_docs) -> list[str]:
    return ["README.md"] + sorted(list_docs())


def targets(texts: dict[str, str]) -> set[str]:
    """The build targets the marked blocks need (the CLI when a console block runs it)."""
    out = {m.group(1) for text in texts.values() for m in _OUTPUT.finditer(text)}
    if any("```console" in text for text in texts.values()):
        out.add("webflow_scopes_cli")
    return out


def _replace_fenced_after(text: str, start: int, body: str, where: str) -> str:
    """text with the first fenced block after index start replaced by body."""
    fence = text.find("```", start)
    if fence < 0:
        raise DocOutputError(f"{where}: no fenced block after the marker")
    open_end = text.find("\n", fence) + 1
    close = text.find("```", open_end)
    if close < 0:
        raise DocOutputError(f"{where}: the block after the marker is not closed")
    return text[:open_end] + body + text[close:]


def _run_program(path: str) -> str:
    run = subprocess.run([path], capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        raise DocOutputError(f"{path} exited with {run.returncode}: {run.stderr.strip()[-500:]}")
    return run.stdout


def printf_text(fmt: str) -> str:
    """What printf FORMAT writes, for a format with no conversions (\\n, \\t, \\\\ and %%)."""
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "\\" and i + 1 < len(fmt):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(fmt[i + 1], "\\" + fmt[i + 1]))
            i += 2
        elif c == "%":
            if fmt[i:i + 2] != "%%":
                raise ValueError(f"printf conversions are not supported: {fmt!r}")
            out.append("%")
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def parse_command(line: str) -> tuple[list[str], bytes | None]:
    """(argv after the program name, standard input or None) of a console command; a command
    may read standard input from `printf 'TEXT' |` or `echo WORDS |`."""
    stdin = None
    if " | " + CLI in line:
        producer, line = line.split(" | ", 1)
        words = shlex.split(producer)
        if words[0] == "printf" and len(words) == 2:
            stdin = printf_text(words[1]).encode()
        elif words[0] == "echo":
            stdin = (" ".join(words[1:]) + "\n").encode()
        else:
            raise ValueError(f"only printf and echo may feed {CLI}: {producer}")
    words = shlex.split(line)
    if not words or words[0] != CLI:
        raise ValueError(f"a console command that is not {CLI}: {line}")
    return words[1:], stdin


def console_commands(text: str, name: str):
    """Yields (line number, command, expected exit code, expected output lines) per command of
    the ```console blocks."""
    in_console = False
    current = None
    for number, line in enumerate(text.split("\n"), start=1):
        if not in_console:
            in_console = line.strip() == "```console"
            continue
        if line.strip() == "```":
            in_console = False
            if current:
                yield current
            current = None
            continue
        match = _COMMAND.match(line)
        if match:
            if current:
                yield current
            current = (number, match.group(1), int(match.group(2) or 0), [])
        elif current:
            current[3].append(line)
        else:
            raise DocOutputError(f"{name}:{number}: output before any command: {line}")


def run_command(binary: str, command: str) -> tuple[int, bytes]:
    args, stdin = parse_command(command)
    run = subprocess.run([binary, *args], input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    return run.returncode, run.stdout


def refresh_console(text: str, name: str, binary: str) -> str:
    """text with every console command's output replaced by what it prints now."""
    lines = text.split("\n")
    edits = []
    for number, command, expected_exit, shown in console_commands(text, name):
        try:
            status, output = run_command(binary, command)
        except ValueError as exc:
            raise DocOutputError(f"{name}:{number}: {exc}") from exc
        if status != expected_exit:
            raise DocOutputError(f"{name}:{number}: `{command}` exits with {status}, the docs say {expected_exit}; "
                                 "fix the `# exit N` mark or the command")
        new = output.decode("utf-8", "replace").split("\n")
        if new and new[-1] == "":
            new.pop()
        edits.append((number, len(shown), new))
    for number, count, new in reversed(edits):
        lines[number:number + count] = new
    return "\n".join(lines)


def case_code(case: str, read) -> str:
    """The code of a compile-fail case: its lines but the comments, includes and using-directives."""
    try:
        text = read(f"tests/compile_fail/{case}.cpp")
    except FileNotFoundError as exc:
        raise DocOutputError(f"tests/compile_fail/{case}.cpp: no such compile-fail case") from exc
    kept = [line for line in text.splitlines()
            if line.strip() and not line.startswith(("//", "#include", "using namespace"))]
    return "\n".join(kept) + "\n"


def diagnostic(case: str, compiler: str) -> str:
    """The first lines of what compiler prints for tests/compile_fail/<case>.cpp, with the
    repository's path left out."""
    source = os.path.join(REPO, "tests", "compile_fail", case + ".cpp")
    if not os.path.exists(source):
        raise DocOutputError(f"tests/compile_fail/{case}.cpp: no such compile-fail case")
    run = subprocess.run([compiler, "-std=c++20", "-fsyntax-only", f"-I{REPO}/include", f"-I{REPO}/tests", source],
                         capture_output=True, text=True, errors="replace")
    lines = (run.stdout + run.stderr).replace(REPO + "/", "").splitlines()
    return "\n".join(lines[:DIAGNOSTIC_LINES]) + "\n"


def refresh(text: str, name: str, read, program) -> str:
    """text with every marked block refreshed; program(target) gives a built target's path."""
    for regex, render in ((_OUTPUT, lambda m: _run_program(program(m.group(1)))),
                          (_FILE, lambda m: read(m.group(1))),
                          (_CASE, lambda m: case_code(m.group(1), read)),
                          (_DIAGNOSTIC, lambda m: diagnostic(m.group(1), m.group(2)))):
        pos = 0
        while True:
            m = regex.search(text, pos)
            if not m:
                break
            text = _replace_fenced_after(text, m.end(), render(m), f"{name}: {m.group(0)}")
            pos = m.end()
    if "```console" in text:
        text = refresh_console(text, name, program("webflow_scopes_cli"))
    return text
