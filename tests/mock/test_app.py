"""The pipeline and the ASGI app (partner_contracts/mock/app.py): the stages in order, the index, the
spec, the admin routes."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from partner_contracts.mock.app import MockServer, Pipeline, ServedApi, create_app, new_admin_token
from partner_contracts.spec.api import select

PALM = {"x-api-key": "test-api-key"}


def test_the_index_and_an_unknown_api() -> None:
    app = create_app(["palm-locker"])
    assert isinstance(app, MockServer) and isinstance(app.pipeline, Pipeline)
    assert isinstance(app.pipeline.apis["palm-locker"], ServedApi) and app.state.pipeline is app.pipeline
    client = TestClient(app)
    assert client.get("/").json() == {"apis": {"palm-locker": {"base": "/palm-locker/",
                                                               "spec": "/palm-locker/openapi.json"}}}
    missing = client.get("/nope/x")
    assert missing.status_code == 404 and "/palm-locker/" in missing.json()["message"]


def test_the_served_spec_names_the_mock_and_head_has_no_body() -> None:
    client = TestClient(create_app(["palm-locker"]))
    spec = client.get("/palm-locker/openapi.json")
    assert spec.json()["servers"] == [{"url": "/palm-locker", "description": "partner-contracts mock"}]
    head = client.head("/palm-locker/openapi.json")
    assert head.content == b"" and head.headers["content-length"] == spec.headers["content-length"]


def test_the_stages_run_in_order_route_then_auth_then_validation() -> None:
    client = TestClient(create_app(["palm-locker"]))
    assert client.get("/palm-locker/no/such/thing").status_code == 404  # route before auth
    assert client.request("TRACE", "/palm-locker/order").status_code == 405
    assert client.post("/palm-locker/order", content=b"{").status_code == 401  # auth before the body
    bad = client.post("/palm-locker/order", content=b"{", headers={**PALM, "content-type": "application/json"})
    assert bad.status_code == 400 and bad.json()["statusCode"] == 400  # the vendor's envelope
    assert client.get("/palm-locker/locker", headers={**PALM, "prefer": "code=401"}).status_code == 401


def test_admin_routes_need_the_token_and_refuse_cross_site_requests() -> None:
    token = new_admin_token()
    client = TestClient(MockServer(Pipeline(select(["palm-locker"])), admin_token=token))
    assert client.post("/_mock/reset").status_code == 401
    assert client.post("/_mock/reset", headers={"x-mock-admin-token": token}).status_code == 204
    assert client.post("/_mock/reset", headers={"authorization": f"Bearer {token}"}).status_code == 204
    cross = client.post("/_mock/reset", headers={"x-mock-admin-token": token, "origin": "https://evil.example"})
    assert cross.status_code == 403
    webhooks = client.get("/_mock/webhooks", headers={"x-mock-admin-token": token}).json()
    assert webhooks["url"] is None
    assert client.get("/_mock/nope", headers={"x-mock-admin-token": token}).status_code == 404


def test_building_an_api_reads_api_yaml_and_behaviour_yaml_once_and_runs_rules_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path
    from typing import Any

    from partner_contracts.mock.behaviour import check as behaviour_check
    from partner_contracts.spec import api as spec_api

    reads: list[str] = []
    executed: list[str] = []
    from partner_contracts.mock.behaviour.engine import load_rules as real_rules

    real_load = spec_api.load_yaml

    def counting_load(path: Path) -> Any:
        reads.append(f"{Path(path).parent.name}/{Path(path).name}")
        return real_load(path)

    def counting_rules(folder: Path) -> Any:
        executed.append(folder.name)
        return real_rules(folder)

    monkeypatch.setattr(spec_api, "load_yaml", counting_load)
    monkeypatch.setattr(behaviour_check, "load_yaml", counting_load)
    monkeypatch.setattr("partner_contracts.mock.behaviour.check.load_rules", counting_rules)
    from partner_contracts.mock import app as mock_app  # wherever the app might read them itself

    monkeypatch.setattr(mock_app, "load_yaml", counting_load, raising=False)
    monkeypatch.setattr(mock_app, "load_rules", counting_rules, raising=False)
    create_app(["pancake-pos"])
    once = (reads.count("pancake-pos/api.yaml"), reads.count("pancake-pos/behaviour.yaml"), executed)
    assert once == (1, 1, ["pancake-pos"])


def test_the_start_is_frozen_the_collector_turned_on_and_the_start_s_garbage_collected_later(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`partner-contracts mock` starts with the cyclic collector off (cli.cmd_mock); the lifespan startup
    freezes what the start built, turns the collector on, and a moment later collects the start's garbage."""
    import gc
    import time
    import weakref

    from partner_contracts.mock import app as app_module

    monkeypatch.setattr(app_module, "SETTLE_S", 0.2)

    class Cycle:
        pass

    app = create_app(["palm-locker"])
    gc.disable()
    try:
        garbage = Cycle()
        garbage.me = garbage  # type: ignore[attr-defined]  # the start's garbage: a cycle nobody reaches
        gone = weakref.ref(garbage)
        del garbage
        with TestClient(app) as client:
            assert gc.isenabled() and gc.get_freeze_count() > 0
            deadline = time.monotonic() + 10
            while gone() is not None and time.monotonic() < deadline:
                client.get("/")  # the portal's loop runs the settling timer
                time.sleep(0.02)
            assert gone() is None, "the start's garbage was never collected"
            while not gc.get_freeze_count() and time.monotonic() < deadline:  # the timer runs in the portal's
                time.sleep(0.01)  # thread: it may be between its collection and its freeze
            assert gc.get_freeze_count() > 0  # frozen again after the collection
    finally:
        gc.enable()
        gc.unfreeze()
