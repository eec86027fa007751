"""The mock: one ASGI app serving every API under ``/<key>/``, built from the bundled specs at start.

Each request goes through small stages, in order (Prism's pipeline):

    route → authenticate → validate input → respond (behaviour or examples) → webhooks

Everything a stage needs is compiled once when the app is built (routes, parameter and body validators,
security checks, error envelopes); a request does no YAML or ``$ref`` work. Every rejection is data:
the API's own error envelope with a status the operation documents (400/401/404/405/409/413/415/422).
"""

from __future__ import annotations

import hmac
import json
import logging
import math
import os
import re
from dataclasses import dataclass, field
from types import SimpleNamespace
from http import HTTPStatus
from typing import Any

from starlette.background import BackgroundTask
from starlette.requests import Request
import orjson
from starlette.responses import Response

from ..schemas import SchemaSet
from ..specs import Api, escape, load_yaml, resolve_pointer, select
from .behaviour import MISSING, ActionError, Behaviour, public, render
from .sample import sample

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


class Rejection(Exception):
    """A request the mock answers with an error envelope instead of a result."""

    def __init__(self, kind: str, message: str, status: int | None = None, headers: dict[str, str] | None = None,
                 field: str = ""):
        super().__init__(message)
        self.kind, self.message, self.status, self.headers = kind, message, status, headers or {}
        self.field = field  # JSON pointer of the offending value ("/path", "/line_items/0/sku"), if any


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
    )


def compile_route(template: str) -> tuple[re.Pattern[str], list[str]]:
    names: list[str] = []

    def repl(match: re.Match[str]) -> str:
        names.append(match.group(1))
        return f"(?P<p{len(names) - 1}>[^/]+)"

    pattern = re.sub(r"\\\{([^}]+)\\\}", repl, re.escape(template))
    return re.compile("^" + pattern + "$"), names


# --- one API ----------------------------------------------------------------------------------------


def _setting(conf: Any) -> str:
    """A credential from api.yaml: ``{value: ..., env: NAME}`` — the environment variable wins."""
    if isinstance(conf, dict):
        return os.environ.get(str(conf.get("env", "")), "") or str(conf.get("value", ""))
    return str(conf)


