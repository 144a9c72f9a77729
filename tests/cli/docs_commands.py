#!/usr/bin/env python3
"""Runs every `$ webflow-scopes ...` command shown in README.md's ```console blocks and
compares what it prints (stdout and stderr, as a terminal shows them) with the lines shown
under it, byte for byte. A command ending in `# exit N` must exit with N, any other with 0.

usage: readme_commands.py README.md path/to/webflow-scopes
"""
import re
import shlex
import subprocess
import sys

COMMAND = re.compile(r"^\$ (webflow-scopes(?: .*?)?)(?:\s+# exit (\d+))?$")


def examples(readme_text):
    """Yields (line number, command, expected exit code, expected output) per command."""
    in_console = False
    current = None
    for number, line in enumerate(readme_text.split("\n"), start=1):
        if not in_console:
            in_console = line.strip() == "```console"
            continue
        if line.strip() == "```":
            in_console = False
            if current:
                yield current
            current = None
            continue
        match = COMMAND.match(line)
        if match:
            if current:
                yield current
            current = (number, match.group(1), int(match.group(2) or 0), [])
        elif line.startswith("$ "):
            raise SystemExit(f"README.md:{number}: a console command that is not webflow-scopes: {line}")
        elif current:
            current[3].append(line)


def main():
    readme, binary = sys.argv[1], sys.argv[2]
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    failures = 0
    count = 0
    for number, command, expected_exit, lines in examples(text):
        count += 1
        argv = [binary] + shlex.split(command)[1:]
        run = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        expected = "".join(line + "\n" for line in lines).encode("utf-8")
        if run.stdout != expected or run.returncode != expected_exit:
            failures += 1
            print(f"README.md:{number}: $ {command}")
            print(f"  exit {run.returncode}, expected {expected_exit}")
            print("  --- README shows:\n" + expected.decode("utf-8", "replace"))
            print("  --- the command printed:\n" + run.stdout.decode("utf-8", "replace"))
    if count == 0:
        print("no `$ webflow-scopes` commands found in README.md's ```console blocks")
        return 1
    print(f"{count - failures} of {count} README commands print what the README shows")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
