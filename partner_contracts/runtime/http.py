"""Stage 0 — the HTTP message in and out: plain ASGI, no framework objects on the hot path.

``Incoming`` is what the other stages read of a request, ``Reply`` the response they make (an ASGI app
itself); ``Rejection`` is any stage's refusal, answered by ``respond`` with the API's error envelope. Also
the body reading (bounded, drawn from the memory budget), strict JSON in and out, the query string and
``Prefer`` (the access log's redaction is ``redact``'s).
"""

from __future__ import annotations

import functools
import json
import math
import re
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

import orjson
from starlette.types import Receive, Scope, Send

from partner_contracts import __version__

from .budget import BUDGET, RETRY_AFTER
from .values import json_default

MAX_BODY = 5 * 1024 * 1024
MAX_QUERY = 32 * 1024
MAX_FIELDS = 1000


class Rejection(Exception):
    """A request the mock answers with an error envelope instead of a result."""

    def __init__(self, kind: str, message: str, status: int | None = None, headers: dict[str, str] | None = None,
                 field: str = ""):
        super().__init__(message)
        self.kind, self.message, self.status, self.headers = kind, message, status, headers or {}
        self.field = field  # JSON pointer of the offending value ("/path", "/line_items/0/sku"), if any


class Incoming:
    """What the stages read of a request: method, path, query string, headers (lower-case name → first
    value, as Starlette's ``headers.get``), cookies on demand, and the ASGI ``receive`` for the body."""

    __slots__ = ("_cookies", "charged", "guard", "headers", "method", "path", "query_string", "raw_headers", "receive")

    def __init__(self, scope: Scope, receive: Receive | None) -> None:  # None: the body was read already
        self.method: str = scope["method"]
        self.path: str = scope["path"]
        self.query_string: bytes = scope.get("query_string", b"")
        self.raw_headers: list[tuple[bytes, bytes]] = scope.get("headers") or []
        # ASGI header names are lower-case; the first of repeated headers wins (reversed: it is set last)
        self.headers: dict[str, str] = {name.decode("latin-1"): value.decode("latin-1")
                                        for name, value in reversed(self.raw_headers)}
        self.receive = receive
        self._cookies: dict[str, str] | None = None
        self.charged = 0  # bytes of its body drawn from the memory budget (given back when it is answered)
        self.guard: Any = scope.get("guard")  # the connection (mock/guard.py), which counts big answers

    def release(self) -> None:
        """Give back what the request's body drew from the memory budget."""
        if self.charged:
            BUDGET.give(self.charged, "body")
            self.charged = 0

    def header_list(self, name: str) -> list[str]:
        wanted = name.lower().encode("latin-1")
        return [v.decode("latin-1") for k, v in self.raw_headers if k.lower() == wanted]

    @property
    def cookies(self) -> dict[str, str]:
        if self._cookies is None:
            from starlette.requests import cookie_parser  # on first use: most requests send no cookie

            self._cookies = cookie_parser(self.headers.get("cookie", ""))
        return self._cookies


@functools.lru_cache(maxsize=64)
def _content_type(media_type: str) -> bytes:
    if media_type.startswith("text/") and "charset=" not in media_type.lower():
        media_type += "; charset=utf-8"
    return media_type.encode("latin-1")


class Disconnected(Exception):
    """The client went away before its body arrived: there is nobody to answer."""


# Every answer of our mock carries this header (value: the package version), so a recording made through
# the proxy says whether the upstream was our own mock rather than the vendor.
MOCK_HEADER = "x-partner-contracts-mock"
SERVED_BY = (MOCK_HEADER.encode(), __version__.encode())  # the header as our mock sends it


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

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.send_to(send)

    async def send_to(self, send: Send, extra: tuple[bytes, bytes] | None = None) -> None:
        """Send the two messages, with one ``extra`` header (a new list: a Reply may be shared and cached,
        so its own headers are never changed), then run ``after``."""
        headers = self.raw_headers if extra is None else [*self.raw_headers, extra]
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        await send({"type": "http.response.body", "body": self.body})
        if self.after is not None:
            await self.after()


ANSWER_COUNTED = 64 * 1024  # an answer this large is counted in the memory budget until the client took it


def busy() -> Rejection:
    """Past the process's memory budget: a 503 the client may retry (``Retry-After``)."""
    return Rejection("busy", "the mock is at its memory budget (--memory-budget); retry shortly", 503,
                     {"retry-after": RETRY_AFTER})


async def read_body(request: Incoming, limit: int = MAX_BODY) -> bytes:
    """The body of a request, at most ``limit`` bytes (413 past it, announced or not); Disconnected when
    the client goes away first. The mock calls it for a request that announces a body (Content-Length or
    Transfer-Encoding); the proxy and the webhook listener for every request. Each chunk is drawn from the
    memory budget as it arrives (``request.release()`` gives it back); past the budget a 503."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise Rejection("too_large", f"the body is larger than {limit} bytes", 413)
    receive = request.receive
    if receive is None:
        raise Disconnected()  # the body was read already
    chunks = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Disconnected()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise Rejection("too_large", f"the body is larger than {limit} bytes", 413)
        if chunk:
            if not BUDGET.take(len(chunk), "body"):
                raise busy()
            request.charged += len(chunk)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def loopback_host(host_header: str) -> bool:
    """Whether a ``Host`` header names this machine by a loopback name (``localhost``, ``127.x``, ``[::1]``),
    any port: a browser sends the name it resolved, so a rebound name (``evil.example``) is not one."""
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[1:].partition("]")[0]
    elif host.count(":") == 1:
        host = host.partition(":")[0]
    if host in ("localhost", "::1") or host.endswith(".localhost"):
        return True
    parts = host.split(".")
    return len(parts) == 4 and parts[0] == "127" and all(p.isdigit() for p in parts)


@functools.lru_cache(maxsize=128)
def reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def finite_float(text: str) -> float:
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
    value = json.loads(raw, parse_constant=_no_constants, parse_float=finite_float)
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
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=_kept_text).encode()


def _kept_text(value: Any) -> Any:
    """json's ``default``: a JSON text a page keeps for a record (``Record.viewed``, an orjson Fragment)
    as the value it writes; anything else is not JSON."""
    if isinstance(value, orjson.Fragment):
        return json.loads(orjson.dumps(value))
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def json_response(payload: Any, status: int = 200, headers: dict[str, str] | None = None,
                  media_type: str = "application/json", after: Any = None) -> Reply:
    return Reply(status, json_bytes(payload), media_type, headers, after)


def parse_query(query_string: bytes) -> dict[str, list[str]]:
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


def parse_prefer(header: str) -> dict[str, str]:
    """``Prefer: code=404, example=empty`` → {code: "404", example: "empty"} (RFC 7240 preferences)."""
    out: dict[str, str] = {}
    if not header:
        return out
    for part in re.split(r"[;,]", header):
        name, _, value = part.strip().partition("=")
        if name:
            out[name.strip().lower()] = value.strip().strip('"')
    return out
