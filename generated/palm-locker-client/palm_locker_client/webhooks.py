"""Webhooks of the Palm smart-locker Partner API: verify the signature and get the typed payload.

Placed here by partner-contracts from the spec's ``webhooks``; regenerate instead of editing.

``unwrap(body, headers, secret=...)`` checks header ``x-signature`` (HMAC-SHA256 of the raw
body, in constant time; a missing, malformed or wrong signature is ``errors.WebhookSignatureError``) and returns
the payload as its model."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Mapping
from typing import Any, Literal

from .errors import WebhookPayloadError, WebhookSignatureError
from .models.order_webhook_payload import OrderWebhookPayload

WebhookKind = Literal["orderUpdated"]
WebhookPayload = OrderWebhookPayload

SIGNATURE_HEADER = "x-signature"
_DIGEST_SIZE = hashlib.new("sha256").digest_size


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:
        lowered = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == lowered), None)
    return value


def verify_signature(body: bytes | str, headers: Mapping[str, str], secret: str | bytes) -> None:
    """Raise ``WebhookSignatureError`` unless header ``x-signature`` is the hex HMAC-SHA256 of ``body``.

    The comparison takes the same time whatever the header holds; a missing or malformed header is the
    same error as a wrong one.
    """
    raw = body.encode() if isinstance(body, str) else body
    key = secret.encode() if isinstance(secret, str) else secret
    expected = hmac.new(key, raw, "sha256").digest()
    given = _header(headers, SIGNATURE_HEADER)
    try:
        received = bytes.fromhex((given or "").strip())
    except ValueError:
        received = b""
    if len(received) != _DIGEST_SIZE:
        received = b"\0" * _DIGEST_SIZE
        hmac.compare_digest(expected, received)
        raise WebhookSignatureError(f"webhook signature header {SIGNATURE_HEADER!r} is missing or malformed")
    if not hmac.compare_digest(expected, received):
        raise WebhookSignatureError(f"webhook signature {SIGNATURE_HEADER!r} does not match the body")


def _load(body: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise WebhookPayloadError(f"a webhook body is JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise WebhookPayloadError("a webhook payload is a JSON object")
    return data


def _has(data: Any, path: tuple[str, ...], value: Any = None) -> bool:
    for name in path:
        if not isinstance(data, dict) or name not in data:
            return False
        data = data[name]
    return value is None or data == value


_SHAPES: list[tuple[WebhookKind, list[tuple[tuple[str, ...], Any]]]] = [
    (
        "orderUpdated",
        [
            (("id",), None),
        ],
    ),
]


def kind_of(payload: bytes | str | Mapping[str, Any]) -> WebhookKind:
    """Which webhook this payload is (the most specific kind whose required fields it has)."""
    data = _load(payload)
    for kind, shape in _SHAPES:
        if all(_has(data, path, value) for path, value in shape):
            return kind
    raise WebhookPayloadError(f"not a known webhook payload (keys: {sorted(data)[:10]})")


def _parse(data: dict[str, Any]) -> WebhookPayload:
    kind = kind_of(data)
    try:
        return PARSERS[kind](data)
    except Exception as exc:
        raise WebhookPayloadError(f"a {kind} webhook payload that does not decode: {exc}") from exc


PARSERS: dict[WebhookKind, Callable[[Mapping[str, Any]], WebhookPayload]] = {
    "orderUpdated": OrderWebhookPayload.from_dict,
}


def unwrap(body: bytes | str, headers: Mapping[str, str], *, secret: str | bytes) -> WebhookPayload:
    """Verify the signature of a received webhook, then return its payload as a typed model.

    ``body`` is the raw request body as received (verify before any parsing); ``headers`` the request's
    headers (any mapping, e.g. Starlette's ``request.headers``). Raises ``errors.WebhookSignatureError``
    (answer 401) or, for a signed body that is not a webhook of this API, ``errors.WebhookPayloadError`` (answer 400).
    """
    verify_signature(body, headers, secret)
    data = _load(body)
    return _parse(data)


__all__ = [
    "PARSERS",
    "SIGNATURE_HEADER",
    "WebhookKind",
    "WebhookPayload",
    "kind_of",
    "unwrap",
    "verify_signature",
]
