"""The mock: one ASGI app serving every API under ``/<key>/``, built from the bundled specs at start.

Each request goes through small stages, in order (Prism's pipeline):

    route → authenticate → validate input → respond (behaviour or examples) → webhooks

Everything a stage needs is compiled once when the app is built (routes, parameter and body validators,
security checks, error envelopes); a request does no YAML or ``$ref`` work. Every rejection is data:
the API's own error envelope with a status the operation documents (400/401/404/405/409/413/415/422).
"""

from __future__ import annotations

import functools
import gc
import hmac
import json
import logging
import math
import os
import re
import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote

import orjson
from starlette.requests import cookie_parser

from ..behaviour_lint import BehaviourError
from ..behaviour_lint import check as check_behaviour
from ..docs import page as docs_page
from ..schemas import SchemaSet
from ..specs import Api, escape, load_yaml, resolve_pointer, select
from .behaviour import MISSING, ActionError, Behaviour, json_default, load_rules, reads_only, render
from .limits import over_limit
from .sample import sample
from .store import StateError, Store, open_store
from .webhooks import Dispatcher

log = logging.getLogger("partner_contracts.mock")

METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
MAX_BODY = 5 * 1024 * 1024
MAX_DEPTH = 64

# Which documented status to use for each kind of rejection, in order of preference.
PREFERENCES: dict[str, tuple[int, ...]] = {
    "malformed": (400, 422),
    "invalid": (422, 400),
    "media": (415, 400, 422),
    "auth": (401, 403),
    "missing": (404, 400, 422),
    "conflict": (409, 422, 400),
    "too_large": (413, 400, 422),
}


# Rejections about the HTTP message itself keep their own status even where the operation does not
# document it: 405 + Allow, 413 for a body over the limit, 414 for an over-long query string.
TRANSPORT_KINDS = frozenset({"method", "options", "too_large", "too_long"})
MAX_QUERY = 32 * 1024
MAX_FIELDS = 1000
ROUTE_CACHE = 4096  # routed paths remembered per API (paths up to ROUTE_CACHE_PATH characters)
ROUTE_CACHE_PATH = 256


class Rejection(Exception):
    """A request the mock answers with an error envelope instead of a result."""

    def __init__(self, kind: str, message: str, status: int | None = None, headers: dict[str, str] | None = None,
                 field: str = ""):
        super().__init__(message)
        self.kind, self.message, self.status, self.headers = kind, message, status, headers or {}
        self.field = field  # JSON pointer of the offending value ("/path", "/line_items/0/sku"), if any


# --- the HTTP message in and out (plain ASGI: no framework objects on the hot path) ----------------------


class Incoming:
    """What the stages read of a request: method, path, query string, headers (lower-case name → first
    value, as Starlette's ``headers.get``), cookies on demand, and the ASGI ``receive`` for the body."""

    __slots__ = ("_cookies", "headers", "method", "path", "query_string", "raw_headers", "receive")

    def __init__(self, scope: dict[str, Any], receive: Any) -> None:
        self.method: str = scope["method"]
        self.path: str = scope["path"]
        self.query_string: bytes = scope.get("query_string", b"")
        self.raw_headers: list[tuple[bytes, bytes]] = scope.get("headers") or []
        # ASGI header names are lower-case; the first of repeated headers wins (reversed: it is set last)
        self.headers: dict[str, str] = {name.decode("latin-1"): value.decode("latin-1")
                                        for name, value in reversed(self.raw_headers)}
        self.receive = receive
        self._cookies: dict[str, str] | None = None

    def header_list(self, name: str) -> list[str]:
        wanted = name.lower().encode("latin-1")
        return [v.decode("latin-1") for k, v in self.raw_headers if k.lower() == wanted]

    @property
    def cookies(self) -> dict[str, str]:
        if self._cookies is None:
            self._cookies = cookie_parser(self.headers.get("cookie", ""))
        return self._cookies


@functools.lru_cache(maxsize=64)
def _content_type(media_type: str) -> bytes:
    if media_type.startswith("text/") and "charset=" not in media_type.lower():
        media_type += "; charset=utf-8"
    return media_type.encode("latin-1")


class Disconnected(Exception):
    """The client went away before its body arrived: there is nobody to answer."""


class Reply:
    """A response as two ASGI messages (an ASGI app itself), then any work to do once it has gone out."""

    __slots__ = ("after", "body", "raw_headers", "status")

    def __init__(self, status: int, body: bytes = b"", media_type: str | None = None,
                 headers: dict[str, str] | None = None, after: Any = None) -> None:
        self.status, self.body, self.after = status, body, after
        raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()] if headers else []
        if media_type is not None:
            raw.append((b"content-type", _content_type(media_type)))
        if status >= 200 and status != 204 and status != 304:
            raw.append((b"content-length", str(len(body)).encode()))
        self.raw_headers = raw

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": self.status, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body})
        if self.after is not None:
            await self.after()


# --- compiled operations ----------------------------------------------------------------------------


@dataclass
class Param:
    name: str
    location: str
    required: bool
    pointer: str  # JSON pointer of its schema
    types: tuple[str, ...]
    item_types: tuple[str, ...]
    style_explode: bool = True
    json_content: bool = False  # described with `content: {application/json: ...}`: the value is JSON text
    # For simple schemas (a string, an enum of strings, an integer within bounds, a boolean): a Python test
    # that a value certainly satisfies it; anything it does not pass goes to the full validator.
    quick: Callable[[Any], bool] | None = None


