"""Tests for tools/gen_endpoints.py (Python unittest, standard library only).

    python3 -m unittest discover -s tests/generator -v

Most tests run on small synthetic npm tarballs and a stub registry built here, so they need
neither the network nor a compiler. CommittedFiles builds the real registry (once, shared with
the other test files); RealSdk also runs on the real webflow-api tarball when
$WEBFLOW_API_TARBALL names one.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tarfile
import tempfile
import textwrap
import unittest
from unittest import mock

from support import STUB, real_registry

import gen_endpoints as gen  # noqa: E402  (support put tools/ on sys.path)


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


INTROSPECT = ("introspect", ["Information about the authorization token", "",
                             "<Note>Access to this endpoint requires a bearer token from a "
                             "[Data Client App](/data/docs/getting-started-data-clients).</Note>"],
              "GET", '"token/introspect"')

GOOD_CLIENTS = {
    "collections": [
        ("list", ["List of all Collections within a Site.", "", "Required scope | `cms:read`"],
         "GET", SITES_PATH),
        ("create", ["Create a Collection.", "", "Required scope | `CMS:write`"], "POST", SITES_PATH),
    ],
    "token": [INTROSPECT],
    "webhooks": [
        ("get", ["Get a webhook.", "", "Required scope | `sites:read`"], "GET",
         "`webhooks/${core.url.encodePathParam(webhookId)}`"),
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

DOCS = "https://developers.webflow.com/data/reference"
INTROSPECT_OVERRIDE = ("override\tGET\t/v2/token/introspect\t-\ttoken.introspect\tany\tga\tverified\t"
                       f"{DOCS}/token/introspect\n")


def supplement_row(kind: str, method: str, path: str, scopes: str, name: str, token_rule: str = "any",
                   availability: str = "ga", confidence: str = "verified", page: str = "x") -> str:
    return "\t".join([kind, method, path, scopes, name, token_rule, availability, confidence, f"{DOCS}/{page}"]) + "\n"


def sdk_table(clients=None) -> str:
    return gen.extract(make_tarball(GOOD_CLIENTS if clients is None else clients), "test.tgz", STUB)[0]


@contextlib.contextmanager
def inputs(sdk_text: str, supplement: str):
    """The two tables as files in a scratch directory, named relatively (as the header names
    them) from the current directory."""
    cwd = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        try:
            with open("sdk.tsv", "w") as f:
                f.write(sdk_text)
            with open("supplement.tsv", "w") as f:
                f.write(supplement)
            yield tmp
        finally:
            os.chdir(cwd)


def run_generate(clients=None, supplement: str = INTROSPECT_OVERRIDE, registry=STUB):
    with inputs(sdk_table(clients), supplement):
        text, endpoints, _ = gen.generate(registry, "sdk.tsv", "supplement.tsv")
    return text, endpoints


def rows_of(text: str) -> list[str]:
    """The table's rows with the alignment blanks squeezed out."""
    return [re.sub(r"\s+", " ", line.strip()) for line in text.split("\n") if line.startswith("    {http_method::")]


# --- the "Required scope" line ------------------------------------------------------------------

