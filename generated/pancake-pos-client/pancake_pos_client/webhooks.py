"""Webhooks of the Pancake POS API: get the typed payload.

Placed here by partner-contracts from the spec's ``webhooks``; regenerate instead of editing.

``unwrap(body, headers)`` returns
the payload as its model. ``kind_of(payload)`` tells which of the 4 kinds arrived
(``orderWebhook``, ``crmWebhook``, ``customerWebhook``, ``inventoryWebhook``); ``unwrap`` uses it.
The vendor does not sign these requests: check whatever the shop configured the sender to send (for
example a header) before trusting one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Literal

from .errors import WebhookPayloadError
from .models.crm_webhook_payload import CrmWebhookPayload
from .models.customer_webhook_payload import CustomerWebhookPayload
from .models.inventory_webhook_payload import InventoryWebhookPayload
from .models.order import Order

WebhookKind = Literal["orderWebhook", "crmWebhook", "customerWebhook", "inventoryWebhook"]
WebhookPayload = Order | CrmWebhookPayload | CustomerWebhookPayload | InventoryWebhookPayload


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
        "inventoryWebhook",
        [
            (("data",), None),
            (
                (
                    "data",
                    "record",
                ),
                None,
            ),
            (
                (
                    "data",
                    "record",
                    "variation_id",
                ),
                None,
            ),
            (
                (
                    "data",
                    "record",
                    "warehouse_id",
                ),
                None,
            ),
        ],
    ),
    (
        "customerWebhook",
        [
            (("id",), None),
            (("type",), "customers"),
        ],
    ),
    (
        "crmWebhook",
        [
            (("data",), None),
            (
                (
                    "data",
                    "record",
                ),
                None,
            ),
        ],
    ),
    (
        "orderWebhook",
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
    "orderWebhook": Order.from_dict,
    "crmWebhook": CrmWebhookPayload.from_dict,
    "customerWebhook": CustomerWebhookPayload.from_dict,
    "inventoryWebhook": InventoryWebhookPayload.from_dict,
}


def unwrap(body: bytes | str | Mapping[str, Any], headers: Mapping[str, str] | None = None) -> WebhookPayload:
    """The payload of a received webhook as a typed model (``isinstance`` or ``kind_of`` tells the kind).

    The vendor does not sign these webhooks: ``headers`` is accepted for the same call shape as the other
    clients and not checked. A body that is not a webhook of this API raises ``errors.WebhookPayloadError``
    (answer 400).
    """
    data = _load(body)
    return _parse(data)


__all__ = [
    "PARSERS",
    "WebhookKind",
    "WebhookPayload",
    "kind_of",
    "unwrap",
]
