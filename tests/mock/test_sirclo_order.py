"""SIRCLO orders in the mock: HMAC-signed requests, order-date windows, bulk status transitions."""

from __future__ import annotations

import hashlib
import hmac
import json

from starlette.testclient import TestClient

BASE = "/sirclo-order/order"
WINDOW = {"since": "2024-01-01T00:00:00Z", "until": "2024-12-31T23:59:59Z", "limit": 100, "offset": 0}


def signed(body: bytes = b"", secret: bytes = b"test-secret") -> dict[str, str]:
    return {"partner_id": "test-partner", "Secret": hmac.new(secret, body, hashlib.sha256).hexdigest(),
            "content-type": "application/json"}


def post(mock: TestClient, order: dict) -> dict:  # type: ignore[type-arg]
    raw = json.dumps(order).encode()
    response = mock.post(BASE, content=raw, headers=signed(raw))
    assert response.status_code == 200, response.text
    return response.json()["data"]  # type: ignore[no-any-return]


def patch(mock: TestClient, body: dict) -> dict:  # type: ignore[type-arg]
    raw = json.dumps(body).encode()
    response = mock.patch(BASE, content=raw, headers=signed(raw))
    assert response.status_code == 200, response.text
    return response.json()["data"]  # type: ignore[no-any-return]


def order(order_id: str = "ORD-1", date: str = "2024-05-01T10:00:00Z", **extra) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return {"order_id": order_id, "order_date": date, "shipment_reference": "", "shipping_total": 15000,
            "line_items": [{"sku": "DKL0907", "name": "Product ABC", "quantity": 2, "raw_price": 100000,
                            "discount": 10000}], **extra}


def test_missing_or_bad_signature_401_in_sirclo_envelope(mock: TestClient) -> None:
    raw = json.dumps(order()).encode()
    for headers in ({"content-type": "application/json"},
                    {**signed(raw), "Secret": "0" * 64},
                    signed(raw, secret=b"other"),
                    {**signed(raw), "partner_id": "someone-else"}):
        response = mock.post(BASE, content=raw, headers=headers)
        assert response.status_code == 401
        body = response.json()
        assert set(body) == {"data", "message", "reference"} and body["data"] is None and body["message"]


def test_tampered_body_is_rejected(mock: TestClient) -> None:
    raw = json.dumps(order()).encode()
    tampered = raw.replace(b"100000", b"1")
    assert mock.post(BASE, content=tampered, headers=signed(raw)).status_code == 401


def test_get_is_signed_over_the_empty_body(mock: TestClient) -> None:
    assert mock.get(BASE, params=WINDOW, headers=signed(b"")).status_code == 200


def test_totals_are_computed_from_the_line_items(mock: TestClient) -> None:
    created = post(mock, order())
    assert (created["subtotal"], created["discount_total"], created["total"]) == (110000, 10000, 115000)
    assert created["status"] == "pending" and isinstance(created["id"], int)
    unit = post(mock, order("ORD-2", line_items=[{"sku": "A", "name": "A", "quantity": 3, "unit_price": 500,
                                                    "discount": 0}]))
    assert unit["line_items"][0]["raw_price"] == 1500 and unit["total"] == 1500 + 15000


def test_list_by_order_date_window_and_paging(mock: TestClient) -> None:
    for i, date in enumerate(["2024-03-01T00:00:00Z", "2024-06-01T00:00:00+07:00", "2025-01-05T00:00:00Z"]):
        post(mock, order(f"ORD-{i}", date))
    listed = mock.get(BASE, params=WINDOW, headers=signed()).json()
    assert listed["total_record"] == 2 and [o["order_id"] for o in listed["data"]] == ["ORD-0", "ORD-1"]
    page = mock.get(BASE, params={**WINDOW, "limit": 1, "offset": 1}, headers=signed()).json()
    assert [o["order_id"] for o in page["data"]] == ["ORD-1"]


def test_bulk_transitions_succeed_and_fail_per_order(mock: TestClient) -> None:
    first, second = post(mock, order("A")), post(mock, order("B"))
    stamp = first["updatedAt"]
    result = patch(mock, {"accepted": [{"id": first["id"], "updated_at": stamp}],
                          "completed": [{"id": second["id"], "updated_at": stamp}],
                          "cancelled": [{"id": 424242, "updated_at": stamp}]})
    assert [(s["id"], s["order_status"]) for s in result["succeed"]] == [(first["id"], "accepted")]
    failed = {f["id"]: f for f in result["failed"]}
    assert failed[second["id"]]["order_status"] == "pending" and "packed" in failed[second["id"]]["message"]
    assert "not found" in failed[424242]["message"] and "order_status" not in failed[424242]
    result = patch(mock, {"packed": [{"id": first["id"], "airwaybill_number": "AWB1", "updated_at": stamp}]})
    assert result["succeed"][0]["order_status"] == "packed"
    patch(mock, {"completed": [{"id": first["id"], "updated_at": stamp}]})
    again = patch(mock, {"cancelled": [{"id": first["id"], "updated_at": stamp}]})
    assert again["failed"][0]["order_status"] == "completed"
    listed = mock.get(BASE, params=WINDOW, headers=signed()).json()["data"]
    assert {o["order_id"]: (o["status"], o["airwaybill_number"]) for o in listed}["A"] == ("completed", "AWB1")


def test_absurd_amounts_do_not_overflow(mock: TestClient) -> None:
    """Fuzzers send 10**400: the totals stay finite JSON numbers instead of a 5xx."""
    created = post(mock, order("HUGE", line_items=[
        {"sku": "A", "name": "A", "quantity": 10**400, "unit_price": 1.5, "discount": 10**400},
        {"sku": "B", "name": "B", "quantity": 1, "raw_price": 1.7e308, "discount": 1.7e308}]))
    assert created["total"] > 1e307 and created["subtotal"] > 1e307
