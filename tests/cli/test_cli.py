#!/usr/bin/env python3
"""Tests of the webflow-scopes command-line tool: runs the binary and checks exit codes,
output, carets under errors, and that every --json output is valid JSON. Expectations are
written by hand from the Webflow docs and the README, not copied from the tool.

usage: WEBFLOW_SCOPES_CLI=path/to/webflow-scopes WEBFLOW_SCOPES_VERSION=<version.hpp's version> \
       python3 test_cli.py [unittest arguments, e.g. Check]
"""
import json
import os
import random
import subprocess
import unittest
import urllib.parse

BINARY = os.environ.get("WEBFLOW_SCOPES_CLI", "webflow-scopes")
VERSION = os.environ.get("WEBFLOW_SCOPES_VERSION", "")
COMMANDS = ["list", "check", "url", "endpoints", "plan", "diff"]


def run(*args):
    """(exit code, stdout, stderr), as text; args may be str or bytes."""
    done = subprocess.run([BINARY, *args], capture_output=True, timeout=60)
    if done.returncode < 0:
        raise AssertionError(f"killed by signal {-done.returncode}: {args!r}")
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")


def run_json(*args):
    code, out, err = run(*args, "--json")
    return code, json.loads(out, strict=True), err


class TopLevel(unittest.TestCase):
    def test_version(self):
        self.assertEqual(run("--version"), (0, f"webflow-scopes {VERSION}\n", ""))

    def test_help_lists_every_command(self):
        code, out, _ = run("--help")
        self.assertEqual(code, 0)
        for name in COMMANDS:
            self.assertRegex(out, rf"\n  {name} ")

    def test_help_on_every_command(self):
        for name in COMMANDS:
            code, out, err = run(name, "--help")
            self.assertEqual((code, err), (0, ""), name)
            self.assertTrue(out.startswith(f"usage: webflow-scopes {name}"), out)
            self.assertEqual(run(name, "-h")[1], out)

    def test_usage_errors_exit_2(self):
        cases = [
            [],
            ["lsit"],
            ["--bogus"],
            ["--version", "x"],
            ["list", "--bogus"],
            ["list", "--token"],
            ["list", "--token", "--json"],
            ["list", "--token", "admin_token"],
            ["list", "--level", "planet"],
            ["list", "--json=yes"],
            ["list", "extra"],
            ["list", "--token", "site_token", "--token", "site_token"],
            ["check"],
            ["check", "cms:read", "forms:read"],
            ["check", "cms:read", "--token", "site"],
            ["url", "--scopes", "cms:read"],
            ["url", "--client-id", "abc"],
            ["url", "--client-id"],
            ["endpoints", "--resource", "cms:read"],
            ["plan"],
            ["plan", "/v2/sites"],
            ["plan", "GET"],
            ["plan", "GET", "/v2/sites", "POST"],
            ["plan", "GET", "/v2/sites", "--trigger", "form_submited"],
            ["plan", "GET", "/v2/sites", "--trigger", "form_submission,"],
            ["diff", "--granted", "cms:read"],
            ["diff", "--required", "cms:read"],
        ]
        for args in cases:
            code, out, err = run(*args)
            self.assertEqual(code, 2, args)
            self.assertEqual(out, "", args)
            self.assertTrue(err.startswith("error: "), (args, err))
            self.assertIn("usage: webflow-scopes", err, args)

    def test_help_wins_over_a_bad_option(self):
        self.assertEqual(run("list", "--bogus", "--help")[0], 0)

    def test_hostile_option_names_are_escaped(self):
        code, _, err = run("list", b"--\x1b[31m\xff")
        self.assertEqual(code, 2)
        self.assertIn("'--\\x1B[31m\\xFF'", err)
        self.assertNotIn("\x1b", err)


