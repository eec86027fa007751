"""AnyMaster in the mock: login for a token, validated partner orders, and the order list."""

from __future__ import annotations

from starlette.testclient import TestClient

BASE = "/anymaster"


def new_order(**changes) -> dict:  # type: ignore[no-untyped-def,type-arg]
    body = {
        "customer": {"phone_number": "+4790000000", "first_name": "Ola", "last_name": "Nordmann"},
        "payment_method": "cash",
        "datetime": [{"date": "2025-03-01", "timeslot": "0712"}],
        "image_uuids": ["a1"],
        "partner_details": {"store_id": "store-1", "instock": True, "delivery_type": "to_door_by_lift",
                            "items": [{"id": 7, "count": 1, "delivery": True, "assembly": False}]},
    }
    body.update(changes)
    return body


def token(mock: TestClient) -> str:
    response = mock.post(f"{BASE}/auth/authorize", json={"login": "test", "password": "test"})
    assert response.status_code == 200
    return response.json()["data"]["token"]  # type: ignore[no-any-return]


def test_authorize_gives_the_test_token(mock: TestClient) -> None:
    assert token(mock) == "test-token"
    wrong = mock.post(f"{BASE}/auth/authorize", json={"login": "test", "password": "nope"})
    assert wrong.status_code == 401 and wrong.json()["name"] == "UnAuthorizedError"


def test_token_header_required(mock: TestClient) -> None:
    response = mock.post(f"{BASE}/partner/order", json=new_order())
    body = response.json()
    assert response.status_code == 401
    assert body == {"name": "UnAuthorizedError", "message": "Unauthorized", "code": 401, "type": "NO_RIGHTS",
                    "statusCode": 401, "status": "error", "data": None}


def test_documented_enums_and_dates_are_validated(mock: TestClient) -> None:
    headers = {"token": token(mock)}
    for bad in (new_order(payment_method="paypal"),
                new_order(datetime=[{"date": "01.03.2025", "timeslot": "0712"}]),
                new_order(datetime=[{"date": "2025-03-01", "timeslot": "0800"}])):
        response = mock.post(f"{BASE}/partner/order", json=bad, headers=headers)
        assert response.status_code == 422, bad
        assert response.json()["name"] == "ValidationError" and response.json()["status"] == "error"


def test_created_orders_appear_in_the_list(mock: TestClient) -> None:
    headers = {"token": token(mock)}
    created = mock.post(f"{BASE}/partner/order", json=new_order(), headers=headers).json()
    assert created["status"] == "ok" and created["statusCode"] == 200
    order = created["data"]
    assert {"_id", "_status", "_substatus", "partner", "partner_details"} <= set(order)
    assert order["partner_details"]["store_id"] == "store-1"
    listed = mock.get(f"{BASE}/order/list", headers=headers).json()["data"]
    assert [o["_id"] for o in listed] == [order["_id"]]