KNOWN = frozenset(STUB.scope_strings())


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
        ("     * Required scope |  `sites:write` ", ("sites:write",), "scope |"),
        ("     * Required scope | `cms:read`.", ("cms:read",), "scope |"),
        ("List of all sites. </br></br> Required scope | `sites:read`", ("sites:read",), "scope |"),
        ("     * Required scopes | `cms:read`, `cms:write`", ("cms:read", "cms:write"), "scopes |"),
        ("     * Required scopes: `forms:read` and `sites:read`", ("forms:read", "sites:read"),
         "scopes :"),
        ("     * Required scope | `agent-instructions:read`", ("agent-instructions:read",), "scope |"),
        ("     * Required scope | `branches:delete`", ("branches:delete",), "scope |"),
    ]

    def test_variants(self):
        for line, scopes, variant in self.CASES:
            with self.subTest(line=line):
                got = gen.classify_scope_line(line, "x.d.ts:1", KNOWN)
                self.assertIsNotNone(got)
                self.assertEqual(got.scopes, scopes)
                self.assertEqual(got.variant, variant)

    def test_lines_without_scope(self):
        for line in ["     * List of all Collections within a Site.",
                     "     * @param {string} siteId - Unique identifier for a Site",
                     "     * a workspace token with the `workspace_activity:read` scope.",
                     ""]:
            with self.subTest(line=line):
                self.assertIsNone(gen.classify_scope_line(line, "x", KNOWN))

    def test_unclassifiable_lines_fail_with_location(self):
        bad = [
            "     * Required scope - see the docs",
            "     * Required scope |",
            "     * Required scope | `cms`",
            "     * Required scope | `page:read`",         # the spec's typo: not a registry scope
            "     * Required scope | `cms:admin`",         # an action the registry's cms lacks
            "     * Required scope | `cms:read` or `cms:write`",
            "     * Required scope | `cms:read` `cms:write`",
            "     * Required scope | `cms:read`, `cms:read`",
            "     * Required scopes are listed below",
            "     * requiredScope: cms:read",
        ]
        for line in bad:
            with self.subTest(line=line):
                with self.assertRaises(gen.GenError) as ctx:
                    gen.classify_scope_line(line, "dist/x/Client.d.ts:42", KNOWN)
                self.assertTrue(str(ctx.exception).startswith("dist/x/Client.d.ts:42: "), str(ctx.exception))

    def test_the_registry_decides_which_scopes_exist(self):
        line = "     * Required scope | `page:read`"
        with self.assertRaisesRegex(gen.GenError, "include/webflow/scopes/registry.hpp"):
            gen.classify_scope_line(line, "f:1", KNOWN)
        self.assertEqual(gen.classify_scope_line(line, "f:1", KNOWN | {"page:read"}).scopes, ("page:read",))


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


# --- extraction: the SDK to tools/sdk_endpoints.tsv ---------------------------------------------

