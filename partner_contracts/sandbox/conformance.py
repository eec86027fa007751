"""What the sandbox tools hold a real exchange to: the contract of one API (its operations, validators and ledger), an exchange and the violations found in it, the report; shared by the proxy, evidence and the webhook listener."""

from __future__ import annotations

import datetime as dt
import json
import time
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from starlette.types import Receive, Scope, Send

from partner_contracts.mock.app import Pipeline, ServedApi
from partner_contracts.runtime.http import (
    MAX_BODY,
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
from partner_contracts.spec.api import Api
from partner_contracts.spec.auth import credentials, sent_any
from partner_contracts.spec.deref import dereference, escape, follow, resolve_pointer, unescape
from partner_contracts.spec.ledger import LedgerEntry, ledger_of

HOP_BY_HOP = frozenset({b"host", b"content-length", b"transfer-encoding", b"connection", b"keep-alive"})


OBSERVED_MAX = 120  # characters of an observed value shown in a violation line


@dataclass
class Violation:
    """One way an exchange departs from the contract."""

    operation: str  # operationId, or "METHOD /path" when no operation matched
    where: str  # "request", "response" or "webhook"
    pointer: str  # JSON pointer into the exchange: /status, /headers/x-total, /query/limit, /body/data/0/id
    expected: str
    observed: str
    spec: str  # JSON pointer of what was checked in the spec (schema, response, operation)
    ledger: list[str] = field(default_factory=list)  # ids of the ledger entries whose `spec:` covers it

    def line(self) -> str:
        tail = f" [ledger {', '.join(self.ledger)}]" if self.ledger else ""
        return (f"VIOLATION {self.operation} {self.where} {self.pointer or '/'}: expected {self.expected}; "
                f"observed {self.observed}  (#{self.spec}){tail}")


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= OBSERVED_MAX else text[:OBSERVED_MAX - 3] + "..."


def _at(value: Any, pointer: str) -> Any:
    try:
        return resolve_pointer(value, pointer) if pointer else value
    except (KeyError, TypeError, IndexError):
        return value


class Contract:
    """What the proxy, the evidence report and the webhook harness check exchanges against: the mock's
    compiled API (router, validators, security checks) and the ledger."""

    def __init__(self, api: Api, document: dict[str, Any] | None = None, sandbox: bool = True) -> None:
        self.api = api
        pipeline = Pipeline([api], documents={api.key: document} if document else None)
        self.served: ServedApi = pipeline.apis[api.key]
        self.doc = self.served.doc
        # the credentials the requests are checked with: the sandbox's from the environment, else the mock's
        self.served.credentials.update(credentials(api, target_is_sandbox=sandbox))
        self.ledger: list[LedgerEntry] = list(ledger_of(api).entries)
        self.sandbox = sandbox

    # spec locations -------------------------------------------------------------------------------
    def trail(self, schema_pointer: str, instance_pointer: str) -> list[str]:
        """The spec locations a value at ``instance_pointer`` is checked by: the schema, and every
        ``$ref`` target (a component) followed on the way down."""
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

    def ledger_for(self, touched: list[str]) -> list[str]:
        return [e.id for e in self.ledger if any(e.covers(t) for t in touched)]

    def violation(self, op: str, where: str, pointer: str, expected: str, observed: str, spec: str,
                  touched: list[str] | None = None) -> Violation:
        return Violation(op, where, pointer, expected, observed, spec, self.ledger_for(touched or [spec]))

    # requests ---------------------------------------------------------------------------------------
    def route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], Violation | None]:
        try:
            op, values = self.served.router.route(method, path)
            return op, values, None
        except Rejection as rejection:
            return None, {}, self.violation(f"{method} {path}", "request", "/path",
                                            "a documented operation", rejection.message, "/paths")

    def check_request(self, op: Operation, path_values: dict[str, str], scope: Scope,
                      body: bytes) -> list[Violation]:
        """The mock's own stages on the request; each stage reports its first problem."""
        request = Incoming(scope, None)
        found: list[Violation] = []
        try:
            query = parse_query(request.query_string) if request.query_string else {}
        except Rejection as rejection:
            return [self.violation(op.op_id, "request", "/query", "a query string within the limits",
                                   rejection.message, op.pointer)]
        try:
            self.served.security.authenticate(op, request, query, body)
        except Rejection as rejection:
            schemes = sorted({name for requirement in op.security for name in requirement})
            spec = f"{op.pointer}/security" if "security" in (resolve_pointer(self.doc, op.pointer) or {}) \
                else "/security"
            found.append(self.violation(op.op_id, "request", "/security",
                                        "credentials for " + " or ".join(schemes), rejection.message, spec,
                                        [spec, *(f"/components/securitySchemes/{escape(s)}" for s in schemes)]))
        try:
            self.served.validator.parameters(op, path_values, query, request)
        except Rejection as rejection:
            param = next((p for p in op.params if f"{p.location} parameter {p.name!r}" in rejection.message),
                         None)
            pointer = f"/{param.location}/{escape(param.name)}" if param else "/parameters"
            spec = param.pointer if param else f"{op.pointer}/parameters"
            found.append(self.violation(op.op_id, "request", pointer, "the parameter's schema",
                                        rejection.message, spec, self.trail(spec, "")))
        try:
            self.served.validator.body(op, request, body)
        except Rejection as rejection:
            spec = next(iter(op.body_media.values()), f"{op.pointer}/requestBody")
            declared = request.headers.get("content-type", "").split(";")[0].strip().lower()
            spec = op.body_media.get(declared, spec)
            found.append(self.violation(op.op_id, "request", "/body" + rejection.field, "the request body schema",
                                        rejection.message, spec, self.trail(spec, rejection.field)))
        return found

    # responses --------------------------------------------------------------------------------------
    def response_for(self, op: Operation, status: int) -> tuple[str | None, str, dict[str, Any]]:
        """(the documented key that covers ``status``, its pointer, the response object)."""
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
            if key in op.responses:  # dereferenced when the operation was compiled
                response = op.responses[key]
                return key, response.pointer, response.spec
        return None, f"{op.pointer}/responses", {}

    def check_response(self, op: Operation, method: str, status: int, headers: list[tuple[str, str]],
                       body: bytes) -> list[Violation]:
        """Documented status, content type, declared headers and body schema of one response."""
        key, pointer, response = self.response_for(op, status)
        if key is None:
            return [self.violation(op.op_id, "response", "/status", "one of " + ", ".join(op.statuses),
                                   str(status), pointer, [op.pointer, pointer])]
        found: list[Violation] = []
        lower = {name.lower(): value for name, value in headers}
        for name, header in (response.get("headers") or {}).items():
            found.extend(self._check_header(op, pointer, name, header, lower))
        content = response.get("content") or {}
        if method == "HEAD" or status in (204, 304):
            return found
        if not content:
            if body:
                found.append(self.violation(op.op_id, "response", "/body", "no body (the response declares no "
                                            "content)", _short(body.decode("utf-8", "replace")), pointer))
            return found
        sent = lower.get("content-type", "")
        media = sent.split(";")[0].strip().lower()
        declared = next((m for m in content if media_matches(m.lower(), media)), None)
        if declared is None:
            found.append(self.violation(op.op_id, "response", "/headers/content-type", " or ".join(content),
                                        sent or "(none)", f"{pointer}/content"))
            return found
        schema_pointer = f"{pointer}/content/{escape(declared)}/schema"
        if "schema" not in (content[declared] or {}) or not media.endswith("json"):
            return found
        if not body:
            found.append(self.violation(op.op_id, "response", "/body", f"a {declared} body", "an empty body",
                                        schema_pointer))
            return found
        try:
            value = parse_json(body)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            found.append(self.violation(op.op_id, "response", "/body", "JSON", f"not JSON ({exc})",
                                        schema_pointer))
            return found
        for problem in self.served.schemas.problems(schema_pointer, value, limit=10):
            found.append(self.violation(op.op_id, "response", "/body" + problem.path, problem.message,
                                        _short(_at(value, problem.path)), schema_pointer,
                                        [op.pointer, pointer, *self.trail(schema_pointer, problem.path)]))
        if not found:
            found += self.check_shape(op, f"{pointer}/content/{escape(declared)}", content[declared] or {},
                                      schema_pointer, value)
        return found

    def check_shape(self, op: Operation, media_pointer: str, media: dict[str, Any], schema_pointer: str,
                    value: Any) -> list[Violation]:
        """The examples' shape: a schema-valid body still lacks no field that every documented example
        of the response shows (a field the vendor's own examples always have is one consumers rely on)."""
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
                               [op.pointer, media_pointer, *self.trail(schema_pointer, f"/{escape(key)}")])
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
                                       "absent", pointer)]
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
                               problem[0].message if problem else "the header's schema", _short(value),
                               schema_pointer)]

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
    response_body: bytes
    violations: list[Violation]
    recorded: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    signed: bool = False  # the proxy added the credentials


