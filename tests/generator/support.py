"""Shared by the generator tests: the tools on sys.path, a stub registry (so most tests compile
nothing), and the real registry built once for the tests that check the committed files."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TOOLS = os.path.join(REPO, "tools")
sys.path.insert(0, TOOLS)
sys.dont_write_bytecode = True  # no __pycache__ in tools/

import webflow_registry  # noqa: E402

ACCESS = ("read", "write", "create", "update", "merge", "publish", "delete")


def stub_registry(offers: dict[str, tuple[str, ...]]) -> webflow_registry.Registry:
    """A registry with these resources (registry name -> actions), built as the headers build it:
    rows sorted by name, each row's actions by name."""
    scopes, resources = [], []
    for index, name in enumerate(sorted(offers)):
        resources.append({"index": index, "name": name, "offers": list(offers[name])})
        for action in sorted(offers[name]):
            scopes.append({"index": len(scopes), "string": f"{name}:{action}", "resource": name,
                           "access": action})
    return webflow_registry.Registry.from_json({"scopes": scopes, "resources": resources, "access": list(ACCESS)})


STUB = stub_registry({
    "agent-instructions": ("read",),
    "assets": ("read", "write"),
    "authorization_info": (),
    "authorized_user": ("read",),
    "branches": ("read", "create", "delete"),
    "cms": ("read", "write"),
    "forms": ("read",),
    "sites": ("read", "write"),
    "webhooks": (),
    "workspace_activity": ("read",),
})

_real: webflow_registry.Registry | None = None
_real_error: str | None = None


def real_registry() -> webflow_registry.Registry:
    """The registry of include/, built once per test run; raises unittest.SkipTest without a
    C++ compiler."""
    import unittest
    global _real, _real_error
    if _real is None and _real_error is None:
        if not os.environ.get("CXX") and not (shutil.which("g++") or shutil.which("c++")):
            _real_error = "no C++ compiler (set CXX)"
        else:
            _real = webflow_registry.load()
    if _real is None:
        raise unittest.SkipTest(_real_error)
    return _real


def load_regenerate():
    """tools/regenerate as a module (its file name has no .py)."""
    loader = importlib.machinery.SourceFileLoader("regenerate", os.path.join(TOOLS, "regenerate"))
    spec = importlib.util.spec_from_loader("regenerate", loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules["regenerate"] = module  # dataclasses look their module up there
    loader.exec_module(module)
    return module
