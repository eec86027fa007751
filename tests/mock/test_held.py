"""Behaviours users rely on, each tested so that breaking it fails a test (issue 28's planted bugs): the
signature check compares the whole signature, a named example is served as that example, the admin token
rule holds through the served app, and the Redis lock is taken only when free (NX), deterministically."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import free_port
from partner_contracts.spec.api import select
from partner_contracts.spec.deref import dereference

ROOT = Path(__file__).resolve().parents[2]
PALM = {"x-api-key": "test-api-key"}


@pytest.fixture(scope="module")
def mock() -> Any:
    with TestClient(create_app(["palm-locker", "sirclo-order"])) as client:
        yield client


def _sirclo_create(mock: TestClient, signature: str, body: bytes) -> int:
    headers = {"partner_id": "test-partner", "Secret": signature, "content-type": "application/json"}
    return int(mock.post("/sirclo-order/order", content=body, headers=headers).status_code)


def test_sirclo_signature_must_match_whole(mock: TestClient) -> None:
    body = json.dumps({"order_id": "HELD-1", "order_date": "2024-05-01T00:00:00Z", "shipment_reference": "",
                       "line_items": [{"sku": "DKL0907", "name": "Product ABC", "quantity": 1, "discount": 0,
                                       "raw_price": 100000}]}).encode()
    right = hmac.new(b"test-secret", body, hashlib.sha256).hexdigest()
    for wrong in (right[:1], right[:-1], right[:32], right + "0", right.upper()[:-1] + "X", ""):
        assert _sirclo_create(mock, wrong, body) == 401, wrong
    assert 200 <= _sirclo_create(mock, right, body) < 300


def _example(operation_id: str, name: str, status: str = "200") -> Any:
    (api,) = select(["palm-locker"])
    document = api.bundled.document
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                response, _ = dereference(document, operation["responses"][status], "")
                example, _ = dereference(document, response["content"]["application/json"]["examples"][name], "")
                return example["value"]
    raise KeyError(operation_id)


def test_prefer_example_serves_that_named_example(mock: TestClient) -> None:
    full = mock.get("/palm-locker/locker", params={"format": "full"}, headers={**PALM, "prefer": "example=full"})
    assert full.status_code == 200 and full.json() == _example("listLockers", "full")
    compact = mock.get("/palm-locker/locker", headers={**PALM, "prefer": "example=compact"})
    assert compact.json() == _example("listLockers", "compact") != full.json()


@pytest.mark.slow
def test_beyond_loopback_the_served_admin_routes_need_the_printed_token() -> None:
    """`partner-contracts mock --host 0.0.0.0` (traffic here on loopback only): the banner prints a token, the
    admin routes refuse a request without it and accept it with it."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "partner_contracts.cli", "mock", "palm-locker", "--host", "0.0.0.0",
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)
    try:
        assert proc.stdout is not None
        banner = ""
        deadline = time.monotonic() + 30
        while "  state:" not in banner and proc.poll() is None:  # the banner's last line
            banner += proc.stdout.readline()
        tokens = re.findall(r"x-mock-admin-token: (\S+)", banner)
        assert len(tokens) == 1, f"beyond loopback the mock must print its admin token:\n{banner}"
        (token,) = tokens
        url = f"http://127.0.0.1:{port}"
        while time.monotonic() < deadline:
            try:
                httpx.get(url + "/", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        assert httpx.post(f"{url}/_mock/reset").status_code == 401
        assert httpx.post(f"{url}/_mock/reset", headers={"x-mock-admin-token": "wrong"}).status_code == 401
        assert httpx.post(f"{url}/_mock/reset", headers={"x-mock-admin-token": token}).status_code == 204
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_held_redis_lock_is_waited_for_not_taken(empty_redis: str) -> None:
    """Another holder has the state lock for 1.5 s: a write waits until it expires (SET NX), and the holder's
    lock is never overwritten meanwhile. Without NX the write would go through at once."""
    import redis

    with TestClient(create_app(["palm-locker"], state=empty_redis)) as client, \
            redis.Redis.from_url(empty_redis) as direct:
        assert client.get("/palm-locker/order", headers=PALM).status_code == 200  # the store is set up
        lock = "partner-contracts:palm-locker:lock"
        direct.set(lock, "another-holder", px=1500)
        started = time.monotonic()
        created = client.post("/palm-locker/order", headers=PALM,
                              json={"lockerId": "4b20b55e-b0e2-48d1-b269-82cdc2039288", "size": "s"})
        waited = time.monotonic() - started
        assert created.status_code == 200, created.text
        assert waited >= 1.2, f"the write did not wait for the held lock ({waited:.2f} s)"
        assert direct.get(lock) is None  # released by the writer after the holder's lease ran out
