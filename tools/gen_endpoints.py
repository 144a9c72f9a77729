#!/usr/bin/env python3
"""Generate include/webflow/scopes/endpoint_table.hpp from the official JS SDK.

The SDK (npm `webflow-api`) is the one machine-readable place that pairs every Data API v2
endpoint with the scope its docs name: `Client.d.ts` holds the doc comments ("Required scope |
`cms:read`" and its variants), `Client.js` the HTTP method and path. Endpoints the docs list but
the SDK lacks come from tools/endpoints_supplement.tsv. Python 3 standard library only.

    tools/gen_endpoints.py                       # npm pack webflow-api@3.3.4, write the header
    tools/gen_endpoints.py --tarball x.tgz       # use a tarball you already have
    tools/gen_endpoints.py --check               # regenerate in memory, diff against the header
    tools/gen_endpoints.py --list                # print the catalogue as TSV instead

Exit status: 0 success, 1 the input could not be classified (message names file:line),
2 usage, 3 --check found a difference, 77 --check could not obtain the SDK (skipped).
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

DEFAULT_VERSION = "3.3.4"
PACKAGE = "webflow-api"
EXPECTED_BASE = "https://api.webflow.com/v2"
SKIP_RETURN_CODE = 77

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_SUPPLEMENT = os.path.join(HERE, "endpoints_supplement.tsv")
DEFAULT_OUTPUT = os.path.join(REPO, "include", "webflow", "scopes", "endpoint_table.hpp")

RESOURCES_PREFIX = "package/dist/api/resources/"

# Every scope string of webflow-facts.md section 1 (GA and Enterprise; the beta-only scopes are
# not used by v2 endpoints). scope's consteval constructor checks the table again against the real
# registry; this list only lets the generator name the offending doc line, and catches typos such
# as the spec's `page:read` that a lower-casing pass would not fix.
KNOWN_SCOPES = frozenset(
    f"{resource}:{action}"
    for resource, actions in {
        "assets": ("read", "write"),
        "authorized_user": ("read",),
        "cms": ("read", "write"),
        "comments": ("read", "write"),
        "components": ("read", "write"),
        "custom_code": ("read", "write"),
        "ecommerce": ("read", "write"),
        "forms": ("read", "write"),
        "pages": ("read", "write"),
        "sites": ("read", "write"),
        "site_activity": ("read",),
        "site_config": ("read", "write"),
        "users": ("read", "write"),
        "workspace": ("read", "write"),
        "site_access": ("read", "write"),
        "workspace_activity": ("read",),
        "workspace_members": ("read", "write"),
    }.items()
    for action in actions
)

# Endpoints whose docs say they need no scope. Anything else without a scope line is an error,
# and so is a scope line on one of these (the exemption would be stale).
NO_SCOPE_ENDPOINTS = frozenset({("GET", "/v2/token/introspect")})

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
METHOD_ENUM = {"GET": "get", "POST": "post", "PUT": "put", "PATCH": "patch", "DELETE": "delete_"}
TOKEN_RULES = ("any", "data_client_app_only", "workspace_token_only",
               "data_client_app_or_workspace_token")
AVAILABILITIES = ("ga", "enterprise")


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
_SCOPE_TOKEN = re.compile(r"`\s*([A-Za-z_]+)\s*:\s*([A-Za-z_]+)\s*`|([A-Za-z_]+)\s*:\s*([A-Za-z_]+)")
_SCOPE_JOIN = re.compile(r"\s*(?:,|\band\b|&)\s*")


@dataclasses.dataclass(frozen=True)
class ScopeLine:
    scopes: tuple[str, ...]  # canonical (lower case, no blanks), in the order written
    variant: str             # which wording, for tests and --list: "| ", ": ", "Scope", ...


def classify_scope_line(line: str, where: str = "<line>") -> ScopeLine | None:
    """Classify one doc-comment line.

    Returns None when the line does not mention a required scope at all, a ScopeLine when it is a
    well-formed scope line, and raises GenError for a line that mentions one but cannot be read.
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
        if scope not in KNOWN_SCOPES:
            raise GenError(where, f"unknown scope {scope!r} in {line.strip()!r}")
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


# --- SDK parsing --------------------------------------------------------------------------------

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

    def sort_key(self) -> tuple[str, int]:
        return (self.path, METHODS.index(self.method))


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