class MockApi:
    def __init__(self, api: Api, document: dict[str, Any]) -> None:
        self.key = api.key
        self.doc = document
        self.meta = api.meta
        self.schemas = SchemaSet(document)
        mock_conf = api.meta.get("mock") or {}
        self.credentials = {name: _setting(c) for name, c in (mock_conf.get("credentials") or {}).items()}
        self.webhook_secret = _setting(mock_conf.get("webhook_secret", ""))
        self.error_template = (mock_conf.get("errors") or {}).get("body") or {"message": "$message"}
        self.error_by_status = {str(k): v for k, v in ((mock_conf.get("errors") or {}).get("by_status") or {}).items()}
        self.schemes = (document.get("components") or {}).get("securitySchemes") or {}
        behaviour_conf = load_yaml(api.behaviour_path) if api.behaviour_path.is_file() else {}
        self.behaviour = Behaviour(behaviour_conf or {}, document)
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
        self.routes_by_depth: dict[int, list[PathRoute]] = {}
        for route in self.routes:  # a path can only match templates with as many segments
            self.routes_by_depth.setdefault(route.template.count("/"), []).append(route)
        for route in self.routes:  # compile every validator now, not on the first request
            for op in route.operations.values():
                for p in op.params:
                    self.schemas.validator(p.pointer)
                for pointer in op.body_media.values():
                    self.schemas.validator(pointer)
        self.public_spec = dict(document, servers=[{"url": f"/{self.key}", "description": "partner-contracts mock"}])
        self.public_spec_bytes = orjson.dumps(self.public_spec)
        self.webhook_ops = {name: (item or {}).get("post") or {} for name, item in (document.get("webhooks") or {}).items()}

    # route ------------------------------------------------------------------------------------------
    def route(self, method: str, path: str) -> tuple[Operation, dict[str, str]]:
        matched: list[tuple[PathRoute, dict[str, str]]] = []
        for route in self.routes_by_depth.get(path.count("/"), ()):
            found = route.regex.match(path)
            if found:
                values = {route.names[int(k[1:])]: v for k, v in found.groupdict().items()}
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
    def authenticate(self, op: Operation, request: Request, query: dict[str, list[str]], body: bytes) -> None:
        if not op.security:
            return
        reasons = []
        for requirement in op.security:
            if not requirement:
                return
            failed = [r for r in (self._check_scheme(n, request, query, body) for n in requirement) if r]
            if not failed:
                return
            reasons.extend(failed)
        raise Rejection("auth", "; ".join(dict.fromkeys(reasons)))

    def _check_scheme(self, name: str, request: Request, query: dict[str, list[str]], body: bytes) -> str | None:
        scheme = self.schemes.get(name) or {}
        expected = self.credentials.get(name, "")
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            header = request.headers.get("authorization", "")
            if not header:
                return "missing Authorization: Bearer <token>"
            token = header[7:].strip() if header[:7].lower() == "bearer " else ""
            return None if token and _same(token, expected) else "invalid bearer token"
        if scheme.get("type") == "apiKey":
            where = scheme.get("in")
            if where == "query":
                values = query.get(scheme["name"]) or []
                value = values[0] if values else None
            elif where == "cookie":
                value = request.cookies.get(scheme["name"])
            else:
                value = request.headers.get(scheme["name"])
            if not value:
                return f"missing {where} {scheme['name']!r}"
            if scheme.get("x-hmac"):
                conf = scheme["x-hmac"]
                signed = hmac.new(expected.encode(), body, str(conf.get("algorithm", "sha256"))).hexdigest()
                return None if _same(value.strip().lower(), signed) else \
                    f"{scheme['name']!r} is not the HMAC of the body"
            return None if _same(value, expected) else f"invalid {where} {scheme['name']!r}"
        return f"unsupported security scheme {name!r}"

    # validate ---------------------------------------------------------------------------------------
    def parameters(self, op: Operation, path_values: dict[str, str], query: dict[str, list[str]],
                   request: Request) -> dict[str, dict[str, Any]]:
        values: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}, "cookie": {}}
        for p in op.params:
            if p.location == "path":
                raw: list[str] | None = [path_values[p.name]] if p.name in path_values else None
            elif p.location == "query":
                raw = query.get(p.name)
            elif p.location == "header":
                raw = request.headers.getlist(p.name) or None
            else:
                cookie = request.cookies.get(p.name)
                raw = [cookie] if cookie is not None else None
            if raw is None:
                if p.required:
                    raise Rejection("invalid", f"{p.location} parameter {p.name!r} is required")
                continue
            value = coerce(raw, p)
            problems = self.schemas.problems(p.pointer, value, limit=1)
            if problems:
                kind = "missing" if p.location == "path" else "invalid"
                raise Rejection(kind, f"{p.location} parameter {p.name!r}: {problems[0].message}")
            values[p.location][p.name] = value
        return values

    def body(self, op: Operation, request: Request, raw: bytes) -> Any:
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
        if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and _depth(value) > MAX_DEPTH:
            raise Rejection("malformed", f"the body is nested deeper than {MAX_DEPTH} levels")
        problems = self.schemas.problems(pointer, value, limit=3)
        if problems:
            raise Rejection("invalid", "; ".join(p.describe("body") for p in problems), field=problems[0].path)
        return value

    # respond ----------------------------------------------------------------------------------------
    def status_for(self, op: Operation | None, kind: str, status: int | None) -> int:
        documented = {int(s) for s in (op.statuses if op else []) if s.isdigit()}
        if status in documented or (status is not None and (op is None or kind in TRANSPORT_KINDS)):
            return status
        for candidate in PREFERENCES.get(kind, ()):
            if candidate in documented:
                return candidate
        if status is not None:
            return status
        return PREFERENCES.get(kind, (400,))[0]

    def error(self, status: int, message: str, headers: dict[str, str] | None = None, field: str = "",
              code: str | None = None) -> Response:
        """The API's error envelope (``mock.errors`` in api.yaml: a template over $status, $message,
        $reason, $field — the offending JSON pointer — and $code, a code a behaviour guard names)."""
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Error"
        template = self.error_by_status.get(str(status), self.error_template)
        context = {"status": status, "message": message, "reason": reason, "field": field,
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
        response = op.responses.get(status) or {}
        if "$ref" in response:
            response = resolve_pointer(self.doc, response["$ref"])
        return next(iter(response.get("content") or {}), None)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_json(raw: bytes) -> Any:
    """Strict JSON (no NaN/Infinity, valid UTF-8): orjson, and the standard library for the numbers
    orjson cannot hold (integers beyond 64 bits, 1e400), which are valid JSON all the same."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        if "number" not in str(exc):
            raise
        return json.loads(raw, parse_constant=_no_constants)


def json_bytes(payload: Any, *, filtered: bool = False) -> bytes:
    """JSON for a response, without the store's private ``__`` keys (orjson; json for huge integers)."""
    try:
        raw = orjson.dumps(payload)
    except TypeError:  # an integer beyond 64 bits: json handles any size
        raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    if not filtered and b'"__' in raw:  # only records with private keys (or such text) pay for a filtered copy
        return json_bytes(public(payload), filtered=True)
    return raw


def json_response(payload: Any, status: int = 200, headers: dict[str, str] | None = None,
                  media_type: str = "application/json", background: Any = None) -> Response:
    return Response(json_bytes(payload), status_code=status, headers=headers, media_type=media_type,
                    background=background)


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


def _scalar(raw: str, types: tuple[str, ...]) -> Any:
    # A string is the fallback: "5" for `anyOf: [string enum, integer enum]` is the integer 5.
    for kind in sorted(types or ("string",), key=lambda t: t == "string"):
        if kind == "integer" and _INT.match(raw):
            return int(raw)
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
            return json.loads(raw[-1])
        except ValueError:
            return raw[-1]  # not JSON: the schema check reports it
    if "array" in param.types:
        values = raw if param.style_explode or len(raw) > 1 else raw[0].split(",")
        return [_scalar(v, param.item_types) for v in values]
    return _scalar(raw[-1] if raw else "", param.types)


# --- the ASGI app -----------------------------------------------------------------------------------


def _parse_query(query_string: bytes) -> dict[str, list[str]]:
    from urllib.parse import parse_qsl

    out: dict[str, list[str]] = {}
    for k, v in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True, max_num_fields=1000):
        out.setdefault(k, []).append(v)
    return out