@dataclass
class OperationTally:
    exchanges: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    violations: list[Violation] = field(default_factory=list)


class Report:
    """What the proxy saw, per operation; written when it stops."""

    MAX_KEPT = 10_000  # violations kept per operation (counting goes on)

    def __init__(self, api: str) -> None:
        self.api = api
        self.operations: dict[str, OperationTally] = {}
        self.violation_count = 0
        self.started = time.time()

    def add(self, exchange: Exchange) -> None:
        tally = self.operations.setdefault(exchange.operation or f"{exchange.method} {exchange.path}",
                                           OperationTally())
        tally.exchanges += 1
        tally.statuses[str(exchange.status)] = tally.statuses.get(str(exchange.status), 0) + 1
        self.violation_count += len(exchange.violations)
        room = self.MAX_KEPT - len(tally.violations)
        tally.violations.extend(exchange.violations[:max(room, 0)])

    @property
    def violations(self) -> list[Violation]:
        return [v for tally in self.operations.values() for v in tally.violations]

    def table(self) -> str:
        rows = [("operation", "exchanges", "statuses", "violations")]
        for name, tally in sorted(self.operations.items()):
            statuses = " ".join(f"{s}×{n}" for s, n in sorted(tally.statuses.items()))
            rows.append((name, str(tally.exchanges), statuses, str(len(tally.violations))))
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
        lines.insert(1, "  ".join("-" * w for w in widths))
        exchanges = sum(t.exchanges for t in self.operations.values())
        lines.append(f"{self.api}: {exchanges} exchange(s), {len(self.operations)} operation(s), "
                     f"{self.violation_count} violation(s)")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "exchanges": sum(t.exchanges for t in self.operations.values()),
            "violations": self.violation_count,
            "operations": {name: {"exchanges": t.exchanges, "statuses": t.statuses,
                                  "violations": [asdict(v) for v in t.violations]}
                           for name, t in sorted(self.operations.items())},
        }

    def junit(self) -> bytes:
        suite = ElementTree.Element("testsuite", name=f"proxy {self.api}", tests=str(len(self.operations)),
                                    failures=str(sum(bool(t.violations) for t in self.operations.values())),
                                    time=f"{time.time() - self.started:.3f}")
        for name, tally in sorted(self.operations.items()):
            case = ElementTree.SubElement(suite, "testcase", classname=f"proxy.{self.api}", name=name)
            if tally.violations:
                failure = ElementTree.SubElement(case, "failure", message=tally.violations[0].line(),
                                                 type="contract-violation")
                failure.text = "\n".join(v.line() for v in tally.violations)
        text: bytes = ElementTree.tostring(suite, encoding="utf-8", xml_declaration=True)
        return text

    def write(self, folder: Path) -> tuple[Path, Path]:
        folder.mkdir(parents=True, exist_ok=True)
        report, junit = folder / "report.json", folder / "junit.xml"
        report.write_text(json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        junit.write_bytes(self.junit())
        return report, junit


def decoded(headers: list[tuple[str, str]], body: bytes) -> bytes:
    """The body as the application reads it (gzip/deflate undone) — only for checking; what is
    forwarded stays the raw bytes."""
    encoding = next((v.lower() for k, v in headers if k.lower() == "content-encoding"), "")
    try:
        if encoding in ("gzip", "x-gzip"):
            return zlib.decompress(body, 16 + zlib.MAX_WBITS)
        if encoding == "deflate":
            return zlib.decompress(body)
    except zlib.error:
        return body
    return body


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


# The largest request body the proxy forwards and the webhook listener reads: the mock's own limit (a body
# the mock would refuse as too large is refused here too, before it fills memory).
MAX_REQUEST_BODY = MAX_BODY


async def receive_body(scope: Scope, receive: Receive, send: Send, limit: int = MAX_REQUEST_BODY) -> bytes | None:
    """A request's whole body (``runtime.http.read_body``, at most ``limit`` bytes); None when the client
    went away first, or when the body was too large — then answered here: 413 and a JSON reason."""
    try:
        return await read_body(Incoming(scope, receive), limit)
    except Disconnected:
        return None
    except Rejection as rejection:
        body = json.dumps({"error": rejection.kind, "message": rejection.message}).encode()
        await send({"type": "http.response.start", "status": rejection.status or 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
        return None
