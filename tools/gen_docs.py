#!/usr/bin/env python3
"""The documentation tables that come from the registry and the endpoint sources.

Each table lives in a marked block of a Markdown file:

    <!-- begin generated: NAME (tools/regenerate) -->
    ...
    <!-- end generated: NAME -->

and tools/regenerate rewrites the block from the registry (tools/webflow_registry.py) and the
endpoint supplement, so the docs cannot drift from the data. Blocks:

    README.md          scope-table    every scope: status, level, which token types may hold it
    docs/scopes.md     resources      every registry row: scopes, level, status, rules inferred, note
    docs/scopes.md     triggers       every webhook trigger and its scope
    docs/sources.md    sources        which page each row, supplement endpoint and trigger rests on

docs/sources.md's hand-written table of pages must list every page the data cites, with the
date it was read; a page missing there is an error that names it.
"""

from __future__ import annotations

import dataclasses
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

TOKEN_COLUMNS = (("data_client_app", "Data Client app"), ("site_token", "Site token"),
                 ("workspace_token", "Workspace token"))


class DocsError(Exception):
    """A block that cannot be rendered. str() names the file and what to change."""


@dataclasses.dataclass(frozen=True)
class Block:
    path: str   # relative to the repository
    name: str
    body: str   # the rendered table, ending with a newline


def _begin(name: str) -> str:
    return f"<!-- begin generated: {name} (tools/regenerate) -->\n"


def _end(name: str) -> str:
    return f"<!-- end generated: {name} -->"


def splice(text: str, path: str, name: str, body: str) -> str:
    """text with the block NAME's body replaced by body."""
    begin, end = _begin(name), _end(name)
    start = text.find(begin)
    stop = text.find(end)
    if start < 0 or stop < start:
        raise DocsError(f"{path}: no block '{begin.strip()}' ... '{end}'; add the two marker lines where "
                        "the table belongs")
    return text[: start + len(begin)] + body + text[stop:]


def _code(text: str) -> str:
    return f"`{text}`"


def scope_table(registry) -> str:
    """README's table: one row per scope, then the two rows of Webflow's table without scopes."""
    resources = {r.name: r for r in registry.resources}
    lines = ["| Scope | Status | Level | " + " | ".join(title for _, title in TOKEN_COLUMNS) + " |",
             "|---|---|---|" + "---|" * len(TOKEN_COLUMNS)]
    for s in registry.scopes:
        row = resources[s.resource]
        cells = []
        for token, _ in TOKEN_COLUMNS:
            if token in s.held_by:
                cells.append("yes")
            elif token == "data_client_app" and s.app_needs_workspace_access:
                cells.append("with workspace access")
            else:
                cells.append("no")
        lines.append(f"| {_code(s.string)} | {row.status} | {', '.join(row.levels)} | " + " | ".join(cells) + " |")
    for row in registry.resources:
        if row.requirement != "scoped":
            lines.append(f"| (none: {row.display_name}) | {row.status} | {', '.join(row.levels)} | "
                         f"{row.note} | | |")
    return "\n".join(lines) + "\n"


def resource_table(registry) -> str:
    lines = ["| Resource | Scopes | Level | Status | Token types | Inferred | Note |",
             "|---|---|---|---|---|---|---|"]
    for row in registry.resources:
        scopes = " ".join(_code(s.string) for s in registry.scopes if s.resource == row.name) or "(none)"
        tokens = "any" if len(row.tokens) == len(registry.token_types) else ", ".join(row.tokens)
        inferred = ", ".join(row.inferred) or ""
        lines.append(f"| {row.display_name} ({_code(row.name)}) | {scopes} | {', '.join(row.levels)} | {row.status} "
                     f"| {tokens} | {inferred} | {row.note} |")
    return "\n".join(lines) + "\n"


def trigger_table(registry) -> str:
    lines = ["| Trigger | Scope | Status | Verified | Note |", "|---|---|---|---|---|"]
    for t in registry.triggers:
        lines.append(f"| {_code(t.name)} | {_code(t.required_scope)} | {t.status} | "
                     f"{'yes' if t.verified else 'no'} | {t.note} |")
    return "\n".join(lines) + "\n"


def sources_table(registry, supplement) -> str:
    """Which page each piece of data rests on: registry rows, triggers, supplement endpoints."""
    lines = ["| Data | Rests on |", "|---|---|"]
    for row in registry.resources:
        scopes = ", ".join(s.string for s in registry.scopes if s.resource == row.name) or "no scope"
        lines.append(f"| registry row {_code(row.name)} ({scopes}) | {row.reference} |")
    for t in registry.triggers:
        lines.append(f"| trigger {_code(t.name)} ({t.required_scope}) | {t.source} |")
    for e in supplement:
        lines.append(f"| endpoint {_code(e.method + ' ' + e.path)} ({' '.join(e.scopes) or 'no scope'}) | "
                     f"{e.source} |")
    return "\n".join(lines) + "\n"


_PAGE_ROW = re.compile(r"^\| (https://\S+) \| (\d{4}-\d{2}-\d{2}) \|", re.MULTILINE)


def check_pages_listed(sources_text: str, registry, supplement) -> None:
    """Every page the data cites has a row in docs/sources.md's table of pages, with its date."""
    listed = {m.group(1) for m in _PAGE_ROW.finditer(sources_text)}
    cited = ([r.reference for r in registry.resources] + [t.source for t in registry.triggers]
             + [e.source for e in supplement])
    missing = sorted({page for page in cited if page not in listed})
    if missing:
        raise DocsError("docs/sources.md: add a row '| <page> | <date read> | <what it says> |' to the table of "
                        "pages for: " + ", ".join(missing))


def blocks(registry, supplement, read) -> list[Block]:
    """Every generated block, after checking docs/sources.md lists the pages. read(path) gives a
    repository file's current text."""
    check_pages_listed(read("docs/sources.md"), registry, supplement)
    return [
        Block("README.md", "scope-table", scope_table(registry)),
        Block("docs/scopes.md", "resources", resource_table(registry)),
        Block("docs/scopes.md", "triggers", trigger_table(registry)),
        Block("docs/sources.md", "sources", sources_table(registry, supplement)),
    ]
