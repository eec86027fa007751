"""The mock answering as Palm would: auth, input validation, state, and the API's own error envelope."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

KEY = {"x-api-key": "test-api-key"}
BASE = "/palm-locker"
FREE_LOCKER = "4b20b55e-b0e2-48d1-b269-82cdc2039288"  # "Test 125HN": 36 s, 25 m, 6 l, 2 xl free
FULL_LOCKER = "131f3e80-29f7-49e9-bd1d-3c8ae5a766b6"  # all compact counts 0


def assert_envelope(response: httpx.Response, status: int) -> dict[str, Any]:
    """Palm's (assumed) error envelope: {statusCode, message, error}."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["statusCode"] == status
    assert isinstance(body["message"], str) and body["message"]
    assert isinstance(body["error"], str)
    return body


def create_order(mock: TestClient, **fields: Any) -> dict[str, Any]:
    body = {"lockerId": FREE_LOCKER, "size": "xl", "receiverPhone": "0912345678", **fields}
    response = mock.post(f"{BASE}/order", json=body, headers=KEY)
    assert response.status_code == 200, response.text
    created: dict[str, Any] = response.json()["data"]
    return created


def stacks(mock: TestClient, locker_id: str) -> dict[str, int]:
    items = mock.get(f"{BASE}/locker", params={"size": 50}, headers=KEY).json()["data"]["items"]
    (locker,) = [i for i in items if i["id"] == locker_id]
    return {s["boxSize"]: s["availableBox"] for s in locker["stacks"]}


@pytest.mark.parametrize(
    ("headers", "message"),
    [({}, "missing header 'x-api-key'"), ({"x-api-key": "wrong"}, "invalid header 'x-api-key'")],
    ids=["no key", "wrong key"],
)
def test_without_a_valid_key_401_in_the_envelope(mock: TestClient, headers, message) -> None:  # type: ignore[no-untyped-def]
    body = assert_envelope(mock.get(f"{BASE}/locker", headers=headers), 401)
    assert message in body["message"]


def test_malformed_json_400(mock: TestClient) -> None:
    response = mock.post(f"{BASE}/order", content=b'{"lockerId": ', headers={**KEY, "content-type": "application/json"})
    assert "not valid JSON" in assert_envelope(response, 400)["message"]


def test_wrong_content_type_4xx(mock: TestClient) -> None:
    response = mock.post(f"{BASE}/order", content=b"lockerId=x", headers={**KEY, "content-type": "text/plain"})
    assert "Content-Type 'text/plain' is not accepted" in assert_envelope(response, 400)["message"]


def test_schema_violation_422_names_the_field(mock: TestClient) -> None:
    response = mock.post(f"{BASE}/order", json={"lockerId": 5, "size": "xl"}, headers=KEY)
    assert "body/lockerId" in assert_envelope(response, 422)["message"]


def test_either_size_or_stack_position_is_required(mock: TestClient) -> None:
    assert_envelope(mock.post(f"{BASE}/order", json={"lockerId": FREE_LOCKER}, headers=KEY), 422)


def test_bad_query_parameter_names_it(mock: TestClient) -> None:
    response = mock.get(f"{BASE}/order", params={"size": "lots"}, headers=KEY)
    assert "query parameter 'size'" in assert_envelope(response, 422)["message"]


def test_unknown_query_parameters_are_ignored(mock: TestClient) -> None:
    assert mock.get(f"{BASE}/order", params={"pageIndex": "1", "utm": "x"}, headers=KEY).status_code == 200


def test_unknown_path_404_in_the_envelope(mock: TestClient) -> None:
    assert "no operation at /lockers" in assert_envelope(mock.get(f"{BASE}/lockers", headers=KEY), 404)["message"]


def test_unknown_locker_404(mock: TestClient) -> None:
    assert "locker 'nope' not found" in assert_envelope(mock.get(f"{BASE}/locker/nope", headers=KEY), 404)["message"]


