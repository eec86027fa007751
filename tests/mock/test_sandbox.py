"""The mock as a shared sandbox (issue 13): nothing one client sends can hurt another client.

One test (or a few) per class of the attack report, numbered as the issue numbers them."""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.testclient import TestClient

from partner_contracts.mock.app import MockServer, create_app
from partner_contracts.mock.dispatch import Dispatcher
from partner_contracts.mock.guard import Limits
from partner_contracts.mock.server import free_port, is_loopback, running
from partner_contracts.runtime.limits import MAX_ITEMS, MAX_STRING, MAX_TOTAL_ITEMS
from partner_contracts.runtime.redact import redact_query
from partner_contracts.runtime.validate import coerce

from .test_anymaster import new_order
from .test_robustness import TARGETS, Envelope, auth, send

ROOT = Path(__file__).resolve().parents[2]
PALM = {"x-api-key": "test-api-key"}
LOCKER = "4b20b55e-b0e2-48d1-b269-82cdc2039288"  # 36 s, 25 m, 6 l, 2 xl free
PANCAKE = {"api_key": "test-api-key"}


@pytest.fixture(scope="module")
def app() -> MockServer:
    return create_app()


@pytest.fixture()
def client(app: MockServer) -> Iterator[TestClient]:
    app.state.pipeline.reset()
    with TestClient(app) as http:
        yield http
    app.state.pipeline.reset()


@functools.cache
def envelope(key: str) -> Envelope:
    return Envelope(key)


def free_boxes(client: TestClient, size: str = "s") -> int:
    items = client.get("/palm-locker/locker", params={"size": 50}, headers=PALM).json()["data"]["items"]
    (locker,) = [i for i in items if i["id"] == LOCKER]
    (count,) = [s["availableBox"] for s in locker["stacks"] if s["boxSize"] == size]
    return int(count)


WINDOW = {"since": "2000-01-01T00:00:00Z", "until": "2100-01-01T00:00:00Z", "limit": 10, "offset": 0}
LIST_PATHS: dict[str, tuple[str, dict[str, Any]]] = {
    "palm-locker": ("/order", {}), "sirclo-order": ("/order", WINDOW), "anymaster": ("/order/list", {}),
    "pancake-pos": ("/shops/20/orders", {"page": 1})}


# 1. Poisoned records --------------------------------------------------------------------------------

POISON = {
    "1e400 and a lone surrogate": b'"x": 1e400, "y": "\\ud800"',
    "lone surrogate after a long integer": b'"x": 123456789012345678901234, "y": "\\udfff"',
    "1e400 alone": b'"x": -1e400',
}


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("poison", POISON)
def test_1_a_value_that_cannot_be_written_back_is_a_400_and_nothing_is_stored(
        client: TestClient, target: Any, poison: str) -> None:
    boxes = free_boxes(client)
    body = json.dumps(target.body).encode()
    raw = body[:-1] + b", " + POISON[poison] + b"}"
    response = send(client, target, raw)
    envelope(target.key).check(response, (400, 422))  # the API's status for a malformed body
    assert "not valid JSON" in response.text
    assert free_boxes(client) == boxes  # nothing reserved
    if target.key in LIST_PATHS:  # every later list still answers, to every client
        path, params = LIST_PATHS[target.key]
        headers, query = auth(target.key, b"")
        listed = client.get(f"/{target.key}{path}", headers=headers, params={**params, **query})
        assert listed.status_code == 200, listed.text[:300]


def test_1_an_integer_beyond_64_bits_is_kept_exactly(client: TestClient) -> None:
    raw = f'{{"lockerId": "{LOCKER}", "size": "s", "cost": {2**64 + 1}}}'.encode()
    created = client.post("/palm-locker/order", content=raw, headers={**PALM, "content-type": "application/json"})
    assert created.status_code == 200, created.text
    assert f'"cost":{2**64 + 1}' in created.text
    listed = client.get("/palm-locker/order", headers=PALM)
    assert listed.status_code == 200 and f'"cost":{2**64 + 1}' in listed.text