@dataclass
class Operation:
    op_id: str
    method: str
    path: str
    pointer: str
    params: list[Param]
    body_required: bool
    body_media: dict[str, str]  # media type -> schema pointer
    security: list[dict[str, list[str]]]
    statuses: list[str]
    success: str
    responses: dict[str, Any]
    documented: frozenset[int] = frozenset()  # the numeric statuses, for choosing a rejection's status
    media: dict[str, str | None] = field(default_factory=dict)  # status -> its first media type (a cache)


@dataclass
class PathRoute:
    template: str
    regex: re.Pattern[str]
    names: list[str]
    operations: dict[str, Operation] = field(default_factory=dict)


def _types(schema: Any, doc: dict[str, Any], depth: int = 0) -> tuple[str, ...]:
    """The JSON types a (parameter) schema admits, following $ref and anyOf/oneOf."""
    if not isinstance(schema, dict) or depth > 10:
        return ()
    if "$ref" in schema:
        return _types(resolve_pointer(doc, schema["$ref"]), doc, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, str):
        return (kind,)
    if isinstance(kind, list):
        return tuple(kind)
    found: list[str] = []
    for key in ("anyOf", "oneOf", "allOf"):
        for sub in schema.get(key) or []:
            found.extend(t for t in _types(sub, doc, depth + 1) if t not in found)
    if not found and "enum" in schema:
        found = sorted({type(v).__name__.replace("str", "string").replace("int", "integer") for v in schema["enum"]})
    return tuple(found)


_ANNOTATIONS = frozenset({"description", "title", "example", "examples", "deprecated", "default", "x-source"})


def _quick_check(schema: Any, doc: dict[str, Any]) -> Callable[[Any], bool] | None:
    """A Python test that passes only values the schema accepts, for the simplest parameter schemas."""
    while isinstance(schema, dict) and set(schema) == {"$ref"}:
        schema = resolve_pointer(doc, schema["$ref"])
    if not isinstance(schema, dict):
        return None
    kind, rules = schema.get("type"), set(schema) - _ANNOTATIONS - {"type"}
    if kind == "string" and not rules:
        return lambda value: type(value) is str
    if kind == "string" and rules == {"enum"} and isinstance(schema["enum"], list):
        allowed = frozenset(v for v in schema["enum"] if isinstance(v, str))
        return lambda value: type(value) is str and value in allowed
    if kind == "integer" and rules <= {"minimum", "maximum"}:
        low, high = schema.get("minimum"), schema.get("maximum")
        if not all(b is None or (isinstance(b, (int, float)) and not isinstance(b, bool)) for b in (low, high)):
            return None
        return lambda value: (type(value) is int and (low is None or value >= low)
                              and (high is None or value <= high))
    if kind == "boolean" and not rules:
        return lambda value: type(value) is bool
    return None


def _item_types(schema: Any, doc: dict[str, Any]) -> tuple[str, ...]:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = resolve_pointer(doc, schema["$ref"])
    return _types((schema or {}).get("items"), doc) if isinstance(schema, dict) else ()


def compile_operation(doc: dict[str, Any], path: str, method: str, item: dict[str, Any]) -> Operation:
    pointer = f"/paths/{escape(path)}/{method}"
    op = item[method]
    params: dict[tuple[str, str], Param] = {}
    for base, plist in ((f"/paths/{escape(path)}/parameters", item.get("parameters")),
                        (f"{pointer}/parameters", op.get("parameters"))):
        for i, raw in enumerate(plist or []):
            p_pointer = f"{base}/{i}"
            if "$ref" in raw:
                p_pointer = raw["$ref"][1:]
                raw = resolve_pointer(doc, raw["$ref"])
            schema = raw.get("schema") or {}
            schema_pointer = p_pointer + "/schema"
            content = raw.get("content") or {}
            if not schema and content:
                media = next(iter(content))
                schema = content[media].get("schema") or {}
                schema_pointer = f"{p_pointer}/content/{escape(media)}/schema"
            params[(raw["in"], raw["name"])] = Param(
                name=raw["name"],
                location=raw["in"],
                required=bool(raw.get("required")) or raw["in"] == "path",
                pointer=schema_pointer,
                types=_types(schema, doc),
                item_types=_item_types(schema, doc),
                style_explode=raw.get("explode", raw.get("style", "form") == "form"),
                json_content=bool(content) and not raw.get("schema"),
                quick=_quick_check(schema, doc),
            )
    body = op.get("requestBody") or {}
    body_pointer = f"{pointer}/requestBody"
    if "$ref" in body:
        body_pointer = body["$ref"][1:]
        body = resolve_pointer(doc, body["$ref"])
    media = {m: f"{body_pointer}/content/{escape(m)}/schema" for m, c in (body.get("content") or {}).items()
             if isinstance(c, dict) and "schema" in c}
    responses = op.get("responses") or {}
    statuses = [str(s) for s in responses]
    success = min((s for s in statuses if s.startswith("2")), default="200")
    security = op["security"] if "security" in op else doc.get("security") or []
    return Operation(
        op_id=op.get("operationId") or f"{method} {path}",
        method=method.upper(), path=path, pointer=pointer, params=list(params.values()),
        body_required=bool(body.get("required")), body_media=media, security=security,
        statuses=statuses, success=success, responses=responses,
        documented=frozenset(int(s) for s in statuses if s.isdigit()),
    )


