"""Authentication (partner_contracts/runtime/security.py): each scheme's check, requirements, credentials."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import pytest

from partner_contracts.runtime.http import Incoming, Rejection
from partner_contracts.runtime.operations import compile_operation
from partner_contracts.runtime.security import Security
from partner_contracts.spec.auth import same, setting, webhook_signature_headers, webhook_signers

DOC: dict[str, Any] = {
    "paths": {"/x": {"get": {"responses": {"200": {"description": "ok"}},
                             "security": [{"bearer": []}, {"key": [], "signed": []}]}}},
    "components": {"securitySchemes": {
        "bearer": {"type": "http", "scheme": "bearer"},
        "key": {"type": "apiKey", "in": "query", "name": "api_key"},
        "signed": {"type": "apiKey", "in": "header", "name": "X-Signature", "x-hmac": {"algorithm": "sha256"}},
    }},
}
OP = compile_operation(DOC, "/x", "get", DOC["paths"]["/x"])


def request(*headers: tuple[str, str]) -> Incoming:
    return Incoming({"method": "GET", "path": "/x", "headers": [(k.encode(), v.encode()) for k, v in headers]}, None)


def test_any_one_requirement_satisfied_is_enough() -> None:
    security = Security(DOC, {"bearer": "t0k", "key": "k", "signed": "s3cret"})
    security.authenticate(OP, request(("authorization", "Bearer t0k")), {}, b"")
    signature = hmac.new(b"s3cret", b"{}", hashlib.sha256).hexdigest().upper()  # hex in either case
    security.authenticate(OP, request(("x-signature", signature)), {"api_key": ["k"]}, b"{}")


def test_a_refusal_names_every_reason_once() -> None:
    security = Security(DOC, {"bearer": "t0k", "key": "k", "signed": "s3cret"})
    with pytest.raises(Rejection) as refused:
        security.authenticate(OP, request(("authorization", "Bearer nope")), {"api_key": ["k"]}, b"{}")
    assert refused.value.kind == "auth"
    assert refused.value.message == "invalid bearer token; missing header 'X-Signature'"
    security.credentials["bearer"] = "nope"  # read at each request
    security.authenticate(OP, request(("authorization", "Bearer nope")), {}, b"")


def test_credentials_settings_and_constant_time_comparison(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PC_TEST_TOKEN", "from-env")
    assert setting({"value": "v", "env": "PC_TEST_TOKEN"}) == "from-env"
    assert setting({"value": "v", "env": "PC_TEST_UNSET_NAME"}) == "v" and setting("plain") == "plain"
    assert same("ạ", "ạ") and not same("a", "b") and same("\udcff", "\udcff")


def test_webhooks_declared_with_x_hmac_are_signed() -> None:
    item = {"post": {"parameters": [{"name": "X-Sig", "in": "header", "schema": {"x-hmac": {"algorithm": "sha1"}}},
                                    {"name": "X-Other", "in": "header"}]}}
    assert webhook_signature_headers(item) == [("X-Sig", "sha1")]
    ((header, signer),) = webhook_signers({"webhooks": {"orderWebhook": item}}, "secret")["orderWebhook"]
    assert header == "X-Sig" and signer.hex(b"body") == hmac.new(b"secret", b"body", "sha1").hexdigest()