# 2. Webhooks off the request path -------------------------------------------------------------------


@pytest.fixture()
def receiver() -> Iterator[tuple[str, list[int]]]:
    """A webhook receiver that answers 500 to everything (and counts what it got)."""
    hits: list[int] = []

    async def hook(request: Request) -> Response:
        await request.body()
        hits.append(1)
        return Response("no", status_code=500)

    with running(Starlette(routes=[Route("/hooks", hook, methods=["POST"])])) as url:
        yield f"{url}/hooks", hits


def test_2_deliveries_are_queued_retried_with_backoff_and_listed(receiver: tuple[str, list[int]]) -> None:
    url, hits = receiver
    app = create_app(["palm-locker"], webhook_url=url)
    dispatcher = app.state.pipeline.dispatcher
    dispatcher.backoff = 0.01
    with running(app) as base:
        created = httpx.post(f"{base}/palm-locker/order", json={"lockerId": LOCKER, "size": "s"}, headers=PALM)
        assert created.status_code == 200
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and dispatcher.counts["failed"] < 1:
            time.sleep(0.02)
        report = httpx.get(f"{base}/_mock/webhooks").json()
    assert len(hits) == dispatcher.attempts == 4  # one delivery, tried 4 times against the 500s
    (delivery,) = report["recent"]
    assert delivery["status"] == "failed" and delivery["attempts"] == 4
    assert delivery["causes"] == ["HTTP 500"] * 4
    assert report["retried"] == 3 and report["failed"] == 1 and report["dropped"] == 0


def test_2_a_connection_error_is_retried_and_logged_with_its_cause(caplog: pytest.LogCaptureFixture) -> None:
    closed = f"http://127.0.0.1:{free_port()}/hooks"  # nothing listens there
    dispatcher = Dispatcher(closed, backoff=0.01, attempts=2)

    async def run() -> None:
        dispatcher.submit([{"api": "a", "webhook": "w", "body": b"{}", "headers": {}}])
        for _ in range(500):
            if dispatcher.counts["failed"]:
                break
            await asyncio.sleep(0.01)
        await dispatcher.close()

    with caplog.at_level(logging.WARNING, logger="partner_contracts.mock.dispatch"):
        asyncio.run(run())
    assert dispatcher.counts == {"queued": 1, "delivered": 0, "failed": 1, "dropped": 0, "retried": 1}
    messages = [r.getMessage() for r in caplog.records]
    assert any("attempt 1 failed (ConnectError" in m for m in messages), messages
    assert any("failed after 2 attempt(s): ConnectError" in m for m in messages), messages


def test_2_attempts_are_paced() -> None:
    """At most ``rate`` attempts a second, whatever the backlog (an upper bound: a slow machine makes fewer)."""
    dispatcher = Dispatcher(f"http://127.0.0.1:{free_port()}/hooks", attempts=1, rate=10)

    async def run() -> tuple[float, int, int]:
        dispatcher.submit([{"api": "a", "webhook": f"w{i}", "body": b"{}", "headers": {}} for i in range(50)])
        began = time.monotonic()
        await asyncio.sleep(0.5)
        elapsed = time.monotonic() - began
        # read before close(): what close does with the backlog is not what this test is about
        failed, queued = dispatcher.counts["failed"], dispatcher.report()["queue"]
        await dispatcher.close()
        return elapsed, failed, queued

    elapsed, failed, queued = asyncio.run(run())
    assert 1 <= failed <= 10 * elapsed + 2
    assert queued >= 50 - (10 * elapsed + 2)


def test_2_a_full_outbox_drops_the_oldest_and_counts_it() -> None:
    """Bounded in bytes: with nobody taking deliveries (a receiver that cannot keep up), an append past
    ``max_bytes`` drops the oldest waiting one, counts it and lets its body go."""
    from partner_contracts.mock.dispatch import EVENT_COST, Event, Outbox

    outbox = Outbox(max_bytes=3 * (100 + EVENT_COST))
    events = [Event("a", f"w{i}", b"x" * 100, {}, resource=str(i)) for i in range(5)]
    outbox.append(events)
    assert [e.webhook for e in outbox.take(10)] == ["w2", "w3", "w4"]
    assert outbox.counts["dropped"] == 2 and outbox.bytes <= outbox.max_bytes
    assert [e.status for e in events[:2]] == ["dropped", "dropped"] and events[0].body is None
    assert [d["status"] for d in outbox.report()["recent"]][-2:] == ["dropped", "dropped"]


