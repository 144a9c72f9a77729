#!/usr/bin/env python3
"""Generate include/webflow/scopes/endpoint_table.hpp from the SDK's endpoints and the supplement.

The official JS SDK (npm `webflow-api`) is the one machine-readable place that pairs every Data
API v2 endpoint with the scope its docs name: `Client.d.ts` holds the doc comments ("Required
scope | `cms:read`" and its variants), `Client.js` the HTTP method and path. `--extract` reads
them into tools/sdk_endpoints.tsv (committed, generated). tools/endpoints_supplement.tsv adds
what the SDK lacks (newer and beta endpoints) and overrides SDK rows that a newer docs page
contradicts. Rendering the header from those two files needs no network; the scope strings and
resource names are checked against the registry (tools/webflow_registry.py). Python 3 standard
library only.

    tools/gen_endpoints.py                   # render the header (tools/regenerate runs this)
    tools/gen_endpoints.py --check           # does the committed header match the rendering?
    tools/gen_endpoints.py --list            # print the merged catalogue as TSV
    tools/gen_endpoints.py --extract         # npm pack webflow-api@<version>, rewrite sdk_endpoints.tsv
    tools/gen_endpoints.py --extract --tarball x.tgz --version 3.4.0
    tools/gen_endpoints.py --check-sdk       # re-extract and compare with sdk_endpoints.tsv

The tarball for --extract and --check-sdk: --tarball, else $WEBFLOW_API_TARBALL, else npm pack.

Exit status: 0 success, 1 an input could not be classified (the message names file:line),
2 usage or the registry did not build, 3 a check found a difference (a diff is printed),
77 --check-sdk could not obtain the SDK (skipped).
"""

from __future__ import annotations

import argparse
import base64
import dataclasses
import difflib
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in tools/

import webflow_registry  # noqa: E402

DEFAULT_VERSION = "3.3.4"
PACKAGE = "webflow-api"
EXPECTED_BASE = "https://api.webflow.com/v2"
SKIP_RETURN_CODE = 77

DEFAULT_SDK_TABLE = os.path.join(HERE, "sdk_endpoints.tsv")
DEFAULT_SUPPLEMENT = os.path.join(HERE, "endpoints_supplement.tsv")
DEFAULT_OUTPUT = os.path.join(REPO, "include", "webflow", "scopes", "endpoint_table.hpp")
REGISTRY_HEADER = webflow_registry.REGISTRY_HEADER

RESOURCES_PREFIX = "package/dist/api/resources/"

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
METHOD_ENUM = {"GET": "get", "POST": "post", "PUT": "put", "PATCH": "patch", "DELETE": "delete_"}
TOKEN_RULES = ("any", "data_client_app_only", "workspace_token_only",
               "data_client_app_or_workspace_token")
AVAILABILITIES = ("ga", "enterprise")
KINDS = ("add", "override")

# Topics that the scopes do not give: the webhook endpoints need sites:* but the docs list them
# under Webhooks; Get Authorization Info needs no scope.
WEBHOOKS_TOPIC = "webhooks"
NO_SCOPE_TOPIC = "authorization_info"

# /v2/... or /beta/..., then literal segments or {snake_case} parameters.
_PATH_TEMPLATE = re.compile(r"/(?:v2|beta)(?:/(?:[a-z0-9_-]+|\{[a-z][a-z0-9_]*\}))+")
_NAME = re.compile(r"[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+")
_SDK_SOURCE = re.compile(r"sdk:[A-Za-z0-9_./-]+\.d\.ts:[1-9][0-9]*")
_DOCS_SOURCE = re.compile(r"https://developers\.webflow\.com/[!#-\[\]-~]*")  # no blank, quote or backslash
_CONFIDENCE = re.compile(r"verified|inferred:[a-z]+(\+[a-z]+)*")

# No more rows than route_node's uint8_t row can index (0xFF is no_row).
MAX_ROWS = 0xFF
MAX_NODES = 0xFFFF


class GenError(Exception):
    """An input the generator cannot classify. str() is `file:line: message`."""

    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}")
        self.where = where


# --- the "Required scope" line ------------------------------------------------------------------

# Anything that looks like an attempt at a scope line. A line that matches this but not the strict
# grammar below is an error rather than silently ignored.
_SCOPE_MENTION = re.compile(r"required\s*scopes?", re.IGNORECASE)
# "Required scope | `cms:read`", "Required scope: `sites:write`", "Required Scope | ...",
# "Required scopes | `a:read`, `b:read`", bare "Required scope | cms:read". Separator | or :.
_SCOPE_LINE = re.compile(r"Required\s+(?P<word>[Ss]copes?)\s*(?P<sep>\||:)\s*(?P<rest>.*?)\s*\.?\s*$")
# One scope, optionally back-quoted, with the docs' typos: upper case (`CMS:read`) and blanks
# around the colon (`assets: write`).
_SCOPE_TOKEN = re.compile(r"`\s*([A-Za-z_-]+)\s*:\s*([A-Za-z_]+)\s*`|([A-Za-z_-]+)\s*:\s*([A-Za-z_]+)")
_SCOPE_JOIN = re.compile(r"\s*(?:,|\band\b|&)\s*")


@dataclasses.dataclass(frozen=True)
class ScopeLine:
    scopes: tuple[str, ...]  # canonical (lower case, no blanks), in the order written
    variant: str             # which wording, for tests and --list: "| ", ": ", "Scope", ...


