"""The request pipeline's remembered work (partner_contracts/mock/app.py): routes found once per path and
error envelopes built once, without changing a single answer."""

from __future__ import annotations

import uuid

from starlette.testclient import TestClient

from partner_contracts.mock import app as mock_app
from partner_contracts.mock.app import create_app

PALM = {"x-api-key": "test-api-key"}


def test_remembered_routes_answer_as_fresh_ones(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(mock_app, "ROUTE_CACHE", 8)
    app = create_app(["palm-locker"])
    client = TestClient(app)
    api = app.mock.apis["palm-locker"]
    ids = [str(uuid.uuid4()) for _ in range(20)]  # more paths than remembered: the memory starts again
    for _ in range(2):
        for locker in ids:
            response = client.get(f"/palm-locker/locker/{locker}", headers=PALM)
            assert response.status_code == 404 and locker in response.json()["message"]
        assert len(api.found_routes) <= 8
    long_id = "x" * 400  # a path longer than ROUTE_CACHE_PATH is routed each time, not remembered
    assert long_id in client.get(f"/palm-locker/locker/{long_id}", headers=PALM).json()["message"]
    assert not any(long_id in path for _, path in api.found_routes)
    for _ in range(2):  # a refusal is not remembered as a route
        assert client.request("TRACE", "/palm-locker/order", headers=PALM).status_code == 405
    assert client.get("/palm-locker/no/such/thing", headers=PALM).status_code == 404


def test_an_envelope_of_its_inputs_is_built_once_and_one_with_a_uuid_each_time() -> None:
    client = TestClient(create_app(["palm-locker", "sirclo-order"]))
    first, second = (client.get("/palm-locker/locker").json() for _ in range(2))
    assert first == second and first["statusCode"] == 401
    # SIRCLO's envelope carries a fresh `reference` ($uuid) in every error
    references = {client.get("/sirclo-order/v1/partner/order").json()["reference"] for _ in range(3)}
    assert len(references) == 3
