#!/usr/bin/env python3
"""Tests of the webflow-scopes command-line tool: runs the binary and checks exit codes,
output, carets under errors, suggestions, standard input, status notes, and that every --json
output is valid JSON. Expectations are written by hand from the Webflow docs and docs/cli.md;
counts, first and last scopes come from the tool's own `list --json` and `endpoints --json`,
never from literal numbers, so a registry change does not break them.

usage: WEBFLOW_SCOPES_CLI=path/to/webflow-scopes WEBFLOW_SCOPES_VERSION=<version.hpp's version> \
       python3 test_cli.py [unittest arguments, e.g. Check]
"""
import functools
import json
import os
import random
import re
import subprocess
import unittest
import urllib.parse

BINARY = os.environ.get("WEBFLOW_SCOPES_CLI", "webflow-scopes")
VERSION = os.environ.get("WEBFLOW_SCOPES_VERSION", "")
COMMANDS = ["list", "check", "url", "endpoints", "plan", "diff"]
MIB = 1 << 20
# A scope and a resource Webflow will never register.
UNKNOWN_SCOPE = "nosuch:read"


def run_bytes(*args, stdin=b"", stdout=subprocess.PIPE):
    """(exit code, stdout, stderr) as bytes; args may be str or bytes. stdin is b"" unless given."""
    done = subprocess.run([BINARY, *args], input=stdin, stdout=stdout, stderr=subprocess.PIPE, timeout=60)
    if done.returncode < 0:
        raise AssertionError(f"killed by signal {-done.returncode}: {args!r}")
    return done.returncode, done.stdout, done.stderr


def run(*args, stdin=b""):
    """(exit code, stdout, stderr), as text."""
    code, out, err = run_bytes(*args, stdin=stdin)
    return code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def run_json(*args, stdin=b""):
    code, out, err = run(*args, "--json", stdin=stdin)
    return code, json.loads(out, strict=True), err


@functools.lru_cache(maxsize=None)
def all_scopes():
    """The registry's scopes, as `list --json` gives them."""
    code, doc, _ = run_json("list")
    assert code == 0
    return tuple(doc["scopes"])


def scopes_with_status(status):
    return [s["scope"] for s in all_scopes() if s["status"] == status]


@functools.lru_cache(maxsize=None)
def all_endpoints():
    code, doc, _ = run_json("endpoints")
    assert code == 0
    return tuple(doc["endpoints"])


