"""Liberal in what servers send: open enums (PL-027, PP-414) and SIRCLO's Go null lists (SO-014).

The plain generated clients parse an unknown enum value into the open (``str``/``int``) branch of the
union instead of raising, and write it back unchanged; a null list parses as None. The spec still
refuses the same values in a request.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest

from partner_contracts.spec.api import discover
from partner_contracts.spec.deref import escape, resolve_pointer
from partner_contracts.spec.schemas import SchemaSet

APIS = {api.key: api for api in discover()}


def _example(key: str, pointer: str) -> Any:
    doc = APIS[key].bundled.document
    example = resolve_pointer(doc, pointer)
    if "$ref" in example:
        example = resolve_pointer(doc, example["$ref"])
    return copy.deepcopy(example["value"])


def _first_example(key: str, pointer: str) -> Any:
    node = resolve_pointer(APIS[key].bundled.document, pointer)
    name = next(iter(node["examples"]))
    return _example(key, f"{pointer}/examples/{escape(name)}")


def test_palm_order_with_status_delivered_parses() -> None:
    from palm_locker_client.api.orders import get_order
    from palm_locker_client.client import Client
    from palm_locker_client.models import OrderResponse

    body = _first_example("palm-locker", "/paths/~1order~1{orderId}/get/responses/200/content/application~1json")
    body["data"]["orderStatus"] = "Delivered"
    client = Client(base_url="http://mock.invalid", raise_on_unexpected_status=True)
    parsed = get_order._parse_response(client=client, response=httpx.Response(200, json=body))
    assert isinstance(parsed, OrderResponse) and parsed.data.order_status == "Delivered"
    assert parsed.to_dict()["data"]["orderStatus"] == "Delivered"


def test_palm_webhook_with_unknown_status_parses_and_known_status_still_checks() -> None:
    import hashlib
    import hmac

    from palm_locker_client.webhooks import unwrap

    def delivered(payload: dict[str, Any]) -> Any:
        body = json.dumps(payload).encode()
        signature = hmac.new(b"test-webhook-secret", body, hashlib.sha256).hexdigest()
        return unwrap(body, {"x-signature": signature}, secret="test-webhook-secret")

    payload = _first_example("palm-locker", "/webhooks/orderUpdated/post/requestBody/content/application~1json")
    payload["orderStatus"] = "Delivered"
    assert delivered(payload).order_status == "Delivered"
    payload["orderStatus"] = "success"
    assert delivered(payload).order_status == "success"


def test_pancake_shop_configured_for_crm_webhooks_parses() -> None:
    from pancake_pos_client.api.webhooks import update_shop_webhook
    from pancake_pos_client.client import Client
    from pancake_pos_client.models import UpdateShopWebhookResponse200

    body = _first_example("pancake-pos", "/paths/~1shops~1{shop_id}/put/responses/200/content/application~1json")
    body["shop"]["webhook_types"].append("crm_tables")
    client = Client(base_url="http://mock.invalid", raise_on_unexpected_status=True)
    parsed = update_shop_webhook._parse_response(client=client, response=httpx.Response(200, json=body))
    assert isinstance(parsed, UpdateShopWebhookResponse200) and isinstance(parsed.shop.webhook_types, list)
    assert "crm_tables" in parsed.shop.webhook_types
    assert parsed.to_dict()["shop"]["webhook_types"][-1] == "crm_tables"


def test_pancake_order_with_unknown_status_code_parses() -> None:
    from pancake_pos_client.models.order import Order

    doc = APIS["pancake-pos"].bundled.document
    examples = resolve_pointer(doc, "/paths/~1shops~1{shop_id}~1orders~1{order_id}/get/responses/200/content/"
                                    "application~1json/examples")
    body = _example("pancake-pos", "/paths/~1shops~1{shop_id}~1orders~1{order_id}/get/responses/200/content/"
                                   "application~1json/examples/" + escape(next(iter(examples))))
    order = body.get("data", body)
    order["status"] = 99
    assert Order.from_dict(order).status == 99


def test_sirclo_null_lists_parse() -> None:
    """SO-014: a Go backend writes an empty slice as null."""
    from sirclo_order_client.api.order import list_orders, update_orders
    from sirclo_order_client.client import Client
    from sirclo_order_client.models import UpdateOrdersResponseData

    client = Client(base_url="http://mock.invalid", raise_on_unexpected_status=True)
    update = _first_example("sirclo-order", "/paths/~1order/patch/responses/200/content/application~1json")
    update["data"]["succeed"] = None
    update["data"]["failed"] = None
    parsed = update_orders._parse_response(client=client, response=httpx.Response(200, json=update))
    assert parsed is not None and isinstance(parsed.data, UpdateOrdersResponseData)
    assert parsed.data.succeed is None and parsed.data.failed is None
    assert parsed.to_dict()["data"] == {"succeed": None, "failed": None}
    listing = _first_example("sirclo-order", "/paths/~1order/get/responses/200/content/application~1json")
    listing["data"][0]["line_items"] = None
    parsed_list = list_orders._parse_response(client=client, response=httpx.Response(200, json=listing))
    assert parsed_list is not None and isinstance(parsed_list.data, list) and parsed_list.data[0].line_items is None
    listing["data"] = None
    parsed_list = list_orders._parse_response(client=client, response=httpx.Response(200, json=listing))
    assert parsed_list is not None and parsed_list.data is None


OPEN_IN_RESPONSE_STRICT_IN_REQUEST = [
    # (api, schema pointer of the request, request body with an undocumented value)
    ("palm-locker", "/paths/~1order/get/parameters/orderStatus/schema", "Delivered"),
    ("pancake-pos", "/paths/~1shops~1{shop_id}/put/requestBody/content/application~1json/schema",
     {"shop": {"webhook_enable": False, "webhook_types": ["crm_tables"]}}),
    ("sirclo-order", "/paths/~1order/post/requestBody/content/application~1json/schema",
     {"order_id": "O-1", "order_date": "2024-05-01T10:00:00Z", "line_items": None}),
]


@pytest.mark.parametrize(("key", "pointer", "value"), OPEN_IN_RESPONSE_STRICT_IN_REQUEST,
                         ids=[c[0] for c in OPEN_IN_RESPONSE_STRICT_IN_REQUEST])
def test_requests_stay_strict(key: str, pointer: str, value: Any) -> None:
    doc = APIS[key].bundled.document
    if "/parameters/" in pointer:  # a parameter by name: its index moves when parameters are added
        operation, rest = pointer.split("/parameters/")
        name, tail = rest.split("/", 1)
        (index,) = [i for i, p in enumerate(resolve_pointer(doc, operation + "/parameters")) if p["name"] == name]
        pointer = f"{operation}/parameters/{index}/{tail}"
    resolve_pointer(doc, pointer)  # the pointer still names the request schema
    assert SchemaSet(doc).problems(pointer, value), f"{key}: {value!r} must be refused in a request"