def classify_scope_line(line: str, where: str = "<line>",
                        known_scopes: frozenset[str] | set[str] | None = None) -> ScopeLine | None:
    """Classify one doc-comment line.

    Returns None when the line does not mention a required scope at all, a ScopeLine when it is a
    well-formed scope line, and raises GenError for a line that mentions one but cannot be read,
    or (when known_scopes, the registry's scope strings, is given) names a scope not in it.
    """
    if not _SCOPE_MENTION.search(line):
        return None
    text = line.strip()
    if text.startswith("*"):
        text = text[1:].strip()
    match = _SCOPE_LINE.search(text)
    if not match:
        raise GenError(where, f"cannot classify scope line: {line.strip()!r}")
    rest = match.group("rest")
    if not rest:
        raise GenError(where, f"scope line names no scope: {line.strip()!r}")
    scopes: list[str] = []
    pos = 0
    while True:
        token = _SCOPE_TOKEN.match(rest, pos)
        if not token:
            raise GenError(where, f"cannot read scope at {rest[pos:]!r} in {line.strip()!r}")
        resource = token.group(1) or token.group(3)
        action = token.group(2) or token.group(4)
        scope = f"{resource.lower()}:{action.lower()}"
        if known_scopes is not None and scope not in known_scopes:
            raise GenError(where, f"unknown scope {scope!r} in {line.strip()!r}: not a scope of "
                                  f"{REGISTRY_HEADER} (add its row there if Webflow added it)")
        if scope in scopes:
            raise GenError(where, f"scope {scope!r} named twice in {line.strip()!r}")
        scopes.append(scope)
        pos = token.end()
        if pos == len(rest):
            break
        join = _SCOPE_JOIN.match(rest, pos)
        if not join or join.end() == pos:
            # "`a:read` or `b:read`" would need any-of semantics the table cannot express.
            raise GenError(where, f"cannot classify {rest[pos:]!r} after a scope in {line.strip()!r}")
        pos = join.end()
    variant = f"{match.group('word')} {match.group('sep')}"
    if any(c.isupper() for c in rest):
        variant += " upper-case"
    if re.search(r"\w\s+:|:\s+\w", rest):
        variant += " blank-in-scope"
    if "`" not in rest:
        variant += " bare"
    return ScopeLine(tuple(scopes), variant)


# --- token and availability notes ---------------------------------------------------------------

_NOTE_PATTERNS: tuple[tuple[re.Pattern[str], str | None, str | None], ...] = (
    # (pattern, token rule it implies or None, availability it implies or None)
    (re.compile(r"requires a bearer token from a \[Data Client App\]"), "data_client_app_only", None),
    (re.compile(r"requires a bearer token obtained from an \[OAuth Code Grant Flow\]"),
     "data_client_app_only", None),
    (re.compile(r'<Warning title="Enterprise & workspace API token only">.*requires an Enterprise '
                r"workspace and a workspace token"), "workspace_token_only", "enterprise"),
    (re.compile(r'<Warning title="Enterprise Only">This endpoint requires an Enterprise '
                r"workspace\.</Warning>"), None, "enterprise"),
)
# A doc line mentioning any of these must match one of the patterns above.
_NOTE_MENTION = re.compile(r"bearer token|workspace token|site token|api token|enterprise|"
                           r"data client|oauth", re.IGNORECASE)


def classify_notes(lines: list[tuple[int, str]], where_file: str) -> tuple[str, str]:
    token_rule, availability = "any", "ga"
    for lineno, line in lines:
        if not _NOTE_MENTION.search(line):
            continue
        for pattern, rule, avail in _NOTE_PATTERNS:
            if pattern.search(line):
                if rule is not None:
                    if token_rule not in ("any", rule):
                        raise GenError(f"{where_file}:{lineno}", "conflicting token notes")
                    token_rule = rule
                if avail is not None:
                    availability = avail
                break
        else:
            raise GenError(f"{where_file}:{lineno}",
                           f"cannot classify token/availability note: {line.strip()!r}")
    return token_rule, availability


# --- a catalogue row ----------------------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Endpoint:
    method: str            # "GET", ...
    path: str              # "/v2/sites/{site_id}/collections"
    scopes: tuple[str, ...]
    name: str              # "collections.list"
    token_rule: str
    availability: str
    source: str            # "sdk:<file>:<line>" or a docs URL
    confidence: str = "verified"
    overrides: str = ""    # the sdk:<file>:<line> of the SDK row a supplement override replaced
    where: str = dataclasses.field(default="", compare=False)  # file:line of the row, for errors

    @property
    def api(self) -> str:
        """The namespace: "v2" or "beta", the path's first segment."""
        return self.path.split("/")[1]

    def sort_key(self) -> tuple[str, int]:
        return (self.path, METHODS.index(self.method))


# --- SDK parsing --------------------------------------------------------------------------------

def _camel_to_snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _group_name(dts_path: str) -> str:
    """`package/dist/api/resources/collections/resources/items/client/Client.d.ts` -> collections.items"""
    rel = dts_path[len(RESOURCES_PREFIX):]
    parts = rel.split("/")
    if parts[-2:] != ["client", "Client.d.ts"]:
        raise GenError(dts_path, "unexpected SDK layout")
    parts = parts[:-2]
    names = parts[0::2]
    if any(p != "resources" for p in parts[1::2]):
        raise GenError(dts_path, "unexpected SDK layout")
    return ".".join(names)


_DECL = re.compile(r"^\s+(?P<name>[A-Za-z_]\w*)\((?P<args>.*)\): core\.HttpResponsePromise<.*>;\s*$")
_PRIVATE = re.compile(r"^\s+private __(?P<name>\w+);\s*$")