class Extract(unittest.TestCase):
    def test_rows(self):
        sdk = gen.read_sdk(make_tarball(GOOD_CLIENTS), "t.tgz", KNOWN)
        rows = {(e.method, e.path): e for e in sdk.endpoints}
        self.assertEqual(rows[("GET", "/v2/sites/{site_id}/collections")].scopes, ("cms:read",))
        self.assertEqual(rows[("POST", "/v2/sites/{site_id}/collections")].scopes, ("cms:write",))
        introspect = rows[("GET", "/v2/token/introspect")]
        self.assertEqual((introspect.scopes, introspect.token_rule), ((), "data_client_app_only"))
        audit = rows[("GET", "/v2/workspaces/{workspace_id_or_slug}/audit_logs")]
        self.assertEqual((audit.token_rule, audit.availability), ("workspace_token_only", "enterprise"))
        self.assertEqual(audit.name, "workspaces.auditLogs.getWorkspaceAuditLogs")
        self.assertEqual(rows[("GET", "/v2/sites/{site_id}/collections")].source,
                         "sdk:collections/client/Client.d.ts:6")

    def test_table_text(self):
        text = sdk_table()
        lines = text.split("\n")
        self.assertEqual(lines[0], "# Generated by tools/gen_endpoints.py --extract from npm webflow-api@9.9.9. "
                                   "Do not edit.")
        self.assertRegex(lines[1], r"^# webflow-api-9\.9\.9\.tgz sha256 [0-9a-f]{64}$")
        self.assertRegex(lines[2], r"^# integrity sha512-[A-Za-z0-9+/]+=*$")
        self.assertIn("method\tpath\tscopes\tname\ttoken_rule\tavailability\tsource", lines)
        self.assertIn("GET\t/v2/token/introspect\t-\ttoken.introspect\tdata_client_app_only\tga\t"
                      "sdk:token/client/Client.d.ts:8", lines)
        body = [line for line in lines if line.startswith(("GET\t", "POST\t"))]
        self.assertEqual(body, sorted(body, key=lambda line: (line.split("\t")[1],
                                                              gen.METHODS.index(line.split("\t")[0]))))

    def test_round_trip(self):
        sdk = gen.read_sdk(make_tarball(GOOD_CLIENTS), "t.tgz", KNOWN)
        back = gen.read_sdk_table(gen.render_sdk_table(sdk), "tools/sdk_endpoints.tsv", KNOWN)
        self.assertEqual((back.version, back.sha256, back.integrity), (sdk.version, sdk.sha256, sdk.integrity))
        self.assertEqual(back.endpoints, sdk.endpoints)

    def test_unknown_scope_fails_at_its_doc_line(self):
        clients = {"pages": [("list", ["List.", "", "Required scope | `page:read`"], "GET", SITES_PATH)]}
        with self.assertRaises(gen.GenError) as ctx:
            sdk_table(clients)
        self.assertRegex(str(ctx.exception), r"^dist/api/resources/pages/client/Client\.d\.ts:6: unknown scope "
                                             r"'page:read'")

    def test_unclassifiable_line_fails_with_file_and_line(self):
        clients = {"collections": [("list", ["List.", "", "Required scope is cms:read"], "GET", SITES_PATH)]}
        with self.assertRaises(gen.GenError) as ctx:
            sdk_table(clients)
        self.assertRegex(str(ctx.exception), r"^dist/api/resources/collections/client/Client\.d\.ts:6: ")

    def test_unknown_path_expression_fails(self):
        clients = {"collections": [("list", ["Required scope | `cms:read`"], "GET", "`sites/${siteId}/collections`")]}
        with self.assertRaisesRegex(gen.GenError, "cannot read path expression"):
            sdk_table(clients)

    def test_wrong_package_fails(self):
        with self.assertRaisesRegex(gen.GenError, "not 'webflow-api'"):
            gen.extract(make_tarball(GOOD_CLIENTS, name="something-else"), "t.tgz", STUB)

    def test_wrong_version_fails(self):
        with self.assertRaisesRegex(gen.GenError, "expected 3.3.4"):
            gen.extract(make_tarball(GOOD_CLIENTS), "t.tgz", STUB, "3.3.4")

    def test_bad_table_fails_with_line(self):
        good = sdk_table()
        row = next(line for line in good.split("\n") if line.startswith("GET\t/v2/sites/"))
        row_line = good.split("\n").index(row) + 1
        cases = [
            (good.replace("--extract from", "from", 1), 1),
            (good.replace("# integrity sha512-", "# integrity sha1-", 1), 3),
            (good.replace("method\tpath", "verb\tpath", 1), 8),
            (good.replace(row, row.replace("/v2/sites/", "/beta/sites/")), row_line),
            (good.replace(row, row.replace("sdk:collections", "collections")), row_line),
            (good.replace(row, row.replace("cms:read", "cms:admin")), row_line),
            (good.replace(row, row + "\textra"), row_line),
        ]
        for text, line in cases:
            with self.subTest(line=line):
                with self.assertRaises(gen.GenError) as ctx:
                    gen.read_sdk_table(text, "tools/sdk_endpoints.tsv", KNOWN)
                self.assertTrue(str(ctx.exception).startswith(f"tools/sdk_endpoints.tsv:{line}: "),
                                str(ctx.exception))


# --- the supplement -----------------------------------------------------------------------------

