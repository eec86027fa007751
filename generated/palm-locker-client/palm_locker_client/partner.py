"""Ready-made helpers for the Palm smart-locker Partner API: connect in one line, verify and parse webhooks.

Placed here by partner-contracts when the client is generated (from the spec's security schemes and webhooks); regenerate instead of editing.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable, Iterator
from typing import Any

from .client import Client
from .models.order_webhook_payload import OrderWebhookPayload

DEFAULT_BASE_URL = "https://gateway-dev.palm.id.vn/api/private/partner"


def connect(
    api_key: str,
    base_url: str = DEFAULT_BASE_URL,
    **kwargs: Any,
) -> Client:
    """A client that authenticates every call: header `x-api-key`.

    Extra keyword arguments go to :class:`Client` (``timeout``, ``httpx_args``, ...).
    """
    headers: dict[str, str] = dict(kwargs.pop("headers", None) or {})
    httpx_args: dict[str, Any] = dict(kwargs.pop("httpx_args", None) or {})
    headers["x-api-key"] = api_key
    return Client(base_url=base_url, headers=headers, httpx_args=httpx_args, **kwargs)


def iterate_pages(
    operation: Any,
    *,
    client: Client,
    items: str = "orders",
    page_param: str = "page",
    first_page: int = 0,
    total_pages: str = "totalPages",
    **params: Any,
) -> Iterator[Any]:
    """Yield every item of a paged list operation (an ``api`` module such as ``api.x.list_y``).

    Calls ``operation.sync(client=..., <page_param>=n, **params)`` for n = first_page, ... until a page
    is empty or the response's ``total_pages`` is reached.
    """
    page = first_page
    while True:
        response = operation.sync(client=client, **{page_param: page}, **params)
        if response is None:
            return
        data = response.to_dict() if hasattr(response, "to_dict") else response
        batch = getattr(response, items, None)
        if not isinstance(batch, list):
            batch = data.get(items) if isinstance(data, dict) else None
        if not batch:
            return
        yield from batch
        pages = data.get(total_pages) if isinstance(data, dict) else None
        if not isinstance(pages, int) or page - first_page + 1 >= pages:
            return
        page += 1


def _load(body: bytes | str | dict[str, Any]) -> dict[str, Any]:
    if isinstance(body, dict):
        return body
    data = json.loads(body)
    if not isinstance(data, dict):
        raise ValueError("a webhook payload is a JSON object")
    return data


def verify_order_updated_signature(body: bytes, signature: str, secret: str | bytes) -> bool:
    """Check header ``x-signature``: hex HMAC-SHA256 of the raw body, in constant time."""
    key = secret.encode() if isinstance(secret, str) else secret
    expected = hmac.new(key, body, "sha256").hexdigest()
    return hmac.compare_digest(expected, signature.strip().lower())


def parse_order_updated(body: bytes | str | dict[str, Any]) -> OrderWebhookPayload:
    """The ``orderUpdated`` webhook payload as a typed model."""
    return OrderWebhookPayload.from_dict(_load(body))


WEBHOOKS: dict[str, Callable[[bytes | str | dict[str, Any]], Any]] = {
    "orderUpdated": parse_order_updated,
}