# 3. Bounded work per request ------------------------------------------------------------------------


def test_3_an_array_over_the_limit_is_refused_before_any_work(client: TestClient) -> None:
    services = [{"_id": "SGN-BIKE", "requests": []}] * (MAX_ITEMS + 1)
    body = {"path": [{"address": "a", "lat": 10.7, "lng": 106.6}, {"address": "b", "lat": 10.8, "lng": 106.7}],
            "payment_method": "CASH", "services": services}
    response = client.post("/ahamove/v3/orders/estimates", json=body, headers={"Authorization": "Bearer test-token"})
    envelope("ahamove").check(response, (400, 422))  # Ahamove documents 400 for a bad request
    assert f"at most {MAX_ITEMS}" in response.text and "/services" in response.text


def test_3_arrays_inside_arrays_are_bounded_in_all(client: TestClient) -> None:
    """1,000 services each with 50 requests: each array is within the limit, their sum is not."""
    services = [{"_id": "SGN-BIKE", "requests": [{"_id": "SGN-BIKE-TIP", "num": 2}] * 50}] * 1000
    body = {"path": [{"address": "a", "lat": 10.7, "lng": 106.6}, {"address": "b", "lat": 10.8, "lng": 106.7}],
            "payment_method": "CASH", "services": services}
    response = client.post("/ahamove/v3/orders/estimates", json=body, headers={"Authorization": "Bearer test-token"})
    envelope("ahamove").check(response, (400, 422))
    assert f"at most {MAX_TOTAL_ITEMS} per request" in response.text


def test_3_a_bulk_create_over_the_limit_creates_nothing(client: TestClient) -> None:
    listing = {**PANCAKE, "page": 1, "page_size": 30, "status": 0}
    before = client.get("/pancake-pos/shops/20/transfers", params=listing).json()["total_entries"]
    ids = ["229102e4-39c3-4523-bd57-4ed0a45a85ba"] * 20_000
    body = {"transfer": {"from_warehouse_id": "229102e4-39c3-4523-bd57-4ed0a45a85ba", "to_warehouse_ids": ids,
                         "items": []}}
    response = client.post("/pancake-pos/shops/20/transfers/multi", params=PANCAKE, json=body)
    envelope("pancake-pos").check(response, (422,))
    after = client.get("/pancake-pos/shops/20/transfers", params=listing).json()["total_entries"]
    assert after == before


def test_3_a_patch_with_thousands_of_invalid_entries_is_answered_at_once(client: TestClient) -> None:
    import hashlib
    import hmac

    raw = json.dumps({"accepted": [{"bad": i} for i in range(150_000)]}).encode()
    signature = hmac.new(b"test-secret", raw, hashlib.sha256).hexdigest()
    response = client.patch("/sirclo-order/order", content=raw, headers={
        "partner_id": "test-partner", "Secret": signature, "content-type": "application/json"})
    envelope("sirclo-order").check(response, (422,))
    assert "at most" in response.text


# 4. Memory per record -------------------------------------------------------------------------------


def test_4_unknown_fields_are_not_stored(client: TestClient, app: MockServer) -> None:
    padded = new_order(padding="x" * 60_000)
    response = client.post("/anymaster/partner/order", json=padded, headers={"token": "test-token"})
    assert response.status_code == 200, response.text[:300]
    orders = app.state.pipeline.apis["anymaster"].behaviour.collections["orders"].records
    stored = json.dumps([{**r, **r.private} for r in orders.values()])
    assert "x" * 1000 not in stored