class List(unittest.TestCase):
    def lines(self, *args):
        code, out, err = run("list", *args)
        self.assertEqual((code, err), (0, ""))
        return out.splitlines()

    def test_all_31_scopes(self):
        lines = self.lines()
        self.assertEqual(len(lines), 31)
        self.assertTrue(lines[0].startswith("assets:read "))
        self.assertTrue(lines[-1].startswith("workspace_members:write "))

    def test_workspace_token(self):
        # Workspace tokens: workspace-level resources only (README's table, last column).
        scopes = [line.split()[0] for line in self.lines("--token", "workspace_token")]
        self.assertEqual(scopes, ["workspace:read", "workspace:write", "workspace_activity:read",
                                  "workspace_members:read", "workspace_members:write"])

    def test_site_token_has_no_custom_code(self):
        scopes = [line.split()[0] for line in self.lines("--token", "site_token")]
        self.assertNotIn("custom_code:read", scopes)
        self.assertIn("cms:write", scopes)
        self.assertEqual(len(scopes), 26 - 2)  # the site-level scopes without custom code

    def test_app_with_workspace_access_may_hold_everything(self):
        self.assertEqual(len(self.lines("--token", "data_client_app", "--workspace-access")), 31)
        self.assertEqual(len(self.lines("--token", "data_client_app")), 28)

    def test_level(self):
        scopes = [line.split()[0] for line in self.lines("--level", "workspace")]
        self.assertEqual(len(scopes), 5)

    def test_json(self):
        code, doc, _ = run_json("list", "--token", "workspace_token")
        self.assertEqual(code, 0)
        self.assertEqual([s["scope"] for s in doc["scopes"]][:2], ["workspace:read", "workspace:write"])
        self.assertEqual(doc["scopes"][0]["levels"], ["site", "workspace"])
        self.assertEqual(doc["scopes"][2]["resource_name"], "Workspace Activity")


class Check(unittest.TestCase):
    def assert_caret(self, err, text, offset, length):
        lines = err.split("\n")
        self.assertTrue(lines[0].startswith("error: "), err)
        self.assertEqual(lines[1], text)
        self.assertEqual(lines[2], " " * offset + "^" * length)

    def test_valid(self):
        self.assertEqual(run("check", "forms:read cms:read"), (0, "ok: 2 scopes: cms:read forms:read\n", ""))
        self.assertEqual(run("check", "cms%3Aread%20sites%3Awrite")[0], 0)
        self.assertEqual(run("check", "cms:read,forms:read", "--token", "site_token")[0], 0)

    def test_unknown_scope_with_caret(self):
        text = "cms:read cms:reed"
        code, out, err = run("check", text)
        self.assertEqual((code, out), (1, ""))
        self.assertIn("unknown scope", err.split("\n")[0])
        self.assertIn("did you mean 'cms:read'", err.split("\n")[0])
        self.assert_caret(err, text, text.index("cms:reed"), len("cms:reed"))

    def test_docs_typos(self):
        code, _, err = run("check", "workspace_activity: read")
        self.assertEqual(code, 1)
        self.assertIn("space inside a scope", err)
        code, _, err = run("check", "sites:read CMS:read")
        self.assertEqual(code, 1)
        self.assert_caret(err, "sites:read CMS:read", 11, 8)

    def test_caret_follows_escaped_bytes(self):
        # A tab is shown as \x09 (4 columns), so the caret under the bad byte is 4 wide.
        code, _, err = run("check", "cms:read\tforms:read")
        self.assertEqual(code, 1)
        self.assert_caret(err, "cms:read\\x09forms:read", 8, 4)

    def test_token_rejection_points_at_the_scope(self):
        text = "cms:read%20custom_code:read"
        code, _, err = run("check", text, "--token", "site_token")
        self.assertEqual(code, 1)
        self.assertIn("custom_code:read", err.split("\n")[0])
        self.assert_caret(err, text, 11, len("custom_code:read"))

    def test_empty_and_trailing(self):
        self.assertEqual(run("check", "")[0], 1)
        code, _, err = run("check", "cms:read,")
        self.assertEqual(code, 1)
        self.assert_caret(err, "cms:read,", 8, 1)

    def test_json(self):
        code, doc, _ = run_json("check", "cms:read cms:reed")
        self.assertEqual(code, 1)
        self.assertEqual(doc["valid"], False)
        self.assertEqual(doc["error"]["code"], "unknown_scope")
        self.assertEqual((doc["error"]["offset"], doc["error"]["length"]), (9, 8))
        self.assertEqual(doc["error"]["suggestion"], "cms:read")
        code, doc, _ = run_json("check", "cms:read custom_code:write", "--token", "site_token")
        self.assertEqual(code, 1)
        self.assertEqual(doc["rejected"][0]["scope"], "custom_code:write")
        self.assertEqual(doc["rejected"][0]["offset"], 9)
        code, doc, _ = run_json("check", "cms:read")
        self.assertEqual((code, doc["valid"], doc["scopes"]), (0, True, ["cms:read"]))

    def test_json_escaping(self):
        for raw, shown in [
            (b'"\\\n\t\x01\x7f', '"\\\n\t\x01\x7f'),
            ("caf\u00e9 \U0001F600".encode(), "caf\u00e9 \U0001F600"),
            (b"a\xffb\xc3", "a\ufffdb\ufffd"),
            (b"\xed\xa0\x80", "\ufffd\ufffd\ufffd"),  # a UTF-16 surrogate is not UTF-8
        ]:
            code, out, _ = run("check", raw, "--json")
            self.assertEqual(code, 1, raw)
            self.assertEqual(json.loads(out, strict=True)["input"], shown)