def parse_dts(text: str, path: str) -> list[tuple[str, int, ScopeLine | None, str, str]]:
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
                found = classify_scope_line(doc_line, f"{path}:{lineno}")
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
        if "$" in rel or "`" in rel or not re.fullmatch(r"[a-z0-9_/{}]+", rel):
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


def read_sdk(tarball_bytes: bytes, display_name: str = "<tarball>") -> Sdk:
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
        declared = parse_dts(files[dts].decode(), rel_dts)
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
            path = "/v2/" + rel
            where = f"{rel_dts}:{line}"
            if scope_line is None:
                if (method, path) not in NO_SCOPE_ENDPOINTS:
                    raise GenError(where, f"endpoint {method} {path} ({group}.{name}) has no "
                                          "Required scope line")
                scopes: tuple[str, ...] = ()
            else:
                if (method, path) in NO_SCOPE_ENDPOINTS:
                    raise GenError(where, f"{method} {path} is listed as needing no scope but "
                                          "its docs now name one")
                scopes = scope_line.scopes
            endpoints.append(Endpoint(method, path, scopes, f"{group}.{name}", token_rule,
                                      availability, "sdk:" + where.removeprefix("dist/api/resources/")))
    digest = hashlib.sha256(tarball_bytes).hexdigest()
    integrity = "sha512-" + base64.b64encode(hashlib.sha512(tarball_bytes).digest()).decode()
    return Sdk(manifest.get("version", "?"), digest, integrity, tuple(endpoints))


# --- supplement ---------------------------------------------------------------------------------

_PATH_TEMPLATE = re.compile(r"/v2(?:/(?:[a-z0-9_]+|\{[a-z][a-z0-9_]*\}))+")


def read_supplement(text: str, path: str) -> list[Endpoint]:
    rows = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{lineno}"
        cols = line.split("\t")
        if len(cols) != 8:
            raise GenError(where, f"expected 8 tab-separated columns, found {len(cols)}")
        method, tpath, scopes, name, token_rule, availability, confidence, source = cols
        if method not in METHODS:
            raise GenError(where, f"unknown method {method!r}")
        if not _PATH_TEMPLATE.fullmatch(tpath):
            raise GenError(where, f"malformed path template {tpath!r}")
        if scopes == "-":
            scope_list: tuple[str, ...] = ()
        else:
            scope_list = tuple(scopes.split(" "))
            for scope in scope_list:
                if scope not in KNOWN_SCOPES:
                    raise GenError(where, f"unknown scope {scope!r}")
            if len(set(scope_list)) != len(scope_list):
                raise GenError(where, "scope named twice")
        if not re.fullmatch(r"[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+", name):
            raise GenError(where, f"malformed name {name!r}")
        if token_rule not in TOKEN_RULES:
            raise GenError(where, f"unknown token rule {token_rule!r}")
        if availability not in AVAILABILITIES:
            raise GenError(where, f"unknown availability {availability!r}")
        if not re.fullmatch(r"verified|inferred:[a-z+]+", confidence):
            raise GenError(where, f"malformed confidence {confidence!r}")
        if not source.startswith("https://developers.webflow.com/"):
            raise GenError(where, f"source must be a developers.webflow.com page: {source!r}")
        rows.append(Endpoint(method, tpath, scope_list, name, token_rule, availability, source,
                             confidence))
    return rows


def merge(sdk: list[Endpoint], supplement: list[Endpoint]) -> list[Endpoint]:
    seen: dict[tuple[str, str], Endpoint] = {}
    names: dict[str, Endpoint] = {}
    for endpoint in list(sdk) + list(supplement):
        key = (endpoint.method, endpoint.path)
        if key in seen:
            raise GenError(endpoint.source, f"{endpoint.method} {endpoint.path} is already "
                                            f"catalogued from {seen[key].source}")
        if endpoint.name in names:
            raise GenError(endpoint.source, f"name {endpoint.name} is already used by "
                                            f"{names[endpoint.name].source}")
        seen[key] = endpoint
        names[endpoint.name] = endpoint
    return sorted(seen.values(), key=Endpoint.sort_key)


# --- output -------------------------------------------------------------------------------------

def _cxx_string(text: str) -> str:
    if not re.fullmatch(r"[\x20-\x7e]*", text) or '"' in text or "\\" in text:
        raise GenError(text, "string needs escaping; refusing to emit it")
    # "..."sv hands the compiler the length; a plain literal would be measured by an
    # interpreted loop in every including translation unit (detail/enum_support.hpp).
    return f'"{text}"sv'


