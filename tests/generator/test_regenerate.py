"""Tests for tools/webflow_registry.py and tools/regenerate."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest
from unittest import mock

from support import TOOLS, load_regenerate, real_registry

import webflow_registry  # noqa: E402  (support put tools/ on sys.path)

regenerate = load_regenerate()


class Registry(unittest.TestCase):
    def test_cxx_identifier(self):
        self.assertEqual(webflow_registry.cxx_identifier("cms"), "cms")
        self.assertEqual(webflow_registry.cxx_identifier("agent-instructions"), "agent_instructions")
        self.assertEqual(webflow_registry.cxx_identifier("delete"), "delete_")

    def test_real_registry(self):
        """Builds the registry of include/ (once for all the test files)."""
        registry = real_registry()
        strings = registry.scope_strings()
        self.assertEqual(strings, sorted(strings))
        self.assertEqual([s.index for s in registry.scopes], list(range(len(strings))))
        for scope in registry.scopes:
            resource = registry.resource(scope.resource)
            self.assertIsNotNone(resource, scope.string)
            self.assertIn(scope.access, resource.offers)
            self.assertEqual(scope.string, f"{resource.name}:{scope.access}")
        self.assertEqual(sum(len(r.offers) for r in registry.resources), len(strings))
        self.assertIn("delete", registry.access)
        for trigger in registry.triggers:
            self.assertIsNotNone(registry.scope(trigger.required_scope), trigger.name)
        cms = registry.resource("cms")
        self.assertEqual((cms.id, cms.levels, cms.status, cms.requirement), ("cms", ("site",), "ga", "scoped"))
        self.assertEqual(registry.resource("authorization_info").requirement, "none")
        # JSON round trip: what --json prints reads back as the same registry.
        self.assertEqual(webflow_registry.Registry.from_json(json.loads(json.dumps(registry.to_json()))), registry)

    def test_build_failure_says_what_to_fix(self):
        with tempfile.TemporaryDirectory() as tmp:   # no include/ there
            with self.assertRaises(webflow_registry.RegistryBuildError) as ctx:
                webflow_registry.load(tmp)
            self.assertIn("registry.hpp", str(ctx.exception))
            self.assertTrue(ctx.exception.output)
            err = io.StringIO()
            with contextlib.redirect_stderr(err):
                self.assertEqual(webflow_registry.report(ctx.exception), 2)
            self.assertIn("error: tools/dump_registry.cpp does not build", err.getvalue())

    def test_missing_compiler(self):
        with mock.patch.dict(os.environ, {"CXX": "/nonexistent/c++"}):
            with self.assertRaisesRegex(webflow_registry.RegistryBuildError, "set CXX"):
                webflow_registry.load()


def fake_step(text: str):
    return regenerate.Step("fake", lambda ctx: [regenerate.Output("gen/out.txt", text, "fake output")], "nothing")


class Regenerate(unittest.TestCase):
    def run_quiet(self, *args, **kwargs) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = regenerate.run(*args, **kwargs)
        return status, out.getvalue(), err.getvalue()

    def test_write_then_check(self):
        with tempfile.TemporaryDirectory() as tmp:
            status, _, err = self.run_quiet(True, tmp, [fake_step("one\n")])
            self.assertEqual(status, 3)
            self.assertIn("stale: gen/out.txt; run tools/regenerate", err)
            self.assertFalse(os.path.exists(os.path.join(tmp, "gen/out.txt")))
            status, out, _ = self.run_quiet(False, tmp, [fake_step("one\n")])
            self.assertEqual((status, out), (0, "wrote gen/out.txt: fake output\n"))
            self.assertEqual(self.run_quiet(True, tmp, [fake_step("one\n")])[0], 0)
            self.assertEqual(self.run_quiet(False, tmp, [fake_step("one\n")])[1],
                             "unchanged  gen/out.txt: fake output\n")
            self.assertEqual(self.run_quiet(True, tmp, [fake_step("two\n")])[0], 3)

    def test_a_step_reads_what_an_earlier_step_renders(self):
        later = regenerate.Step("later", lambda ctx: [regenerate.Output("gen/copy.txt", ctx.read("gen/out.txt"), "")],
                                "gen/out.txt")
        with tempfile.TemporaryDirectory() as tmp:
            self.run_quiet(False, tmp, [fake_step("new\n"), later])
            with open(os.path.join(tmp, "gen/copy.txt")) as f:
                self.assertEqual(f.read(), "new\n")

    def test_generator_error_exits_1(self):
        def broken(ctx):
            raise regenerate.gen_endpoints.GenError("tools/x.tsv:3", "bad row")
        with tempfile.TemporaryDirectory() as tmp:
            status, _, err = self.run_quiet(False, tmp, [regenerate.Step("broken", broken, "")])
        self.assertEqual(status, 1)
        self.assertIn("error: broken: tools/x.tsv:3: bad row", err)

    def test_help(self):
        proc = subprocess.run([sys.executable, os.path.join(TOOLS, "regenerate"), "--help"],
                              capture_output=True, text=True, check=False)
        self.assertEqual(proc.returncode, 0)
        self.assertIn("--check", proc.stdout)
        self.assertIn("endpoint table", proc.stdout)


if __name__ == "__main__":
    unittest.main()