class Supplement(unittest.TestCase):
    ROW = supplement_row("add", "GET", "/v2/sites/{site_id}/forms", "forms:read", "forms.list")

    def test_rows_parse(self):
        rows = gen.read_supplement("# c\n\n" + self.ROW + INTROSPECT_OVERRIDE, "s.tsv", KNOWN)
        self.assertEqual([(r.kind, r.endpoint.method, r.endpoint.path) for r in rows],
                         [("add", "GET", "/v2/sites/{site_id}/forms"), ("override", "GET", "/v2/token/introspect")])
        self.assertEqual(rows[1].endpoint.scopes, ())
        self.assertEqual(rows[0].endpoint.where, "s.tsv:3")

    def test_path_templates(self):
        accepted = ["/v2/sites/{site_id}/forms", "/beta/sites/{site_id}/llms_txt", "/beta/app_subscriptions",
                    "/v2/agent-instructions/{instruction_id}", "/v2/a/b2/{c_d}/e"]
        rejected = ["/v3/sites", "/beta", "/v2", "v2/sites", "/v2/Sites", "/v2/{SiteId}", "/v2//sites",
                    "/v2/sites/", "/v2/sites/{site-id}", "/v2/{1x}", "/beta/sites?x=1"]
        for path in accepted:
            with self.subTest(path=path):
                gen.read_supplement(self.ROW.replace("/v2/sites/{site_id}/forms", path), "s.tsv", KNOWN)
        for path in rejected:
            with self.subTest(path=path):
                with self.assertRaisesRegex(gen.GenError, "^s.tsv:1: malformed path template"):
                    gen.read_supplement(self.ROW.replace("/v2/sites/{site_id}/forms", path), "s.tsv", KNOWN)

    def test_bad_rows_fail_with_line(self):
        bad_rows = [
            self.ROW.replace("add", "replace", 1),
            "\t".join(self.ROW.split("\t")[1:]),                       # no kind column
            self.ROW.replace("GET", "FETCH", 1),
            self.ROW.replace("forms:read", "forms:write"),             # not offered by the registry
            self.ROW.replace("forms:read", "forms:read forms:read"),
            self.ROW.replace("forms.list", "Forms.list"),
            self.ROW.replace("\tany\t", "\tdata_client_app\t"),        # the research's spelling
            self.ROW.replace("\tga\t", "\tbeta\t"),                    # the namespace is the path's
            self.ROW.replace("verified", "probably"),
            self.ROW.replace("verified", "inferred:method and path"),
            self.ROW.replace("https://developers.webflow.com/", "https://example.com/"),
            self.ROW.replace("\t", "    ", 1),
        ]
        for row in bad_rows:
            with self.subTest(row=row):
                with self.assertRaises(gen.GenError) as ctx:
                    gen.read_supplement("# header\n" + row, "tools/s.tsv", KNOWN)
                self.assertTrue(str(ctx.exception).startswith("tools/s.tsv:2: "), str(ctx.exception))


# --- merging: overrides and additions -----------------------------------------------------------

class Merge(unittest.TestCase):
    def test_endpoint_without_scope_needs_an_override(self):
        with self.assertRaises(gen.GenError) as ctx:
            run_generate(supplement="# nothing\n")
        message = str(ctx.exception)
        self.assertRegex(message, r"^sdk\.tsv:\d+: GET /v2/token/introspect \(token\.introspect\) has no "
                                  r"Required scope line in the SDK \(sdk:token/client/Client\.d\.ts:8\)")
        self.assertIn("add an override row to supplement.tsv", message)

    def test_override_replaces_the_sdk_row(self):
        text, endpoints = run_generate()
        introspect = next(e for e in endpoints if e.path == "/v2/token/introspect")
        self.assertEqual((introspect.scopes, introspect.token_rule), ((), "any"))
        self.assertEqual(introspect.source, f"{DOCS}/token/introspect")
        self.assertEqual(introspect.overrides, "sdk:token/client/Client.d.ts:8")
        row = next(line for line in text.split("\n") if '"/v2/token/introspect"sv' in line)
        self.assertTrue(row.endswith("},  // overrides sdk:token/client/Client.d.ts:8"), row)
        self.assertIn("from the SDK (1 overridden by the supplement)", text)

    def test_override_may_set_a_scope(self):
        override = INTROSPECT_OVERRIDE.replace("\t-\t", "\tauthorized_user:read\t")
        _, endpoints = run_generate(supplement=override)
        self.assertEqual(next(e for e in endpoints if e.path == "/v2/token/introspect").scopes,
                         ("authorized_user:read",))

    def test_override_must_change_something(self):
        same = supplement_row("override", "GET", "/v2/sites/{site_id}/collections", "cms:read", "collections.list")
        with self.assertRaisesRegex(gen.GenError, r"^supplement\.tsv:2: override of GET "
                                                  r"/v2/sites/\{site_id\}/collections changes nothing"):
            run_generate(supplement=INTROSPECT_OVERRIDE + same)

    def test_override_must_target_an_sdk_endpoint(self):
        stray = supplement_row("override", "GET", "/v2/sites/{site_id}/forms", "forms:read", "forms.list")
        with self.assertRaisesRegex(gen.GenError, "not an endpoint of sdk.tsv: .*make it an add row"):
            run_generate(supplement=INTROSPECT_OVERRIDE + stray)
        beta = INTROSPECT_OVERRIDE.replace("/v2/token/introspect", "/beta/token/introspect")
        with self.assertRaisesRegex(gen.GenError, "not an endpoint of sdk.tsv"):
            run_generate(supplement=beta)

    def test_override_keeps_the_sdk_name(self):
        renamed = INTROSPECT_OVERRIDE.replace("token.introspect", "token.info")
        with self.assertRaisesRegex(gen.GenError, "keeps the SDK's name"):
            run_generate(supplement=renamed)

    def test_one_override_per_endpoint(self):
        twice = INTROSPECT_OVERRIDE + INTROSPECT_OVERRIDE.replace("\tany\t", "\tworkspace_token_only\t")
        with self.assertRaisesRegex(gen.GenError, r"^supplement\.tsv:2: .*already overridden at supplement\.tsv:1"):
            run_generate(supplement=twice)

    def test_add_of_an_sdk_endpoint_fails(self):
        row = supplement_row("add", "GET", "/v2/sites/{site_id}/collections", "cms:read", "collections.listAgain")
        with self.assertRaisesRegex(gen.GenError, "already catalogued from sdk:collections/client/Client.d.ts:6 "
                                                  r"\(sdk.tsv\): drop this row, or make it an override"):
            run_generate(supplement=INTROSPECT_OVERRIDE + row)

    def test_names_are_unique(self):
        row = supplement_row("add", "GET", "/beta/sites/{site_id}/collections", "cms:read", "collections.list")
        with self.assertRaisesRegex(gen.GenError, "name collections.list is already used"):
            run_generate(supplement=INTROSPECT_OVERRIDE + row)


