#!/usr/bin/env python3
"""The registry (include/webflow/scopes/registry.hpp and webhooks.hpp) as Python data.

The registry is the one place the scope data lives. Rather than parse C++, this builds
tools/dump_registry.cpp against include/ with $CXX (default g++, else c++) and reads the JSON it
prints, so the tools see exactly what the compiler sees. Nothing is cached: every load builds.

    tools/webflow_registry.py --json       # print the registry as JSON

    import webflow_registry
    registry = webflow_registry.load()     # raises RegistryBuildError when the program fails

Exit status: 0 printed, 2 the program did not build or run (the compiler's errors are printed).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PROGRAM = os.path.join(HERE, "dump_registry.cpp")
REGISTRY_HEADER = "include/webflow/scopes/registry.hpp"

# Enumerators cannot be named by a keyword: the headers append '_' (access::delete_).
CXX_KEYWORDS = frozenset("""
    alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t
    char32_t class compl concept const consteval constexpr constinit const_cast continue co_await
    co_return co_yield decltype default delete do double dynamic_cast else enum explicit export
    extern false float for friend goto if inline int long mutable namespace new noexcept not not_eq
    nullptr operator or or_eq private protected public register reinterpret_cast requires return
    short signed sizeof static static_assert static_cast struct switch template this thread_local
    throw true try typedef typeid typename union unsigned using virtual void volatile wchar_t while
    xor xor_eq""".split())


def cxx_identifier(name: str) -> str:
    """The enumerator the headers name after a registry name: '-' becomes '_' (registry.hpp's
    rule for resource), and a keyword gets a trailing '_' (access::delete_)."""
    ident = name.replace("-", "_")
    return ident + "_" if ident in CXX_KEYWORDS else ident


@dataclasses.dataclass(frozen=True)
class Scope:
    index: int
    string: str      # "cms:read"
    resource: str    # the registry name, "cms"
    access: str      # "read"
    held_by: tuple[str, ...] = ()            # token types that may hold it (token_rules.hpp)
    app_needs_workspace_access: bool = False  # a Data Client app may, when registered for workspaces


@dataclasses.dataclass(frozen=True)
class Resource:
    index: int
    id: str          # the enumerator: resource::<id>
    name: str        # the scope prefix, may hold '-'
    display_name: str
    levels: tuple[str, ...]
    offers: tuple[str, ...]
    tokens: tuple[str, ...]
    status: str
    requirement: str
    inferred: tuple[str, ...]
    reference: str
    note: str


@dataclasses.dataclass(frozen=True)
class Trigger:
    index: int
    name: str
    required_scope: str
    status: str
    verified: bool
    source: str
    note: str


@dataclasses.dataclass(frozen=True)
class Registry:
    scopes: tuple[Scope, ...]          # in index order
    resources: tuple[Resource, ...]    # in registry order
    access: tuple[str, ...]            # access names in enum order
    levels: tuple[str, ...]
    token_types: tuple[str, ...]
    triggers: tuple[Trigger, ...]

    def scope_strings(self) -> list[str]:
        return [s.string for s in self.scopes]

    def scope(self, text: str) -> Scope | None:
        return next((s for s in self.scopes if s.string == text), None)

    def resource(self, name: str) -> Resource | None:
        return next((r for r in self.resources if r.name == name), None)

    @staticmethod
    def from_json(data: dict) -> "Registry":
        """From dump_registry.cpp's JSON (or a hand-written stub of it, for tests). Each resource's
        id is derived from its name when the data does not give one."""
        resources = []
        for r in data["resources"]:
            fields = dict(r)
            fields.setdefault("id", cxx_identifier(fields["name"]))
            for key in ("levels", "offers", "tokens", "inferred"):
                fields[key] = tuple(fields.get(key, ()))
            for key in ("display_name", "status", "requirement", "reference", "note"):
                fields.setdefault(key, "")
            resources.append(Resource(**fields))
        return Registry(
            scopes=tuple(Scope(**{**s, "held_by": tuple(s.get("held_by", ()))}) for s in data["scopes"]),
            resources=tuple(resources),
            access=tuple(data["access"]),
            levels=tuple(data.get("levels", ())),
            token_types=tuple(data.get("token_types", ())),
            triggers=tuple(Trigger(**t) for t in data.get("triggers", ())),
        )

    def to_json(self) -> dict:
        return dataclasses.asdict(self)


class RegistryBuildError(Exception):
    """dump_registry.cpp did not build or run. str() says what to fix; .output holds the
    compiler's (or the program's) messages."""

    def __init__(self, message: str, output: str = ""):
        super().__init__(message)
        self.output = output


def compiler() -> list[str]:
    """$CXX (may carry arguments, e.g. "ccache g++"), else g++, else c++."""
    env = os.environ.get("CXX", "").strip()
    if env:
        return shlex.split(env)
    return ["g++" if shutil.which("g++") else "c++"]


def load(root: str = REPO) -> Registry:
    cxx = compiler()
    include = os.path.join(root, "include")
    with tempfile.TemporaryDirectory(prefix="webflow_registry.") as tmp:
        binary = os.path.join(tmp, "dump_registry")
        command = cxx + ["-std=c++20", f"-I{include}", PROGRAM, "-o", binary]
        try:
            build = subprocess.run(command, capture_output=True, text=True, check=False)
        except OSError as exc:
            raise RegistryBuildError(f"cannot run the C++ compiler {cxx[0]!r} ({exc}): install g++ "
                                     "or set CXX") from exc
        if build.returncode != 0:
            raise RegistryBuildError(
                f"tools/dump_registry.cpp does not build against {include} ({shlex.join(cxx)} exited "
                f"{build.returncode}; its errors are above): fix {REGISTRY_HEADER} or webhooks.hpp, "
                "then run the command again",
                build.stdout + build.stderr)
        run = subprocess.run([binary], capture_output=True, check=False)
    if run.returncode != 0:
        raise RegistryBuildError(f"tools/dump_registry.cpp built but exited {run.returncode}",
                                 run.stderr.decode(errors="replace"))
    try:
        return Registry.from_json(json.loads(run.stdout.decode("utf-8")))
    except (ValueError, KeyError, TypeError) as exc:
        raise RegistryBuildError(f"tools/dump_registry.cpp printed JSON this script cannot read "
                                 f"({exc}): update tools/webflow_registry.py with the program") from exc


def report(exc: RegistryBuildError) -> int:
    """Print a build failure for a command-line tool; returns its exit status (2)."""
    if exc.output:
        sys.stderr.write(exc.output if exc.output.endswith("\n") else exc.output + "\n")
    print(f"error: {exc}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the registry as JSON")
    args = parser.parse_args(argv)
    if not args.json:
        parser.print_help()
        return 0
    try:
        registry = load()
    except RegistryBuildError as exc:
        return report(exc)
    json.dump(registry.to_json(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
