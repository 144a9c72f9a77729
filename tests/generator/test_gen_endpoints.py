"""Tests for tools/gen_endpoints.py (Python unittest, standard library only).

    python3 -m unittest discover -s tests/generator -v

Most tests run on small synthetic npm tarballs built here, so they need no network. The last
class also runs on the real webflow-api tarball when $WEBFLOW_API_TARBALL names one.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tarfile
import tempfile
import textwrap
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "tools"))

import gen_endpoints as gen  # noqa: E402


# --- synthetic SDK ------------------------------------------------------------------------------

ENVIRONMENTS_JS = textwrap.dedent("""\
    "use strict";
    exports.WebflowEnvironment = {
        DataApi: {
            base: "https://api.webflow.com/v2",
            dataApi: "https://api.webflow.com/v2",
            contentDeliveryApi: "https://api-cdn.webflow.com/v2",
        },
    };
    """)


def dts_method(name: str, doc_lines: list[str], args: str = "siteId: string") -> str:
    doc = "\n".join(f"     * {line}".rstrip() for line in doc_lines)
    return (f"    /**\n{doc}\n     */\n"
            f"    {name}({args}, requestOptions?: X.RequestOptions): core.HttpResponsePromise<void>;\n"
            f"    private __{name};\n")


def js_method(name: str, method: str, path_expr: str, param: str = "siteId") -> str:
    return textwrap.dedent(f"""\
        {name}({param}, requestOptions) {{
            return core.HttpResponsePromise.fromPromise(this.__{name}({param}, requestOptions));
        }}
        __{name}({param}, requestOptions) {{
            return __awaiter(this, void 0, void 0, function* () {{
                const _response = yield core.fetcher({{
                    url: core.url.join((_b = (yield core.Supplier.get(this._options.baseUrl))) !== null && _b !== void 0 ? _b : ((_c = (yield core.Supplier.get(this._options.environment))) !== null && _c !== void 0 ? _c : environments.WebflowEnvironment.DataApi)
                        .base, {path_expr}),
                    method: "{method}",
                }});
            }});
        }}
        """).replace("\n", "\n    ").rstrip() + "\n"


def client_files(methods: list[tuple[str, list[str], str, str]]) -> tuple[str, str]:
    """methods: (name, doc lines, HTTP method, JS path expression)."""
    dts = ("export declare class X {\n    constructor(_options: X.Options);\n"
           + "".join(dts_method(n, d) for n, d, _, _ in methods)
           + "    protected _getAuthorizationHeader(): Promise<string>;\n}\n")
    js = ("class X {\n    constructor(_options) {\n        this._options = _options;\n    }\n    "
          + "    ".join(js_method(n, m, p) for n, _, m, p in methods)
          + "}\n")
    return dts, js


SITES_PATH = "`sites/${core.url.encodePathParam(siteId)}/collections`"


def make_tarball(clients: dict[str, list[tuple[str, list[str], str, str]]],
                 version: str = "9.9.9", name: str = "webflow-api") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        def add(path: str, text: str) -> None:
            data = text.encode()
            info = tarfile.TarInfo(path)
            info.size = len(data)
            info.mtime = 0
            tar.addfile(info, io.BytesIO(data))
        add("package/package.json", json.dumps({"name": name, "version": version}))
        add("package/dist/environments.js", ENVIRONMENTS_JS)
        for group, methods in clients.items():
            dts, js = client_files(methods)
            add(f"package/dist/api/resources/{group}/client/Client.d.ts", dts)
            add(f"package/dist/api/resources/{group}/client/Client.js", js)
    return buf.getvalue()


GOOD_CLIENTS = {
    "collections": [
        ("list", ["List of all Collections within a Site.", "", "Required scope | `cms:read`"],
         "GET", SITES_PATH),
        ("create", ["Create a Collection.", "", "Required scope | `CMS:write`"], "POST", SITES_PATH),
    ],
    "token": [
        ("introspect", ["Information about the authorization token", "",
                        "<Note>Access to this endpoint requires a bearer token from a "
                        "[Data Client App](/data/docs/getting-started-data-clients).</Note>"],
         "GET", '"token/introspect"'),
    ],
    "workspaces/resources/auditLogs": [
        ("getWorkspaceAuditLogs",
         ['<Warning title="Enterprise & workspace API token only">This endpoint requires an '
          "Enterprise workspace and a workspace token with the `workspace_activity:read` scope. "
          "Create a workspace token from your workspace dashboard integrations page to use this "
          "endpoint.</Warning>", "", "Required scope | `workspace_activity:read`"],
         "GET", "`workspaces/${core.url.encodePathParam(workspaceIdOrSlug)}/audit_logs`"),
    ],
}

EMPTY_SUPPLEMENT = "# nothing\n"


def run_generate(tarball: bytes, supplement: str = EMPTY_SUPPLEMENT) -> tuple[str, list]:
    # A relative supplement path, so that two runs name the same file in the header.
    with tempfile.TemporaryDirectory() as tmp:
        cwd = os.getcwd()
        os.chdir(tmp)
        try:
            with open("supplement.tsv", "w") as f:
                f.write(supplement)
            text, endpoints, _ = gen.generate(tarball, "test.tgz", "supplement.tsv", None)
        finally:
            os.chdir(cwd)
        return text, endpoints


# --- tests --------------------------------------------------------------------------------------

class ClassifyScopeLine(unittest.TestCase):
    """Every wording of the scope line that the SDK 3.3.4 and the docs use."""

    CASES = [
        # (doc line as it appears in Client.d.ts, canonical scopes, variant)
        ("     * Required scope | `cms:read`", ("cms:read",), "scope |"),
        ("     * Required scope: `sites:write`", ("sites:write",), "scope :"),
        ("     * Required Scope | `authorized_user:read`", ("authorized_user:read",), "Scope |"),
        ("     * Required Scope: `assets: write`", ("assets:write",), "Scope : blank-in-scope"),
        ("     * Required scope | `CMS:read`", ("cms:read",), "scope | upper-case"),
        ("     * Required scope | `CMS:write`", ("cms:write",), "scope | upper-case"),
        ("     *  Required scope | `assets:write`", ("assets:write",), "scope |"),
        ("     * Required scope | `workspace_activity: read`", ("workspace_activity:read",),
         "scope | blank-in-scope"),
        ("     * Required scope | sites:write", ("sites:write",), "scope | bare"),
        ("     * Required scope |  `site_config:write` ", ("site_config:write",), "scope |"),
        ("     * Required scope | `cms:read`.", ("cms:read",), "scope |"),
        ("List of all sites. </br></br> Required scope | `sites:read`", ("sites:read",), "scope |"),
        ("     * Required scopes | `cms:read`, `cms:write`", ("cms:read", "cms:write"), "scopes |"),
        ("     * Required scopes: `forms:read` and `sites:read`", ("forms:read", "sites:read"),
         "scopes :"),
    ]

    def test_variants(self):
        for line, scopes, variant in self.CASES:
            with self.subTest(line=line):
                got = gen.classify_scope_line(line, "x.d.ts:1")
                self.assertIsNotNone(got)
                self.assertEqual(got.scopes, scopes)
                self.assertEqual(got.variant, variant)

    def test_lines_without_scope(self):
        for line in ["     * List of all Collections within a Site.",
                     "     * @param {string} siteId - Unique identifier for a Site",
                     "     * a workspace token with the `workspace_activity:read` scope.",
                     ""]:
            with self.subTest(line=line):
                self.assertIsNone(gen.classify_scope_line(line))

    def test_unclassifiable_lines_fail_with_location(self):
        bad = [
            "     * Required scope - see the docs",
            "     * Required scope |",
            "     * Required scope | `cms`",
            "     * Required scope | `page:read`",         # the spec's typo: not a registry scope
            "     * Required scope | `cms:read` or `cms:write`",
            "     * Required scope | `cms:read` `cms:write`",
            "     * Required scope | `cms:read`, `cms:read`",
            "     * Required scopes are listed below",
            "     * requiredScope: cms:read",
        ]
        for line in bad:
            with self.subTest(line=line):
                with self.assertRaises(gen.GenError) as ctx:
                    gen.classify_scope_line(line, "dist/x/Client.d.ts:42")
                self.assertTrue(str(ctx.exception).startswith("dist/x/Client.d.ts:42: "),
                                str(ctx.exception))


class Notes(unittest.TestCase):
    def test_known_notes(self):
        lines = [(1, "<Note>Access to this endpoint requires a bearer token obtained from an "
                     "[OAuth Code Grant Flow](/data/reference/oauth-app).</Note>"),
                 (2, '<Warning title="Enterprise Only">This endpoint requires an Enterprise '
                     "workspace.</Warning>")]
        self.assertEqual(gen.classify_notes(lines, "f"), ("data_client_app_only", "enterprise"))

    def test_unknown_token_note_fails(self):
        with self.assertRaises(gen.GenError) as ctx:
            gen.classify_notes([(7, "<Note>Site tokens cannot call this endpoint.</Note>")], "f.d.ts")
        self.assertIn("f.d.ts:7", str(ctx.exception))


class Generate(unittest.TestCase):
    def test_rows(self):
        _, endpoints = run_generate(make_tarball(GOOD_CLIENTS))
        rows = {(e.method, e.path): e for e in endpoints}
        self.assertEqual(rows[("GET", "/v2/sites/{site_id}/collections")].scopes, ("cms:read",))
        self.assertEqual(rows[("POST", "/v2/sites/{site_id}/collections")].scopes, ("cms:write",))
        introspect = rows[("GET", "/v2/token/introspect")]
        self.assertEqual(introspect.scopes, ())
        self.assertEqual(introspect.token_rule, "data_client_app_only")
        audit = rows[("GET", "/v2/workspaces/{workspace_id_or_slug}/audit_logs")]
        self.assertEqual((audit.token_rule, audit.availability), ("workspace_token_only", "enterprise"))
        self.assertEqual(audit.name, "workspaces.auditLogs.getWorkspaceAuditLogs")
        self.assertEqual(rows[("GET", "/v2/sites/{site_id}/collections")].source,
                         "sdk:collections/client/Client.d.ts:6")

    def test_header_text(self):
        text, _ = run_generate(make_tarball(GOOD_CLIENTS))
        first = text.split("\n", 1)[0]
        self.assertIn("tools/gen_endpoints.py", first)
        self.assertIn("webflow-api@9.9.9", first)
        self.assertIn("scope_set{}", text)
        self.assertIn("scope{resource::cms, access::read},", text)
        self.assertIn("inline constexpr route_node routes[] = {", text)
        self.assertIn("#ifndef WEBFLOW_SCOPES_ENDPOINT_TABLE_HPP", text)
        self.assertIn("resource_status::enterprise", text)

    def test_route_index(self):
        # Worked out by hand from GOOD_CLIENTS' four endpoints: breadth first, literal children
        # sorted and contiguous, the parameter child after them; rows are table indices.
        _, endpoints = run_generate(make_tarball(GOOD_CLIENTS))
        got = [(node.text, begin, end, parameter, node.row) for node, begin, end, parameter in gen.build_routes(endpoints)]
        none = [None] * 5
        self.assertEqual(got, [
            ("", 1, 4, None, none),                             # /v2: sites, token, workspaces
            ("sites", 4, 4, 4, none),
            ("token", 5, 6, None, none),
            ("workspaces", 6, 6, 6, none),
            ("", 7, 8, None, none),                             # /v2/sites/{site_id}
            ("introspect", 8, 8, None, [2, None, None, None, None]),
            ("", 8, 9, None, none),                             # /v2/workspaces/{...}
            ("collections", 9, 9, None, [0, 1, None, None, None]),
            ("audit_logs", 9, 9, None, [3, None, None, None, None]),
        ])

    def test_deterministic(self):
        tarball = make_tarball(GOOD_CLIENTS)
        self.assertEqual(run_generate(tarball)[0], run_generate(tarball)[0])

    def test_sorted_by_path_then_method(self):
        _, endpoints = run_generate(make_tarball(GOOD_CLIENTS))
        keys = [(e.path, gen.METHODS.index(e.method)) for e in endpoints]
        self.assertEqual(keys, sorted(keys))

    def test_endpoint_without_scope_fails(self):
        clients = {"collections": [("list", ["List collections."], "GET", SITES_PATH)]}
        with self.assertRaises(gen.GenError) as ctx:
            run_generate(make_tarball(clients))
        self.assertIn("collections/client/Client.d.ts:", str(ctx.exception))
        self.assertIn("has no Required scope line", str(ctx.exception))

    def test_introspect_with_scope_is_stale_exemption(self):
        clients = {"token": [("introspect", ["Required scope | `sites:read`"], "GET",
                              '"token/introspect"')]}
        with self.assertRaisesRegex(gen.GenError, "needing no scope"):
            run_generate(make_tarball(clients))

    def test_unclassifiable_line_fails_with_file_and_line(self):
        clients = {"collections": [("list", ["List.", "", "Required scope is cms:read"], "GET",
                                    SITES_PATH)]}
        with self.assertRaises(gen.GenError) as ctx:
            run_generate(make_tarball(clients))
        self.assertRegex(str(ctx.exception), r"^dist/api/resources/collections/client/Client\.d\.ts:6: ")

    def test_cli_exit_status(self):
        clients = {"collections": [("list", ["Required scope ??"], "GET", SITES_PATH)]}
        with tempfile.TemporaryDirectory() as tmp:
            tgz = os.path.join(tmp, "bad.tgz")
            with open(tgz, "wb") as f:
                f.write(make_tarball(clients))
            err = io.StringIO()
            with contextlib.redirect_stderr(err):
                status = gen.main(["--tarball", tgz, "--output", os.path.join(tmp, "out.hpp")])
            self.assertEqual(status, 1)
            self.assertIn("Client.d.ts:4: cannot classify scope line", err.getvalue())
            self.assertFalse(os.path.exists(os.path.join(tmp, "out.hpp")))

    def test_cli_check(self):
        with tempfile.TemporaryDirectory() as tmp:
            tgz = os.path.join(tmp, "good.tgz")
            out = os.path.join(tmp, "out.hpp")
            with open(tgz, "wb") as f:
                f.write(make_tarball(GOOD_CLIENTS))
            with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
                self.assertEqual(gen.main(["--tarball", tgz, "--output", out]), 0)
                self.assertEqual(gen.main(["--tarball", tgz, "--output", out, "--check"]), 0)
                with open(out, "a") as f:
                    f.write("// edited by hand\n")
                self.assertEqual(gen.main(["--tarball", tgz, "--output", out, "--check"]), 3)

    def test_unknown_path_expression_fails(self):
        clients = {"collections": [("list", ["Required scope | `cms:read`"], "GET",
                                    "`sites/${siteId}/collections`")]}
        with self.assertRaisesRegex(gen.GenError, "cannot read path expression"):
            run_generate(make_tarball(clients))

    def test_wrong_package_fails(self):
        with self.assertRaisesRegex(gen.GenError, "not 'webflow-api'"):
            run_generate(make_tarball(GOOD_CLIENTS, name="something-else"))


class Supplement(unittest.TestCase):
    ROW = ("GET\t/v2/workspaces\tworkspace:read\tworkspaces.list\tdata_client_app_or_workspace_token"
           "\tga\tverified\thttps://developers.webflow.com/data/reference/enterprise/workspace-management/list\n")

    def test_merged_and_sorted(self):
        _, endpoints = run_generate(make_tarball(GOOD_CLIENTS), "# c\n\n" + self.ROW)
        self.assertIn(("GET", "/v2/workspaces"), [(e.method, e.path) for e in endpoints])
        keys = [(e.path, gen.METHODS.index(e.method)) for e in endpoints]
        self.assertEqual(keys, sorted(keys))

    def test_duplicate_of_sdk_fails(self):
        row = ("GET\t/v2/sites/{site_id}/collections\tcms:read\tcollections.listAgain\tany\tga\t"
               "verified\thttps://developers.webflow.com/x\n")
        with self.assertRaisesRegex(gen.GenError, "already catalogued"):
            run_generate(make_tarball(GOOD_CLIENTS), row)

    def test_bad_rows_fail_with_line(self):
        bad_rows = [
            self.ROW.replace("GET", "FETCH", 1),
            self.ROW.replace("/v2/workspaces", "/v2/workspaces/{WorkspaceId}"),
            self.ROW.replace("/v2/workspaces", "v2/workspaces"),
            self.ROW.replace("workspace:read", "workspace:admin"),
            self.ROW.replace("\tga\t", "\tbeta\t"),
            self.ROW.replace("verified", "probably"),
            self.ROW.replace("https://developers.webflow.com/", "https://example.com/"),
            self.ROW.replace("\t", "    ", 1),
        ]
        for row in bad_rows:
            with self.subTest(row=row):
                with self.assertRaises(gen.GenError) as ctx:
                    gen.read_supplement("# header\n" + row, "tools/s.tsv")
                self.assertTrue(str(ctx.exception).startswith("tools/s.tsv:2: "), str(ctx.exception))

    def test_committed_supplement_parses(self):
        with open(gen.DEFAULT_SUPPLEMENT) as f:
            rows = gen.read_supplement(f.read(), "tools/endpoints_supplement.tsv")
        self.assertGreater(len(rows), 0)
        for row in rows:
            self.assertTrue(row.source.startswith("https://developers.webflow.com/"))


@unittest.skipUnless(os.environ.get("WEBFLOW_API_TARBALL")
                     and os.path.exists(os.environ["WEBFLOW_API_TARBALL"]),
                     "set WEBFLOW_API_TARBALL to a webflow-api-3.3.4.tgz to run")
class RealSdk(unittest.TestCase):
    def test_real_tarball(self):
        with open(os.environ["WEBFLOW_API_TARBALL"], "rb") as f:
            tarball = f.read()
        sdk = gen.read_sdk(tarball)
        self.assertEqual(sdk.version, "3.3.4")
        self.assertEqual(len(sdk.endpoints), 106)
        text, _, _ = gen.generate(tarball, "real.tgz", gen.DEFAULT_SUPPLEMENT, "3.3.4")
        with open(gen.DEFAULT_OUTPUT) as f:
            self.assertEqual(f.read(), text)


if __name__ == "__main__":
    unittest.main()
