#!/usr/bin/env python3
"""Runs every `$ webflow-scopes ...` command shown in a Markdown file's ```console blocks
(docs/cli.md) and compares what it prints (stdout and stderr, as a terminal shows them) with
the lines shown under it, byte for byte. A command ending in `# exit N` must exit with N, any
other with 0; a command may read standard input from `printf 'TEXT' |` or `echo WORDS |`.
The blocks are read and the commands run as tools/doc_outputs.py does when tools/regenerate
rewrites them, by the same code.

usage: docs_commands.py docs/cli.md path/to/webflow-scopes
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import doc_outputs  # noqa: E402  (tools/ is not a package)


def main():
    doc, binary = sys.argv[1], sys.argv[2]
    with open(doc, encoding="utf-8") as f:
        text = f.read()
    failures = 0
    count = 0
    try:
        for number, command, expected_exit, lines in doc_outputs.console_commands(text, doc):
            count += 1
            try:
                status, output = doc_outputs.run_command(binary, command)
            except ValueError as e:
                raise doc_outputs.DocOutputError(f"{doc}:{number}: {e}") from e
            expected = "".join(line + "\n" for line in lines).encode("utf-8")
            if output != expected or status != expected_exit:
                failures += 1
                print(f"{doc}:{number}: $ {command}")
                print(f"  exit {status}, expected {expected_exit}")
                print("  --- the docs show:\n" + expected.decode("utf-8", "replace"))
                print("  --- the command printed:\n" + output.decode("utf-8", "replace"))
    except doc_outputs.DocOutputError as e:
        print(e)
        return 1
    if count == 0:
        print(f"no `$ {doc_outputs.CLI}` commands found in {doc}'s ```console blocks")
        return 1
    print(f"{count - failures} of {count} commands print what {doc} shows")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
