"""Ahamove fee estimates in the mock: deterministic prices, per-service 406 codes, MISSING_PATH_INFO."""

from __future__ import annotations

from starlette.testclient import TestClient

URL = "/ahamove/v3/orders/estimates"
AUTH = {"Authorization": "Bearer test-token"}
PICKUP = {"address": "Ben Thanh", "lat": 10.7725, "lng": 106.6980, "name": "Shop", "mobile": "0901000001"}
DROP = {"address": "Tan Son Nhat", "lat": 10.8185, "lng": 106.6588, "name": "Buyer", "mobile": "0901000002"}


def estimate(mock: TestClient, services: list[dict], path: list[dict] | None = None):  # type: ignore[no-untyped-def,type-arg]
    body = {"path": path if path is not None else [PICKUP, DROP], "payment_method": "CASH", "services": services}
    return mock.post(URL, json=body, headers=AUTH)


def test_bearer_token_required(mock: TestClient) -> None:
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "test-token"}):
        response = mock.post(URL, json={}, headers=headers)
        assert response.status_code == 401 and response.json()["code"] == "UNAUTHORIZED"


def test_estimate_is_deterministic_and_adds_up(mock: TestClient) -> None:
    services = [{"_id": "SGN-BIKE", "requests": [{"_id": "SGN-BIKE-TIP", "num": 2}]}]
    first, second = estimate(mock, services).json(), estimate(mock, services).json()
    assert first == second
    (entry,) = first
    data = entry["data"]
    assert entry["service_id"] == "SGN-BIKE" and entry["error"] is None
    assert 6.0 < data["distance"] < 7.0  # Ben Thanh → Tan Son Nhat, great-circle
    assert data["request_fee"] == 10000 and data["requests"] == [{"_id": "SGN-BIKE-TIP", "num": 2, "price": 10000}]
    assert data["distance_fee"] + data["stop_fee"] + data["request_fee"] == data["total_price"] == data["total_fee"]


def test_per_service_errors_use_the_406_codes(mock: TestClient) -> None:
    far = {**DROP, "lat": 21.0285, "lng": 105.8542}  # Hanoi: beyond SGN-BIKE's max distance
    cod = {**DROP, "cod": 500000}
    results = {e["service_id"]: e for e in estimate(mock, [{"_id": "SGN-POOL", "requests": []},
                                                            {"_id": "NOPE", "requests": []}], [PICKUP, cod]).json()}
    assert results["SGN-POOL"]["error"]["code"] == "INVALID_MAX_COD" and results["SGN-POOL"]["data"] is None
    assert results["NOPE"]["error"]["code"] == "SERVICE_NOT_VALID_AT_PICKUP"
    assert all(e["error"]["http_code"] == 406 for e in results.values())
    (far_entry,) = estimate(mock, [{"_id": "SGN-BIKE", "requests": []}], [PICKUP, far]).json()
    assert far_entry["error"]["code"] == "INVALID_MAX_DISTANCE"
    (stops,) = estimate(mock, [{"_id": "SGN-POOL", "requests": []}], [PICKUP, DROP, DROP]).json()
    assert stops["error"]["code"] == "INVALID_MAX_STOP_POINT"


def test_fewer_than_two_stop_points_missing_path_info(mock: TestClient) -> None:
    response = estimate(mock, [{"_id": "SGN-BIKE", "requests": []}], [PICKUP])
    assert response.status_code == 400
    assert response.json()["code"] == "MISSING_PATH_INFO" and response.json()["http_code"] == 400


def test_other_invalid_data_bad_request(mock: TestClient) -> None:
    response = mock.post(URL, json={"path": [PICKUP, DROP], "services": []}, headers=AUTH)
    assert response.status_code == 400 and response.json()["code"] == "BAD_REQUEST"
    assert "payment_method" in response.json()["description"]


def test_far_future_order_time_is_a_whole_request_406_the_client_parses(mock: TestClient) -> None:
    """AH-007: the table's HTTP 406 is declared, with the error envelope; the mock answers it for
    INVALID_FUTURE_ORDER_TIME (order_time as Unix seconds more than a month ahead)."""
    import time

    import httpx
    from ahamove_client.api.orders import estimate_order_fee
    from ahamove_client.client import Client
    from ahamove_client.models.estimate_error import EstimateError

    body = {"path": [PICKUP, DROP], "payment_method": "CASH", "services": [{"_id": "SGN-BIKE", "requests": []}]}
    soon = mock.post(URL, json={**body, "order_time": time.time() + 86400}, headers=AUTH)
    assert soon.status_code == 200, soon.text
    late = mock.post(URL, json={**body, "order_time": time.time() + 40 * 86400}, headers=AUTH)
    assert late.status_code == 406 and late.json()["code"] == "INVALID_FUTURE_ORDER_TIME", late.text
    assert late.json()["http_code"] == 406
    client = Client(base_url="http://mock.invalid", raise_on_unexpected_status=True)
    parsed = estimate_order_fee._parse_response(client=client, response=httpx.Response(406, json=late.json()))
    assert isinstance(parsed, EstimateError) and parsed.code == "INVALID_FUTURE_ORDER_TIME"