def _cxx_scopes(scopes: tuple[str, ...]) -> str:
    # scope{resource::cms, access::read} is checked by scope's consteval constructor against the
    # real registry, and costs the compiler far less than parsing a "cms:read"_scopes literal in
    # every translation unit that includes the table; one scope converts to a scope_set, more
    # are joined with |.
    if not scopes:
        return "scope_set{}"
    items = []
    for text in scopes:
        resource, _, access = text.partition(":")
        items.append(f"scope{{resource::{resource}, access::{access}}}")
    return " | ".join(items) if len(items) > 1 else items[0]


@dataclasses.dataclass
class RouteNode:
    text: str          # the literal segment; "" for parameters and the root
    parameter: bool
    path: str          # the node's place, for the comment: /v2/sites/{}/collections
    children: list[int] = dataclasses.field(default_factory=list)
    row: list[int | None] = dataclasses.field(default_factory=lambda: [None] * len(METHODS))


def build_routes(endpoints: list[Endpoint]) -> list[tuple[RouteNode, int, int, int | None]]:
    """find_endpoint()'s trie, laid out as detail::route_node expects: breadth first, each node's
    literal children contiguous and sorted, then its one parameter child. For each (method,
    node) the first row wins; the table checks in detail/endpoint_checks.hpp build the same trie
    at compile time and compare."""
    nodes = [RouteNode("", False, "/v2")]
    for r, e in enumerate(endpoints):
        at = 0
        for segment in e.path[len("/v2/"):].split("/"):
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