def parse_dts(text: str, path: str, known_scopes: frozenset[str] | set[str] | None = None
              ) -> list[tuple[str, int, ScopeLine | None, str, str]]:
    """Return (method name, line of the scope line or declaration, scope line, token rule,
    availability) for every endpoint method declared in one Client.d.ts."""
    lines = text.split("\n")
    result = []
    declared: set[str] = set()
    private: set[str] = set()
    i = 0
    pending_doc: list[tuple[int, str]] | None = None
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("/**"):
            doc: list[tuple[int, str]] = []
            while True:
                doc.append((i + 1, lines[i]))
                if "*/" in lines[i]:
                    break
                i += 1
                if i == len(lines):
                    raise GenError(f"{path}:{doc[0][0]}", "unterminated doc comment")
            pending_doc = doc
            i += 1
            continue
        if not stripped:
            i += 1
            continue
        decl = _DECL.match(line)
        if decl:
            name = decl.group("name")
            if name in declared:
                raise GenError(f"{path}:{i + 1}", f"method {name} declared twice")
            declared.add(name)
            if pending_doc is None:
                raise GenError(f"{path}:{i + 1}", f"endpoint method {name} has no doc comment")
            scope_line: ScopeLine | None = None
            where = i + 1
            for lineno, doc_line in pending_doc:
                found = classify_scope_line(doc_line, f"{path}:{lineno}", known_scopes)
                if found is not None:
                    if scope_line is not None:
                        raise GenError(f"{path}:{lineno}", f"second scope line for {name}")
                    scope_line, where = found, lineno
            token_rule, availability = classify_notes(pending_doc, path)
            result.append((name, where, scope_line, token_rule, availability))
        else:
            private_decl = _PRIVATE.match(line)
            if private_decl:
                private.add(private_decl.group("name"))
            else:
                # A doc comment followed by something else (class, getter) is not an endpoint, but
                # a scope line in it would be lost: refuse.
                for lineno, doc_line in pending_doc or []:
                    if classify_scope_line(doc_line, f"{path}:{lineno}") is not None:
                        raise GenError(f"{path}:{lineno}",
                                       "scope line in a doc comment that documents no endpoint")
        pending_doc = None
        i += 1
    if declared != private:
        raise GenError(path, f"public and private methods differ: {sorted(declared ^ private)}")
    return result


_JS_FUNC = re.compile(r"^    (?P<name>__[A-Za-z_]\w*)\(.*\)\s*\{\s*$", re.MULTILINE)
_JS_ANY_FUNC = re.compile(r"^    [A-Za-z_]\w*\(.*\)\s*\{\s*$", re.MULTILINE)
_JS_URL = re.compile(r"url: core\.url\.join\(.*?environments\.WebflowEnvironment\.(?P<env>\w+)\)\s*"
                     r"\.(?P<key>\w+), (?P<expr>`[^`]*`|\"[^\"]*\")\)", re.DOTALL)
_JS_METHOD = re.compile(r'method: "(?P<method>[A-Z]+)"')
_JS_PARAM = re.compile(r"\$\{core\.url\.encodePathParam\((?P<param>[A-Za-z_]\w*)\)\}")


def parse_js(text: str, path: str) -> dict[str, tuple[str, str, str, str]]:
    """Return {method name: (HTTP method, path without base, environment, base key)}."""
    starts = [(m.start(), m.group("name")[2:]) for m in _JS_FUNC.finditer(text)]
    bounds = sorted(m.start() for m in _JS_ANY_FUNC.finditer(text)) + [len(text)]
    result: dict[str, tuple[str, str, str, str]] = {}
    for start, name in starts:
        end = next(b for b in bounds if b > start)
        body = text[start:end]
        line = text.count("\n", 0, start) + 1
        urls = list(_JS_URL.finditer(body))
        methods = list(_JS_METHOD.finditer(body))
        if len(urls) != 1 or len(methods) != 1:
            raise GenError(f"{path}:{line}", f"__{name}: expected one url and one method, found "
                                             f"{len(urls)} and {len(methods)}")
        url = urls[0]
        expr = url.group("expr")[1:-1]
        rel = _JS_PARAM.sub(lambda m: "{" + _camel_to_snake(m.group("param")) + "}", expr)
        if "$" in rel or "`" in rel or not re.fullmatch(r"[a-z0-9_/{}-]+", rel):
            raise GenError(f"{path}:{line}", f"__{name}: cannot read path expression {expr!r}")
        method = methods[0].group("method")
        if method not in METHODS:
            raise GenError(f"{path}:{line}", f"__{name}: unknown HTTP method {method}")
        if name in result:
            raise GenError(f"{path}:{line}", f"__{name} defined twice")
        result[name] = (method, rel, url.group("env"), url.group("key"))
    return result


def _environment_base(text: str) -> dict[tuple[str, str], str]:
    bases = {}
    for env in re.finditer(r"(\w+): \{(?P<body>[^}]*)\}", text):
        for key in re.finditer(r'(\w+): "(?P<url>[^"]*)"', env.group("body")):
            bases[(env.group(1), key.group(1))] = key.group("url")
    return bases


@dataclasses.dataclass(frozen=True)
class Sdk:
    version: str
    sha256: str
    integrity: str
    endpoints: tuple[Endpoint, ...]