def _prefer(header: str) -> dict[str, str]:
    out = {}
    for part in re.split(r"[;,]", header):
        name, _, value = part.strip().partition("=")
        if name:
            out[name.strip().lower()] = value.strip().strip('"')
    return out


class Mock:
    """All APIs of one process, with the webhook sender."""

    def __init__(self, apis: list[Api], webhook_url: str | None = None,
                 documents: dict[str, dict[str, Any]] | None = None) -> None:
        self.apis: dict[str, MockApi] = {}
        for api in apis:
            document = (documents or {}).get(api.key) or _load_document(api)
            self.apis[api.key] = MockApi(api, document)
        self.webhook_url = webhook_url.rstrip("/") if webhook_url else None
        self.sent_webhooks: list[dict[str, Any]] = []

    def reset(self) -> None:
        for api in self.apis.values():
            api.behaviour.reset()

    async def handle(self, request: Request) -> Response:
        path = request.scope["path"]
        key, _, rest = path.lstrip("/").partition("/")
        api = self.apis.get(key)
        if api is None:
            return json_response({"message": f"no API at /{key}; this mock serves "
                                 + ", ".join(f"/{k}/" for k in self.apis)}, 404)
        if rest == "openapi.json" and request.method == "GET":
            return Response(api.public_spec_bytes, media_type="application/json")
        op: Operation | None = None
        try:
            op, path_values = api.route(request.method, "/" + rest)
            raw_query = request.scope.get("query_string", b"")
            if len(raw_query) > MAX_QUERY:
                raise Rejection("too_long", f"the query string is longer than {MAX_QUERY} bytes", 414)
            raw = await _read_body(request)
            query = _parse_query(raw_query) if raw_query else {}
            api.authenticate(op, request, query, raw)
            params = api.parameters(op, path_values, query, request)
            body = api.body(op, request, raw)
            return self.respond(api, op, request, params, body)
        except Rejection as rejection:
            status = api.status_for(op, rejection.kind, rejection.status)
            if rejection.kind == "options":
                return Response(status_code=204, headers=rejection.headers)
            return api.error(status, rejection.message, rejection.headers, field=rejection.field)
        except ActionError as exc:
            kind = {404: "missing", 409: "conflict"}.get(exc.status, "invalid")
            return api.error(api.status_for(op, kind, exc.status), exc.message, code=exc.code)
        except Exception:  # a bug in the mock: still the API's envelope, and loud in the log and in fuzzing
            log.exception("mock error on %s %s", request.method, path)
            return api.error(500, "internal error in the mock (a bug: please report it with this request)")

    def respond(self, api: MockApi, op: Operation, request: Request, params: dict[str, dict[str, Any]],
                body: Any) -> Response:
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
        deliveries = [self.sign_webhook(api, name, hook_payload) for name, hook_payload in hooks]
        task = BackgroundTask(self.deliver, deliveries) if deliveries and self.webhook_url else None
        if request.method == "HEAD" or payload is MISSING or media is None:
            return Response(status_code=int(status), background=task)
        if media.endswith("json"):
            return json_response(payload, int(status), media_type=media, background=task)
        return Response(str(payload), status_code=int(status), media_type=media, background=task)

    def sign_webhook(self, api: MockApi, name: str, payload: Any) -> dict[str, Any]:
        """The delivery of one webhook: its exact bytes, signed where the spec's header declares x-hmac.
        The last 100 are kept in ``sent_webhooks`` (what tests and a debugging user look at)."""
        raw = json_bytes(payload)
        headers = {"content-type": "application/json"}
        for param in api.webhook_ops.get(name, {}).get("parameters") or []:
            conf = param.get("x-hmac") or (param.get("schema") or {}).get("x-hmac")
            if param.get("in") == "header" and conf:
                headers[param["name"]] = hmac.new(api.webhook_secret.encode(), raw,
                                                  str(conf.get("algorithm", "sha256"))).hexdigest()
        record = {"api": api.key, "webhook": name, "body": raw, "headers": headers}
        self.sent_webhooks.append(record)
        if len(self.sent_webhooks) > 200:
            del self.sent_webhooks[:-100]
        return record

    async def deliver(self, deliveries: list[dict[str, Any]]) -> None:
        """POST signed deliveries to --webhook-url, after the response has gone out."""
        import httpx

        async with httpx.AsyncClient(timeout=5) as client:
            for record in deliveries:
                try:
                    await client.post(str(self.webhook_url), content=record["body"], headers=record["headers"])
                except httpx.HTTPError as exc:
                    log.warning("webhook %s to %s failed: %s", record["webhook"], self.webhook_url, exc)


