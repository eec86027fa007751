"""Open enums: response and webhook enums accept values the document does not list; requests stay strict.

The plain generated clients parse an unknown value into the open (``str``/``int``) branch of the union
instead of raising, and write it back unchanged; the spec still refuses the value in a request.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest

from partner_contracts.schemas import SchemaSet
from partner_contracts.specs import discover, escape, resolve_pointer

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

    body = _first_example("palm-locker", "/paths/~1order~1{orderId}/get/responses/200/content/application~1json")
    body["data"]["orderStatus"] = "Delivered"
    client = Client(base_url="http://mock.invalid", raise_on_unexpected_status=True)
    parsed = get_order._parse_response(client=client, response=httpx.Response(200, json=body))
    assert parsed is not None and parsed.data.order_status == "Delivered"
    assert parsed.to_dict()["data"]["orderStatus"] == "Delivered"


def test_palm_webhook_with_unknown_status_parses_and_known_status_still_checks() -> None:
    from palm_locker_client.partner import parse_order_updated

    payload = _first_example("palm-locker", "/webhooks/orderUpdated/post/requestBody/content/application~1json")
    payload["orderStatus"] = "Delivered"
    assert parse_order_updated(json.dumps(payload)).order_status == "Delivered"
    payload["orderStatus"] = "success"
    assert parse_order_updated(json.dumps(payload)).order_status == "success"


def test_pancake_shop_configured_for_crm_webhooks_parses() -> None:
    from pancake_pos_client.api.webhooks import update_shop_webhook
    from pancake_pos_client.client import Client

    body = _first_example("pancake-pos", "/paths/~1shops~1{shop_id}/put/responses/200/content/application~1json")
    body["shop"]["webhook_types"].append("crm_tables")
    client = Client(base_url="http://mock.invalid", raise_on_unexpected_status=True)
    parsed = update_shop_webhook._parse_response(client=client, response=httpx.Response(200, json=body))
    assert parsed is not None and "crm_tables" in parsed.shop.webhook_types
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


OPEN_IN_RESPONSE_STRICT_IN_REQUEST = [
    # (api, schema pointer of the request, request body with an undocumented value)
    ("palm-locker", "/paths/~1order/get/parameters/orderStatus/schema", "Delivered"),
    ("pancake-pos", "/paths/~1shops~1{shop_id}/put/requestBody/content/application~1json/schema",
     {"shop": {"webhook_enable": False, "webhook_types": ["crm_tables"]}}),
]


@pytest.mark.parametrize(("key", "pointer", "value"), OPEN_IN_RESPONSE_STRICT_IN_REQUEST,
                         ids=[c[0] for c in OPEN_IN_RESPONSE_STRICT_IN_REQUEST])
def test_requests_keep_the_closed_enum(key: str, pointer: str, value: Any) -> None:
    doc = APIS[key].bundled.document
    if "/parameters/" in pointer:  # a parameter by name: its index moves when parameters are added
        operation, rest = pointer.split("/parameters/")
        name, tail = rest.split("/", 1)
        (index,) = [i for i, p in enumerate(resolve_pointer(doc, operation + "/parameters")) if p["name"] == name]
        pointer = f"{operation}/parameters/{index}/{tail}"
    resolve_pointer(doc, pointer)  # the pointer still names the request schema
    assert SchemaSet(doc).problems(pointer, value), f"{key}: {value!r} must be refused in a request"