def _literal(template: str, index: int) -> str | None:
    """A segment of a path template (1: the first, -1: the last), or None when it holds a parameter."""
    segment = template.split("/")[index]
    return None if "{" in segment else segment


def compile_route(template: str) -> tuple[re.Pattern[str], list[str]]:
    names: list[str] = []

    def repl(match: re.Match[str]) -> str:
        names.append(match.group(1))
        return f"(?P<p{len(names) - 1}>[^/]+)"

    pattern = re.sub(r"\\\{([^}]+)\\\}", repl, re.escape(template))
    return re.compile("^" + pattern + "$"), names


def webhook_signature_headers(item: Any) -> list[tuple[str, str]]:
    """(header, hash algorithm) of each signature a webhook declares: a header parameter of its ``post``
    with ``x-hmac`` (the HMAC of the raw body, hex) — what the mock signs with and a receiver verifies."""
    found = []
    for param in ((item or {}).get("post") or {}).get("parameters") or []:
        conf = param.get("x-hmac") or (param.get("schema") or {}).get("x-hmac")
        if param.get("in") == "header" and conf:
            found.append((str(param["name"]), str(conf.get("algorithm", "sha256"))))
    return found


# --- one API ----------------------------------------------------------------------------------------


def _setting(conf: Any) -> str:
    """A credential from api.yaml: ``{value: ..., env: NAME}`` — the environment variable wins."""
    if isinstance(conf, dict):
        return os.environ.get(str(conf.get("env", "")), "") or str(conf.get("value", ""))
    return str(conf)