def read_sdk(tarball_bytes: bytes, display_name: str = "<tarball>",
             known_scopes: frozenset[str] | set[str] | None = None) -> Sdk:
    """Every endpoint of an SDK tarball. An endpoint whose doc comment has no scope line gets no
    scopes here; the merge refuses it unless the supplement overrides it."""
    files: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(tarball_bytes), mode="r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            name = member.name
            if (name == "package/package.json" or name == "package/dist/environments.js"
                    or (name.startswith(RESOURCES_PREFIX)
                        and (name.endswith("/client/Client.d.ts") or name.endswith("/client/Client.js")))):
                extracted = tar.extractfile(member)
                assert extracted is not None
                files[name] = extracted.read()
    if "package/package.json" not in files:
        raise GenError(display_name, "no package/package.json: not an npm tarball")
    manifest = json.loads(files["package/package.json"])
    if manifest.get("name") != PACKAGE:
        raise GenError(display_name, f"package is {manifest.get('name')!r}, not {PACKAGE!r}")
    if "package/dist/environments.js" not in files:
        raise GenError(display_name, "no dist/environments.js")
    bases = _environment_base(files["package/dist/environments.js"].decode())

    endpoints: list[Endpoint] = []
    dts_files = sorted(n for n in files if n.endswith("Client.d.ts"))
    if not dts_files:
        raise GenError(display_name, "no Client.d.ts under dist/api/resources")
    for dts in dts_files:
        js = dts[: -len(".d.ts")] + ".js"
        if js not in files:
            raise GenError(dts, "no matching Client.js")
        rel_dts = dts[len("package/"):]
        rel_js = js[len("package/"):]
        declared = parse_dts(files[dts].decode(), rel_dts, known_scopes)
        implemented = parse_js(files[js].decode(), rel_js)
        if sorted(n for n, *_ in declared) != sorted(implemented):
            raise GenError(rel_js, "methods differ from Client.d.ts: "
                                   f"{sorted(set(n for n, *_ in declared) ^ set(implemented))}")
        group = _group_name(dts)
        for name, line, scope_line, token_rule, availability in declared:
            method, rel, env, key = implemented[name]
            base = bases.get((env, key))
            if base != EXPECTED_BASE:
                raise GenError(f"{rel_js}", f"__{name}: base URL {env}.{key} is {base!r}, "
                                            f"expected {EXPECTED_BASE!r}")
            where = f"{rel_dts}:{line}"
            scopes = scope_line.scopes if scope_line is not None else ()
            endpoints.append(Endpoint(method, "/v2/" + rel, scopes, f"{group}.{name}",
                                      token_rule, availability,
                                      "sdk:" + where.removeprefix("dist/api/resources/"), where=where))
    digest = hashlib.sha256(tarball_bytes).hexdigest()
    integrity = "sha512-" + base64.b64encode(hashlib.sha512(tarball_bytes).digest()).decode()
    return Sdk(manifest.get("version", "?"), digest, integrity, tuple(sorted(endpoints, key=Endpoint.sort_key)))


# --- tools/sdk_endpoints.tsv --------------------------------------------------------------------

SDK_COLUMNS = ("method", "path", "scopes", "name", "token_rule", "availability", "source")
_SDK_HEADER = (
    re.compile(rf"# Generated by tools/gen_endpoints\.py --extract from npm {re.escape(PACKAGE)}@(?P<version>\S+)\. "
               r"Do not edit\."),
    re.compile(rf"# {re.escape(PACKAGE)}-\S+\.tgz sha256 (?P<sha256>[0-9a-f]{{64}})"),
    re.compile(r"# integrity (?P<integrity>sha512-[A-Za-z0-9+/=]+)"),
)


def render_sdk_table(sdk: Sdk) -> str:
    out = [
        f"# Generated by tools/gen_endpoints.py --extract from npm {PACKAGE}@{sdk.version}. Do not edit.",
        f"# {PACKAGE}-{sdk.version}.tgz sha256 {sdk.sha256}",
        f"# integrity {sdk.integrity}",
        "# One row per endpoint of the SDK: method and path from its Client.js, the rest from the doc",
        "# comment in its Client.d.ts (source: the line of the scope line, else of the declaration).",
        '# scopes "-": the doc comment has no Required scope line, which tools/endpoints_supplement.tsv',
        "# must then override. Re-extract: tools/gen_endpoints.py --extract [--version V]",
        "\t".join(SDK_COLUMNS),
    ]
    for e in sorted(sdk.endpoints, key=Endpoint.sort_key):
        out.append("\t".join([e.method, e.path, " ".join(e.scopes) or "-", e.name, e.token_rule,
                              e.availability, e.source]))
    return "\n".join(out) + "\n"


def _read_scopes(text: str, where: str, known_scopes: frozenset[str] | set[str] | None) -> tuple[str, ...]:
    if text == "-":
        return ()
    scopes = tuple(text.split(" "))
    for scope in scopes:
        if known_scopes is not None and scope not in known_scopes:
            raise GenError(where, f"unknown scope {scope!r}: not a scope of {REGISTRY_HEADER} "
                                  "(add its row there first)")
        if not re.fullmatch(r"[a-z0-9_-]+:[a-z_]+", scope):
            raise GenError(where, f"malformed scope {scope!r}")
    if len(set(scopes)) != len(scopes):
        raise GenError(where, "scope named twice")
    return scopes


def _check_row(where: str, method: str, path: str, name: str, token_rule: str, availability: str) -> None:
    if method not in METHODS:
        raise GenError(where, f"unknown method {method!r}")
    if not _PATH_TEMPLATE.fullmatch(path):
        raise GenError(where, f"malformed path template {path!r}: /v2/... or /beta/..., then segments "
                              "of [a-z0-9_-] or {snake_case} parameters")
    if not _NAME.fullmatch(name):
        raise GenError(where, f"malformed name {name!r}")
    if token_rule not in TOKEN_RULES:
        raise GenError(where, f"unknown token rule {token_rule!r} (one of {', '.join(TOKEN_RULES)})")
    if availability not in AVAILABILITIES:
        raise GenError(where, f"unknown availability {availability!r} (one of {', '.join(AVAILABILITIES)})")