def test_4_a_string_over_the_limit_is_refused(client: TestClient) -> None:
    body = {"lockerId": LOCKER, "size": "s", "description": "d" * (MAX_STRING + 1)}
    response = client.post("/palm-locker/order", json=body, headers=PALM)
    envelope("palm-locker").check(response, (422,))
    assert "/description" in response.json()["message"]
    assert client.get("/palm-locker/order", headers=PALM).json()["totalOrders"] == 0


@contextmanager
def palm_orders(app: MockServer, **caps: int) -> Iterator[Any]:
    """Palm's order collection with its caps (limit, max_bytes) changed for the test."""
    orders = app.state.pipeline.apis["palm-locker"].behaviour.collections["orders"]
    saved = {name: getattr(orders, name) for name in caps}
    orders.__dict__.update(caps)
    try:
        yield orders
    finally:
        orders.__dict__.update(saved)


def test_4_a_collection_is_capped_in_bytes_as_well_as_in_records(client: TestClient, app: MockServer) -> None:
    with palm_orders(app, max_bytes=400_000) as orders:
        before = free_boxes(client)
        for i in range(12):
            body = {"lockerId": LOCKER, "size": "s", "receiverName": f"{i}" * 30_000, "description": "d" * 30_000}
            assert client.post("/palm-locker/order", json=body, headers=PALM).status_code == 200
        assert orders.bytes <= 400_000 and 2 <= len(orders.records) < 12
        assert orders.bytes == sum(orders.sizes.values())
        assert free_boxes(client) == before - len(orders.records)  # evicted orders freed their boxes


def test_4_signed_webhooks_kept_are_bounded(client: TestClient, app: MockServer) -> None:
    mock = app.state.pipeline
    for i in range(150):
        mock.sign_webhook(mock.apis["palm-locker"], "orderUpdated", {"id": str(i), "descripion": "d" * 1000})
    assert len(mock.sent_webhooks) == 100 and json.loads(mock.sent_webhooks[-1]["body"])["id"] == "149"


# 5. Timeouts and limits -----------------------------------------------------------------------------

QUICK = Limits(keep_alive=1, header_timeout=0.5, body_timeout=0.5, max_header_bytes=8192, max_connections=8)


def closed_within(sock: socket.socket, seconds: float) -> bool:
    """True when the server closes ``sock`` (EOF or reset) within ``seconds``; what it sent is ignored."""
    sock.settimeout(seconds)
    try:
        while sock.recv(65536):
            pass
    except TimeoutError:
        return False
    except ConnectionError:
        pass
    return True


def test_5_idle_and_trickling_connections_are_closed() -> None:
    with running(create_app(["palm-locker"]), limits=QUICK) as url:
        port = int(url.rsplit(":", 1)[1])
        idle = socket.create_connection(("127.0.0.1", port))
        trickle = socket.create_connection(("127.0.0.1", port))
        trickle.sendall(b"GET /palm-locker/locker HTTP/1.1\r\nHost: x\r\n")  # headers never finish
        body = socket.create_connection(("127.0.0.1", port))
        body.sendall(b"POST /palm-locker/order HTTP/1.1\r\nHost: x\r\nx-api-key: test-api-key\r\n"
                     b"content-type: application/json\r\ncontent-length: 100\r\n\r\n{\"a\":")  # body never finishes
        for sock in (idle, trickle, body):
            with sock:
                assert closed_within(sock, 5)
        assert httpx.get(f"{url}/palm-locker/locker", headers=PALM).status_code == 200


def test_5_oversized_headers_431() -> None:
    with running(create_app(["palm-locker"]), limits=QUICK) as url:
        response = httpx.get(f"{url}/palm-locker/locker", headers={**PALM, "x-pad": "p" * 20_000})
        assert response.status_code == 431
        assert httpx.get(f"{url}/palm-locker/locker", headers=PALM).status_code == 200


def test_5_connections_past_the_limit_are_closed_and_real_clients_served_after() -> None:
    with running(create_app(["palm-locker"]), limits=QUICK) as url:
        port = int(url.rsplit(":", 1)[1])
        held = [socket.create_connection(("127.0.0.1", port)) for _ in range(QUICK.max_connections)]
        extra = socket.create_connection(("127.0.0.1", port))
        with extra:
            assert closed_within(extra, 2)  # refused at once, not held
        for sock in held:
            sock.close()
        time.sleep(0.2)
        assert httpx.get(f"{url}/palm-locker/locker", headers=PALM).status_code == 200