class Url(unittest.TestCase):
    def params(self, url):
        parts = urllib.parse.urlsplit(url)
        self.assertEqual((parts.scheme, parts.netloc, parts.path), ("https", "webflow.com", "/oauth/authorize"))
        # keep_blank_values and strict parsing: every pair must be name=value.
        return urllib.parse.parse_qsl(parts.query, keep_blank_values=True, strict_parsing=True), parts

    def test_docs_example_shape(self):
        code, out, _ = run("url", "--client-id", "abc123", "--scopes", "sites:read cms:read")
        self.assertEqual(code, 0)
        self.assertEqual(out, "https://webflow.com/oauth/authorize?response_type=code&client_id=abc123"
                              "&scope=cms%3Aread%20sites%3Aread\n")

    def test_hostile_values_stay_values(self):
        hostile = "a&b=c#d?e+f%g h\ni/\u00e9"
        code, out, _ = run("url", "--client-id", hostile, "--scopes", "cms:read", "--redirect-uri",
                           "https://x.example/cb?x=1&y=2", "--state", hostile)
        self.assertEqual(code, 0)
        pairs, parts = self.params(out.rstrip("\n"))
        self.assertEqual(parts.fragment, "")
        self.assertEqual(pairs, [("response_type", "code"), ("client_id", hostile),
                                 ("redirect_uri", "https://x.example/cb?x=1&y=2"), ("state", hostile),
                                 ("scope", "cms:read")])

    def test_errors(self):
        self.assertEqual(run("url", "--client-id", "", "--scopes", "cms:read")[0], 1)
        code, _, err = run("url", "--client-id", "x", "--scopes", "cms:red")
        self.assertEqual(code, 1)
        self.assertTrue(err.startswith("error: --scopes: unknown scope"), err)


class Endpoints(unittest.TestCase):
    def test_catalogue(self):
        code, out, _ = run("endpoints")
        self.assertEqual(code, 0)
        lines = out.splitlines()
        self.assertEqual(len(lines), 126)  # the catalogue's size, stated in the README
        self.assertIn("GET", lines[0].split()[0])

    def test_resource(self):
        code, out, _ = run("endpoints", "--resource", "forms")
        self.assertEqual(code, 0)
        lines = out.splitlines()
        self.assertGreater(len(lines), 3)
        for line in lines:
            self.assertRegex(line, r" forms:(read|write)$")
        code, out, _ = run("endpoints", "--resource", "authorization_info")
        self.assertEqual(out.split(), ["GET", "/v2/token/introspect", "(none)", "(data_client_app_only)"])


class Plan(unittest.TestCase):
    # The README's least-privilege example: 8 calls and 2 triggers.
    CALLS = ["GET", "/v2/token/introspect", "/v2/sites/{site_id}", "/v2/sites/{site_id}/forms",
             "/v2/sites/{site_id}/collections", "POST", "/v2/sites/{site_id}/webhooks",
             "get", "/v2/form_submissions/{form_submission_id}",
             "POST", "/v2/collections/{collection_id}/items", "/v2/collections/{collection_id}/items/publish",
             "--trigger", "form_submission", "--trigger", "collection_item_deleted"]

    def test_readme_example(self):
        code, out, _ = run("plan", *self.CALLS)
        self.assertEqual(code, 0)
        self.assertIn("\nleast privilege: 5 scopes: cms:read cms:write forms:read sites:read sites:write\n", out)
        self.assertTrue(out.endswith(
            "scope=cms%3Aread%20cms%3Awrite%20forms%3Aread%20sites%3Aread%20sites%3Awrite\n"))

    def test_json(self):
        code, doc, _ = run_json("plan", *self.CALLS)
        self.assertEqual(code, 0)
        self.assertEqual(doc["scopes"], ["cms:read", "cms:write", "forms:read", "sites:read", "sites:write"])
        self.assertEqual(len(doc["calls"]), 8)
        self.assertEqual(doc["triggers"][0], {"trigger": "form_submission", "scope": "forms:read"})

    def test_concrete_path_and_host(self):
        code, out, _ = run("plan", "DELETE", "https://api.webflow.com/v2/sites/580e63e98c9a982ac9b8b741/redirects/x")
        self.assertEqual(code, 0, out)
        self.assertIn("\nleast privilege: 1 scope: sites:write\n", out)  # redirects use sites:*

    def test_errors(self):
        code, _, err = run("plan", "GET", "/v2/sites/{site_id}/colections")
        self.assertEqual(code, 1)
        self.assertIn("unknown_endpoint", err)
        code, doc, _ = run_json("plan", "GET", "/v2/sites", "GET", "https://evil.example/v2/sites")
        self.assertEqual((code, doc["error"]["code"], doc["error"]["index"]), (1, "foreign_host", 1))
        code, doc, _ = run_json("plan", "--trigger", "form_submission,user_account_added")
        self.assertEqual((code, doc["error"]["code"], doc["error"]["index"]), (1, "removed_trigger", 1))
        self.assertEqual(run("plan", "GET", "/v2/sites/{site_id}/items/publish")[0], 1)