def test_undeclared_method_405_with_allow(mock: TestClient) -> None:
    response = mock.delete(f"{BASE}/order", headers=KEY)
    assert_envelope(response, 405)
    assert response.headers["allow"] == "GET, POST"


def test_lockers_come_from_the_source_examples(mock: TestClient) -> None:
    compact = mock.get(f"{BASE}/locker", headers=KEY).json()["data"]
    assert compact["page"] == 0 and compact["size"] == 10 and compact["total"] == 11
    assert compact["items"][0]["name"] == "Tủ đồ iHub 2"
    full = mock.get(f"{BASE}/locker", params={"format": "full", "size": 50}, headers=KEY).json()["data"]
    by_id = {i["id"]: i for i in full["items"]}
    assert by_id["083c5896-a074-4ede-92de-fe9b74aca3d7"]["stackCount"] == 20
    detail = mock.get(f"{BASE}/locker/083c5896-a074-4ede-92de-fe9b74aca3d7", headers=KEY).json()["data"]
    assert detail["shortId"] == "083c5896a0744ede92defe9b74aca3d7"


def test_order_lifecycle_and_box_counts(mock: TestClient) -> None:
    before = stacks(mock, FREE_LOCKER)
    order = create_order(mock, description="fragile")
    assert order["orderStatus"] == "init" and order["lockerId"] == FREE_LOCKER
    assert stacks(mock, FREE_LOCKER)["xl"] == before["xl"] - 1
    fetched = mock.get(f"{BASE}/order/{order['id']}", headers=KEY).json()["data"]
    assert fetched == order
    cancelled = mock.put(f"{BASE}/order/cancel", json={"orderId": order["id"]}, headers=KEY).json()["data"]
    assert cancelled["orderStatus"] == "failed"
    assert mock.get(f"{BASE}/order/{order['id']}", headers=KEY).json()["data"]["orderStatus"] == "failed"
    assert stacks(mock, FREE_LOCKER)["xl"] == before["xl"]  # the box is free again


def test_no_free_box_409(mock: TestClient) -> None:
    response = mock.post(f"{BASE}/order", json={"lockerId": FULL_LOCKER, "size": "s"}, headers=KEY)
    assert "no free box" in assert_envelope(response, 409)["message"]


def test_boxes_run_out(mock: TestClient) -> None:
    for _ in range(2):
        create_order(mock)
    assert stacks(mock, FREE_LOCKER)["xl"] == 0
    assert_envelope(mock.post(f"{BASE}/order", json={"lockerId": FREE_LOCKER, "size": "xl"}, headers=KEY), 409)


def test_list_orders_pages_and_filters(mock: TestClient) -> None:
    first = create_order(mock, receiverPhone="0900000001")
    create_order(mock, receiverPhone="0900000002", size="s")
    create_order(mock, receiverPhone="0900000001", size="m")
    mock.put(f"{BASE}/order/cancel", json={"orderId": first["id"]}, headers=KEY)
    page = mock.get(f"{BASE}/order", params={"size": 2, "page": 1}, headers=KEY).json()
    assert page["totalOrders"] == 3 and page["totalPages"] == 2 and page["currentPage"] == 1
    assert len(page["orders"]) == 1
    by_phone = mock.get(f"{BASE}/order", params={"receiverPhone": "0900000001"}, headers=KEY).json()
    assert by_phone["totalOrders"] == 2
    failed = mock.get(f"{BASE}/order", params={"orderStatus": "failed"}, headers=KEY).json()
    assert [o["id"] for o in failed["orders"]] == [first["id"]]