def read_sdk_table(text: str, path: str, known_scopes: frozenset[str] | set[str] | None = None) -> Sdk:
    lines = text.split("\n")
    meta: dict[str, str] = {}
    for lineno, pattern in enumerate(_SDK_HEADER, 1):
        m = pattern.fullmatch(lines[lineno - 1]) if len(lines) >= lineno else None
        if m is None:
            raise GenError(f"{path}:{lineno}", "not the header tools/gen_endpoints.py --extract writes: "
                                               "run it again")
        meta.update(m.groupdict())
    rows: list[Endpoint] = []
    seen_columns = False
    for lineno, line in enumerate(lines, 1):
        if not line or line.startswith("#"):
            continue
        where = f"{path}:{lineno}"
        cols = line.split("\t")
        if not seen_columns:
            if tuple(cols) != SDK_COLUMNS:
                raise GenError(where, f"expected the column names {' '.join(SDK_COLUMNS)}")
            seen_columns = True
            continue
        if len(cols) != len(SDK_COLUMNS):
            raise GenError(where, f"expected {len(SDK_COLUMNS)} tab-separated columns, found {len(cols)}")
        method, tpath, scopes, name, token_rule, availability, source = cols
        _check_row(where, method, tpath, name, token_rule, availability)
        if not tpath.startswith("/v2/"):
            raise GenError(where, f"the SDK serves /v2 only, not {tpath!r}")
        if not _SDK_SOURCE.fullmatch(source):
            raise GenError(where, f"malformed source {source!r}: sdk:<Client.d.ts>:<line>")
        rows.append(Endpoint(method, tpath, _read_scopes(scopes, where, known_scopes), name, token_rule,
                             availability, source, where=where))
    if not rows:
        raise GenError(path, "no endpoints")
    return Sdk(meta["version"], meta["sha256"], meta["integrity"], tuple(rows))


# --- tools/endpoints_supplement.tsv -------------------------------------------------------------

SUPPLEMENT_COLUMNS = 9


@dataclasses.dataclass(frozen=True)
class SupplementRow:
    kind: str              # "add" or "override"
    endpoint: Endpoint


def read_supplement(text: str, path: str,
                    known_scopes: frozenset[str] | set[str] | None = None) -> list[SupplementRow]:
    rows = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{lineno}"
        cols = line.split("\t")
        if len(cols) != SUPPLEMENT_COLUMNS:
            raise GenError(where, f"expected {SUPPLEMENT_COLUMNS} tab-separated columns, found {len(cols)}")
        kind, method, tpath, scopes, name, token_rule, availability, confidence, source = cols
        if kind not in KINDS:
            raise GenError(where, f"unknown kind {kind!r}: add or override")
        _check_row(where, method, tpath, name, token_rule, availability)
        scope_list = _read_scopes(scopes, where, known_scopes)
        if not _CONFIDENCE.fullmatch(confidence):
            raise GenError(where, f"malformed confidence {confidence!r}: verified or inferred:<what>[+<what>]")
        if not _DOCS_SOURCE.fullmatch(source):
            raise GenError(where, f"source must be a developers.webflow.com page: {source!r}")
        rows.append(SupplementRow(kind, Endpoint(method, tpath, scope_list, name, token_rule, availability,
                                                 source, confidence, where=where)))
    return rows


# --- merging ------------------------------------------------------------------------------------

def merge(sdk: list[Endpoint], supplement: list[SupplementRow], sdk_name: str = "tools/sdk_endpoints.tsv",
          supplement_name: str = "tools/endpoints_supplement.tsv") -> list[Endpoint]:
    """The catalogue: the SDK's rows, each replaced by its override if the supplement has one,
    plus the supplement's added rows, sorted by path then method."""
    by_key: dict[tuple[str, str], Endpoint] = {}
    for e in sdk:
        key = (e.method, e.path)
        if key in by_key:
            raise GenError(e.where, f"{e.method} {e.path} is listed twice (also {by_key[key].where})")
        by_key[key] = e
    overridden: dict[tuple[str, str], Endpoint] = {}
    added: list[Endpoint] = []
    for row in supplement:
        e = row.endpoint
        key = (e.method, e.path)
        target = by_key.get(key)
        if row.kind == "add":
            if target is not None:
                raise GenError(e.where, f"{e.method} {e.path} is already catalogued from {target.source} "
                                        f"({sdk_name}): drop this row, or make it an override")
            added.append(e)
            continue
        if target is None:
            raise GenError(e.where, f"override of {e.method} {e.path}, which is not an endpoint of "
                                    f"{sdk_name}: fix the method or path, or make it an add row")
        if key in overridden:
            raise GenError(e.where, f"{e.method} {e.path} is already overridden at {overridden[key].where}")
        if e.name != target.name:
            raise GenError(e.where, f"override names {e.name}, the SDK {target.name}: an override keeps "
                                    "the SDK's name")
        if (e.scopes, e.token_rule, e.availability) == (target.scopes, target.token_rule, target.availability):
            raise GenError(e.where, f"override of {e.method} {e.path} changes nothing ({target.source} "
                                    "says the same now): drop the row")
        overridden[key] = dataclasses.replace(e, overrides=target.source)
    rows = []
    for key, e in by_key.items():
        if key in overridden:
            rows.append(overridden[key])
        elif not e.scopes:
            raise GenError(e.where, f"{e.method} {e.path} ({e.name}) has no Required scope line in the SDK "
                                    f"({e.source}): add an override row to {supplement_name} with the scopes "
                                    "its docs page names (- if the page says none is required)")
        else:
            rows.append(e)
    rows += added
    seen: dict[tuple[str, str], Endpoint] = {}
    names: dict[str, Endpoint] = {}
    for e in rows:
        key = (e.method, e.path)
        if key in seen:
            raise GenError(e.where, f"{e.method} {e.path} is already catalogued at {seen[key].where}")
        if e.name in names:
            raise GenError(e.where, f"name {e.name} is already used at {names[e.name].where}")
        seen[key] = e
        names[e.name] = e
    return sorted(rows, key=Endpoint.sort_key)


