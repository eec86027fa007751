"""Routing (partner_contracts/runtime/router.py): literal segments first, 404, 405 with Allow, OPTIONS, and
routes found once per path without changing an answer."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from starlette.testclient import TestClient

from partner_contracts.mock.app import create_app
from partner_contracts.runtime import router as router_module
from partner_contracts.runtime.http import Rejection
from partner_contracts.runtime.router import Router, compile_route

PALM = {"x-api-key": "test-api-key"}
OK = {"responses": {"200": {"description": "ok"}}}
DOC: dict[str, Any] = {"paths": {
    "/order/{orderId}": {"get": {"operationId": "getOrder", **OK}, "delete": {"operationId": "deleteOrder", **OK}},
    "/order/cancel": {"post": {"operationId": "cancelOrder", **OK}},
    "/shop/{shopId}/order/{orderId}": {"get": {"operationId": "shopOrder", **OK}},
}}


def test_a_literal_segment_wins_over_a_templated_one() -> None:
    router = Router(DOC)
    op, values = router.route("POST", "/order/cancel")
    assert op.op_id == "cancelOrder" and values == {}
    op, values = router.route("GET", "/order/o-1")
    assert op.op_id == "getOrder" and values == {"orderId": "o-1"}
    op, values = router.route("HEAD", "/shop/s1/order/o2")  # HEAD is answered as GET
    assert op.op_id == "shopOrder" and values == {"shopId": "s1", "orderId": "o2"}
    # /order/cancel also matches /order/{orderId}: GET falls through to the templated route
    assert router.route("GET", "/order/cancel")[0].op_id == "getOrder"


def test_no_route_is_404_a_wrong_method_405_with_allow_and_options_204() -> None:
    router = Router(DOC)
    with pytest.raises(Rejection) as missing:
        router.route("GET", "/nothing/here")
    assert (missing.value.kind, missing.value.status) == ("missing", 404)
    with pytest.raises(Rejection) as method:
        router.route("PUT", "/order/o-1")
    assert (method.value.kind, method.value.status) == ("method", 405)
    assert method.value.headers == {"Allow": "GET, DELETE"}
    with pytest.raises(Rejection) as options:
        router.route("OPTIONS", "/order/o-1")
    assert (options.value.kind, options.value.status, options.value.headers) == ("options", 204, {"Allow": "GET, DELETE"})
    assert [op.op_id for op in router.operations()] == ["shopOrder", "cancelOrder", "getOrder", "deleteOrder"]


def test_a_template_becomes_an_anchored_pattern_with_its_names() -> None:
    regex, names = compile_route("/a/{x}/b.{y}")
    assert names == ["x", "y"]
    assert regex.match("/a/1/b.json") and not regex.match("/a/1/bxjson") and not regex.match("/a/1/2/b.json")


def test_remembered_routes_answer_as_fresh_ones(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(router_module, "ROUTE_CACHE", 8)
    app = create_app(["palm-locker"])
    client = TestClient(app)
    router = app.pipeline.apis["palm-locker"].router
    ids = [str(uuid.uuid4()) for _ in range(20)]  # more paths than remembered: the memory starts again
    for _ in range(2):
        for locker in ids:
            response = client.get(f"/palm-locker/locker/{locker}", headers=PALM)
            assert response.status_code == 404 and locker in response.json()["message"]
        assert len(router.found_routes) <= 8
    long_id = "x" * 400  # a path longer than ROUTE_CACHE_PATH is routed each time, not remembered
    assert long_id in client.get(f"/palm-locker/locker/{long_id}", headers=PALM).json()["message"]
    assert not any(long_id in path for _, path in router.found_routes)
    for _ in range(2):  # a refusal is not remembered as a route
        assert client.request("TRACE", "/palm-locker/order", headers=PALM).status_code == 405
    assert client.get("/palm-locker/no/such/thing", headers=PALM).status_code == 404
