"""What the sandbox tools hold a real exchange to: the contract of one API (its operations, validators and ledger), an exchange and the findings in it, the report; shared by the proxy, evidence and the webhook listener.

The contract is composed from ``runtime/`` (``CompiledApi``: the router, security and validator the mock
uses too) plus the response checks here; it never builds the mock. Every finding has a level:

- ``error``: the contract is broken, a consumer following it fails (a body the schema refuses, an
  undocumented 2xx — the generated clients refuse it —, a refused documented signature);
- ``warning``: legal but surprising (an undocumented non-2xx status, which the clients raise as their
  error class; a field every documented example shows, absent);
- ``info``: observed facts (a field the schema does not declare, a value an open enum does not list, a
  slow answer, a header the spec does not list). Info never confirms nor contradicts a ledger entry.

Each finding carries the deepest JSON pointer that failed and the ledger entries it is about: those whose
``spec:`` pointer covers the deepest location of the finding's trail, the most specific first, and whose
subject is the finding's (status entries for statuses, security entries for credentials, field entries
for fields).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from starlette.types import Receive, Scope, Send

from partner_contracts import __version__
from partner_contracts.runtime.compiled import CompiledApi, load_document
from partner_contracts.runtime.http import (
    MAX_BODY,
    MOCK_HEADER,
    Disconnected,
    Incoming,
    Rejection,
    parse_json,
    parse_query,
    read_body,
)
from partner_contracts.runtime.operations import Operation
from partner_contracts.runtime.validate import (
    media_matches,  # the mock's media-type rule, reused so the proxy and the mock agree
)
from partner_contracts.spec.api import REPO, Api
from partner_contracts.spec.auth import credentials, sent_any
from partner_contracts.spec.deref import dereference, escape, follow, resolve_pointer, unescape
from partner_contracts.spec.ledger import LedgerEntry, ledger_of

HOP_BY_HOP = frozenset({b"host", b"content-length", b"transfer-encoding", b"connection", b"keep-alive"})

OBSERVED_MAX = 120  # characters of an observed value shown in a finding's line
OBSERVE_MAX = 1_000_000  # bytes of a body over which undeclared fields and open-enum values are not looked for

LEVELS = ("error", "warning", "info")

# headers any HTTP answer may carry: never reported as "a header the spec does not list"
STANDARD_HEADERS = frozenset({
    "content-type", "content-length", "content-encoding", "transfer-encoding", "date", "server", "connection",
    "keep-alive", "vary", "cache-control", "expires", "pragma", "etag", "last-modified", "age", "via",
    "set-cookie", "location", "retry-after", "www-authenticate", "allow", "content-language", "accept-ranges",
    "strict-transport-security", "x-content-type-options", "x-frame-options", "referrer-policy",
    "content-security-policy", "alt-svc", "trailer", MOCK_HEADER,
})


@dataclass
class Violation:
    """One way an exchange departs from the contract (a finding, at one of three levels)."""

    operation: str  # operationId, or "METHOD /path" when no operation matched
    where: str  # "request", "response" or "webhook"
    pointer: str  # JSON pointer into the exchange: /status, /headers/x-total, /query/limit, /body/data/0/id
    expected: str
    observed: str
    spec: str  # JSON pointer of what was checked in the spec (schema, response, operation)
    ledger: list[str] = field(default_factory=list)  # the ledger entries the finding is about (most specific)
    level: str = "error"  # error, warning or info (module docstring)
    check: str = ""  # which check found it: status, schema, credentials, state, slow, extra-field, ...

    def line(self) -> str:
        tail = f" [ledger {', '.join(self.ledger)}]" if self.ledger else ""
        return (f"{self.level.upper()} {self.operation} {self.where} {self.pointer or '/'}: expected "
                f"{self.expected}; observed {self.observed}  (#{self.spec}){tail}")


def covers(entry_pointer: str, touched: str) -> bool:
    """A ledger ``spec:`` pointer covers a spec location at or below it."""
    return touched == entry_pointer or touched.startswith(entry_pointer.rstrip("/") + "/")


_STATUS = re.compile(r"^(/paths/[^/]+/[a-z]+/responses/[^/]+|/components/responses/[^/]+|/paths/[^/]+/[a-z]+/responses)$")
_PATH = re.compile(r"^/paths/[^/]+(/(get|put|post|delete|options|head|patch|trace))?$")


def subject(pointer: str) -> str:
    """What a spec location (a ledger pointer) is about: ``status`` (a response of an operation),
    ``security``, ``server``, ``path`` (a path or an operation as a whole) or ``field`` (a schema, a
    property, a parameter, a header, an example: everything else)."""
    if _STATUS.match(pointer):
        return "status"
    if pointer.startswith("/components/securitySchemes") or pointer == "/security" or pointer.endswith("/security"):
        return "security"
    if pointer.startswith("/servers"):
        return "server"
    if _PATH.match(pointer):
        return "path"
    return "field"


Trail = Sequence["str | Sequence[str]"]  # spec locations, the general first; a group shares its rank


def shorten(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= OBSERVED_MAX else text[:OBSERVED_MAX - 3] + "..."


def value_at(value: Any, pointer: str) -> Any:
    try:
        return resolve_pointer(value, pointer) if pointer else value
    except (KeyError, TypeError, IndexError):
        return "(absent)"


@cache
def spec_version() -> str:
    """The git commit of ``specs/`` (its last change), ``+dirty`` when the folder has uncommitted
    changes; ``unknown`` outside a checkout."""
    try:
        commit = subprocess.run(["git", "log", "-1", "--format=%h", "--", "specs"], cwd=REPO, capture_output=True,
                                check=False, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "specs"], cwd=REPO, capture_output=True,
                               check=False, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (commit or "unknown") + ("+dirty" if dirty else "")


def provenance(upstream: str, response_headers: list[tuple[str, str]], tool: str = "proxy") -> dict[str, Any]:
    """Who answered and what checked it: kept in every recording."""
    mock = next((v for k, v in response_headers if k.lower() == MOCK_HEADER), None)
    return {"upstream": upstream, "tool": tool, "tool_version": __version__, "spec_version": spec_version(),
            "upstream_is_mock": mock is not None, **({"mock_version": mock} if mock else {})}


class Contract:
    """What the proxy, the evidence report and the webhook harness check exchanges against: the API's
    request stages composed from ``runtime/`` (router, validators, security checks), the response checks
    and the ledger."""

    def __init__(self, api: Api, document: dict[str, Any] | None = None, sandbox: bool = True) -> None:
        self.api = api
        # the credentials requests are checked with: the sandbox's from the environment, else the mock's
        self.served = CompiledApi(api.key, document or load_document(api), credentials(api, target_is_sandbox=sandbox),
                                  api.config.mock.webhook_secret.read())
        self.doc = self.served.doc
        self.ledger: list[LedgerEntry] = list(ledger_of(api).entries)
        self.sandbox = sandbox

    # spec locations -------------------------------------------------------------------------------
    def trail(self, schema_pointer: str, instance_pointer: str) -> list[str]:
        """The spec locations a value at ``instance_pointer`` is checked by, the general first: the
        schema, and every ``$ref`` target (a component) followed on the way down."""
        trail = [schema_pointer]
        try:
            node: Any = resolve_pointer(self.doc, schema_pointer)
        except KeyError:
            return trail
        pointer = schema_pointer

        def deref(node: Any, pointer: str) -> tuple[Any, str]:
            node, pointer, _ = follow(self.doc, node, pointer, trail=trail, stop_at_missing=True)
            return node, pointer

        tokens = [unescape(t) for t in instance_pointer.split("/")[1:]] if instance_pointer else []
        for token in tokens:
            node, pointer = deref(node, pointer)
            step = self._step(node, pointer, token, deref)
            if step is None:
                break
            node, pointer = step
            trail.append(pointer)
        deref(node, pointer)
        return list(dict.fromkeys(trail))

    def _step(self, node: Any, pointer: str, token: str,
              deref: Callable[[Any, str], tuple[Any, str]]) -> tuple[Any, str] | None:
        if not isinstance(node, dict):
            return None
        props = node.get("properties")
        if isinstance(props, dict) and token in props:
            return props[token], f"{pointer}/properties/{escape(token)}"
        if token.isdigit() and isinstance(node.get("items"), dict):
            return node["items"], f"{pointer}/items"
        for keyword in ("allOf", "anyOf", "oneOf"):
            for i, sub in enumerate(node.get(keyword) or []):
                target, target_pointer = deref(sub, f"{pointer}/{keyword}/{i}")
                found = self._step(target, target_pointer, token, deref)
                if found is not None:
                    return found
        if isinstance(node.get("additionalProperties"), dict):
            return node["additionalProperties"], f"{pointer}/additionalProperties"
        return None

    def declaring(self, trail: list[str]) -> list[str]:
        """The end of a schema trail that belongs to the schema declaring the deepest location: the
        locations from the last ``$ref`` hop on (and the location that holds that ``$ref``). An entry
        about an enclosing schema (the list an item sits in, the answer a field sits in) is not about
        a field another schema declares."""
        start = len(trail) - 1
        while start > 0:
            before, after = trail[start - 1], trail[start]
            try:
                node = resolve_pointer(self.doc, before)
            except (KeyError, TypeError, IndexError):
                node = None
            hop: list[str] = []
            follow(self.doc, node, before, limit=1, trail=hop, stop_at_missing=True)
            holds = hop == [after]  # the location ``before`` is a reference to ``after``
            if not (covers(before, after) or holds):
                break
            start -= 1
        return trail[start:]

    def ledger_for(self, touched: Trail, about: str = "field") -> list[str]:
        """The entries a finding about ``about`` (a ``subject``) at the locations ``touched`` (general
        first) is attributed to: of the entries of that subject, those whose pointer covers the deepest
        location any of them covers, the most specific pointer first; none when none matches. For a
        field, only the schema that declares it counts (``declaring``)."""
        if about == "field" and all(isinstance(t, str) for t in touched):
            touched = self.declaring(list(map(str, touched)))
        best: tuple[int, int] = (-1, -1)
        chosen: list[str] = []
        for rank, group in enumerate(touched):
            for location in [group] if isinstance(group, str) else group:
                for entry in self.ledger:
                    for pointer in entry.pointers:
                        if subject(pointer) != about or not covers(pointer, location):
                            continue
                        score = (rank, pointer.count("/"))
                        if score > best:
                            best, chosen = score, [entry.id]
                        elif score == best and entry.id not in chosen:
                            chosen.append(entry.id)
        return chosen

    def violation(self, op: str, where: str, pointer: str, expected: str, observed: str, spec: str,
                  touched: Trail | None = None, level: str = "error", about: str = "field",
                  check: str = "") -> Violation:
        return Violation(op, where, pointer, expected, observed, spec, self.ledger_for(touched or [spec], about),
                         level, check)

    # requests ---------------------------------------------------------------------------------------
    def route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], Violation | None]:
        try:
            op, values = self.served.router.route(method, path)
            return op, values, None
        except Rejection as rejection:
            return None, {}, self.violation(f"{method} {path}", "request", "/path", "a documented operation",
                                            rejection.message, "/paths", ["/paths"], about="path", check="route")

    def security_pointers(self, op: Operation) -> list[str]:
        """The spec locations of ``op``'s security: its ``security`` (or the document's) and its schemes."""
        schemes = sorted({name for requirement in op.security for name in requirement})
        spec = f"{op.pointer}/security" if "security" in (resolve_pointer(self.doc, op.pointer) or {}) \
            else "/security"
        return [spec, *(f"/components/securitySchemes/{escape(s)}" for s in schemes)]

    def check_request(self, op: Operation, path_values: dict[str, str], scope: Scope,
                      body: bytes) -> list[Violation]:
        """The mock's own stages on the request; each stage reports its first problem."""
        request = Incoming(scope, None)
        found: list[Violation] = []
        try:
            query = parse_query(request.query_string) if request.query_string else {}
        except Rejection as rejection:
            return [self.violation(op.op_id, "request", "/query", "a query string within the limits",
                                   rejection.message, op.pointer, check="request")]
        try:
            self.served.security.authenticate(op, request, query, body)
        except Rejection as rejection:
            schemes = sorted({name for requirement in op.security for name in requirement})
            spec, *scheme_pointers = self.security_pointers(op)
            found.append(self.violation(op.op_id, "request", "/security",
                                        "credentials for " + " or ".join(schemes), rejection.message, spec,
                                        [spec, scheme_pointers], about="security", check="credentials"))
        try:
            self.served.validator.parameters(op, path_values, query, request)
        except Rejection as rejection:
            param = next((p for p in op.params if f"{p.location} parameter {p.name!r}" in rejection.message),
                         None)
            pointer = f"/{param.location}/{escape(param.name)}" if param else "/parameters"
            spec = param.pointer if param else f"{op.pointer}/parameters"
            found.append(self.violation(op.op_id, "request", pointer, "the parameter's schema",
                                        rejection.message, spec, self.trail(spec, ""), check="request"))
        try:
            self.served.validator.body(op, request, body)
        except Rejection as rejection:
            spec = next(iter(op.body_media.values()), f"{op.pointer}/requestBody")
            declared = request.headers.get("content-type", "").split(";")[0].strip().lower()
            spec = op.body_media.get(declared, spec)
            found.append(self.violation(op.op_id, "request", "/body" + rejection.field, "the request body schema",
                                        rejection.message, spec, self.trail(spec, rejection.field), check="request"))
        return found

    # responses --------------------------------------------------------------------------------------
    def response_for(self, op: Operation, status: int) -> tuple[str | None, str, dict[str, Any]]:
        """(the documented key that covers ``status``, its pointer, the response object)."""
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
            if key in op.responses:  # dereferenced when the operation was compiled
                response = op.responses[key]
                return key, response.pointer, response.spec
        return None, f"{op.pointer}/responses", {}

    def documented(self, op: Operation, status: int) -> bool:
        return self.response_for(op, status)[0] is not None

    def check_response(self, op: Operation, method: str, status: int, headers: list[tuple[str, str]],
                       body: bytes) -> list[Violation]:
        """Documented status, content type, declared (and undeclared) headers, body schema, undeclared
        fields, open-enum values and the fields every documented example shows, of one response (``body``
        decoded: see ``decoded``)."""
        key, pointer, response = self.response_for(op, status)
        if key is None:
            success = 200 <= status < 300
            documented = [r.pointer for k, r in op.responses.items() if k[:1] == "2"] if success else []
            return [self.violation(
                op.op_id, "response", "/status", "one of " + ", ".join(op.statuses), str(status),
                pointer, [documented] if documented else [f"{op.pointer}/responses"], about="status",
                level="error" if success else "warning", check="status")]
        found: list[Violation] = []
        lower = {name.lower(): value for name, value in headers}
        declared_headers = {name.lower() for name in (response.get("headers") or {})}
        for name, header in (response.get("headers") or {}).items():
            found.extend(self._check_header(op, pointer, name, header, lower))
        for name in sorted(set(lower) - declared_headers - STANDARD_HEADERS):
            if name.startswith("access-control-"):
                continue
            found.append(self.violation(op.op_id, "response", f"/headers/{name}", "only the headers the "
                                        "response declares", shorten(lower[name]), f"{pointer}/headers",
                                        [f"{pointer}/headers"], level="info", check="header"))
        content = response.get("content") or {}
        if method == "HEAD" or status in (204, 304):
            return found
        if not content:
            if body:
                found.append(self.violation(op.op_id, "response", "/body", "no body (the response declares no "
                                            "content)", shorten(body.decode("utf-8", "replace")), pointer,
                                            [f"{pointer}/content"], level="warning", check="body"))
            return found
        sent = lower.get("content-type", "")
        media = sent.split(";")[0].strip().lower()
        declared = next((m for m in content if media_matches(m.lower(), media)), None)
        if declared is None:
            found.append(self.violation(op.op_id, "response", "/headers/content-type", " or ".join(content),
                                        sent or "(none)", f"{pointer}/content", check="content-type"))
            return found
        schema_pointer = f"{pointer}/content/{escape(declared)}/schema"
        if "schema" not in (content[declared] or {}) or not media.endswith("json"):
            return found
        if not body:
            found.append(self.violation(op.op_id, "response", "/body", f"a {declared} body", "an empty body",
                                        schema_pointer, self.trail(schema_pointer, ""), check="body"))
            return found
        try:
            value = parse_json(body)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            found.append(self.violation(op.op_id, "response", "/body", "JSON", f"not JSON ({exc})",
                                        schema_pointer, self.trail(schema_pointer, ""), check="body"))
            return found
        problems = self.served.schemas.problems(schema_pointer, value, limit=10, deepest=True)
        for problem in problems:
            found.append(self.violation(op.op_id, "response", "/body" + problem.path, problem.message,
                                        shorten(value_at(value, problem.path)), schema_pointer,
                                        self.trail(schema_pointer, problem.path), check="schema"))
        if not problems:
            if len(body) <= OBSERVE_MAX:  # bounded work per answer: the info walk re-validates branches
                found += self.observe(op.op_id, "response", schema_pointer, value)
            found += self.check_shape(op, f"{pointer}/content/{escape(declared)}", content[declared] or {},
                                      schema_pointer, value)
        return found

    def observe(self, operation: str, where: str, schema_pointer: str, value: Any) -> list[Violation]:
        """Info on a schema-valid value: fields the schema does not declare, and values an open enum
        (``anyOf`` of an ``enum`` and a free type) does not list."""
        found: list[Violation] = []
        schemas = self.served.schemas

        def deref(pointer: str) -> tuple[Any, str]:
            try:
                node, at = dereference(self.doc, resolve_pointer(self.doc, pointer), pointer)
            except KeyError:
                return None, pointer
            return node, at

        def valid(pointer: str, item: Any) -> bool:
            return not schemas.problems(pointer, item, limit=1)

        def shape(pointer: str, item: Any, depth: int = 0) -> tuple[dict[str, str], bool, str | None]:
            """(declared properties -> their pointer, whether other keys are allowed, the items' pointer)
            of the schema at ``pointer`` for ``item``: its own, its allOf's and the anyOf/oneOf branches
            ``item`` satisfies."""
            node, pointer = deref(pointer)
            if not isinstance(node, dict) or depth > 16:
                return {}, True, None
            props = {name: f"{pointer}/properties/{escape(name)}" for name in node.get("properties") or {}}
            extra = node.get("additionalProperties")
            free = isinstance(extra, dict) and bool(extra) or extra is True or bool(node.get("patternProperties"))
            items = f"{pointer}/items" if isinstance(node.get("items"), dict) else None
            for keyword in ("allOf", "anyOf", "oneOf"):
                for i, _ in enumerate(node.get(keyword) or []):
                    sub = f"{pointer}/{keyword}/{i}"
                    if keyword != "allOf" and not valid(sub, item):
                        continue
                    sub_props, sub_free, sub_items = shape(sub, item, depth + 1)
                    for name, at in sub_props.items():
                        props.setdefault(name, at)
                    free = free or sub_free
                    items = items or sub_items
            return props, free, items

        def walk(pointer: str, item: Any, at: str, depth: int) -> None:
            node, pointer = deref(pointer)
            if not isinstance(node, dict) or depth > 32 or len(found) >= 50:
                return
            enums = [deref(f"{pointer}/{k}/{i}") for k in ("anyOf", "oneOf") for i, _ in enumerate(node.get(k) or [])]
            listed = [(n, p) for n, p in enums if isinstance(n, dict) and isinstance(n.get("enum"), list)]
            if listed and isinstance(item, (str, int, float)) and not any(item in n["enum"] for n, _ in listed):
                values = [v for n, _ in listed for v in n["enum"]]
                found.append(self.violation(operation, where, "/body" + at, "one of the listed values "
                                            f"({', '.join(map(str, values[:8]))}{'...' if len(values) > 8 else ''}; "
                                            "the enum is open)", shorten(item), pointer,
                                            [*self.trail(schema_pointer, at), listed[0][1]], level="info",
                                            check="open-enum"))
            if not isinstance(item, (dict, list)):
                return
            props, free, items = shape(pointer, item)
            if isinstance(item, dict):
                for name, child in item.items():
                    if name in props:
                        walk(props[name], child, f"{at}/{escape(name)}", depth + 1)
                    elif props and not free:
                        found.append(self.violation(operation, where, f"/body{at}/{escape(name)}",
                                                    "only the fields the schema declares", shorten(child),
                                                    pointer, self.trail(schema_pointer, at), level="info",
                                                    check="extra-field"))
            elif items is not None:
                for i, child in enumerate(item[:50]):
                    walk(items, child, f"{at}/{i}", depth + 1)

        walk(schema_pointer, value, "", 0)
        return found

    def check_shape(self, op: Operation, media_pointer: str, media: dict[str, Any], schema_pointer: str,
                    value: Any) -> list[Violation]:
        """The examples' shape: a schema-valid body still lacks no field that every documented example
        of the response shows (a field the vendor's own examples always have is one consumers rely on):
        a warning."""
        if not isinstance(value, dict):
            return []
        examples = []
        for name, example in (media.get("examples") or {}).items():
            example, _ = dereference(self.doc, example, "")
            if isinstance(example, dict) and isinstance(example.get("value"), dict):
                examples.append((name, example["value"]))
        if "example" in media and isinstance(media["example"], dict):
            examples.append(("example", media["example"]))
        if not examples:
            return []
        always = set.intersection(*(set(v) for _, v in examples))
        return [self.violation(op.op_id, "response", f"/body/{escape(key)}",
                               f"the field every documented example shows ({', '.join(n for n, _ in examples)})",
                               "absent", f"{media_pointer}/examples",
                               self.trail(schema_pointer, f"/{escape(key)}"), level="warning", check="example-field")
                for key in sorted(always - set(value))]

    def _check_header(self, op: Operation, response_pointer: str, name: str, header: Any,
                      sent: dict[str, str]) -> list[Violation]:
        header, pointer = dereference(self.doc, header, f"{response_pointer}/headers/{escape(name)}")
        if not isinstance(header, dict) or name.lower() in ("content-type", "content-length"):
            return []
        value = sent.get(name.lower())
        if value is None:
            if header.get("required"):
                return [self.violation(op.op_id, "response", f"/headers/{name.lower()}", "the header (required)",
                                       "absent", pointer, check="header")]
            return []
        if "schema" not in header:
            return []
        schema_pointer = f"{pointer}/schema"
        candidates: list[Any] = [value]
        for convert in (int, float, lambda v: {"true": True, "false": False}[v]):
            try:
                candidates.append(convert(value))
            except (ValueError, KeyError):
                pass
        if any(not self.served.schemas.problems(schema_pointer, c, limit=1) for c in candidates):
            return []
        problem = self.served.schemas.problems(schema_pointer, value, limit=1)
        return [self.violation(op.op_id, "response", f"/headers/{name.lower()}",
                               problem[0].message if problem else "the header's schema", shorten(value),
                               schema_pointer, [pointer, schema_pointer], check="header")]

    # state ------------------------------------------------------------------------------------------
    def created(self, op: Operation, status: int, body: bytes) -> list[Created]:
        """The resources a 2xx answer names through the response's ``links`` (``$response.body#/...``
        into a path parameter of the linked operation): what a later read must find."""
        key, pointer, response = self.response_for(op, status)
        links = response.get("links") or {}
        if key is None or not 200 <= status < 300 or not links:
            return []
        try:
            value = parse_json(body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return []
        found = []
        for name, link in links.items():
            if not isinstance(link, dict) or not link.get("operationId"):
                continue
            params = {}
            for param, expression in (link.get("parameters") or {}).items():
                if isinstance(expression, str) and expression.startswith("$response.body#"):
                    try:
                        params[param] = str(resolve_pointer(value, expression.split("#", 1)[1]))
                    except (KeyError, TypeError, IndexError):
                        continue
            if params:
                found.append(Created(op.op_id, str(link["operationId"]), params,
                                     f"{pointer}/links/{escape(name)}"))
        return found

    # credentials ----------------------------------------------------------------------------------------
    def sent_credentials(self, headers: list[tuple[bytes, bytes]], query: bytes) -> bool:
        """Whether a request carries any of the API's credentials (a header, query key or cookie)."""
        names = {k.decode("latin-1").lower() for k, _ in headers}
        query_names = {part.split("=", 1)[0] for part in query.decode("latin-1").split("&") if part}
        return sent_any(self.served.security.schemes.values(), names, query_names)


@dataclass(frozen=True)
class Created:
    """A resource an answer created, and the linked operation that reads it."""

    by: str  # the operation that created it
    reader: str  # the linked operation (operationId)
    params: dict[str, str]  # its path parameters
    link: str  # the link's pointer in the spec


@dataclass
class Exchange:
    """One request and its answer, as they went over the wire (the upstream's answer as received)."""

    api: str
    operation: str | None
    method: str
    path: str
    query: str
    request_headers: list[tuple[str, str]]
    request_body: bytes
    status: int
    response_headers: list[tuple[str, str]]
    response_body: bytes  # as received (and forwarded): still content-coded
    violations: list[Violation]
    recorded: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    signed: bool = False  # the proxy added the credentials
    response_plain: bytes | None = None  # the body with its content coding undone (None: same as received)
    accepted: bool = True  # the vendor accepted the request (not a 401/403, nor a 4xx to a request we broke)
    elapsed: float = 0.0  # seconds from forwarding the request to the end of the answer
    provenance: dict[str, Any] = field(default_factory=dict)


def accepted(status: int, findings: list[Violation]) -> bool:
    """Whether the vendor accepted the request: an answer it refused (401/403, or a 4xx to a request that
    broke the contract) proves nothing about the contract's successes."""
    if status in (401, 403):
        return False
    return not (400 <= status < 500 and any(f.where == "request" and f.level == "error" for f in findings))


@dataclass
class OperationTally:
    exchanges: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    violations: list[Violation] = field(default_factory=list)


class Report:
    """What the proxy (or the webhook listener) saw, per operation; written when it stops.

    ``failing`` is the lowest level that fails: ``error`` (the default, and ``--strict``), ``warning``
    (``--strict=warning``); the JUnit file marks an operation failed when it has a finding at that level
    or above, and lists the others in its output."""

    MAX_KEPT = 10_000  # findings kept per operation (counting goes on)

    def __init__(self, api: str, tool: str = "proxy", failing: str = "error") -> None:
        self.api = api
        self.tool = tool
        self.failing = failing
        self.operations: dict[str, OperationTally] = {}
        self.counts = dict.fromkeys(LEVELS, 0)
        self.started = time.time()
        self.provenance: dict[str, Any] = {}

    @property
    def violation_count(self) -> int:
        return sum(self.counts.values())

    def add(self, exchange: Exchange) -> None:
        self.add_findings(exchange.operation or f"{exchange.method} {exchange.path}", str(exchange.status),
                          exchange.violations)

    def add_findings(self, operation: str, status: str, findings: list[Violation]) -> None:
        tally = self.operations.setdefault(operation, OperationTally())
        tally.exchanges += 1
        tally.statuses[status] = tally.statuses.get(status, 0) + 1
        for finding in findings:
            self.counts[finding.level] = self.counts.get(finding.level, 0) + 1
        room = self.MAX_KEPT - len(tally.violations)
        tally.violations.extend(findings[:max(room, 0)])

    @property
    def violations(self) -> list[Violation]:
        return [v for tally in self.operations.values() for v in tally.violations]

    def fails(self, finding: Violation) -> bool:
        return LEVELS.index(finding.level) <= LEVELS.index(self.failing)

    def verdict(self, strict: str | None) -> int:
        """The exit status: 1 when ``strict`` (a level) is given and a finding at that level or above was seen."""
        if not strict:
            return 0
        return 1 if any(self.counts.get(level) for level in LEVELS[:LEVELS.index(strict) + 1]) else 0

    def summary(self) -> str:
        exchanges = sum(t.exchanges for t in self.operations.values())
        return (f"{self.api}: {exchanges} exchange(s), {len(self.operations)} operation(s), "
                f"{self.counts['error']} error(s), {self.counts['warning']} warning(s), {self.counts['info']} info")

    def table(self) -> str:
        rows: list[tuple[str, ...]] = [("operation", "exchanges", "statuses", "errors", "warnings", "info")]
        for name, tally in sorted(self.operations.items()):
            statuses = " ".join(f"{s}×{n}" for s, n in sorted(tally.statuses.items()))
            levels = [str(sum(v.level == level for v in tally.violations)) for level in LEVELS]
            rows.append((name, str(tally.exchanges), statuses, *levels))
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
        lines.insert(1, "  ".join("-" * w for w in widths))
        lines.append(self.summary())
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "tool": self.tool,
            "provenance": self.provenance,
            "exchanges": sum(t.exchanges for t in self.operations.values()),
            "violations": self.violation_count,
            "levels": self.counts,
            "operations": {name: {"exchanges": t.exchanges, "statuses": t.statuses,
                                  "violations": [asdict(v) for v in t.violations]}
                           for name, t in sorted(self.operations.items())},
        }

    def junit(self) -> bytes:
        failed = {name for name, t in self.operations.items() if any(self.fails(v) for v in t.violations)}
        suite = ElementTree.Element("testsuite", name=f"{self.tool} {self.api}", tests=str(len(self.operations)),
                                    failures=str(len(failed)), time=f"{time.time() - self.started:.3f}")
        for name, tally in sorted(self.operations.items()):
            case = ElementTree.SubElement(suite, "testcase", classname=f"{self.tool}.{self.api}", name=name)
            failing = [v for v in tally.violations if self.fails(v)]
            if failing:
                failure = ElementTree.SubElement(case, "failure", message=failing[0].line(),
                                                 type=f"contract-{failing[0].level}")
                failure.text = "\n".join(v.line() for v in failing)
            others = [v for v in tally.violations if not self.fails(v)]
            if others:
                ElementTree.SubElement(case, "system-out").text = "\n".join(v.line() for v in others)
        text: bytes = ElementTree.tostring(suite, encoding="utf-8", xml_declaration=True)
        return text

    def write(self, folder: Path) -> tuple[Path, Path]:
        """report.json and junit.xml, each written whole (a temporary file renamed), so a reader never
        sees half of one even when the process is stopped while writing."""
        folder.mkdir(parents=True, exist_ok=True)
        report, junit = folder / "report.json", folder / "junit.xml"
        for target, data in ((report, (json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n").encode()),
                             (junit, self.junit())):
            partial = target.with_name(target.name + ".partial")
            partial.write_bytes(data)
            partial.replace(target)
        return report, junit


# The most a compressed answer is inflated to for checking: past it, a bomb (forwarded as it is, unchecked).
MAX_DECODED = 32 * 1024 * 1024


def decoded(headers: list[tuple[str, str]], body: bytes, cap: int = MAX_DECODED) -> bytes | None:
    """The body as the application reads it (gzip, deflate or br undone, in the order applied) — for
    checking and evidence alike; what is forwarded stays the raw bytes. Undecodable: as received. None when
    it inflates past ``cap`` bytes (a bomb: inflated no further, forwarded unchecked)."""
    codings = [c.strip().lower() for k, v in headers if k.lower() == "content-encoding" for c in v.split(",")]
    plain: bytes | None = body
    try:
        for coding in reversed([c for c in codings if c and c != "identity"]):
            assert plain is not None
            if coding in ("gzip", "x-gzip", "deflate"):
                plain = _inflate(plain, coding, cap)
            elif coding == "br":
                import brotli  # type: ignore[import-untyped]

                plain = brotli.decompress(plain)
                plain = None if plain is not None and len(plain) > cap else plain
            else:
                return body
            if plain is None:
                return None
    except Exception:  # noqa: BLE001 - a corrupt coding: checked as received (the body check reports it)
        return body
    return plain


def _inflate(data: bytes, coding: str, cap: int) -> bytes | None:
    """gzip or deflate (zlib-wrapped, or raw as some servers send it) undone, at most ``cap`` bytes."""
    for bits in ((16 + zlib.MAX_WBITS,) if coding != "deflate" else (zlib.MAX_WBITS, -zlib.MAX_WBITS)):
        inflater = zlib.decompressobj(bits)
        try:
            out = inflater.decompress(data, cap + 1)
        except zlib.error:
            continue
        return None if len(out) > cap or inflater.unconsumed_tail else out
    raise zlib.error(f"not {coding}")


async def lifespan(receive: Receive, send: Send, shutdown: Callable[[], Any] | None = None) -> None:
    """Answer the ASGI lifespan protocol (``shutdown`` awaited before the server stops)."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            if shutdown is not None:
                await shutdown()
            await send({"type": "lifespan.shutdown.complete"})
            return


def serve(app: Any, host: str, port: int, **options: Any) -> int | None:
    """Serve ``app`` until SIGINT or SIGTERM (how CI stops a background server), then return the signal
    that stopped it. Either signal is a graceful stop: the app's lifespan shutdown runs and the caller
    writes its report and exits with its verdict (uvicorn alone re-raises the signal after shutting
    down, and SIGTERM's default action then kills the process before anything is written)."""
    import contextlib
    import signal
    import threading
    from collections.abc import Iterator

    import uvicorn

    class Server(uvicorn.Server):
        stopped_by: int | None = None

        @contextlib.contextmanager
        def capture_signals(self) -> Iterator[None]:
            if threading.current_thread() is not threading.main_thread():
                yield
                return
            handled = (signal.SIGINT, signal.SIGTERM)
            original = {sig: signal.signal(sig, self.handle_exit) for sig in handled}
            try:
                yield
            finally:
                for sig, handler in original.items():
                    signal.signal(sig, handler)

        def handle_exit(self, sig: int, frame: Any) -> None:
            self.stopped_by = self.stopped_by or sig
            super().handle_exit(sig, frame)

    server = Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, **options))
    server.run()
    return server.stopped_by
# The largest request body the proxy forwards and the webhook listener reads: the mock's own limit (a body
# the mock would refuse as too large is refused here too, before it fills memory).
MAX_REQUEST_BODY = MAX_BODY


async def read_limited(scope: Scope, receive: Receive, limit: int = MAX_REQUEST_BODY) -> bytes | None:
    """A request's whole body through ``runtime.http.read_body`` (at most ``limit`` bytes, refused by its
    Content-Length before reading, else as it arrives: ``Rejection`` 413); None when the client went away.
    What the reading drew from the process's memory budget is given back at once (the sandbox caps its own
    work)."""
    incoming = Incoming(scope, receive)
    try:
        return await read_body(incoming, limit)
    except Disconnected:
        return None
    finally:
        incoming.release()


def refused(rejection: Rejection) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """The sandbox tools' own answer to a request they refuse before any contract logic: its status and a
    JSON reason (``error``: the kind, ``message``)."""
    body = json.dumps({"error": rejection.kind, "message": rejection.message}).encode()
    return (rejection.status or 413,
            [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())], body)