def test_5_sigterm_with_a_half_sent_upload_exits() -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "partner_contracts.cli", "mock", "palm-locker", "--port", str(port),
                             "--shutdown-timeout", "1"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        upload = socket.create_connection(("127.0.0.1", port))
        upload.sendall(b"POST /palm-locker/order HTTP/1.1\r\nHost: x\r\nx-api-key: test-api-key\r\n"
                       b"content-type: application/json\r\ncontent-length: 1000\r\n\r\n{")
        time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        # exited in time (wait raises TimeoutExpired otherwise): uvicorn ends on the signal it got, after its shutdown
        assert proc.wait(timeout=5) in (0, -signal.SIGTERM)
        upload.close()
        output = proc.stdout.read().decode() if proc.stdout else ""
        assert "Exception in ASGI application" not in output and "Traceback" not in output, output[-2000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# 6. Eviction releases what a record holds -----------------------------------------------------------


def test_6_an_evicted_order_gives_its_box_back(client: TestClient, app: MockServer) -> None:
    with palm_orders(app, limit=2) as orders:
        before = free_boxes(client)
        for _ in range(5):
            assert client.post("/palm-locker/order", json={"lockerId": LOCKER, "size": "s"},
                               headers=PALM).status_code == 200
        assert len(orders.records) == 2
        assert free_boxes(client) == before - 2  # the three evicted orders freed their boxes


# 7. Admin routes ------------------------------------------------------------------------------------


def test_7_admin_routes_refuse_cross_site_requests(client: TestClient) -> None:
    client.post("/palm-locker/order", json={"lockerId": LOCKER, "size": "s"}, headers=PALM)
    for headers in ({"origin": "http://evil.example"}, {"sec-fetch-site": "cross-site"}):
        assert client.post("/_mock/reset", headers=headers).status_code == 403
    assert client.get("/palm-locker/order", headers=PALM).json()["totalOrders"] == 1
    assert client.post("/_mock/reset", headers={"origin": "http://testserver"}).status_code == 204


def test_7_admin_token_is_required_when_set() -> None:
    app = create_app(["palm-locker"], admin_token="s3cret")
    with TestClient(app) as http:
        assert http.post("/_mock/reset").status_code == 401
        assert http.post("/_mock/reset", headers={"x-mock-admin-token": "wrong"}).status_code == 401
        assert http.post("/_mock/reset", headers={"x-mock-admin-token": "s3cret"}).status_code == 204
        assert http.get("/_mock/webhooks", headers={"authorization": "Bearer s3cret"}).status_code == 200


def test_7_beyond_loopback_means_a_token() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    src = (ROOT / "partner_contracts" / "mock" / "server.py").read_text()
    assert "admin_token is None and not is_loopback(host)" in src


# 8. Smaller ones ------------------------------------------------------------------------------------


def test_8_a_huge_integer_parameter_is_a_4xx_without_a_stack_trace(
        client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        response = client.get("/palm-locker/order", params={"page": "9" * 5000}, headers=PALM)
    envelope("palm-locker").check(response, (400, 422))
    assert len(response.text) < 500
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_8_a_client_leaving_mid_upload_is_not_a_bug(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="partner_contracts.mock"), running(create_app(["palm-locker"])) as url:
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.sendall(b"POST /palm-locker/order HTTP/1.1\r\nHost: x\r\nx-api-key: test-api-key\r\n"
                         b"content-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"a\":")
            time.sleep(0.2)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not any("disconnected" in r.getMessage() for r in caplog.records):
            time.sleep(0.05)
    messages = [r.getMessage() for r in caplog.records]
    assert any("client disconnected before its body arrived" in m for m in messages), messages
    assert not any("mock error" in m or "bug" in m for m in messages), messages


def test_8_sirclo_upper_case_signature_is_accepted_and_recorded(client: TestClient) -> None:
    import hashlib
    import hmac

    signature = hmac.new(b"test-secret", b"", hashlib.sha256).hexdigest().upper()
    response = client.get("/sirclo-order/order", params=WINDOW,
                          headers={"partner_id": "test-partner", "Secret": signature})
    assert response.status_code == 200, response.text
    ledger = (ROOT / "specs" / "sirclo-order" / "ledger.yaml").read_text()
    assert "Upper-case hex in the Secret header" in ledger


def test_8_head_openapi_json(client: TestClient) -> None:
    head = client.head("/palm-locker/openapi.json")
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["content-length"]) == len(client.get("/palm-locker/openapi.json").content)


def test_8_access_log_redacts_credentials(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(["pancake-pos"], log_access=True)
    with caplog.at_level(logging.INFO, logger="partner_contracts.mock.access"), TestClient(app) as http:
        http.get("/pancake-pos/shops", params={"api_key": "test-api-key", "page": 1})
    (line,) = [r.getMessage() for r in caplog.records if r.name == "partner_contracts.mock.access"]
    assert "/pancake-pos/shops?api_key=***&page=1" in line and " 200 " in line
    assert "test-api-key" not in line
    assert redact_query(b"token=a&Secret=b&x=1") == "?token=***&Secret=***&x=1"


# 9. An array query parameter given once -------------------------------------------------------------


def test_9_an_array_query_parameter_given_once_is_a_one_element_array(client: TestClient) -> None:
    response = client.get("/pancake-pos/shops/20/inventory_histories",
                          params={**PANCAKE, "page": 1, "page_size": 10, "variation_ids": "76887a5b-8a27-472c-a15a-661ea59434dd"})
    assert response.status_code == 200, response.text


def test_9_every_array_parameter_of_every_api_reads_one_value_as_an_array(app: MockServer) -> None:
    found = 0
    for api in app.state.pipeline.apis.values():
        for route in api.router.routes:
            for op in route.operations.values():
                for param in op.params:
                    if "array" in param.types and param.location == "query":
                        found += 1
                        value = coerce(["abc"], param)
                        assert isinstance(value, list) and len(value) == 1, (api.key, op.op_id, param.name)
    assert found >= 3


# 10. README says what a restart loses ---------------------------------------------------------------


def test_10_the_mock_guide_says_restart_loses_state() -> None:
    readme = (ROOT / "docs" / "mock.md").read_text()
    section = readme.split("## Running it as a shared sandbox", 1)[1].split("\n## ", 1)[0]
    assert "restart" in section.lower() and "lost" in section.lower()
    for flag in ("--admin-token", "--access-log", "--webhook-rate", "--header-timeout", "--body-timeout", "--max-connections",
                 "--max-header-bytes", "--keep-alive-timeout", "--shutdown-timeout"):
        assert flag in section, flag


def test_9_a_whole_number_written_with_a_fraction_is_an_integer(client: TestClient) -> None:
    """``updateStatus=5.0`` (schemathesis sends it): 5.0 is the integer 5 in JSON Schema."""
    params = {**PANCAKE, "page_size": 20}
    assert client.get("/pancake-pos/shops/20/orders", params={**params, "updateStatus": "5.0"}).status_code == 200
    assert client.get("/pancake-pos/shops/20/orders", params={**params, "updateStatus": "5.5"}).status_code == 422


def test_2_a_receiver_connection_is_kept_alive_and_opened_again_when_the_receiver_closed_it() -> None:
    """The dispatcher's HTTP/1.1 connection (h11): reused while the receiver keeps it, opened again (once,
    without failing the attempt) when the receiver closed it while idle, and a `Connection: close` answer
    is honoured."""
    from partner_contracts.mock.dispatch import Receiver

    connections: list[int] = []

    async def run() -> list[int]:
        async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            connections.append(1)
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                                  if line.lower().startswith(b"content-length")))
                body = await reader.readexactly(length)
                close = body == b"close"
                writer.write(b"HTTP/1.1 201 Created\r\ncontent-length: 0\r\n"
                             + (b"connection: close\r\n" if close else b"") + b"\r\n")
                await writer.drain()
                if close or body == b"drop":  # "drop": closed after answering, as an idle timeout would
                    writer.close()
                    return

        server = await asyncio.start_server(serve, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        receiver = Receiver(f"http://127.0.0.1:{port}/hooks", timeout=5)
        statuses = [await receiver.post(b"{}", {"content-type": "application/json"}) for _ in range(3)]
        statuses.append(await receiver.post(b"drop", {}))
        await asyncio.sleep(0.05)
        statuses.append(await receiver.post(b"{}", {}))  # the kept connection was closed: a new one
        statuses.append(await receiver.post(b"close", {}))
        statuses.append(await receiver.post(b"{}", {}))
        receiver.close()
        server.close()
        await server.wait_closed()
        return statuses

    assert asyncio.run(run()) == [201] * 7
    assert len(connections) == 3  # the first four on one connection, then one after "drop" and one after "close"


ANSWERING_ONE_AT_A_TIME = """
import socket, sys, time
listener = socket.create_server(("127.0.0.1", 0))
print(listener.getsockname()[1], flush=True)
conn, _ = listener.accept()
conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # each answer its own segment
got = b""
while got.count(b"\\r\\n\\r\\n") < 20:
    got += conn.recv(65536)
for n in range(20):
    conn.sendall(b"HTTP/1.1 %d OK\\r\\ncontent-length: 0\\r\\n\\r\\n" % (200 + n))
    began = time.perf_counter()
    while time.perf_counter() - began < 0.00005:  # (time.sleep would take longer)
        pass
conn.recv(1)
"""


def test_2_the_answers_to_a_pipelined_batch_are_read_at_once() -> None:
    """A receiver answering a batch of 20 one answer at a time, 50 µs apart: the dispatcher reads them in a
    read or two (dispatch.GATHER_S), not one wake-up of its thread per answer — each would take the GIL
    from the request loop. Every status arrives, in order."""
    from partner_contracts.mock import dispatch

    reads: list[int] = []

    class Counting(dispatch._Connection):
        def data_received(self, data: bytes) -> None:
            reads.append(len(data))
            super().data_received(data)

    server = subprocess.Popen([sys.executable, "-c", ANSWERING_ONE_AT_A_TIME], stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    port = int(server.stdout.readline())

    async def run() -> list[int]:
        receiver = dispatch.Receiver(f"http://127.0.0.1:{port}/hooks", timeout=5)
        original, dispatch._Connection = dispatch._Connection, Counting  # type: ignore[misc]
        try:
            statuses, cause = await receiver.post_many([receiver.request(b"", b"")] * 20)
        finally:
            dispatch._Connection = original  # type: ignore[misc]
            receiver.close()
        assert cause is None
        return statuses

    try:
        assert asyncio.run(run()) == [200 + n for n in range(20)]
    finally:
        server.wait(5)
    assert len(reads) <= 5, reads  # (read as they come: 20)


def test_2_a_webhook_url_password_never_reaches_the_log(caplog: pytest.LogCaptureFixture) -> None:
    """Issue 26: a receiver URL with a password (``user:pass@``) is logged with the password as ``***``."""
    closed = f"http://hook-user:hook-pass@127.0.0.1:{free_port()}/hooks"  # nothing listens there
    dispatcher = Dispatcher(closed, backoff=0.01, attempts=2)

    async def run() -> None:
        dispatcher.submit([{"api": "a", "webhook": "w", "body": b"{}", "headers": {}}])
        for _ in range(500):
            if dispatcher.counts["failed"]:
                break
            await asyncio.sleep(0.01)
        await dispatcher.close()

    with caplog.at_level(logging.WARNING, logger="partner_contracts.mock.dispatch"):
        asyncio.run(run())
    messages = [r.getMessage() for r in caplog.records]
    assert messages and any("hook-user:***@127.0.0.1" in m for m in messages), messages
    assert not any("hook-pass" in m for m in messages), messages
