"""Consumers of the SIRCLO, Ahamove and AnyMaster clients against the mock on loopback."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import ahamove_client
import anymaster_client
import httpx
import pytest
import sirclo_order_client
from ahamove_client.api.orders import estimate_order_fee
from ahamove_client.models import EstimateOrderRequest, ServiceRequest, StopPoint
from anymaster_client.api.auth import authorize
from anymaster_client.api.orders import create_partner_order
from anymaster_client.api.orders import list_orders as list_partner_orders
from anymaster_client.models import (
    AuthorizeRequest,
    Customer,
    Datetime,
    Item,
    PartnerDetails,
    PartnerOrderCreateRequest,
)
from sirclo_order_client.api.order import create_order, list_orders, update_orders
from sirclo_order_client.models import (
    CreateOrderLineItem,
    CreateOrderRequest,
    UpdateOrdersRequest,
    UpdateOrdersRequestAcceptedItem,
)
from sirclo_order_client.partner import HmacBodyAuth

from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import running


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running(create_app(["sirclo-order", "ahamove", "anymaster"])) as url:
        yield url


def test_sirclo_client_signs_what_the_mock_accepts(mock_url: str) -> None:
    client = sirclo_order_client.connect(partner_id="test-partner", secret="test-secret",
                                         base_url=f"{mock_url}/sirclo-order")
    created = create_order.sync(client=client, body=CreateOrderRequest(
        order_id="ORD-9", order_date=dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone.utc), shipment_reference="",
        line_items=[CreateOrderLineItem(sku="A1", name="Tea", quantity=2, discount=0.0, raw_price=50000.0)]))
    assert created is not None and created.data.total == 50000
    listed = list_orders.sync(client=client, since=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
                              until=dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc), limit=10, offset=0)
    assert listed is not None and listed.data is not None and [o.order_id for o in listed.data] == ["ORD-9"]
    updated_at = created.data.updated_at
    assert isinstance(updated_at, str)  # optional in the answer (the answer policy); the mock sends it
    moved = update_orders.sync(client=client, body=UpdateOrdersRequest(
        accepted=[UpdateOrdersRequestAcceptedItem(id=created.data.id, updated_at=updated_at)]))
    assert moved is not None and moved.data.succeed and moved.data.succeed[0].order_status == "accepted"


def test_sirclo_mock_rejects_a_tampered_body(mock_url: str) -> None:
    signer = HmacBodyAuth("test-secret")
    body = json.dumps({"order_id": "X", "order_date": "2024-05-01T10:00:00Z", "shipment_reference": "",
                       "line_items": []}).encode()
    headers = {"partner_id": "test-partner", "content-type": "application/json", "Secret": signer.sign(body)}
    good = httpx.post(f"{mock_url}/sirclo-order/order", content=body, headers=headers)
    assert good.status_code == 200
    tampered = httpx.post(f"{mock_url}/sirclo-order/order", content=body.replace(b'"X"', b'"Y"'), headers=headers)
    assert tampered.status_code == 401 and "HMAC" in tampered.json()["message"]


def test_sirclo_signing_algorithm_is_a_parameter() -> None:
    request = httpx.Request("POST", "http://x/order", content=b"{}")
    next(HmacBodyAuth("k", algorithm="sha512").auth_flow(request))
    assert len(request.headers["Secret"]) == 128
    with pytest.raises(ValueError):
        HmacBodyAuth("k", algorithm="nope")


def test_ahamove_client_estimates(mock_url: str) -> None:
    client = ahamove_client.connect(token="test-token", base_url=f"{mock_url}/ahamove")
    body = EstimateOrderRequest(
        path=[StopPoint(address="A", lat=10.7725, lng=106.698, name="Shop", mobile="0901"),
              StopPoint(address="B", lat=10.8185, lng=106.6588, name="Buyer", mobile="0902")],
        payment_method="CASH",
        services=[ServiceRequest(field_id="SGN-BIKE", requests=[]), ServiceRequest(field_id="SGN-X", requests=[])])
    results = estimate_order_fee.sync(client=client, body=body)
    assert results is not None and isinstance(results, list)
    by_service = {r.service_id: r for r in results}
    bike, elsewhere = by_service["SGN-BIKE"], by_service["SGN-X"]
    assert bike.data and isinstance(bike.data.total_price, (int, float)) and bike.data.total_price > 0
    assert bike.error is None
    assert elsewhere.error and elsewhere.error.code == "SERVICE_NOT_VALID_AT_PICKUP"


def test_anymaster_login_then_order(mock_url: str) -> None:
    anonymous = anymaster_client.Client(base_url=f"{mock_url}/anymaster")
    login = authorize.sync(client=anonymous, body=AuthorizeRequest(login="test", password="test"))
    assert login is not None and isinstance(login.data.token, str)  # the document marks no answer field required
    client = anymaster_client.connect(token=login.data.token, base_url=f"{mock_url}/anymaster")
    order = create_partner_order.sync(client=client, body=PartnerOrderCreateRequest(
        customer=Customer(phone_number="+47900", first_name="Ola", last_name="Nordmann"),
        partner_details=PartnerDetails(store_id="s1", items=[Item(id=1, count=1, delivery=True, assembly=False)],
                                       instock=True, delivery_type="to_pavement"),
        datetime_=[Datetime(date=dt.date(2025, 3, 1), timeslot="1217")],
        payment_method="stripe", image_uuids=[]))
    assert order is not None and order.status == "ok"
    listed = list_partner_orders.sync(client=client)
    assert listed is not None and [o.field_id for o in listed.data] == [order.data.field_id]