def help_names(text, option):
    """The names listed in a --help text after `OPTION ...: ` (wrapped over several lines)."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(f"  {option} "))
    block = [lines[start]]
    for line in lines[start + 1:]:
        if not line.startswith(" " * 22):
            break
        block.append(line)
    listed = " ".join(part.strip() for part in block)
    return [name.strip() for name in listed.rsplit(": ", 1)[1].split(",")]


def assert_usage_error(test, args, stdin=b""):
    code, out, err = run(*args, stdin=stdin)
    test.assertEqual(code, 2, (args, err))
    test.assertEqual(out, "", args)
    test.assertTrue(err.startswith("error: "), (args, err))
    return err


def assert_caret_under(test, err, marked):
    """The caret line starts under the first bytes of `marked` in the echoed input line."""
    lines = err.split("\n")
    carets = next(line for line in lines if line.strip() and set(line.strip()) == {"^"})
    echoed = lines[lines.index(carets) - 1]
    column = carets.index("^")
    test.assertTrue(echoed[column:].startswith(marked), (echoed, carets, marked))
    return echoed, carets


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
            self.assertEqual(run("help", name)[1], out)
            self.assertIn("--json", out, name)
            for line in out.split("\n"):
                self.assertEqual(line, line.rstrip(), (name, line))

    def test_help_wins_over_a_bad_option(self):
        self.assertEqual(run("list", "--bogus", "--help")[0], 0)

    def test_hostile_option_names_are_escaped(self):
        code, _, err = run("list", b"--\x1b[31m\xff\\")
        self.assertEqual(code, 2)
        self.assertIn("'--\\x1B[31m\\xFF\\x5C'", err)
        self.assertNotIn("\x1b", err)

    def test_help_names_come_from_the_library(self):
        # Every name a help text lists is accepted where it is listed, and the lists are
        # complete: every token type, level, resource and current trigger is there.
        _, list_help, _ = run("list", "--help")
        tokens = help_names(list_help, "--token TYPE")
        self.assertEqual(sorted(tokens), ["data_client_app", "site_token", "workspace_token"])
        for token in tokens:
            self.assertEqual(run("list", "--token", token)[0], 0, token)
        levels = help_names(list_help, "--level LEVEL")
        self.assertEqual(sorted(levels), sorted({level for s in all_scopes() for level in s["levels"]}))
        _, endpoints_help, _ = run("endpoints", "--help")
        resources = help_names(endpoints_help, "--resource R")
        self.assertTrue({s["resource"] for s in all_scopes()} <= set(resources))
        self.assertTrue({e["topic"] for e in all_endpoints()} <= set(resources))
        for resource in resources:
            self.assertEqual(run("endpoints", "--resource", resource)[0], 0, resource)
        _, plan_help, _ = run("plan", "--help")
        trigger_names = help_names(plan_help, "--trigger T")
        self.assertIn("form_submission", trigger_names)
        self.assertNotIn("user_account_added", trigger_names)  # removed 2026-01-29
        code, doc, _ = run_json("plan", "--trigger", ",".join(trigger_names))
        self.assertEqual(code, 0)
        self.assertEqual([t["trigger"] for t in doc["triggers"]], trigger_names)
        methods = re.search(r"METHOD is one of (.*) \(any case\)", plan_help).group(1).split(", ")
        self.assertEqual(methods, ["GET", "POST", "PUT", "PATCH", "DELETE"])
        statuses = {s["status"] for s in all_scopes()}
        self.assertTrue(all(status in list_help for status in statuses))


class ExitCodes(unittest.TestCase):
    def test_help_lists_the_four_codes(self):
        _, out, _ = run("--help")
        for code in range(4):
            self.assertRegex(out, rf"\n  {code}  ")
        for name in COMMANDS:
            self.assertIn("exit status: 0 ", run(name, "--help")[1], name)

    def test_usage_errors_exit_2(self):
        cases = [
            [],
            ["lsit"],
            ["--bogus"],
            ["--version", "x"],
            ["help", "lsit"],
            ["list", "--bogus"],
            ["list", "--token"],
            ["list", "--token", "--json"],
            ["list", "--token", "admin_token"],
            ["list", "--level", "planet"],
            ["list", "--json=yes"],
            ["list", "extra"],
            ["list", "--token", "site_token", "--token", "site_token"],
            ["list", "--workspace-access"],
            ["list", "--workspace-access", "--token", "site_token"],
            ["check"],
            ["check", "cms:read", "forms:read"],
            ["check", "cms:read", "--token", "site"],
            ["url", "--scopes", "cms:read"],
            ["url", "--client-id", "abc"],
            ["url", "--client-id"],
            ["url", "--client-id", "", "--scopes", "cms:read"],
            ["url", "--client-id", "x", "--scopes", "cms:red"],
            ["endpoints", "--resource", "cms:read"],
            ["endpoints", "extra"],
            ["plan"],
            ["plan", "/v2/sites"],
            ["plan", "GET"],
            ["plan", "GET", ""],
            ["plan", "GET", "/v2/sites", "POST"],
            ["plan", "GET", "/v2/sites", "--trigger", "form_submited"],
            ["plan", "GET", "/v2/sites", "--trigger", "form_submission,"],
            ["plan", "GET", "/v2/sites/{site_id}/colections"],
            ["plan", "GET", "/v2/collections/{collection_id}/items/publish"],
            ["plan", "GET", "https://evil.example/v2/sites"],
            ["plan", "GET", "/v2//sites"],
            ["plan", "--trigger", "user_account_added"],
            ["plan", "GET", "/v2/sites", "--workspace-access"],
            ["diff", "--granted", "cms:read"],
            ["diff", "--required", "cms:read"],
            ["diff", "--granted", "cms:read", "--required", "cms:raed"],
            ["diff", "--granted", "cms%zz", "--required", "cms:read"],
            ["diff", "--granted", "cms:read", "--required", "cms:read", "--workspace-access"],
            ["diff", "--granted", "-", "--required", "-"],
        ]
        for args in cases:
            err = assert_usage_error(self, args)
            self.assertNotIn("::", err, args)  # flags and names, never C++ enums

    def test_diff_missing_is_1_and_a_typo_is_2(self):
        code, out, _ = run("diff", "--granted", "cms:read", "--required", "cms:read cms:write")
        self.assertEqual(code, 1)
        self.assertTrue(out.startswith("missing: cms:write\n"), out)
        err = assert_usage_error(self, ["diff", "--granted", "cms:read", "--required", "cms:raed"])
        self.assertIn("did you mean 'cms:read'?", err)
        assert_caret_under(self, err, "cms:raed")

    def test_check_no_is_1(self):
        self.assertEqual(run("check", "cms:reed")[0], 1)
        self.assertEqual(run("check", "custom_code:read", "--token", "site_token")[0], 1)

    def test_plan_token_no_is_1(self):
        code, _, err = run("plan", "--token", "site_token", "DELETE", "/v2/sites/{site_id}/custom_code")
        self.assertEqual(code, 1)
        self.assertIn("custom_code:write", err)
        self.assertIn("data_client_app_only", err)  # the endpoint's token rule

    def test_workspace_access_error_names_flags(self):
        for token in ([], ["--token", "site_token"]):
            err = assert_usage_error(self, ["check", "cms:read", "--workspace-access", *token])
            self.assertTrue(err.startswith("error: --workspace-access needs --token data_client_app\n"), err)

    @unittest.skipUnless(os.path.exists("/dev/full"), "needs /dev/full")
    def test_output_not_written_is_3(self):
        for args in (["list"], ["--help"], ["check", "cms:read"], ["endpoints", "--json"], ["list", "--help"]):
            with open("/dev/full", "wb") as full:
                code, _, err = run_bytes(*args, stdout=full)
            self.assertEqual(code, 3, args)
            self.assertIn(b"error: cannot write the output", err)


class Suggestions(unittest.TestCase):
    def assert_suggests(self, args, name):
        err = assert_usage_error(self, args)
        self.assertIn(f"(did you mean '{name}'?)", err.split("\n")[0], args)

    def test_commands(self):
        self.assert_suggests(["lsit"], "list")
        self.assert_suggests(["chek", "cms:read"], "check")
        self.assert_suggests(["help", "endpionts"], "endpoints")

    def test_flags(self):
        self.assert_suggests(["list", "--tokn", "site_token"], "--token")
        self.assert_suggests(["diff", "--grantd", "cms:read", "--required", "cms:read"], "--granted")
        self.assert_suggests(["--verison"], "--version")

    def test_names(self):
        self.assert_suggests(["list", "--token", "siet_token"], "site_token")
        self.assert_suggests(["list", "--level", "wrkspace"], "workspace")
        self.assert_suggests(["endpoints", "--resource", "CMS"], "cms")
        self.assert_suggests(["plan", "--trigger", "form_sumbission"], "form_submission")
        self.assert_suggests(["plan", "GTE", "/v2/sites"], "GET")
        self.assert_suggests(["plan", "GET", "/v2/sites", "PSOT", "/v2/sites"], "POST")

    def test_endpoint_paths(self):
        self.assert_suggests(["plan", "GET", "/v2/sites/{site_id}/colections"], "/v2/sites/{site_id}/collections")
        code, doc, _ = run_json("plan", "GET", "/v2/sites/{site_id}/colections")
        self.assertEqual(code, 2)
        self.assertEqual(doc["error"]["suggestion"], {"method": "GET", "path": "/v2/sites/{site_id}/collections"})
        err = assert_usage_error(self, ["plan", "GET", "/v2/collections/{collection_id}/items/publish"])
        self.assertIn("(this path takes POST)", err)

    def test_scopes(self):
        code, _, err = run("check", "cms:reed")
        self.assertEqual(code, 1)
        self.assertIn("(did you mean 'cms:read'?)", err)
        self.assert_suggests(["url", "--client-id", "x", "--scopes", "page:read"], "pages:read")

    def test_nothing_close_lists_the_names(self):
        err = assert_usage_error(self, ["list", "--token", "nosuch"])
        self.assertIn("(one of: data_client_app, site_token, workspace_token)", err)
        err = assert_usage_error(self, ["nosuchcommand"])
        self.assertNotIn("did you mean", err)


class Stdin(unittest.TestCase):
    def test_check(self):
        self.assertEqual(run("check", "-", stdin=b"cms:read sites:write"),
                         (0, "ok: 2 scopes: cms:read sites:write\n", ""))
        # Trailing newlines, as echo and files end, are dropped; others are read as given.
        self.assertEqual(run("check", "-", stdin=b"cms:read\r\n\n")[0], 0)
        code, _, err = run("check", "-", stdin=b"cms:read\nsites:write")
        self.assertEqual(code, 1)
        self.assertTrue(err.startswith("error: standard input: control character"), err)

    def test_url_and_diff(self):
        code, out, _ = run("url", "--client-id", "x", "--scopes", "-", stdin=b"cms:read\n")
        self.assertEqual((code, out), (0, "https://webflow.com/oauth/authorize?response_type=code&client_id=x"
                                          "&scope=cms%3Aread\n"))
        code, out, _ = run("diff", "--granted", "-", "--required", "cms:read cms:write", stdin=b"cms:read,cms:write\n")
        self.assertEqual((code, out), (0, "missing: (none)\nunneeded: (none)\n"))
        code, out, _ = run("diff", "--granted", "cms:read", "--required", "-", stdin=b"cms:read cms:write")
        self.assertEqual(code, 1)
        err = assert_usage_error(self, ["diff", "--granted", "cms:read", "--required", "-"], stdin=b"cms:raed")
        self.assertTrue(err.startswith("error: --required (standard input): unknown scope"), err)

    def test_plan(self):
        text = b"GET /v2/sites/{site_id}/forms  # the forms\n# a comment line\npost\t/v2/collections/{collection_id}/items\n"
        code, doc, _ = run_json("plan", "-", "--trigger", "form_submission", stdin=text)
        self.assertEqual(code, 0)
        self.assertEqual([c["endpoint"] for c in doc["calls"]],
                         ["/v2/sites/{site_id}/forms", "/v2/collections/{collection_id}/items"])
        self.assertEqual(doc["scopes"], ["cms:write", "forms:read"])
        # Arguments and standard input mix, in order.
        code, doc, _ = run_json("plan", "GET", "/v2/sites", "-", stdin=b"/v2/sites/{site_id}")
        self.assertEqual([c["path"] for c in doc["calls"]], ["/v2/sites", "/v2/sites/{site_id}"])
        self.assertEqual(assert_usage_error(self, ["plan", "-"], stdin=b"GET /v2/nosuch").split("\n")[0],
                         "error: no such endpoint: GET '/v2/nosuch'")
        self.assertIn("in standard input", assert_usage_error(self, ["plan", "-"], stdin=b"GTE /v2/sites"))

    def test_bounded_at_one_mib(self):
        # 1 MiB is read (and is no scope list: exit 1); one byte more is refused (exit 2).
        self.assertEqual(run("check", "-", stdin=b"a" * MIB)[0], 1)
        for args in (["check", "-"], ["plan", "-"], ["diff", "--granted", "-", "--required", "cms:read"]):
            err = assert_usage_error(self, args, stdin=b"a" * (MIB + 1))
            self.assertIn("standard input is over 1048576 bytes (1 MiB)", err.split("\n")[0])
            self.assertLess(len(err), 2048)

    def test_read_once(self):
        err = assert_usage_error(self, ["diff", "--granted", "-", "--required", "-"], stdin=b"cms:read")
        self.assertIn("standard input can be read only once", err)
        self.assertIn("can be read only once", assert_usage_error(self, ["plan", "-", "-"], stdin=b"GET /v2/sites"))


class ShortEchoes(unittest.TestCase):
    BIG = 100_000

    def assert_short(self, args, marked=None, stdin=b""):
        code, out, err = run_bytes(*args, stdin=stdin)
        self.assertIn(code, (1, 2), args[:2])
        self.assertLessEqual(len(err), 2048, args[:2])
        err = err.decode()
        for line in err.split("\n"):  # a list of names (trigger types) may take a few hundred bytes
            self.assertLessEqual(len(line), 600, line[:100])
        if marked is not None:
            echoed, carets = assert_caret_under(self, err, marked)
            self.assertLessEqual(len(echoed), 90)
            self.assertLessEqual(len(carets), len(echoed))
        return err

    def test_long_bad_scope(self):
        err = self.assert_short(["check", "cms:read " + "a" * self.BIG], marked="aaaa")
        echoed = err.split("\n")[1]
        self.assertTrue(echoed.startswith("cms:read aaa") and echoed.endswith("..."), echoed)

    def test_deep_error_keeps_the_caret_aligned(self):
        # The lenient granted list allows any number of separators: the error is 100 KB in.
        err = self.assert_short(["diff", "--granted", " " * self.BIG + "%zz", "--required", "cms:read"], marked="%z")
        self.assertTrue(err.split("\n")[1].startswith("..."), err)
        half = self.BIG * 6 // 10  # one argument may hold at most 128 KiB (Linux's MAX_ARG_STRLEN)
        err = self.assert_short(["diff", "--granted", " " * half + "%zz" + " " * half, "--required", "cms:read"],
                                marked="%z")
        echoed = err.split("\n")[1]
        self.assertTrue(echoed.startswith("...") and echoed.endswith("..."), echoed)

    def test_escaped_bytes_in_the_window(self):
        text = b"cms:read " + b"\x01" * self.BIG
        err = self.assert_short(["check", text], marked="\\x01")
        self.assertNotIn("\x01", err)

    def test_rejected_scope_in_a_long_list(self):
        _, doc, _ = run_json("list", "--token", "site_token")
        names = [s["scope"] for s in doc["scopes"] if s["status"] == "ga"]  # allowed, and no notes
        text = " ".join(names[: len(names) // 2] + ["custom_code:read"] + names[len(names) // 2:])
        self.assert_short(["check", text, "--token", "site_token"], marked="custom_code:read")

    def test_every_quoted_argument(self):
        big = "x" * self.BIG
        for args in (["list", "--" + big], ["list", big], [big], ["list", "--token", big],
                     ["plan", "GET", "/" + big], ["plan", big], ["plan", "--trigger", big],
                     ["endpoints", "--resource", big], ["check", "cms:read", big], ["url", "--client-id", "x",
                                                                                    "--scopes", big]):
            err = self.assert_short(args)
            self.assertIn("...", err, args[:2])

    def test_json_keeps_the_whole_input(self):
        # The cut is for people; --json gives programs the input as it was.
        code, doc, err = run_json("check", "cms:read " + "a" * self.BIG)
        self.assertEqual((code, err, len(doc["input"])), (1, "", self.BIG + 9))


class StatusNotes(unittest.TestCase):
    def test_users_read_is_removed(self):
        code, out, err = run("check", "users:read")
        self.assertEqual((code, out), (0, "ok: 1 scope: users:read\n"))
        note = next(s["status_note"] for s in all_scopes() if s["scope"] == "users:read")
        self.assertIn("removed", note)
        self.assertEqual(err, f"note: users:read is deprecated: {note}\n")

    def test_every_status_but_ga_gets_a_note(self):
        words = {"deprecated": "deprecated", "beta": "beta", "enterprise": "enterprise"}
        for status, word in words.items():
            for scope in scopes_with_status(status):
                code, _, err = run("check", scope)
                self.assertEqual(code, 0, scope)
                self.assertTrue(err.startswith(f"note: {scope} is {word}: "), err)
        for scope in scopes_with_status("ga"):
            self.assertEqual(run("check", scope)[2], "", scope)

    def test_notes_do_not_change_the_exit_code(self):
        deprecated = scopes_with_status("deprecated")[0]
        code, _, err = run("check", f"{deprecated} cms:reed")
        self.assertEqual(code, 1)
        code, _, err = run("check", f"custom_code:read {deprecated}", "--token", "site_token")
        self.assertEqual(code, 1)
        self.assertIn(f"note: {deprecated} is deprecated", err)

    def test_json_and_list(self):
        beta = scopes_with_status("beta")[0]
        code, doc, err = run_json("check", f"cms:read {beta}")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual([(n["scope"], n["status"]) for n in doc["notes"]], [(beta, "beta")])
        code, out, _ = run("list")
        for s in all_scopes():
            line = next(line for line in out.split("\n") if line.startswith(s["scope"] + " "))
            self.assertTrue(line.rstrip().endswith(s["status"] if s["status"] != "deprecated"
                                                   else f"deprecated: {s['status_note']}"), line)
            self.assertEqual(s["status_note"] is None, s["status"] == "ga", s)

    def test_url_notes_go_to_stderr(self):
        deprecated = scopes_with_status("deprecated")[0]
        code, out, err = run("url", "--client-id", "x", "--scopes", deprecated)
        self.assertEqual(code, 0)
        self.assertEqual(out.count("\n"), 1)
        self.assertTrue(err.startswith(f"note: {deprecated} is deprecated"), err)


class List(unittest.TestCase):
    def lines(self, *args):
        code, out, err = run("list", *args)
        self.assertEqual((code, err), (0, ""))
        return out.splitlines()

    def test_every_scope_in_order(self):
        lines = self.lines()
        names = [s["scope"] for s in all_scopes()]
        self.assertEqual([line.split()[0] for line in lines], names)
        self.assertEqual(names, sorted(names))  # canonical order: sorted scope strings
        self.assertNotIn(UNKNOWN_SCOPE, names)

    def test_token_filters_agree_with_check(self):
        for token in ("data_client_app", "site_token", "workspace_token"):
            listed = {line.split()[0] for line in self.lines("--token", token)}
            for s in all_scopes():
                allowed = run("check", s["scope"], "--token", token)[0] == 0
                self.assertEqual(s["scope"] in listed, allowed, (token, s["scope"]))

    def test_token_rules(self):
        # The scopes reference: workspace tokens hold workspace-level scopes, site tokens
        # site-level ones, and custom code is for Data Client apps only.
        workspace = {line.split()[0] for line in self.lines("--token", "workspace_token")}
        self.assertEqual(workspace, {s["scope"] for s in all_scopes() if "workspace" in s["levels"]})
        site = {line.split()[0] for line in self.lines("--token", "site_token")}
        self.assertNotIn("custom_code:read", site)
        self.assertIn("cms:write", site)
        self.assertTrue(site <= {s["scope"] for s in all_scopes() if "site" in s["levels"]})
        app = {line.split()[0] for line in self.lines("--token", "data_client_app")}
        everything = {line.split()[0] for line in self.lines("--token", "data_client_app", "--workspace-access")}
        self.assertEqual(everything, {s["scope"] for s in all_scopes()})
        self.assertTrue(app < everything and site < app)

    def test_level(self):
        for level in ("site", "workspace"):
            listed = [line.split()[0] for line in self.lines("--level", level)]
            self.assertEqual(listed, [s["scope"] for s in all_scopes() if level in s["levels"]])

    def test_json(self):
        code, doc, _ = run_json("list", "--token", "workspace_token")
        self.assertEqual(code, 0)
        first = doc["scopes"][0]
        self.assertEqual((first["scope"], first["resource"], first["access"]), ("workspace:read", "workspace", "read"))
        self.assertEqual(first["levels"], ["site", "workspace"])
        self.assertEqual(first["status"], "enterprise")


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
        text = f"cms:read {UNKNOWN_SCOPE}"
        code, out, err = run("check", text)
        self.assertEqual((code, out), (1, ""))
        self.assertIn("unknown scope", err.split("\n")[0])
        self.assert_caret(err, text, 9, len(UNKNOWN_SCOPE))

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

    def test_workspace_access_hint(self):
        code, _, err = run("check", "workspace_members:read", "--token", "data_client_app")
        self.assertEqual(code, 1)
        self.assertIn("--workspace-access", err.split("\n")[0])
        self.assertEqual(run("check", "workspace_members:read", "--token", "data_client_app",
                             "--workspace-access")[0], 0)

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
        self.assertEqual((doc["token"], doc["workspace_access"]), ("site_token", False))
        self.assertEqual(doc["rejected"][0]["scope"], "custom_code:write")
        self.assertEqual(doc["rejected"][0]["rejection"], "not_offered_to_this_token_type")
        self.assertEqual(doc["rejected"][0]["offset"], 9)
        code, doc, _ = run_json("check", "cms:read")
        self.assertEqual((code, doc["valid"], doc["scopes"], doc["notes"]), (0, True, ["cms:read"], []))


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

    def test_json(self):
        code, doc, _ = run_json("url", "--client-id", "abc", "--scopes", "cms:read")
        self.assertEqual((code, doc["scopes"]), (0, ["cms:read"]))
        self.assertEqual(doc["url"], run("url", "--client-id", "abc", "--scopes", "cms:read")[1].rstrip("\n"))
        code, doc, _ = run_json("url", "--client-id", "", "--scopes", "cms:read")
        self.assertEqual((code, doc["error"]["code"]), (2, "empty_client_id"))
        code, doc, _ = run_json("url", "--client-id", "x", "--scopes", "cms:red")
        self.assertEqual((code, doc["option"], doc["error"]["code"]), (2, "--scopes", "unknown_scope"))

    def test_errors(self):
        code, _, err = run("url", "--client-id", "x", "--scopes", "cms:red")
        self.assertEqual(code, 2)
        self.assertTrue(err.startswith("error: --scopes: unknown scope"), err)
        code, _, err = run("url", "--client-id", "", "--scopes", "cms:read")
        self.assertEqual((code, err), (2, "error: client_id is empty (--client-id)\n"))


class Endpoints(unittest.TestCase):
    def test_catalogue(self):
        code, out, _ = run("endpoints")
        self.assertEqual(code, 0)
        lines = out.splitlines()
        self.assertEqual(len(lines), len(all_endpoints()))
        for line, e in zip(lines, all_endpoints()):
            self.assertEqual(line.split()[:2], [e["method"], e["path"]])

    def test_resource(self):
        code, out, _ = run("endpoints", "--resource", "forms")
        self.assertEqual(code, 0)
        lines = out.splitlines()
        self.assertGreater(len(lines), 3)
        for line in lines:
            self.assertRegex(line, r" forms:(read|write)$")
        code, out, _ = run("endpoints", "--resource", "authorization_info")
        self.assertEqual(out.split(), ["GET", "/v2/token/introspect", "(none)"])

    def test_webhooks_are_data_on_the_endpoint(self):
        code, doc, _ = run_json("endpoints", "--resource", "webhooks")
        self.assertEqual(code, 0)
        self.assertEqual(doc["endpoints"], [e for e in all_endpoints() if e["topic"] == "webhooks"])
        self.assertIn(("POST", "/v2/sites/{site_id}/webhooks"), [(e["method"], e["path"]) for e in doc["endpoints"]])

    def test_json(self):
        for e in all_endpoints():
            self.assertEqual(set(e), {"method", "path", "name", "scopes", "tokens", "status", "api", "topic"})
            self.assertIn(e["api"], ("v2", "beta"))
            self.assertTrue(e["path"].startswith("/" + e["api"] + "/"), e)


class Plan(unittest.TestCase):
    # An app's calls and triggers, with the scopes the Webflow docs give each.
    CALLS = ["GET", "/v2/token/introspect", "/v2/sites/{site_id}", "/v2/sites/{site_id}/forms",
             "/v2/sites/{site_id}/collections", "POST", "/v2/sites/{site_id}/webhooks",
             "get", "/v2/form_submissions/{form_submission_id}",
             "POST", "/v2/collections/{collection_id}/items", "/v2/collections/{collection_id}/items/publish",
             "--trigger", "form_submission", "--trigger", "collection_item_deleted"]

    def test_example(self):
        code, out, _ = run("plan", *self.CALLS)
        self.assertEqual(code, 0)
        self.assertIn("\nleast privilege: 5 scopes: cms:read cms:write forms:read sites:read sites:write\n", out)
        self.assertTrue(out.endswith(
            "scope=cms%3Aread%20cms%3Awrite%20forms%3Aread%20sites%3Aread%20sites%3Awrite\n"))

    def test_json(self):
        code, doc, _ = run_json("plan", *self.CALLS)
        self.assertEqual(code, 0)
        self.assertEqual(doc["scopes"], ["cms:read", "cms:write", "forms:read", "sites:read", "sites:write"])
        paths = [w for w in self.CALLS[:self.CALLS.index("--trigger")] if w.upper() not in ("GET", "POST")]
        self.assertEqual([c["path"] for c in doc["calls"]], paths)
        self.assertEqual(doc["triggers"][0], {"trigger": "form_submission", "scope": "forms:read"})
        self.assertNotIn("token", doc)

    def test_concrete_path_and_host(self):
        code, out, _ = run("plan", "DELETE", "https://api.webflow.com/v2/sites/580e63e98c9a982ac9b8b741/redirects/x")
        self.assertEqual(code, 0, out)
        self.assertIn("\nleast privilege: 1 scope: sites:write\n", out)  # redirects use sites:*

    def test_errors(self):
        code, _, err = run("plan", "GET", "/v2/sites/{site_id}/colections")
        self.assertEqual(code, 2)
        self.assertTrue(err.startswith("error: no such endpoint: GET '/v2/sites/{site_id}/colections'"), err)
        code, doc, _ = run_json("plan", "GET", "/v2/sites", "GET", "https://evil.example/v2/sites")
        self.assertEqual((code, doc["error"]["code"], doc["error"]["index"]), (2, "foreign_host", 1))
        code, doc, _ = run_json("plan", "--trigger", "form_submission,user_account_added")
        self.assertEqual((code, doc["error"]["code"], doc["error"]["index"]), (2, "removed_trigger", 1))
        self.assertEqual(doc["error"]["trigger"], "user_account_added")
        code, doc, _ = run_json("plan", "GET", "/v2/collections/{collection_id}/items/publish")
        self.assertEqual((code, doc["error"]["code"], doc["error"]["methods"]), (2, "method_not_allowed", ["POST"]))

    def test_empty_path_is_named(self):
        err = assert_usage_error(self, ["plan", "GET", ""])
        self.assertTrue(err.startswith("error: the path after GET is empty\n"), err)

    def test_token(self):
        code, out, err = run("plan", "--token", "site_token", "DELETE", "/v2/sites/{site_id}/custom_code")
        self.assertEqual(code, 1)
        self.assertIn("least privilege: 1 scope: custom_code:write", out)  # the plan itself is printed
        self.assertIn("cannot call: DELETE /v2/sites/{site_id}/custom_code (token rule data_client_app_only; "
                      "needs custom_code:write)", err)
        self.assertIn("cannot hold: custom_code:write: ", err)
        code, doc, _ = run_json("plan", "--token", "site_token", "DELETE", "/v2/sites/{site_id}/custom_code")
        self.assertEqual((code, doc["allowed"], doc["token"]), (1, False, "site_token"))
        self.assertEqual(doc["rejected"][0]["scope"], "custom_code:write")
        self.assertEqual(doc["cannot_call"][0]["tokens"], "data_client_app_only")
        self.assertTrue(doc["cannot_call"][0]["token_rule_excludes"])
        # Webhook create needs a Data Client app although a site token may hold sites:write.
        code, doc, _ = run_json("plan", "--token", "site_token", "POST", "/v2/sites/{site_id}/webhooks")
        self.assertEqual((code, doc["rejected"], doc["cannot_call"][0]["needs"]), (1, [], []))
        # A trigger whose scope a workspace token cannot hold.
        code, doc, _ = run_json("plan", "--token", "workspace_token", "--trigger", "form_submission")
        self.assertEqual((code, doc["cannot_receive"]), (1, [{"index": 0, "trigger": "form_submission",
                                                              "scope": "forms:read"}]))
        code, out, err = run("plan", "--token", "data_client_app", "GET", "/v2/sites", "--trigger", "form_submission")
        self.assertEqual((code, err), (0, ""))
        self.assertTrue(out.endswith("ok: a data_client_app may hold these scopes and make these calls\n"), out)


class Diff(unittest.TestCase):
    def test_missing(self):
        code, out, _ = run("diff", "--granted", f"cms:read,forms:read,{UNKNOWN_SCOPE}",
                           "--required", "cms:read cms:write sites:read")
        self.assertEqual(code, 1)
        self.assertTrue(out.startswith("missing: cms:write sites:read\n"), out)
        self.assertIn("unneeded: forms:read\n", out)
        self.assertIn(f"ignored granted scopes: '{UNKNOWN_SCOPE}' (unknown scope)\n", out)

    def test_blocked_counts(self):
        _, out, _ = run("diff", "--granted", "cms:read", "--required", "cms:read cms:write")
        count = sum(1 for e in all_endpoints() if "cms:write" in e["scopes"])
        self.assertIn(f"  without cms:write {count} endpoints fail with 403 missing_scopes\n", out)

    def test_satisfied(self):
        code, out, _ = run("diff", "--granted", "cms:read cms:write", "--required", "cms:read")
        self.assertEqual(code, 0)
        self.assertEqual(out, "missing: (none)\nunneeded: cms:write\n")

    def test_json(self):
        code, doc, _ = run_json("diff", "--granted", f"cms:read, forms:read {UNKNOWN_SCOPE}",
                                "--required", "cms:read cms:write")
        self.assertEqual(code, 1)
        self.assertEqual((doc["satisfied"], doc["missing"], doc["unneeded"]), (False, ["cms:write"], ["forms:read"]))
        self.assertEqual(doc["ignored_granted"], [{"text": UNKNOWN_SCOPE, "reason": "unknown_scope", "offset": 21,
                                                   "length": len(UNKNOWN_SCOPE)}])
        self.assertTrue(doc["blocked_endpoints"])
        for e in doc["blocked_endpoints"]:
            self.assertIn("cms:write", e["scopes"])
        self.assertIn({"method": "POST", "path": "/v2/collections/{collection_id}/items"},
                      [{"method": e["method"], "path": e["path"]} for e in doc["blocked_endpoints"]])

    def test_many_ignored(self):
        granted = ",".join(f"nosuch{i}:read" for i in range(12))
        code, doc, _ = run_json("diff", "--granted", granted, "--required", "cms:read")
        self.assertEqual((code, doc["ignored_granted_count"]), (1, 12))
        _, out, _ = run("diff", "--granted", granted, "--required", "cms:read")
        self.assertIn(f" and {12 - len(doc['ignored_granted'])} more\n", out)

    def test_parse_errors(self):
        code, _, err = run("diff", "--granted", "cms:read", "--required", "cms:read cms:read")
        self.assertEqual(code, 2)
        self.assertTrue(err.startswith("error: --required: duplicate scope"), err)
        code, doc, _ = run_json("diff", "--granted", "cms%zz", "--required", "cms:read")
        self.assertEqual((code, doc["option"], doc["error"]["code"]), (2, "--granted", "bad_percent_escape"))

    def test_token(self):
        code, out, err = run("diff", "--granted", "cms:read custom_code:read", "--required",
                             "cms:read custom_code:read", "--token", "site_token")
        self.assertEqual(code, 1)  # nothing missing, but a site token cannot hold custom_code:read
        self.assertTrue(out.startswith("missing: (none)\n"), out)
        self.assertTrue(err.startswith("error: a site_token cannot hold every required scope\n"
                                       "cannot hold: custom_code:read: "), err)
        code, doc, _ = run_json("diff", "--granted", "cms:read", "--required", "cms:read", "--token", "site_token")
        self.assertEqual((code, doc["allowed"], doc["rejected"]), (0, True, []))


class Json(unittest.TestCase):
    """Every command has --json, and prints one valid document for exit 0 and 1."""

    def test_every_command(self):
        cases = [
            ["list"], ["check", "cms:read"], ["check", "cms:reed"], ["url", "--client-id", "x", "--scopes", "cms:read"],
            ["endpoints"], ["endpoints", "--resource", "cms"], ["plan", "GET", "/v2/sites"],
            ["plan", "GET", "/v2/sites", "--token", "workspace_token"],
            ["diff", "--granted", "cms:read", "--required", "cms:write"],
        ]
        for args in cases:
            code, out, err = run(*args, "--json")
            self.assertIn(code, (0, 1), args)
            self.assertEqual(err, "", args)
            self.assertEqual(out.count("\n"), 1, args)
            self.assertIsInstance(json.loads(out, strict=True), dict, args)

    def test_input_errors_are_documents(self):
        for args in (["url", "--client-id", "x", "--scopes", "cms:reed"], ["plan", "GET", "/v2/nosuch"],
                     ["diff", "--granted", "cms:read", "--required", "cms:reed"]):
            code, out, err = run(*args, "--json")
            self.assertEqual((code, err), (2, ""), args)
            self.assertIn("error", json.loads(out, strict=True), args)

    def test_usage_errors_are_text(self):
        code, out, err = run("list", "--token", "nosuch", "--json")
        self.assertEqual((code, out), (2, ""))
        self.assertTrue(err.startswith("error: "))

    def test_escaping(self):
        for raw, shown in [
            (b'"\\\n\t\x01\x7f', '"\\\n\t\x01\x7f'),
            ("caf\u00e9 \U0001F600".encode(), "caf\u00e9 \U0001F600"),
            (b"a\xffb\xc3", "a\ufffdb\ufffd"),
            (b"\xed\xa0\x80", "\ufffd\ufffd\ufffd"),  # a UTF-16 surrogate is not UTF-8
        ]:
            code, out, _ = run_bytes("check", raw, "--json")
            self.assertEqual(code, 1, raw)
            self.assertEqual(json.loads(out, strict=True)["input"], shown)
            code, out, _ = run_bytes("plan", "GET", b"/v2/" + raw, "--json")
            self.assertEqual(code, 2, raw)
            self.assertEqual(json.loads(out, strict=True)["error"]["path"], "/v2/" + shown)


class Fuzz(unittest.TestCase):
    """Random argv and stdin never crash the tool: exit codes stay 0/1/2, stderr stays short,
    and with --json stdout is one valid JSON document whenever it is not empty."""

    PIECES = [b"cms:read", b"forms:write", b"%20", b"%3A", b"%", b",", b" ", b"+", b"", b"\xff", b"\x01",
              b"GET", b"post", b"PSOT", b"/v2/sites/{site_id}", b"/v2/collections/x/items", b"/beta/sites",
              b"https://api.webflow.com", b"--token", b"--json", b"--help", b"--", b"-", b"--scopes",
              b"--client-id", b"--granted", b"--required", b"--trigger", b"--resource", b"--level",
              b"--workspace-access", b"form_submission", b"site_token", b"data_client_app", b"users:read",
              b"nosuch:read", b"{", b"}", b"//", b"\"", b"\\", b"\xe2\x82", b"\xf0\x9f\x98\x80", b"=", b"?", b"#"]

    def test_random_arguments(self):
        rng = random.Random(20261201)
        for _ in range(300):
            command = rng.choice(COMMANDS).encode()
            args = [b"".join(rng.choice(self.PIECES) for _ in range(rng.randint(0, 4)))
                    for _ in range(rng.randint(0, 6))]
            if rng.random() < 0.1:
                args.append(b"x" * rng.randint(1000, 100000))
            stdin = b"".join(rng.choice(self.PIECES + [b"\n"]) for _ in range(rng.randint(0, 20)))
            code, out, err = run_bytes(command, *args, stdin=stdin)
            context = (command, [a[:40] for a in args], stdin[:40])
            self.assertIn(code, (0, 1, 2), context)
            self.assertLessEqual(max((len(line) for line in err.split(b"\n")), default=0), 600, context)
            self.assertLessEqual(len(err), 32768, context)
            if b"::" not in b"".join(args):
                self.assertNotIn(b"::", err, context)  # never a C++ name
            options = args[:args.index(b"--")] if b"--" in args else args
            if b"--json" in options and b"--help" not in options:
                if code in (0, 1):
                    self.assertTrue(out, context)
                if out:
                    self.assertIsInstance(json.loads(out, strict=True), dict, context)
                    self.assertEqual(err, b"", context)


if __name__ == "__main__":
    unittest.main()