# --- rendering ----------------------------------------------------------------------------------

BETA_ROWS = (supplement_row("add", "GET", "/beta/sites/{site_id}/branches", "branches:read", "sites.branches.list",
                            availability="enterprise", page="branches/list")
             + supplement_row("add", "DELETE", "/beta/sites/{site_id}/branches/{branch_id}", "branches:delete",
                              "sites.branches.delete", availability="enterprise", confidence="inferred:path",
                              page="branches/delete"))


class Render(unittest.TestCase):
    def test_header_names_generator_sources_and_sdk(self):
        text, _ = run_generate()
        lines = text.split("\n")
        self.assertEqual(lines[0], "// Generated by tools/gen_endpoints.py from sdk.tsv (npm webflow-api@9.9.9) and "
                                   "supplement.tsv. Do not edit.")
        self.assertRegex(lines[1], r"^// webflow-api-9\.9\.9\.tgz sha256 [0-9a-f]{64}$")
        self.assertRegex(lines[2], r"^// integrity sha512-")
        self.assertIn("Regenerate: tools/regenerate", text)
        self.assertIn("#ifndef WEBFLOW_SCOPES_ENDPOINT_TABLE_HPP", text)
        includes = [line for line in lines if line.startswith("#include")]
        self.assertEqual(includes, ["#include <array>",
                                    '#include "webflow/scopes/detail/enum_support.hpp"  // "..."sv',
                                    '#include "webflow/scopes/endpoint.hpp"',
                                    '#include "webflow/scopes/route_index.hpp"'])
        self.assertIn("inline constexpr route_node routes[] = {", text)

    def test_row_format(self):
        text, _ = run_generate()
        rows = rows_of(text)
        self.assertIn('{http_method::get, "/v2/sites/{site_id}/collections"sv, scope{resource::cms, access::read}, '
                      '"collections.list"sv, token_rule::any, resource_status::ga, api_version::v2, resource::cms, '
                      '"sdk:collections/client/Client.d.ts:6"sv},', rows)
        self.assertIn('{http_method::get, "/v2/workspaces/{workspace_id_or_slug}/audit_logs"sv, '
                      "scope{resource::workspace_activity, access::read}, "
                      '"workspaces.auditLogs.getWorkspaceAuditLogs"sv, token_rule::workspace_token_only, '
                      "resource_status::enterprise, api_version::v2, resource::workspace_activity, "
                      '"sdk:workspaces/resources/auditLogs/client/Client.d.ts:6"sv},', rows)

    def test_columns_are_aligned(self):
        text, _ = run_generate(supplement=INTROSPECT_OVERRIDE + BETA_ROWS)
        lines = [line for line in text.split("\n") if line.startswith("    {http_method::")]
        for column in ("token_rule::", "resource_status::", "api_version::"):
            self.assertEqual(len({line.index(column) for line in lines}), 1, column)

    def test_beta_rows(self):
        text, endpoints = run_generate(supplement=INTROSPECT_OVERRIDE + BETA_ROWS)
        self.assertEqual([e.api for e in endpoints[:2]], ["beta", "beta"])   # /beta sorts before /v2
        self.assertTrue(all(e.api == "v2" for e in endpoints[2:]))
        rows = rows_of(text)
        self.assertEqual(rows[1], '{http_method::delete_, "/beta/sites/{site_id}/branches/{branch_id}"sv, '
                                  "scope{resource::branches, access::delete_}, \"sites.branches.delete\"sv, "
                                  "token_rule::any, resource_status::enterprise, api_version::beta, "
                                  f'resource::branches, "{DOCS}/branches/delete"sv}}, // inferred:path')

    def test_scope_cells(self):
        row = supplement_row("add", "GET", "/v2/agent-instructions", "agent-instructions:read sites:read",
                             "agentInstructions.list")
        text, _ = run_generate(supplement=INTROSPECT_OVERRIDE + row)
        line = next(r for r in rows_of(text) if "/v2/agent-instructions" in r)
        self.assertIn("scope{resource::agent_instructions, access::read} | scope{resource::sites, access::read},",
                      line)
        self.assertIn("resource::agent_instructions,", line)   # the topic: the first scope's resource
        self.assertIn("scope_set{},", next(r for r in rows_of(text) if "/v2/token/introspect" in r))

    def test_topics(self):
        hooks = supplement_row("add", "GET", "/beta/sites/{site_id}/webhooks/{webhook_id}/deliveries",
                               "sites:read", "sites.deliveries.list")
        text, endpoints = run_generate(supplement=INTROSPECT_OVERRIDE + hooks)
        topic = {e.name: gen.topic_of(e, STUB).id for e in endpoints}
        self.assertEqual(topic, {
            "collections.list": "cms", "collections.create": "cms",
            "token.introspect": "authorization_info",                    # no scope
            "webhooks.get": "webhooks",                                  # the SDK's webhooks group
            "sites.deliveries.list": "webhooks",                         # a webhooks segment
            "workspaces.auditLogs.getWorkspaceAuditLogs": "workspace_activity",
        })
        self.assertIn("api_version::v2, resource::webhooks,", next(r for r in rows_of(text) if "webhooks.get" in r))

    def test_topic_missing_from_registry_fails(self):
        registry = gen.webflow_registry.Registry.from_json({
            "scopes": [s.__dict__ for s in STUB.scopes],
            "resources": [r.__dict__ for r in STUB.resources if r.name != "webhooks"],
            "access": list(STUB.access)})
        with self.assertRaisesRegex(gen.GenError, "^include/webflow/scopes/registry.hpp: no resource 'webhooks'"):
            run_generate(registry=registry)

    def test_route_index(self):
        # Worked out by hand from the rows below: breadth first, each node's literal children
        # sorted and contiguous, its parameter child after them; rows are table indices.
        _, endpoints = run_generate(supplement=INTROSPECT_OVERRIDE + BETA_ROWS)
        self.assertEqual([(e.method, e.path) for e in endpoints], [
            ("GET", "/beta/sites/{site_id}/branches"),
            ("DELETE", "/beta/sites/{site_id}/branches/{branch_id}"),
            ("GET", "/v2/sites/{site_id}/collections"),
            ("POST", "/v2/sites/{site_id}/collections"),
            ("GET", "/v2/token/introspect"),
            ("GET", "/v2/webhooks/{webhook_id}"),
            ("GET", "/v2/workspaces/{workspace_id_or_slug}/audit_logs"),
        ])
        got = [(node.path, node.text, begin, end, parameter, node.row)
               for node, begin, end, parameter in gen.build_routes(endpoints)]
        none = [None] * 5
        self.assertEqual(got, [
            ("", "", 1, 3, None, none),
            ("/beta", "beta", 3, 4, None, none),
            ("/v2", "v2", 4, 8, None, none),
            ("/beta/sites", "sites", 8, 8, 8, none),
            ("/v2/sites", "sites", 9, 9, 9, none),
            ("/v2/token", "token", 10, 11, None, none),
            ("/v2/webhooks", "webhooks", 11, 11, 11, none),
            ("/v2/workspaces", "workspaces", 12, 12, 12, none),
            ("/beta/sites/{}", "", 13, 14, None, none),
            ("/v2/sites/{}", "", 14, 15, None, none),
            ("/v2/token/introspect", "introspect", 15, 15, None, [4, None, None, None, None]),
            ("/v2/webhooks/{}", "", 15, 15, None, [5, None, None, None, None]),
            ("/v2/workspaces/{}", "", 15, 16, None, none),
            ("/beta/sites/{}/branches", "branches", 16, 16, 16, [0, None, None, None, None]),
            ("/v2/sites/{}/collections", "collections", 17, 17, None, [2, 3, None, None, None]),
            ("/v2/workspaces/{}/audit_logs", "audit_logs", 17, 17, None, [6, None, None, None, None]),
            ("/beta/sites/{}/branches/{}", "", 17, 17, None, [None, None, None, None, 1]),
        ])

    def test_route_comments_are_full_paths(self):
        text, _ = run_generate(supplement=INTROSPECT_OVERRIDE + BETA_ROWS)
        comments = [line.rsplit("// ", 1)[1] for line in text.split("\n") if line.startswith('    {"')]
        self.assertEqual(comments[:3], ["/", "/beta", "/v2"])
        self.assertIn("/beta/sites/{}/branches/{}", comments)

    def test_deterministic(self):
        self.assertEqual(run_generate()[0], run_generate()[0])

    def test_sorted_by_path_then_method(self):
        _, endpoints = run_generate(supplement=INTROSPECT_OVERRIDE + BETA_ROWS)
        keys = [(e.path, gen.METHODS.index(e.method)) for e in endpoints]
        self.assertEqual(keys, sorted(keys))