class Diff(unittest.TestCase):
    def test_missing(self):
        code, out, _ = run("diff", "--granted", "cms:read,forms:read,branches:merge",
                           "--required", "cms:read cms:write sites:read")
        self.assertEqual(code, 1)
        self.assertTrue(out.startswith("missing: cms:write sites:read\n"), out)
        self.assertIn("unneeded: forms:read\n", out)
        self.assertIn("branches:merge", out)

    def test_satisfied(self):
        code, out, _ = run("diff", "--granted", "cms:read cms:write", "--required", "cms:read")
        self.assertEqual(code, 0)
        self.assertEqual(out, "missing: (none)\nunneeded: cms:write\n")

    def test_json(self):
        code, doc, _ = run_json("diff", "--granted", "cms:read, forms:read", "--required", "cms:read cms:write")
        self.assertEqual(code, 1)
        self.assertEqual((doc["satisfied"], doc["missing"], doc["unneeded"]), (False, ["cms:write"], ["forms:read"]))
        self.assertTrue(doc["blocked_endpoints"])
        for e in doc["blocked_endpoints"]:
            self.assertEqual(e["scopes"], ["cms:write"])
        self.assertIn({"method": "POST", "path": "/v2/collections/{collection_id}/items"},
                      [{"method": e["method"], "path": e["path"]} for e in doc["blocked_endpoints"]])

    def test_parse_errors(self):
        code, _, err = run("diff", "--granted", "cms:read", "--required", "cms:read cms:read")
        self.assertEqual(code, 1)
        self.assertTrue(err.startswith("error: --required: duplicate scope"), err)
        code, doc, _ = run_json("diff", "--granted", "cms%zz", "--required", "cms:read")
        self.assertEqual((code, doc["option"], doc["error"]["code"]), (1, "--granted", "bad_percent_escape"))


class Fuzz(unittest.TestCase):
    """Random argv never crashes the tool, exit codes stay 0/1/2 and --json stays JSON."""

    PIECES = [b"cms:read", b"forms:write", b"%20", b"%3A", b"%", b",", b" ", b"+", b"\x00"[:0], b"\xff", b"\x01",
              b"GET", b"post", b"/v2/sites/{site_id}", b"/v2/collections/x/items", b"https://api.webflow.com",
              b"--token", b"--json", b"--help", b"--", b"-", b"--scopes", b"--client-id", b"--granted",
              b"--required", b"--trigger", b"form_submission", b"site_token", b"{", b"}", b"//", b"\"", b"\\",
              b"\xe2\x82", b"\xf0\x9f\x98\x80", b"=", b"?", b"#"]

    def test_random_arguments(self):
        rng = random.Random(20261201)
        for _ in range(300):
            command = rng.choice(COMMANDS).encode()
            args = [b"".join(rng.choice(self.PIECES) for _ in range(rng.randint(0, 4)))
                    for _ in range(rng.randint(0, 6))]
            if rng.random() < 0.1:
                args.append(b"x" * rng.randint(1000, 100000))
            code, out, _ = run(command, *args)
            self.assertIn(code, (0, 1, 2), (command, args))
            json_mode = b"--json" in args and b"--help" not in args and b"--" not in args
            if json_mode and code in (0, 1) and command != b"url" and command != b"endpoints":
                json.loads(out, strict=True)


if __name__ == "__main__":
    unittest.main()