# --- output -------------------------------------------------------------------------------------

def topic_of(e: Endpoint, registry: webflow_registry.Registry) -> webflow_registry.Resource:
    """The registry row whose docs section lists e: Webhooks for the webhook endpoints, Get
    Authorization Info's row for an endpoint without scopes, else the resource of its first scope."""
    if e.name.split(".")[0] == "webhooks" or "webhooks" in e.path.split("/"):
        name = WEBHOOKS_TOPIC
    elif not e.scopes:
        name = NO_SCOPE_TOPIC
    else:
        scope = registry.scope(e.scopes[0])
        if scope is None:
            raise GenError(e.where, f"unknown scope {e.scopes[0]!r}: not a scope of {REGISTRY_HEADER}")
        name = scope.resource
    resource = registry.resource(name)
    if resource is None:
        raise GenError(REGISTRY_HEADER, f"no resource {name!r}, the topic of {e.method} {e.path} ({e.where})")
    return resource


def _cxx_string(text: str) -> str:
    if not re.fullmatch(r"[\x20-\x7e]*", text) or '"' in text or "\\" in text:
        raise GenError(text, "string needs escaping; refusing to emit it")
    # "..."sv hands the compiler the length; a plain literal would be measured by an
    # interpreted loop in every including translation unit (detail/enum_support.hpp).
    return f'"{text}"sv'


def _cxx_scopes(e: Endpoint, registry: webflow_registry.Registry) -> str:
    # scope{resource::cms, access::read} is checked by scope's consteval constructor against the
    # registry, and costs the compiler far less than parsing a "cms:read"_scopes literal in every
    # translation unit that includes the table; one scope converts to a scope_set, more are
    # joined with |.
    if not e.scopes:
        return "scope_set{}"
    items = []
    for text in e.scopes:
        scope = registry.scope(text)
        resource = registry.resource(scope.resource) if scope is not None else None
        if scope is None or resource is None:
            raise GenError(e.where, f"unknown scope {text!r}: not a scope of {REGISTRY_HEADER}")
        items.append(f"scope{{resource::{resource.id}, access::{webflow_registry.cxx_identifier(scope.access)}}}")
    return " | ".join(items)


@dataclasses.dataclass
class RouteNode:
    text: str          # the literal segment; "" for parameters and the root
    parameter: bool
    path: str          # the node's place, for the comment: /v2/sites/{}/collections ("" for the root)
    children: list[int] = dataclasses.field(default_factory=list)
    row: list[int | None] = dataclasses.field(default_factory=lambda: [None] * len(METHODS))


def build_routes(endpoints: list[Endpoint]) -> list[tuple[RouteNode, int, int, int | None]]:
    """find_endpoint()'s trie over every path segment, the namespace (beta, v2) first, laid out
    as detail::route_node expects: breadth first, each node's literal children contiguous and
    sorted, then its one parameter child. For each (method, node) the first row wins."""
    nodes = [RouteNode("", False, "")]
    for r, e in enumerate(endpoints):
        at = 0
        for segment in e.path.split("/")[1:]:
            parameter = segment.startswith("{")
            child = next((c for c in nodes[at].children if nodes[c].parameter == parameter
                          and (parameter or nodes[c].text == segment)), None)
            if child is None:
                child = len(nodes)
                nodes.append(RouteNode("" if parameter else segment, parameter,
                                       nodes[at].path + "/" + ("{}" if parameter else segment)))
                nodes[at].children.append(child)
            at = child
        m = METHODS.index(e.method)
        if nodes[at].row[m] is None:
            nodes[at].row[m] = r
    if len(nodes) >= MAX_NODES:
        raise GenError("route index", f"{len(nodes)} nodes: route_node's uint16_t indices hold fewer")
    order, out = [0], []
    i = 0
    while i < len(order):
        node = nodes[order[i]]
        literals = sorted((c for c in node.children if not nodes[c].parameter), key=lambda c: nodes[c].text)
        parameters = [c for c in node.children if nodes[c].parameter]
        begin = len(order)
        order += literals
        end = len(order)
        parameter = None
        if parameters:
            parameter = len(order)
            order.append(parameters[0])
        out.append((node, begin, end, parameter))
        i += 1
    return out


def _aligned(rows: list[list[str]]) -> list[str]:
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]) - 1)]
    return [" ".join(cell.ljust(width) for cell, width in zip(row, widths)) + " " + row[-1] for row in rows]