async def _read_body(request: Request) -> bytes:
    headers = request.headers
    declared = headers.get("content-length")
    if declared is None and "transfer-encoding" not in headers:
        return b""  # no body announced (a GET, typically): nothing to wait for
    if declared and declared.isdigit() and int(declared) > MAX_BODY:
        raise Rejection("too_large", f"the body is larger than {MAX_BODY} bytes", 413)
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise Rejection("too_large", f"the body is larger than {MAX_BODY} bytes", 413)
        chunks.append(chunk)
    return b"".join(chunks)


def _load_document(api: Api) -> dict[str, Any]:
    """The bundled spec the tools read (generated/<key>-client/openapi.json), else bundle specs/ now."""
    if api.bundle_path.is_file():
        loaded: dict[str, Any] = json.loads(api.bundle_path.read_text(encoding="utf-8"))
        return loaded
    return api.bundled.document


class MockApp:
    """The ASGI application: ``GET /`` lists the APIs, ``POST /_mock/reset`` restores the seed state, and
    every other request goes to the API its first path segment names — whatever the path contains
    (a router's path pattern would let a path with an encoded CR/LF fall through to a bare 404)."""

    def __init__(self, mock: Mock) -> None:
        self.mock = mock
        self.state = SimpleNamespace(mock=mock)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        path, method = scope["path"], scope["method"]
        response: Response
        if path == "/" and method == "GET":
            response = json_response({"apis": {k: {"base": f"/{k}/", "spec": f"/{k}/openapi.json"}
                                              for k in self.mock.apis}})
        elif path == "/_mock/reset" and method == "POST":
            self.mock.reset()
            response = Response(status_code=204)
        else:
            response = await self.mock.handle(request)
        await response(scope, receive, send)


def create_app(keys: list[str] | None = None, webhook_url: str | None = None,
               documents: dict[str, dict[str, Any]] | None = None) -> MockApp:
    return MockApp(Mock(select(keys), webhook_url=webhook_url, documents=documents))