class MockApi:
    def __init__(self, api: Api, document: dict[str, Any], store: Store | None = None) -> None:
        self.key = api.key
        self.doc = document
        self.meta = api.meta
        self.schemas = SchemaSet(document)
        mock_conf = api.meta.get("mock") or {}
        self.credentials = {name: _setting(c) for name, c in (mock_conf.get("credentials") or {}).items()}
        self.webhook_secret = _setting(mock_conf.get("webhook_secret", ""))
        self.error_template = (mock_conf.get("errors") or {}).get("body") or {"message": "$message"}
        self.error_by_status = {str(k): v for k, v in ((mock_conf.get("errors") or {}).get("by_status") or {}).items()}
        # An envelope made of its inputs alone (no $uuid, $now …) is the same each time: it is kept.
        self.errors_made: dict[tuple[int, str, str, str | None], Reply] | None = {} if all(
            reads_only(t, ERROR_VARIABLES) for t in (self.error_template, *self.error_by_status.values())) else None
        self.schemes = (document.get("components") or {}).get("securitySchemes") or {}
        self.scheme_checks: dict[str, Callable[[Incoming, dict[str, list[str]], bytes], str | None]] = {}
        problems = check_behaviour(api, document)  # a broken behaviour file: the mock does not start
        if problems:
            raise BehaviourError(problems)
        behaviour_conf = load_yaml(api.behaviour_path) if api.behaviour_path.is_file() else {}
        self.behaviour = Behaviour(behaviour_conf or {}, document, store, load_rules(api.dir))
        self.routes: list[PathRoute] = []
        for template, item in (document.get("paths") or {}).items():
            regex, names = compile_route(template)
            route = PathRoute(template, regex, names)
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    route.operations[method.upper()] = compile_operation(document, template, method, item)
            self.routes.append(route)
        # Literal segments win over templated ones: /order/cancel before /order/{orderId}.
        self.routes.sort(key=lambda r: (-sum(1 for s in r.template.split("/") if s and "{" not in s),
                                        -r.template.count("/")))
        # A path can only match templates with as many segments whose first and last segments are the path's
        # or templated: the candidates for each (depth, first, last) — None standing for any segment no
        # template spells — in the order above.
        by_depth: dict[int, list[PathRoute]] = {}
        for route in self.routes:
            by_depth.setdefault(route.template.count("/"), []).append(route)
        self.literal_ends: dict[int, tuple[set[str], set[str]]] = {}
        self.candidates: dict[tuple[int, str | None, str | None], list[PathRoute]] = {}
        for depth, routes in by_depth.items():
            ends = [(_literal(r.template, 1), _literal(r.template, -1)) for r in routes]
            firsts = {f for f, _ in ends if f is not None}
            lasts = {last for _, last in ends if last is not None}
            self.literal_ends[depth] = (firsts, lasts)
            for first in [*firsts, None]:
                for last in [*lasts, None]:
                    self.candidates[(depth, first, last)] = [
                        r for r, (f, l_) in zip(routes, ends) if f in (first, None) and l_ in (last, None)]
        for route in self.routes:  # compile every validator now, not on the first request
            for op in route.operations.values():
                for p in op.params:
                    self.schemas.validator(p.pointer)
                for pointer in op.body_media.values():
                    self.schemas.validator(pointer)
        self.found_routes: dict[tuple[str, str], tuple[Operation, dict[str, str]]] = {}
        self.public_spec = dict(document, servers=[{"url": f"/{self.key}", "description": "partner-contracts mock"}])
        self.public_spec_bytes = orjson.dumps(self.public_spec)
        # webhook name -> its signed headers, each with an HMAC already keyed by the secret (copied per delivery)
        self.webhook_signers: dict[str, list[tuple[str, Any]]] = {}
        for name, item in (document.get("webhooks") or {}).items():
            for header, algorithm in webhook_signature_headers(item):
                self.webhook_signers.setdefault(name, []).append((header, hmac.new(
                    self.webhook_secret.encode(), digestmod=algorithm)))

    # route ------------------------------------------------------------------------------------------
    def route(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        """The operation a request names and its path parameters (a dict the caller must not change).
        Found routes are remembered (at most ROUTE_CACHE short paths: most requests repeat a path)."""
        found = self.found_routes.get((method, path))
        if found is None:
            found = self._route(method, path)
            if len(path) > ROUTE_CACHE_PATH:
                return found
            if len(self.found_routes) >= ROUTE_CACHE:
                self.found_routes.clear()
            self.found_routes[(method, path)] = found
        return found

    def _route(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        matched: list[tuple[PathRoute, dict[str, str]]] = []
        segments = path.split("/")
        depth = len(segments) - 1
        firsts, lasts = self.literal_ends.get(depth) or ((), ())
        first, last = segments[1], segments[-1]
        key = (depth, first if first in firsts else None, last if last in lasts else None)
        for route in self.candidates.get(key, ()):
            found = route.regex.match(path)
            if found:
                values = dict(zip(route.names, found.groups()))
                matched.append((route, values))
        if not matched:
            raise Rejection("missing", f"no operation at {path}", 404)
        lookup_method = "GET" if method == "HEAD" else method
        for route, values in matched:
            if lookup_method in route.operations:
                return route.operations[lookup_method], values
        allow = ", ".join(matched[0][0].operations)
        if method == "OPTIONS":
            raise Rejection("options", "", 204, {"Allow": allow})
        raise Rejection("method", f"{method} is not allowed on {matched[0][0].template}; allowed: {allow}",
                        405, {"Allow": allow})

    # authenticate -----------------------------------------------------------------------------------
    def authenticate(self, op: Operation, request: Incoming, query: dict[str, list[str]], body: bytes) -> None:
        if not op.security:
            return
        reasons: list[str] = []
        for requirement in op.security:
            if not requirement:
                return
            failed = False
            for name in requirement:
                reason = self._check_scheme(name, request, query, body)
                if reason:
                    reasons.append(reason)
                    failed = True
            if not failed:
                return
        raise Rejection("auth", "; ".join(dict.fromkeys(reasons)))

    def _check_scheme(self, name: str, request: Incoming, query: dict[str, list[str]], body: bytes) -> str | None:
        """None when the request satisfies security scheme ``name``, else the reason it does not."""
        check = self.scheme_checks.get(name)
        if check is None:
            check = self.scheme_checks[name] = self._compile_scheme(name)
        return check(request, query, body)

    def _compile_scheme(self, name: str) -> Callable[[Incoming, dict[str, list[str]], bytes], str | None]:
        """The check of one security scheme, built once (the credential is read at each request, so a
        test may change ``credentials``)."""
        scheme = self.schemes.get(name) or {}
        credentials = self.credentials
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            def bearer(request: Incoming, query: dict[str, list[str]], body: bytes) -> str | None:
                header = request.headers.get("authorization", "")
                if not header:
                    return "missing Authorization: Bearer <token>"
                token = header[7:].strip() if header[:7].lower() == "bearer " else ""
                return None if token and _same(token, credentials.get(name, "")) else "invalid bearer token"
            return bearer
        if scheme.get("type") != "apiKey":
            return lambda request, query, body: f"unsupported security scheme {name!r}"
        where, key = scheme.get("in"), str(scheme["name"])
        header_key = key.lower()
        conf = scheme.get("x-hmac")
        algorithm = str(conf.get("algorithm", "sha256")) if conf else ""

        def api_key(request: Incoming, query: dict[str, list[str]], body: bytes) -> str | None:
            if where == "query":
                values = query.get(key) or []
                value = values[0] if values else None
            elif where == "cookie":
                value = request.cookies.get(key)
            else:
                value = request.headers.get(header_key)
            if not value:
                return f"missing {where} {key!r}"
            expected = credentials.get(name, "")
            if conf:
                signed = hmac.new(expected.encode(), body, algorithm).hexdigest()
                # hex in either case (ledger SO-018): the same digest bytes
                return None if _same(value.strip().lower(), signed) else f"{key!r} is not the HMAC of the body"
            return None if _same(value, expected) else f"invalid {where} {key!r}"
        return api_key

    # validate ---------------------------------------------------------------------------------------
    def parameters(self, op: Operation, path_values: dict[str, str], query: dict[str, list[str]],
                   request: Incoming) -> dict[str, dict[str, Any]]:
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
        for p in op.params:
            if p.location == "path":
                raw: list[str] | None = [path_values[p.name]] if p.name in path_values else None
            elif p.location == "query":
                raw = query.get(p.name)
            elif p.location == "header":
                raw = request.header_list(p.name) or None
            else:
                cookie = request.cookies.get(p.name)
                raw = [cookie] if cookie is not None else None
            if raw is None:
                if p.required:
                    raise Rejection("invalid", f"{p.location} parameter {p.name!r} is required")
                continue
            try:
                value = coerce(raw, p)
            except ValueError:  # an integer of more than sys.get_int_max_str_digits() digits
                raise Rejection("invalid", f"{p.location} parameter {p.name!r}: the number is too long") from None
            problems = () if p.quick is not None and p.quick(value) else \
                self.schemas.problems(p.pointer, value, limit=1)
            if problems:
                kind = "missing" if p.location == "path" else "invalid"
                raise Rejection(kind, f"{p.location} parameter {p.name!r}: {problems[0].message}")
            values[p.location][p.name] = value
        return values

    def body(self, op: Operation, request: Incoming, raw: bytes) -> Any:
        if not op.body_media:
            return MISSING
        if not raw:
            if op.body_required:
                raise Rejection("invalid", "a request body is required")
            return MISSING
        declared = request.headers.get("content-type", "")
        media = declared.split(";")[0].strip().lower()
        pointer = op.body_media.get(media) or next(
            (ptr for m, ptr in op.body_media.items() if _media_matches(m, media)), None)
        if pointer is None:
            raise Rejection("media", f"Content-Type {declared or '(none)'!r} is not accepted; "
                                     f"send {' or '.join(op.body_media)}")
        if not media.endswith("json"):
            return raw.decode("utf-8", "replace")
        try:
            value = parse_json(raw)
        except (UnicodeDecodeError, ValueError) as exc:
            raise Rejection("malformed", f"the body is not valid JSON: {exc}") from None
        except RecursionError:
            raise Rejection("malformed", "the body is nested too deeply") from None
        over = over_limit(raw, value)  # before the depth walk: an over-long array is refused unread
        if over is not None:
            raise Rejection("invalid", f"body{over[0]}: {over[1]}", field=over[0])
        if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and _depth(value) > MAX_DEPTH:
            raise Rejection("malformed", f"the body is nested deeper than {MAX_DEPTH} levels")
        problems = self.schemas.problems(pointer, value, limit=3)
        if problems:
            raise Rejection("invalid", "; ".join(p.describe("body") for p in problems), field=problems[0].path)
        return value

    # respond ----------------------------------------------------------------------------------------
    def status_for(self, op: Operation | None, kind: str, status: int | None) -> int:
        documented = op.documented if op else frozenset()
        if status in documented or (status is not None and (op is None or kind in TRANSPORT_KINDS)):
            return status
        for candidate in PREFERENCES.get(kind, ()):
            if candidate in documented:
                return candidate
        if status is not None:
            return status
        return PREFERENCES.get(kind, (400,))[0]

    def error(self, status: int, message: str, headers: dict[str, str] | None = None, field: str = "",
              code: str | None = None) -> Reply:
        """The API's error envelope (``mock.errors`` in api.yaml: a template over $status, $message,
        $reason, $field — the offending JSON pointer — and $code, a code a behaviour guard names)."""
        made = self.errors_made
        if made is not None and not headers and len(message) <= ERROR_KEPT_LENGTH:
            reply = made.get((status, message, field, code))
            if reply is None:
                reply = made[(status, message, field, code)] = self._error(status, message, None, field, code)
                if len(made) > ERRORS_KEPT:
                    made.clear()
            return reply
        return self._error(status, message, headers, field, code)

    def _error(self, status: int, message: str, headers: dict[str, str] | None, field: str,
               code: str | None) -> Reply:
        template = self.error_by_status.get(str(status), self.error_template)
        context = {"status": status, "message": message, "reason": _reason(status), "field": field,
                   "code": code if code else MISSING, "__seq__": {}}
        body = render(template, context)
        return json_response(body, status, headers)

    def example_body(self, op: Operation, status: str, wanted: str | None) -> tuple[str | None, Any]:
        response = op.responses.get(status) or op.responses.get(status[0] + "XX") or {}
        if "$ref" in response:
            response = resolve_pointer(self.doc, response["$ref"])
        for media, content in (response.get("content") or {}).items():
            examples = content.get("examples") or {}
            if wanted and wanted in examples or examples:
                chosen = examples.get(wanted) if wanted in examples else next(iter(examples.values()))
                if "$ref" in chosen:
                    chosen = resolve_pointer(self.doc, chosen["$ref"])
                return media, chosen.get("value")
            if "example" in content:
                return media, content["example"]
            return media, sample(content.get("schema") or {}, self.doc)
        return None, MISSING

    def media_of(self, op: Operation, status: str) -> str | None:
        if status not in op.media:
            response = op.responses.get(status) or {}
            if "$ref" in response:
                response = resolve_pointer(self.doc, response["$ref"])
            op.media[status] = next(iter(response.get("content") or {}), None)
        return op.media[status]


ERROR_VARIABLES = frozenset({"status", "message", "reason", "field", "code"})
ERRORS_KEPT = 1024  # envelopes remembered per API, for messages up to ERROR_KEPT_LENGTH characters
ERROR_KEPT_LENGTH = 512


@functools.lru_cache(maxsize=128)
def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"the number {text[:40]} is too large for a double")
    return number


# 20 digits in a row: maybe an integer beyond 64 bits, which orjson would read as an (inexact) float.
# Found by mapping every digit to "0" and anything else to " " (C speed; a regex is ten times slower).
_DIGITS_AS_ZERO = bytes(48 if 48 <= i <= 57 else 32 for i in range(256))
_LONG_DIGITS = b"0" * 20


def parse_json(raw: bytes) -> Any:
    """Strict JSON, parsed once (no NaN/Infinity, valid UTF-8, no lone surrogate): orjson, and the
    standard library for the numbers orjson cannot hold exactly (integers beyond 64 bits), which are
    valid JSON all the same. What cannot be written back out (1e400, which no double holds; a lone
    surrogate ``"\\ud800"``) is a ValueError: a 400, never a stored value that poisons later answers."""
    if len(raw) < 20 or _LONG_DIGITS not in raw.translate(_DIGITS_AS_ZERO):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            if "number" not in str(exc):
                raise
    value = json.loads(raw, parse_constant=_no_constants, parse_float=_finite)
    try:  # the standard library accepts lone surrogates; a value must be writable as UTF-8
        json.dumps(value, ensure_ascii=False).encode()
    except UnicodeEncodeError:
        raise ValueError("a string holds a lone surrogate (\\ud800-\\udfff), which is not Unicode text") from None
    return value


def json_bytes(payload: Any) -> bytes:
    """JSON for a response (orjson; json for integers beyond 64 bits). A stored record is written as
    the JSON text it keeps until it changes; its private ``__`` fields are not part of its mapping (see
    behaviour.Record), so they are never written."""
    try:
        return orjson.dumps(payload, default=json_default, option=orjson.OPT_PASSTHROUGH_SUBCLASS)
    except TypeError:  # an integer beyond 64 bits: json handles any size
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def json_response(payload: Any, status: int = 200, headers: dict[str, str] | None = None,
                  media_type: str = "application/json", after: Any = None) -> Reply:
    return Reply(status, json_bytes(payload), media_type, headers, after)


def _same(given: str, expected: str) -> bool:
    """Constant-time comparison of a credential; any text (non-ASCII included) is compared as UTF-8."""
    return hmac.compare_digest(given.encode("utf-8", "surrogateescape"), expected.encode("utf-8", "surrogateescape"))


def _media_matches(declared: str, sent: str) -> bool:
    if declared in ("*/*", sent):
        return True
    if declared.endswith("/*"):
        return sent.startswith(declared[:-1])
    return False


def _depth(value: Any, level: int = 0) -> int:
    if level > MAX_DEPTH:
        return level
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


_INT = re.compile(r"^-?\d+$")
_WHOLE = re.compile(r"^-?\d{1,300}\.0*$")


@functools.lru_cache(maxsize=256)
def _scalar_order(types: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(types or ("string",), key=lambda t: t == "string"))


def _scalar(raw: str, types: tuple[str, ...]) -> Any:
    # A string is the fallback: "5" for `anyOf: [string enum, integer enum]` is the integer 5.
    if types == ("string",) or not types:
        return raw
    if types == ("integer",) and raw.isascii() and raw.isdigit():
        return int(raw)
    for kind in _scalar_order(types):
        if kind == "integer" and _INT.match(raw):
            return int(raw)
        if kind == "integer" and _WHOLE.match(raw):  # "5.0" is the integer 5 in JSON Schema
            return int(float(raw)) if math.isfinite(float(raw)) else raw
        if kind == "number":
            try:
                number = float(raw)
            except ValueError:
                continue
            if math.isfinite(number):
                return int(number) if _INT.match(raw) else number
        if kind == "boolean" and raw in ("true", "false"):
            return raw == "true"
        if kind == "null" and raw in ("", "null"):
            return None
        if kind == "string":
            return raw
    return raw


def coerce(raw: list[str], param: Param) -> Any:
    """Wire strings to the JSON value the parameter's schema describes (form style, or JSON content)."""
    if param.json_content:
        try:
            value = json.loads(raw[-1], parse_float=_finite)
        except ValueError:
            value = MISSING  # not JSON: the schema check reports it (an array: read form style below)
        if "array" not in param.types or isinstance(value, list):
            return raw[-1] if value is MISSING else value
        # an array parameter sent form style (?ids=a or ?ids=a&ids=b): OpenAPI's default, accepted too
        return [_scalar(v, param.item_types) for v in raw]
    if "array" in param.types:
        values = raw if param.style_explode or len(raw) > 1 else raw[0].split(",")
        return [_scalar(v, param.item_types) for v in values]
    return _scalar(raw[-1] if raw else "", param.types)


# --- the ASGI app -----------------------------------------------------------------------------------


def _parse_query(query_string: bytes) -> dict[str, list[str]]:
    """``a=1&b=&b=2`` → {a: [1], b: ["", 2]}, as ``parse_qsl(keep_blank_values=True)`` reads it, at most
    MAX_FIELDS fields (more is answered 414, like an over-long query string)."""
    parts = query_string.decode("latin-1").split("&")
    if len(parts) > MAX_FIELDS:
        raise Rejection("too_long", f"the query string has more than {MAX_FIELDS} parameters", 414)
    out: dict[str, list[str]] = {}
    for part in parts:
        if not part:
            continue
        name, _, value = part.partition("=")
        if "%" in part or "+" in part:
            name, value = unquote(name.replace("+", " ")), unquote(value.replace("+", " "))
        out.setdefault(name, []).append(value)
    return out


def _prefer(header: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if not header:
        return out
    for part in re.split(r"[;,]", header):
        name, _, value = part.strip().partition("=")
        if name:
            out[name.strip().lower()] = value.strip().strip('"')
    return out


class Mock:
    """All APIs of one process, with the webhook sender."""

    def __init__(self, apis: list[Api], webhook_url: str | None = None, webhook_options: dict[str, Any] | None = None,
                 documents: dict[str, dict[str, Any]] | None = None, state: str = "memory") -> None:
        self.apis: dict[str, MockApi] = {}
        problems = []
        for api in apis:
            document = (documents or {}).get(api.key) or _load_document(api)
            try:
                self.apis[api.key] = MockApi(api, document, open_store(state, api.key))
            except BehaviourError as exc:
                problems.extend(exc.problems)
        if problems:
            raise BehaviourError(problems)
        self.webhook_url = webhook_url.rstrip("/") if webhook_url else None
        # the last 100 deliveries signed (what tests and a debugging user look at), sent or not
        self.sent_webhooks: deque[dict[str, Any]] = deque(maxlen=100)
        self.dispatcher = Dispatcher(self.webhook_url, **(webhook_options or {})) if self.webhook_url else None

    def reset(self) -> None:
        for api in self.apis.values():
            api.behaviour.reset()

    async def reset_state(self) -> None:
        """``POST /_mock/reset``: the seed state, in every process that shares it."""
        for api in self.apis.values():
            await api.behaviour.store.reset_shared()

    async def handle(self, request: Incoming) -> Reply:
        path = request.path
        key, _, rest = path.lstrip("/").partition("/")
        api = self.apis.get(key)
        if api is None:
            return json_response({"message": f"no API at /{key}; this mock serves "
                                 + ", ".join(f"/{k}/" for k in self.apis)}, 404)
        if rest == "openapi.json" and request.method in ("GET", "HEAD"):
            reply = Reply(200, api.public_spec_bytes, "application/json")
            if request.method == "HEAD":  # the length of the body GET would send, and no body
                reply.body = b""
            return reply
        op: Operation | None = None
        try:
            op, path_values = api.route(request.method, "/" + rest)
            raw_query = request.query_string
            if len(raw_query) > MAX_QUERY:
                raise Rejection("too_long", f"the query string is longer than {MAX_QUERY} bytes", 414)
            # a request that announces no body (a GET, typically) has nothing to wait for
            headers = request.headers
            raw = await _read_body(request) if "content-length" in headers or "transfer-encoding" in headers \
                else b""
            query = _parse_query(raw_query) if raw_query else {}
            api.authenticate(op, request, query, raw)
            params = api.parameters(op, path_values, query, request)
            body = api.body(op, request, raw)
            behaviour = api.behaviour
            if behaviour.store.shared and behaviour.handles(op.op_id):  # state in Redis: brought up to date
                async with behaviour.store.transaction(behaviour.writes(op.op_id)):
                    return self.respond(api, op, request, params, body)
            return self.respond(api, op, request, params, body)
        except Rejection as rejection:
            status = api.status_for(op, rejection.kind, rejection.status)
            if rejection.kind == "options":
                return Reply(204, headers=rejection.headers)
            return api.error(status, rejection.message, rejection.headers, field=rejection.field)
        except Disconnected:
            raise
        except ActionError as exc:
            kind = {404: "missing", 409: "conflict"}.get(exc.status, "invalid")
            return api.error(api.status_for(op, kind, exc.status), exc.message, code=exc.code)
        except StateError as exc:  # the shared state (--state redis://…) did not answer: not the request's fault
            log.error("state store unavailable on %s %s: %s", request.method, path, exc)
            return api.error(503, f"the mock's state store is unavailable: {exc}")
        except Exception:  # a bug in the mock: still the API's envelope, and loud in the log and in fuzzing
            log.exception("mock error on %s %s", request.method, path)
            return api.error(500, "internal error in the mock (a bug: please report it with this request)")

    def respond(self, api: MockApi, op: Operation, request: Incoming, params: dict[str, dict[str, Any]],
                body: Any) -> Reply:
        prefer = _prefer(request.headers.get("prefer", ""))
        status = op.success
        if prefer.get("code") and prefer["code"] in op.statuses:
            status = prefer["code"]
        payload: Any = MISSING
        hooks: list[tuple[str, Any]] = []
        if status == op.success and api.behaviour.handles(op.op_id) and "example" not in prefer:
            context = {"body": body if body is not MISSING else {}, "query": params["query"],
                       "path": params["path"], "headers": params["header"], "credentials": api.credentials}
            code, payload, hooks = api.behaviour.run(op.op_id, context)
            status = str(code) if code else status
        media = api.media_of(op, status)
        if payload is MISSING:
            media, payload = api.example_body(op, status, prefer.get("example"))
        if hooks:
            deliveries = [self.sign_webhook(api, name, hook_payload) for name, hook_payload in hooks]
            if self.dispatcher is not None:  # queued (no I/O here): sent by the dispatcher's workers
                self.dispatcher.submit(deliveries)
        if request.method == "HEAD" or payload is MISSING or media is None:
            return Reply(int(status))
        if media.endswith("json"):
            return json_response(payload, int(status), media_type=media)
        return Reply(int(status), str(payload).encode(), media)

    def sign_webhook(self, api: MockApi, name: str, payload: Any) -> dict[str, Any]:
        """The delivery of one webhook: its exact bytes, signed where the spec's header declares x-hmac.
        The last 100 are kept in ``sent_webhooks``."""
        raw = json_bytes(payload)
        headers = {"content-type": "application/json"}
        for header, keyed in api.webhook_signers.get(name, ()):
            signature = keyed.copy()
            signature.update(raw)
            headers[header] = signature.hexdigest()
        record = {"api": api.key, "webhook": name, "body": raw, "headers": headers}
        self.sent_webhooks.append(record)
        return record


async def _read_body(request: Incoming) -> bytes:
    """The body of a request that announces one (Content-Length or Transfer-Encoding)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BODY:
        raise Rejection("too_large", f"the body is larger than {MAX_BODY} bytes", 413)
    chunks = []
    size = 0
    while True:
        message = await request.receive()
        if message["type"] == "http.disconnect":
            raise Disconnected()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise Rejection("too_large", f"the body is larger than {MAX_BODY} bytes", 413)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _load_document(api: Api) -> dict[str, Any]:
    """The spec bundled from specs/ now: one source of truth at run time (the committed
    generated/<key>-client/openapi.json is what the client was generated from; `generate --check` keeps
    the two equal). A round trip through JSON leaves plain dicts and lists, as a client would read."""
    loaded: dict[str, Any] = orjson.loads(orjson.dumps(api.bundled.document))
    return loaded


# Query parameters and headers whose values the access log never writes.
SECRET_NAMES = frozenset({"api_key", "apikey", "x-api-key", "secret", "token", "access_token", "authorization",
                          "password", "admin_token"})
access_log = logging.getLogger("partner_contracts.mock.access")


def redact_query(query_string: bytes) -> str:
    """The query string with the value of every credential-like parameter written as ``***``."""
    text = query_string.decode("latin-1")
    if not text:
        return ""
    parts = []
    for part in text.split("&"):
        name, eq, _ = part.partition("=")
        parts.append(f"{name}=***" if eq and unquote(name).lower() in SECRET_NAMES else part)
    return "?" + "&".join(parts)


class MockApp:
    """The ASGI application: ``GET /`` lists the APIs, ``/_mock/*`` are the admin routes (``POST
    /_mock/reset`` restores the seed state, ``GET /_mock/webhooks`` lists recent deliveries), and
    every other request goes to the API its first path segment names — whatever the path contains
    (a router's path pattern would let a path with an encoded CR/LF fall through to a bare 404).

    Admin routes need ``admin_token`` (header ``x-mock-admin-token`` or ``Authorization: Bearer``) when one
    is set, and refuse a browser's cross-site request (an ``Origin`` other than the ``Host``, or
    ``Sec-Fetch-Site: cross-site``): a web page a developer opens cannot wipe the shared state."""

    def __init__(self, mock: Mock, admin_token: str | None = None, log_access: bool = False) -> None:
        self.mock = mock
        self.state = SimpleNamespace(mock=mock)
        self.admin_token = admin_token
        self.log_access = log_access

    def admin_refusal(self, request: Incoming) -> str | None:
        headers = request.headers
        origin = headers.get("origin")
        if origin is not None and origin.partition("://")[2].rstrip("/") != headers.get("host", ""):
            return f"cross-site request from {origin} refused"
        if headers.get("sec-fetch-site") in ("cross-site", "same-site"):
            return "cross-site request refused"
        if self.admin_token:
            given = headers.get("x-mock-admin-token") or ""
            auth = headers.get("authorization", "")
            if not given and auth[:7].lower() == "bearer ":
                given = auth[7:].strip()
            if not _same(given, self.admin_token):
                return "the admin routes need the admin token (header x-mock-admin-token)"
        return None

    async def admin(self, request: Incoming) -> Reply:
        refusal = self.admin_refusal(request)
        if refusal:
            return json_response({"message": refusal}, 401 if "token" in refusal else 403)
        path, method = request.path, request.method
        if path == "/_mock/reset" and method == "POST":
            await self.mock.reset_state()
            return Reply(204)
        if path == "/_mock/webhooks" and method in ("GET", "HEAD"):
            dispatcher = self.mock.dispatcher
            return json_response(dispatcher.report() if dispatcher is not None else
                                 {"url": None, "message": "no --webhook-url: deliveries are signed, not sent",
                                  "recent": [{"api": d["api"], "webhook": d["webhook"], "status": "not sent"}
                                             for d in reversed(self.mock.sent_webhooks)]})
        return json_response({"message": f"no admin route {method} {path}; there are POST /_mock/reset and "
                                         "GET /_mock/webhooks"}, 404)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    # Everything built at start (specs, validators, compiled plans) is kept for the life of
                    # the process: out of the cyclic collector's sight, a request that allocates many
                    # objects (a big body) no longer pays for a full collection that scans them all.
                    gc.collect()
                    gc.freeze()
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    if self.mock.dispatcher is not None:
                        await self.mock.dispatcher.close()
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        request = Incoming(scope, receive)
        path, method = request.path, request.method
        started = time.perf_counter() if self.log_access else 0.0
        if path == "/" and method == "GET":
            response = json_response({"apis": {k: {"base": f"/{k}/", "spec": f"/{k}/openapi.json"}
                                              for k in self.mock.apis}})
        elif path.startswith("/_mock/"):
            response = await self.admin(request)
        elif method == "GET" and (page := docs_page(path, self.mock)) is not None:  # /docs, /<key>/docs
            response = Reply(*page)
        else:
            try:
                response = await self.mock.handle(request)
            except Disconnected:  # nobody to answer; not a bug
                log.info("client disconnected before its body arrived: %s %s", method, path)
                return
        await response(scope, receive, send)
        if self.log_access:
            client = scope.get("client") or ("-", 0)
            access_log.info('%s:%s "%s %s%s" %d %d %.1fms', client[0], client[1], method, path,
                            redact_query(request.query_string), response.status, len(response.body),
                            (time.perf_counter() - started) * 1000)


def create_app(keys: list[str] | None = None, webhook_url: str | None = None,
               documents: dict[str, dict[str, Any]] | None = None, admin_token: str | None = None,
               log_access: bool = False, webhook_options: dict[str, Any] | None = None,
               state: str = "memory") -> MockApp:
    """The mock of ``keys`` (all APIs by default); ``state`` is ``memory`` or ``redis://host:port/db``."""
    return MockApp(Mock(select(keys), webhook_url=webhook_url, documents=documents, webhook_options=webhook_options,
                        state=state),
                   admin_token=admin_token, log_access=log_access)


def new_admin_token() -> str:
    return secrets.token_urlsafe(18)