def render(endpoints: list[Endpoint], sdk: Sdk, registry: webflow_registry.Registry,
           sdk_name: str = "tools/sdk_endpoints.tsv",
           supplement_name: str = "tools/endpoints_supplement.tsv") -> str:
    if len(endpoints) >= MAX_ROWS:
        raise GenError(supplement_name, f"{len(endpoints)} endpoints: route_node's uint8_t row indices "
                                        f"hold {MAX_ROWS - 1} at most; widen route_node::row first")
    cells = []
    for e in endpoints:
        cells.append([
            f"http_method::{METHOD_ENUM[e.method]},",
            _cxx_string(e.path) + ",",
            _cxx_scopes(e, registry) + ",",
            _cxx_string(e.name) + ",",
            f"token_rule::{e.token_rule},",
            f"resource_status::{e.availability},",
            f"api_version::{e.api},",
            f"resource::{topic_of(e, registry).id},",
            _cxx_string(e.source),
        ])
    route_cells = []
    for node, begin, end, parameter in build_routes(endpoints):
        rows = ", ".join("no_row" if r is None else str(r) for r in node.row)
        route_cells.append([
            _cxx_string(node.text) + ",",
            f"{begin},",
            f"{end},",
            ("no_node" if parameter is None else str(parameter)) + ",",
            f"{{{rows}}}}},",
            f"// {node.path or '/'}",
        ])
    overridden = sum(1 for e in endpoints if e.overrides)
    from_sdk = sum(1 for e in endpoints if e.source.startswith("sdk:")) + overridden
    out = [
        f"// Generated by tools/gen_endpoints.py from {sdk_name} (npm {PACKAGE}@{sdk.version}) and "
        f"{supplement_name}. Do not edit.",
        f"// {PACKAGE}-{sdk.version}.tgz sha256 {sdk.sha256}",
        f"// integrity {sdk.integrity}",
        f"// {len(endpoints)} endpoints: {from_sdk} from the SDK ({overridden} overridden by the supplement), "
        f"{len(endpoints) - from_sdk} added by the supplement.",
        f"// Scopes and topics are the registry's ({REGISTRY_HEADER}). Regenerate: tools/regenerate",
        "#ifndef WEBFLOW_SCOPES_ENDPOINT_TABLE_HPP",
        "#define WEBFLOW_SCOPES_ENDPOINT_TABLE_HPP",
        "",
        "#include <array>",
        "",
        '#include "webflow/scopes/detail/enum_support.hpp"  // "..."sv',
        '#include "webflow/scopes/endpoint.hpp"',
        '#include "webflow/scopes/route_index.hpp"',
        "",
        "namespace webflow::scopes::detail {",
        "",
        "// Columns: method, path template, required scopes, SDK-style name, which tokens the docs",
        "// allow, GA or Enterprise, namespace, topic (the registry row whose docs section lists it),",
        "// source (sdk:<file>:<line of the scope line> or the docs page of a supplement row).",
        f"inline constexpr std::array<endpoint, {len(endpoints)}> endpoint_table{{{{",
    ]
    for e, text in zip(endpoints, _aligned(cells)):
        text = "    {" + text + "},"
        notes = [e.confidence] if e.confidence != "verified" else []
        if e.overrides:
            notes.append(f"overrides {e.overrides}")
        if notes:
            text += "  // " + "; ".join(notes)
        out.append(text)
    out += [
        "}};",
        "",
        "// find_endpoint()'s route index: a trie over the path segments, the namespace (beta, v2)",
        "// first, breadth first, each node's literal children contiguous and sorted, then its",
        "// parameter child (every {name} at one position). Columns: literal segment (empty for the",
        "// root and parameters), literal children [begin, end), parameter child, endpoint_table row",
        "// per method (GET POST PUT PATCH DELETE). Data rather than a constant expression, so",
        "// including it costs little.",
        "// A C array: its size is the row count, which the generated rows alone determine.",
        "// NOLINTNEXTLINE(modernize-avoid-c-arrays)",
        "inline constexpr route_node routes[] = {",
    ]
    out += ["    {" + text for text in _aligned(route_cells)]
    out += [
        "};",
        "",
        "}  // namespace webflow::scopes::detail",
        "",
        "#endif",
        "",
    ]
    return "\n".join(out)


# --- inputs -------------------------------------------------------------------------------------

def display_path(path: str) -> str:
    """A path as the header names it: relative to the repository when inside it."""
    if os.path.isabs(path):
        rel = os.path.relpath(path, REPO)
        if not rel.startswith(".."):
            path = rel
    return path.replace(os.sep, "/")


def _read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError as exc:
        raise GenError(display_path(path), f"cannot read: {exc.strerror}") from exc


def generate(registry: webflow_registry.Registry, sdk_table: str = DEFAULT_SDK_TABLE,
             supplement: str = DEFAULT_SUPPLEMENT) -> tuple[str, list[Endpoint], Sdk]:
    """Render the header from the two committed tables (no network)."""
    known = frozenset(registry.scope_strings())
    sdk_name, supplement_name = display_path(sdk_table), display_path(supplement)
    sdk = read_sdk_table(_read_text(sdk_table), sdk_name, known)
    rows = read_supplement(_read_text(supplement), supplement_name, known)
    endpoints = merge(list(sdk.endpoints), rows, sdk_name, supplement_name)
    return render(endpoints, sdk, registry, sdk_name, supplement_name), endpoints, sdk


def summary(endpoints: list[Endpoint]) -> str:
    beta = sum(1 for e in endpoints if e.api == "beta")
    return f"{len(endpoints)} endpoints, {len(endpoints) - beta} v2 and {beta} beta"


class NpmUnavailable(Exception):
    pass


def npm_pack(version: str) -> bytes:
    npm = shutil.which("npm")
    if npm is None:
        raise NpmUnavailable("npm is not installed")
    with tempfile.TemporaryDirectory(prefix="gen_endpoints.") as tmp:
        try:
            proc = subprocess.run(
                [npm, "pack", f"{PACKAGE}@{version}", "--pack-destination", tmp, "--loglevel=error"],
                cwd=tmp, capture_output=True, text=True, timeout=180, check=False)
        except subprocess.TimeoutExpired as exc:
            raise NpmUnavailable(f"npm pack timed out: {exc}") from exc
        tarballs = [f for f in os.listdir(tmp) if f.endswith(".tgz")]
        if proc.returncode != 0 or len(tarballs) != 1:
            raise NpmUnavailable(f"npm pack {PACKAGE}@{version} failed (exit {proc.returncode}): "
                                 f"{proc.stderr.strip()[-500:]}")
        with open(os.path.join(tmp, tarballs[0]), "rb") as f:
            return f.read()


