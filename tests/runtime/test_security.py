"""runtime/security.py: where the mock finds each credential in a request (header of any case, query, cookie,
the Authorization header for bearer), how requirements combine (any one requirement; every scheme of it), and
which credential tells one client from another."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import pytest

from partner_contracts.runtime.http import Incoming, Rejection
from partner_contracts.runtime.operations import Operation, compile_operation
from partner_contracts.runtime.security import Security

# as read from a spec file (json.loads: every string a new object, not this source's interned constants)
SCHEMES: dict[str, Any] = json.loads(json.dumps({
    "bearer": {"type": "http", "scheme": "bearer"},
    "header": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
    "query": {"type": "apiKey", "in": "query", "name": "api_key"},
    "cookie": {"type": "apiKey", "in": "cookie", "name": "session"},
    "signed": {"type": "apiKey", "in": "header", "name": "Secret", "x-hmac": {"algorithm": "sha256"}},
    "partner": {"type": "apiKey", "in": "header", "name": "partner_id"},
}))
CREDENTIALS = {"bearer": "t0k", "header": "hk", "query": "qk", "cookie": "ck", "signed": "Jefe", "partner": "p1"}


def operation(security: list[dict[str, list[str]]] | None) -> Operation:
    item: dict[str, Any] = {"responses": {"200": {"description": "ok"}}}
    if security is not None:
        item["security"] = security
    document = {"paths": {"/x": {"post": item}}, "components": {"securitySchemes": SCHEMES}}
    return compile_operation(document, "/x", "post", {"post": item})


def request(*headers: tuple[str, str]) -> Incoming:
    """An ASGI request: header names arrive lower-case."""
    return Incoming({"method": "POST", "path": "/x", "headers": [(k.encode(), v.encode()) for k, v in headers]},
                    None)


def security() -> Security:
    return Security({"components": {"securitySchemes": SCHEMES}}, dict(CREDENTIALS))


def refusal(op: Operation, incoming: Incoming, query: dict[str, list[str]] | None = None,
            body: bytes = b"") -> str | None:
    """None when the request is let through, else the reason of the refusal (kind auth)."""
    try:
        security().authenticate(op, incoming, query or {}, body)
    except Rejection as refused:
        assert refused.kind == "auth"
        return refused.message
    return None


def test_an_operation_without_security_needs_no_credential() -> None:
    assert refusal(operation(None), request()) is None
    assert refusal(operation([]), request()) is None
    assert refusal(operation([{}]), request()) is None  # {}: anonymous is one of the choices
    assert refusal(operation([{"header": []}, {}]), request()) is None
    assert refusal(operation([{}, {"header": []}]), request()) is None


def test_each_place_a_credential_can_be() -> None:
    assert refusal(operation([{"bearer": []}]), request(("authorization", "bearer t0k"))) is None
    assert refusal(operation([{"header": []}]), request(("x-api-key", "hk"))) is None
    assert refusal(operation([{"query": []}]), request(), {"api_key": ["qk"]}) is None
    assert refusal(operation([{"query": []}]), request(), {"api_key": ["qk", "other"]}) is None  # the first
    assert refusal(operation([{"cookie": []}]), request(("cookie", "a=1; session=ck"))) is None
    signature = hmac.new(b"Jefe", b'{"a":1}', hashlib.sha256).hexdigest()
    assert refusal(operation([{"signed": []}]), request(("secret", signature)), body=b'{"a":1}') is None


def test_a_credential_in_the_wrong_place_is_missing() -> None:
    assert refusal(operation([{"bearer": []}]), request(("x-api-key", "t0k"))) == \
        "missing Authorization: Bearer <token>"
    assert refusal(operation([{"header": []}]), request(("authorization", "hk")), {"X-Api-Key": ["hk"]}) == \
        "missing header 'X-Api-Key'"
    assert refusal(operation([{"query": []}]), request(("api_key", "qk"))) == "missing query 'api_key'"
    assert refusal(operation([{"query": []}]), request(), {"api_key": []}) == "missing query 'api_key'"
    assert refusal(operation([{"cookie": []}]), request(("session", "ck")), {"session": ["ck"]}) == \
        "missing cookie 'session'"
    assert refusal(operation([{"signed": []}]), request(), body=b"{}") == "missing header 'Secret'"


def test_a_wrong_credential_is_invalid() -> None:
    assert refusal(operation([{"bearer": []}]), request(("authorization", "Bearer hk"))) == "invalid bearer token"
    assert refusal(operation([{"header": []}]), request(("x-api-key", "t0k"))) == "invalid header 'X-Api-Key'"
    assert refusal(operation([{"query": []}]), request(), {"api_key": ["other", "qk"]}) == "invalid query 'api_key'"
    assert refusal(operation([{"cookie": []}]), request(("cookie", "session=hk"))) == "invalid cookie 'session'"
    assert refusal(operation([{"signed": []}]), request(("secret", "Jefe")), body=b"{}") == \
        "'Secret' is not the HMAC of the body"
    assert refusal(operation([{"nowhere": []}]), request()) == "unsupported security scheme 'nowhere'"


def test_every_scheme_of_a_requirement_is_needed_and_any_requirement_will_do() -> None:
    both = operation([{"header": [], "partner": []}])
    assert refusal(both, request(("x-api-key", "hk"), ("partner_id", "p1"))) is None
    assert refusal(both, request(("x-api-key", "hk"))) == "missing header 'partner_id'"
    assert refusal(both, request(("partner_id", "p1"))) == "missing header 'X-Api-Key'"
    assert refusal(both, request()) == "missing header 'X-Api-Key'; missing header 'partner_id'"
    either = operation([{"bearer": []}, {"query": []}])
    assert refusal(either, request(("authorization", "Bearer t0k"))) is None
    assert refusal(either, request(), {"api_key": ["qk"]}) is None
    assert refusal(either, request()) == "missing Authorization: Bearer <token>; missing query 'api_key'"
    twice = operation([{"header": [], "bearer": []}, {"header": [], "query": []}])  # each reason once
    assert refusal(twice, request(("authorization", "Bearer t0k"))) == \
        "missing header 'X-Api-Key'; missing query 'api_key'"


def test_credentials_are_read_at_each_request() -> None:
    checks = security()
    op = operation([{"header": []}])
    checks.authenticate(op, request(("x-api-key", "hk")), {}, b"")
    checks.credentials["header"] = "rotated"
    with pytest.raises(Rejection):
        checks.authenticate(op, request(("x-api-key", "hk")), {}, b"")
    checks.authenticate(op, request(("x-api-key", "rotated")), {}, b"")
    del checks.credentials["header"]  # no credential configured: nothing but "" matches, and "" is missing
    with pytest.raises(Rejection):
        checks.authenticate(op, request(("x-api-key", "rotated")), {}, b"")


def test_presented_is_the_first_unsigned_credential_of_the_operation() -> None:
    checks = security()
    incoming = request(("x-api-key", "hk-1"), ("cookie", "session=ck-1"), ("secret", "abc"),
                       ("partner_id", "p-1"), ("authorization", "Bearer t-1"))
    query = {"api_key": ["qk-1", "qk-2"]}
    assert checks.presented(operation([{"header": []}]), incoming, query) == "hk-1"
    assert checks.presented(operation([{"query": []}]), incoming, query) == "qk-1"
    assert checks.presented(operation([{"cookie": []}]), incoming, query) == "ck-1"
    assert checks.presented(operation([{"signed": [], "partner": []}]), incoming, query) == "p-1"
    assert checks.presented(operation([{"nowhere": []}, {"query": []}]), incoming, query) == "qk-1"
    assert checks.presented(operation([{"signed": []}]), incoming, query) == ""
    assert checks.presented(operation(None), incoming, query) == ""
    assert checks.presented(operation([{"query": []}]), incoming, {}) == ""
    assert checks.presented(operation([{"query": []}]), incoming, {"api_key": []}) == ""
    assert checks.presented(operation([{"cookie": []}]), request(), query) == ""
    assert checks.presented(operation([{"header": []}]), request(), query) == ""
