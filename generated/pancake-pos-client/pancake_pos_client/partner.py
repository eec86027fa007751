"""Ready-made helpers for the Pancake POS API: connect in one line, verify and parse webhooks.

Placed here by partner-contracts when the client is generated (from the spec's security schemes and webhooks); regenerate instead of editing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from .client import Client
from .models.crm_webhook_payload import CrmWebhookPayload
from .models.customer_webhook_payload import CustomerWebhookPayload
from .models.inventory_webhook_payload import InventoryWebhookPayload
from .models.order import Order

DEFAULT_BASE_URL = "https://pos.pages.fm/api/v1"


def connect(
    api_key: str,
    base_url: str = DEFAULT_BASE_URL,
    **kwargs: Any,
) -> Client:
    """A client that authenticates every call: query `api_key`.

    Extra keyword arguments go to :class:`Client` (``timeout``, ``httpx_args``, ...).
    """
    headers: dict[str, str] = dict(kwargs.pop("headers", None) or {})
    httpx_args: dict[str, Any] = dict(kwargs.pop("httpx_args", None) or {})
    httpx_args["params"] = {**dict(httpx_args.get("params") or {}), "api_key": api_key}
    return Client(base_url=base_url, headers=headers, httpx_args=httpx_args, **kwargs)


def iterate_pages(
    operation: Any,
    *,
    client: Client,
    items: str = "data",
    page_param: str = "page_number",
    first_page: int = 1,
    total_pages: str = "total_pages",
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


def parse_order_webhook(body: bytes | str | dict[str, Any]) -> Order:
    """The ``orderWebhook`` webhook payload as a typed model."""
    return Order.from_dict(_load(body))


def parse_crm_webhook(body: bytes | str | dict[str, Any]) -> CrmWebhookPayload:
    """The ``crmWebhook`` webhook payload as a typed model."""
    return CrmWebhookPayload.from_dict(_load(body))


def parse_customer_webhook(body: bytes | str | dict[str, Any]) -> CustomerWebhookPayload:
    """The ``customerWebhook`` webhook payload as a typed model."""
    return CustomerWebhookPayload.from_dict(_load(body))


def parse_inventory_webhook(body: bytes | str | dict[str, Any]) -> InventoryWebhookPayload:
    """The ``inventoryWebhook`` webhook payload as a typed model."""
    return InventoryWebhookPayload.from_dict(_load(body))


WEBHOOKS: dict[str, Callable[[bytes | str | dict[str, Any]], Any]] = {
    "orderWebhook": parse_order_webhook,
    "crmWebhook": parse_crm_webhook,
    "customerWebhook": parse_customer_webhook,
    "inventoryWebhook": parse_inventory_webhook,
}