def render(endpoints: list[Endpoint], sdk: Sdk, supplement_name: str) -> str:
    cells = []
    for e in endpoints:
        cells.append([
            f"http_method::{METHOD_ENUM[e.method]},",
            _cxx_string(e.path) + ",",
            _cxx_scopes(e.scopes) + ",",
            _cxx_string(e.name) + ",",
            f"token_rule::{e.token_rule},",
            f"resource_status::{e.availability},",
            _cxx_string(e.source),
        ])
    route_cells = []
    routes = build_routes(endpoints)
    for node, begin, end, parameter in routes:
        rows = ", ".join("no_row" if r is None else str(r) for r in node.row)
        route_cells.append([
            _cxx_string(node.text) + ",",
            f"{begin},",
            f"{end},",
            ("no_node" if parameter is None else str(parameter)) + ",",
            f"{{{rows}}}}},",
            f"// {node.path}",
        ])
    sdk_count = sum(1 for e in endpoints if e.source.startswith("sdk:"))
    out = [
        f"// Generated by tools/gen_endpoints.py from npm {PACKAGE}@{sdk.version} and "
        f"{supplement_name}. Do not edit.",
        f"// {PACKAGE}-{sdk.version}.tgz sha256 {sdk.sha256}",
        f"// integrity {sdk.integrity}",
        f"// {len(endpoints)} endpoints: {sdk_count} from the SDK, {len(endpoints) - sdk_count} from "
        f"the supplement. Regenerate: python3 tools/gen_endpoints.py",
        "#ifndef WEBFLOW_SCOPES_ENDPOINT_TABLE_HPP",
        "#define WEBFLOW_SCOPES_ENDPOINT_TABLE_HPP",
        "",
        "#include <array>",
        "",
        '#include "webflow/scopes/detail/enum_support.hpp"  // "..."sv',
        '#include "webflow/scopes/detail/route_node.hpp"',
        '#include "webflow/scopes/endpoint.hpp"',
        "",
        "namespace webflow::scopes::detail {",
        "",
        "// Columns: method, path template, required scopes, SDK-style name, which tokens the docs",
        "// allow, GA or Enterprise, source (sdk:<file>:<line of the scope line> or the docs page).",
        f"inline constexpr std::array<endpoint, {len(endpoints)}> endpoint_table{{{{",
    ]
    for e, text in zip(endpoints, _aligned(cells)):
        text = "    {" + text + "},"
        if e.confidence != "verified":
            text += f"  // {e.confidence}"
        out.append(text)
    out += [
        "}};",
        "",
        "// find_endpoint()'s route index: a trie over the segments after /v2, breadth first, each",
        "// node's literal children contiguous and sorted, then its parameter child (every {name} at",
        "// one position). Columns: literal segment (empty for the root and parameters), literal",
        "// children [begin, end), parameter child, endpoint_table row per method (GET POST PUT PATCH",
        "// DELETE). Data rather than a constant expression, so including it costs little;",
        "// detail/endpoint_checks.hpp rebuilds it from the table in the tests and compares.",
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


# --- obtaining the tarball ----------------------------------------------------------------------

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


def load_tarball(args: argparse.Namespace) -> tuple[bytes, str]:
    if args.tarball:
        with open(args.tarball, "rb") as f:
            return f.read(), args.tarball
    env = os.environ.get("WEBFLOW_API_TARBALL")
    if env and os.path.exists(env):
        with open(env, "rb") as f:
            return f.read(), env
    return npm_pack(args.version), f"npm pack {PACKAGE}@{args.version}"


def committed_version(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as f:
            first = f.readline()
    except OSError:
        return None
    m = re.search(rf"npm {re.escape(PACKAGE)}@(\S+) and", first)
    return m.group(1) if m else None


def generate(tarball: bytes, tarball_name: str, supplement_path: str, version: str | None) -> tuple[str, list[Endpoint], Sdk]:
    sdk = read_sdk(tarball, tarball_name)
    if version is not None and sdk.version != version:
        raise GenError(tarball_name, f"tarball holds {PACKAGE}@{sdk.version}, expected {version}")
    rel_supplement = os.path.relpath(supplement_path, REPO) if os.path.isabs(supplement_path) else supplement_path
    rel_supplement = rel_supplement.replace(os.sep, "/")
    with open(supplement_path, encoding="utf-8") as f:
        supplement = read_supplement(f.read(), rel_supplement)
    endpoints = merge(list(sdk.endpoints), supplement)
    return render(endpoints, sdk, rel_supplement), endpoints, sdk


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tarball", help="webflow-api .tgz to read (default: $WEBFLOW_API_TARBALL, "
                                          "else npm pack)")
    parser.add_argument("--version", default=None,
                        help=f"SDK version to npm pack (default: the committed header's, else {DEFAULT_VERSION})")
    parser.add_argument("--supplement", default=DEFAULT_SUPPLEMENT)
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="header to write (or compare with --check)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="compare with --output instead of writing it")
    mode.add_argument("--list", action="store_true", help="print the catalogue as TSV")
    mode.add_argument("--stdout", action="store_true", help="print the header instead of writing it")
    args = parser.parse_args(argv)
    if args.version is None:
        args.version = committed_version(args.output) if args.check else None
        args.version = args.version or DEFAULT_VERSION
    expect_version = None if args.tarball else args.version

    try:
        tarball, tarball_name = load_tarball(args)
    except NpmUnavailable as exc:
        if args.check:
            print(f"SKIP: cannot obtain {PACKAGE}@{args.version} ({exc}); set WEBFLOW_API_TARBALL "
                  "to a downloaded tarball to run this check offline", file=sys.stderr)
            return SKIP_RETURN_CODE
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    try:
        text, endpoints, sdk = generate(tarball, tarball_name, args.supplement, expect_version)
    except GenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    if args.list:
        for e in endpoints:
            print("\t".join([e.method, e.path, " ".join(e.scopes) or "-", e.name, e.token_rule,
                             e.availability, e.confidence, e.source]))
        return 0
    if args.stdout:
        sys.stdout.write(text)
        return 0
    if args.check:
        try:
            with open(args.output, encoding="utf-8") as f:
                committed = f.read()
        except OSError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 3
        if committed != text:
            sys.stdout.writelines(difflib.unified_diff(
                committed.splitlines(True), text.splitlines(True),
                fromfile=args.output + " (committed)", tofile="regenerated"))
            print(f"FAIL: {args.output} differs from what tools/gen_endpoints.py generates from "
                  f"{tarball_name}", file=sys.stderr)
            return 3
        print(f"OK: {args.output} matches {PACKAGE}@{sdk.version} + supplement "
              f"({len(endpoints)} endpoints)")
        return 0
    os.makedirs(os.path.dirname(os.path.abspath(args.output)), exist_ok=True)
    with open(args.output, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {args.output}: {len(endpoints)} endpoints "
          f"({len(sdk.endpoints)} from {PACKAGE}@{sdk.version})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