# --- the command line ---------------------------------------------------------------------------

class Cli(unittest.TestCase):
    def run_main(self, *args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = gen.main(list(args), registry=STUB)
        return status, out.getvalue(), err.getvalue()

    def test_render_and_check_offline(self):
        with inputs(sdk_table(), INTROSPECT_OVERRIDE) as tmp:
            out = os.path.join(tmp, "out.hpp")
            files = ["--sdk-table", "sdk.tsv", "--supplement", "supplement.tsv", "--output", out]
            with mock.patch.object(gen, "npm_pack", side_effect=AssertionError("no network")):
                self.assertEqual(self.run_main(*files)[0], 0)
                self.assertEqual(self.run_main(*files, "--check")[0], 0)
                with open(out, "a") as f:
                    f.write("// edited by hand\n")
                status, stdout, stderr = self.run_main(*files, "--check")
            self.assertEqual(status, 3)
            self.assertIn("+++ rendered", stdout)
            self.assertIn("run tools/regenerate", stderr)

    def test_list(self):
        with inputs(sdk_table(), INTROSPECT_OVERRIDE):
            status, stdout, _ = self.run_main("--sdk-table", "sdk.tsv", "--supplement", "supplement.tsv", "--list")
        self.assertEqual(status, 0)
        lines = stdout.splitlines()
        self.assertEqual(lines[0].split("\t")[:3], ["method", "path", "scopes"])
        self.assertIn(f"GET\t/v2/token/introspect\t-\ttoken.introspect\tany\tga\tv2\tauthorization_info\tverified\t"
                      f"{DOCS}/token/introspect\tsdk:token/client/Client.d.ts:8", lines)

    def test_extract_and_check_sdk(self):
        with tempfile.TemporaryDirectory() as tmp:
            tgz, table = os.path.join(tmp, "sdk.tgz"), os.path.join(tmp, "sdk.tsv")
            with open(tgz, "wb") as f:
                f.write(make_tarball(GOOD_CLIENTS))
            self.assertEqual(self.run_main("--extract", "--tarball", tgz, "--sdk-table", table)[0], 0)
            with open(table) as f:
                self.assertEqual(f.read(), sdk_table())
            self.assertEqual(self.run_main("--check-sdk", "--tarball", tgz, "--sdk-table", table)[0], 0)
            with open(table, "a") as f:
                f.write("GET\t/v2/extra\tcms:read\textra.get\tany\tga\tsdk:x/Client.d.ts:1\n")
            status, stdout, stderr = self.run_main("--check-sdk", "--tarball", tgz, "--sdk-table", table)
            self.assertEqual(status, 3)
            self.assertIn("-GET\t/v2/extra", stdout)
            self.assertIn("run tools/gen_endpoints.py --extract", stderr)

    def test_check_sdk_skips_without_the_sdk(self):
        with mock.patch.object(gen, "npm_pack", side_effect=gen.NpmUnavailable("offline")), \
                mock.patch.dict(os.environ, {"WEBFLOW_API_TARBALL": ""}):
            self.assertEqual(self.run_main("--check-sdk")[0], gen.SKIP_RETURN_CODE)
            self.assertEqual(self.run_main("--extract")[0], 1)

    def test_unclassifiable_sdk_writes_nothing(self):
        clients = {"collections": [("list", ["Required scope ??"], "GET", SITES_PATH)]}
        with tempfile.TemporaryDirectory() as tmp:
            tgz, table = os.path.join(tmp, "bad.tgz"), os.path.join(tmp, "sdk.tsv")
            with open(tgz, "wb") as f:
                f.write(make_tarball(clients))
            status, _, stderr = self.run_main("--extract", "--tarball", tgz, "--sdk-table", table)
            self.assertEqual(status, 1)
            self.assertIn("Client.d.ts:4: cannot classify scope line", stderr)
            self.assertFalse(os.path.exists(table))


# --- the committed files, against the real registry ---------------------------------------------

class CommittedFiles(unittest.TestCase):
    """Builds the registry of include/ (once for all the test files)."""

    def test_header_is_the_rendering_of_the_committed_tables(self):
        text, endpoints, sdk = gen.generate(real_registry())
        with open(gen.DEFAULT_OUTPUT) as f:
            self.assertEqual(f.read(), text, "run tools/regenerate")
        self.assertEqual(sdk.version, gen.DEFAULT_VERSION)
        introspect = next(e for e in endpoints if e.path == "/v2/token/introspect")
        self.assertEqual((introspect.scopes, introspect.token_rule, introspect.source),
                         ((), "any", "https://developers.webflow.com/data/reference/token/introspect"))
        self.assertNotIn(("GET", "/beta/sites/{site_id}/plan"), [(e.method, e.path) for e in endpoints])

    def test_committed_supplement(self):
        with open(gen.DEFAULT_SUPPLEMENT) as f:
            rows = gen.read_supplement(f.read(), "tools/endpoints_supplement.tsv",
                                       frozenset(real_registry().scope_strings()))
        self.assertEqual([r.endpoint.path for r in rows if r.kind == "override"], ["/v2/token/introspect"])
        self.assertEqual(sum(1 for r in rows if r.endpoint.api == "beta"), 30)


@unittest.skipUnless(os.environ.get("WEBFLOW_API_TARBALL") and os.path.exists(os.environ["WEBFLOW_API_TARBALL"]),
                     "set WEBFLOW_API_TARBALL to a webflow-api-3.3.4.tgz to run")
class RealSdk(unittest.TestCase):
    def test_extraction_is_the_committed_table(self):
        with open(os.environ["WEBFLOW_API_TARBALL"], "rb") as f:
            tarball = f.read()
        text, sdk = gen.extract(tarball, "real.tgz", real_registry(), gen.DEFAULT_VERSION)
        self.assertEqual(len(sdk.endpoints), 106)
        with open(gen.DEFAULT_SDK_TABLE) as f:
            self.assertEqual(f.read(), text)


if __name__ == "__main__":
    unittest.main()