def load_tarball(tarball: str | None, version: str) -> tuple[bytes, str]:
    if tarball:
        with open(tarball, "rb") as f:
            return f.read(), tarball
    env = os.environ.get("WEBFLOW_API_TARBALL")
    if env and os.path.exists(env):
        with open(env, "rb") as f:
            return f.read(), env
    return npm_pack(version), f"npm pack {PACKAGE}@{version}"


def committed_version(sdk_table: str) -> str | None:
    try:
        with open(sdk_table, encoding="utf-8") as f:
            m = _SDK_HEADER[0].fullmatch(f.readline().rstrip("\n"))
    except OSError:
        return None
    return m.group("version") if m else None


def extract(tarball: bytes, tarball_name: str, registry: webflow_registry.Registry,
            version: str | None = None) -> tuple[str, Sdk]:
    """tools/sdk_endpoints.tsv's text for an SDK tarball."""
    sdk = read_sdk(tarball, tarball_name, frozenset(registry.scope_strings()))
    if version is not None and sdk.version != version:
        raise GenError(tarball_name, f"tarball holds {PACKAGE}@{sdk.version}, expected {version}")
    return render_sdk_table(sdk), sdk


def _matches_committed(path: str, text: str, name: str, label: str) -> bool:
    """Whether the committed file at path holds text; if not, prints the diff (an unreadable
    file counts as empty)."""
    try:
        committed = _read_text(path)
    except GenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        committed = ""
    if committed == text:
        return True
    _diff(committed, text, name, label)
    return False


def _diff(committed: str, fresh: str, name: str, fresh_name: str) -> None:
    sys.stdout.writelines(difflib.unified_diff(committed.splitlines(True), fresh.splitlines(True),
                                               fromfile=f"{name} (committed)", tofile=fresh_name))


def _load_registry(registry: webflow_registry.Registry | None) -> webflow_registry.Registry:
    return registry if registry is not None else webflow_registry.load()


def main(argv: list[str] | None = None, registry: webflow_registry.Registry | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("--sdk-table", default=DEFAULT_SDK_TABLE, help="the extracted SDK endpoints")
    parser.add_argument("--supplement", default=DEFAULT_SUPPLEMENT)
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="header to write (or compare with --check)")
    parser.add_argument("--tarball", help="webflow-api .tgz for --extract / --check-sdk")
    parser.add_argument("--version", default=None, help="SDK version to npm pack (default: the one "
                                                        f"sdk_endpoints.tsv names, else {DEFAULT_VERSION})")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="compare the rendering with --output (offline)")
    mode.add_argument("--list", action="store_true", help="print the merged catalogue as TSV")
    mode.add_argument("--stdout", action="store_true", help="print the header instead of writing it")
    mode.add_argument("--extract", action="store_true", help="read the SDK, rewrite --sdk-table")
    mode.add_argument("--check-sdk", action="store_true", help="re-extract, compare with --sdk-table")
    args = parser.parse_args(argv)

    try:
        registry = _load_registry(registry)
    except webflow_registry.RegistryBuildError as exc:
        return webflow_registry.report(exc)
    sdk_name = display_path(args.sdk_table)

    if args.extract or args.check_sdk:
        version = args.version or committed_version(args.sdk_table) or DEFAULT_VERSION
        try:
            tarball, tarball_name = load_tarball(args.tarball, version)
        except NpmUnavailable as exc:
            if args.check_sdk:
                print(f"SKIP: cannot obtain {PACKAGE}@{version} ({exc}); set WEBFLOW_API_TARBALL to a "
                      "downloaded tarball to run this check offline", file=sys.stderr)
                return SKIP_RETURN_CODE
            print(f"error: {exc}", file=sys.stderr)
            return 1
        except OSError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        try:
            # A named tarball may hold any version, unless --version says which.
            expected = args.version if args.tarball else version
            text, sdk = extract(tarball, tarball_name, registry, expected)
        except GenError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        if args.check_sdk:
            if not _matches_committed(args.sdk_table, text, sdk_name, f"extracted from {tarball_name}"):
                print(f"FAIL: {sdk_name} differs from what {tarball_name} gives: run tools/gen_endpoints.py "
                      "--extract, review the diff, then tools/regenerate", file=sys.stderr)
                return 3
            print(f"OK: {sdk_name} matches {PACKAGE}@{sdk.version} ({len(sdk.endpoints)} endpoints)")
            return 0
        with open(args.sdk_table, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"wrote {sdk_name}: {len(sdk.endpoints)} endpoints of {PACKAGE}@{sdk.version}; now run "
              "tools/regenerate", file=sys.stderr)
        return 0

    try:
        text, endpoints, _ = generate(registry, args.sdk_table, args.supplement)
        topics = [topic_of(e, registry).id for e in endpoints] if args.list else []
    except GenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    output_name = display_path(args.output)

    if args.list:
        print("\t".join(["method", "path", "scopes", "name", "token_rule", "availability", "api", "topic",
                         "confidence", "source", "overrides"]))
        for e, topic in zip(endpoints, topics):
            print("\t".join([e.method, e.path, " ".join(e.scopes) or "-", e.name, e.token_rule,
                             e.availability, e.api, topic, e.confidence, e.source, e.overrides or "-"]))
        return 0
    if args.stdout:
        sys.stdout.write(text)
        return 0
    if args.check:
        if not _matches_committed(args.output, text, output_name, "rendered"):
            print(f"FAIL: {output_name} differs from what tools/gen_endpoints.py renders from {sdk_name} "
                  f"and {display_path(args.supplement)}: run tools/regenerate", file=sys.stderr)
            return 3
        print(f"OK: {output_name} matches its rendering: {summary(endpoints)}")
        return 0
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {output_name}: {summary(endpoints)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