def test_list_orders_by_date_range_and_purpose(mock: TestClient) -> None:
    """PL-006: startTime / endTime bound createdAt (inclusive); purpose matches orderType."""
    order = create_order(mock)
    created = order["createdAt"]

    def total(**params: str) -> int:
        response = mock.get(f"{BASE}/order", params=params, headers=KEY)
        assert response.status_code == 200, response.text
        return int(response.json()["totalOrders"])

    assert total(startTime=created) == total(endTime=created) == 1  # both bounds inclusive
    assert total(startTime="2000-01-01T00:00:00Z", endTime="2000-12-31T23:59:59Z") == 0
    assert total(startTime="2000-01-01T00:00:00Z", endTime="2999-01-01T00:00:00+07:00") == 1
    assert total(endTime="2000-01-01T00:00:00Z") == 0
    assert total(purpose="locker") == 1 and total(purpose="storage") == 0
    bad = mock.get(f"{BASE}/order", params={"startTime": "yesterday"}, headers=KEY)
    assert "startTime" in assert_envelope(bad, 422)["message"]
    # ... and the generated client can send them
    import inspect

    from palm_locker_client.api.orders import list_orders

    assert {"start_time", "end_time", "purpose"} <= set(inspect.signature(list_orders.sync).parameters)


def test_payment_and_renewals(mock: TestClient) -> None:
    order = create_order(mock)
    assert mock.put(f"{BASE}/partner/payment", json={"orderId": order["id"], "paymentStatus": True},
                    headers=KEY).json() == {"result": True}
    assert mock.get(f"{BASE}/order/{order['id']}", headers=KEY).json()["data"]["paymentStatus"] is True
    renewed = mock.post(f"{BASE}/partner/order/renew", json={"orderId": order["id"]}, headers=KEY).json()
    assert renewed["id"] == order["id"] and renewed["orderPass"].isdigit()
    code = mock.put(f"{BASE}/orders/partnerCode/renew", json={"orderId": order["id"]}, headers=KEY).json()["data"]
    assert len(code["partnerCode"]) == 6 and code["remainCost"] == 0
    opened = mock.post(f"{BASE}/partner/locker/open", json={"orderId": order["id"], "lockerId": FREE_LOCKER},
                       headers=KEY)
    assert opened.json() == {"result": True}
    wrong = mock.post(f"{BASE}/partner/locker/open", json={"orderId": order["id"], "lockerId": FULL_LOCKER},
                      headers=KEY)
    assert_envelope(wrong, 404)


def test_unknown_order_ids_404(mock: TestClient) -> None:
    assert_envelope(mock.get(f"{BASE}/order/missing", headers=KEY), 404)
    assert_envelope(mock.put(f"{BASE}/order/cancel", json={"orderId": "missing"}, headers=KEY), 404)


def test_prefer_picks_a_documented_response(mock: TestClient) -> None:
    response = mock.get(f"{BASE}/locker", params={"format": "full"}, headers={**KEY, "prefer": "example=full"})
    assert response.status_code == 200
    prefer_404 = mock.get(f"{BASE}/order/x", headers={**KEY, "prefer": "code=404"})
    assert prefer_404.status_code == 404


def test_spec_is_served_with_the_mock_as_server(mock: TestClient) -> None:
    spec = mock.get(f"{BASE}/openapi.json").json()
    assert spec["servers"] == [{"url": "/palm-locker", "description": "partner-contracts mock"}]
    assert "/order/cancel" in spec["paths"]


def test_order_changes_emit_signed_webhooks(mock: TestClient, mock_app) -> None:  # type: ignore[no-untyped-def]
    import hashlib
    import hmac
    import json

    sent = mock_app.state.pipeline.sent_webhooks
    sent.clear()
    order = create_order(mock, description="glass")
    mock.put(f"{BASE}/order/cancel", json={"orderId": order["id"]}, headers=KEY)
    hooks = [h for h in sent if h["api"] == "palm-locker"]
    assert [json.loads(h["body"])["orderStatus"] for h in hooks] == ["init", "failed"]
    assert json.loads(hooks[0]["body"])["descripion"] == "glass"
    for hook in hooks:
        expected = hmac.new(b"test-webhook-secret", hook["body"], hashlib.sha256).hexdigest()
        assert hook["headers"]["x-signature"] == expected
