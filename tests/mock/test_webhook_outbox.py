"""Webhook deliveries through the outbox (mock/dispatch.py, mock/redis_outbox.py): bounded in bytes, fair
across tenants, in order per resource, every acknowledged write's events delivered after a kill -9 (a real
redis-server), dead letters after the last attempt. Loopback only."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from benchmarks.cpu import Lifespan
from partner_contracts.mock.app import create_app
from partner_contracts.mock.dispatch import Dispatcher, Event
from partner_contracts.mock.server import free_port, running

from .test_redis_store import kill, start_mock

KEY = {"x-api-key": "test-api-key"}
LOCKER = "4b20b55e-b0e2-48d1-b269-82cdc2039288"  # seeded, with free boxes of every size


class Hooks:
    """A loopback receiver: what it got (bodies, in order), answering ``status(body)`` after ``delay`` s."""

    def __init__(self, delay: float = 0.0, status: object = None) -> None:
        self.bodies: list[bytes] = []
        self.delay = delay
        self.status = status or (lambda body: 200)
        self.lock = threading.Lock()

    async def hook(self, request: Request) -> Response:
        body = await request.body()
        if self.delay:
            await asyncio.sleep(self.delay)
        status = self.status(body)  # type: ignore[operator]
        if status < 300:
            with self.lock:
                self.bodies.append(body)
        return Response("", status_code=status)

    def ids(self) -> set[str]:
        with self.lock:
            return {json.loads(b)["id"] for b in self.bodies}


@pytest.fixture()
def hooks() -> Iterator[tuple[str, Hooks]]:
    got = Hooks()
    with running(Starlette(routes=[Route("/hooks", got.hook, methods=["POST"])])) as url:
        yield f"{url}/hooks", got


def wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return bool(condition())  # type: ignore[operator]


def rss_mib() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


# --- memory: bounded in bytes (issue 26, cause 2) -----------------------------------------------------


def test_a_flood_against_a_hanging_receiver_is_held_within_the_outbox_bytes() -> None:
    """200 deliveries of 1 MiB to a receiver that accepts and never answers: the outbox holds at most its
    8 MiB (the rest dropped, counted, their bodies let go) and the process grows by about that, not 200 MiB."""

    async def hang(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while await reader.read(1 << 20):
            pass

    async def run() -> tuple[Dispatcher, float]:
        server = await asyncio.start_server(hang, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        dispatcher = Dispatcher(f"http://127.0.0.1:{port}/hooks", max_bytes=8 * 2**20, timeout=30)
        before = rss_mib()
        for i in range(200):
            dispatcher.submit([Event("a", "w", b"%d" % i + bytes(2**20), {}, "flood", str(i))])
        grown = rss_mib() - before
        dispatcher.stop()
        server.close()
        return dispatcher, grown

    dispatcher, grown = asyncio.run(run())
    report = dispatcher.report()
    assert report["bytes"] <= 8 * 2**20 and report["dropped"] >= 190, report
    assert all(e["bytes"] < 2**20 + 1024 for e in report["recent"])
    dropped = [e for e in dispatcher.outbox.recent if e.status == "dropped"]
    assert dropped and all(e.body is None for e in dropped)  # a dropped delivery's body is let go
    assert grown < 8 + 40, f"RSS grew {grown:.0f} MiB"


def test_a_signed_delivery_keeps_its_body_not_the_buffer_orjson_wrote_it_in() -> None:
    """orjson never shrinks the buffer it writes into (4 KiB at least): a delivery waiting in the outbox (and
    among the last 100) keeps a copy of its body's length, so the outbox's byte bound is about what it holds.
    Before, a 60-byte body held 4 KiB: under load the waiting deliveries grew the mock by 12 MB a second."""
    mock = create_app(["palm-locker"], webhook_url="http://127.0.0.1:9/hooks").state.pipeline
    api = mock.apis["palm-locker"]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        bodies = [mock.sign_webhook(api, "orderUpdated", {"id": str(i), "orderStatus": "init"})["body"]
                  for i in range(100)]
        per_delivery = (tracemalloc.get_traced_memory()[0] - before) / len(bodies)
    finally:
        tracemalloc.stop()
    assert per_delivery < 1024, f"{per_delivery:.0f} bytes held per signed delivery of {len(bodies[0])} bytes"


def test_waiting_deliveries_set_off_no_collection_that_scans_the_young_records(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Deliveries waiting for a receiver (here one that refuses connections: retried with backoff) are net
    allocations, and with Python's default young generation (700) they set off a collection every few
    hundred requests, each scanning the records the store just made. The mock's (app.YOUNG_GENERATION)
    lets 300 creates and cancels (600 waiting deliveries) go by without one. The app is called as uvicorn
    calls it (no test client, whose own garbage would set off collections of its own)."""
    import gc

    from partner_contracts.mock import app as app_module

    monkeypatch.setattr(app_module, "SETTLE_S", 0.05)  # the start's own full collection, out of the way first
    started: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    app = create_app(["palm-locker"], webhook_url="http://127.0.0.1:9/hooks")

    async def call(method: str, path: str, body: dict[str, str]) -> tuple[int, bytes]:
        raw = json.dumps(body).encode()
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
                 "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
                 "server": ("127.0.0.1", 4010), "client": ("127.0.0.1", 50000),
                 "headers": [(b"host", b"127.0.0.1:4010"), (b"x-api-key", b"test-api-key"),
                             (b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]}
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": raw, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await app(scope, receive, send)  # type: ignore[arg-type]
        return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])

    async def run() -> dict[str, Any]:
        lifespan = Lifespan(app)  # as uvicorn runs it, then past the start's own full collection (SETTLE_S)
        await lifespan.start()
        assert 2 in started, "the start's garbage was never collected"
        started.clear()
        for _ in range(300):
            status, body = await call("POST", "/palm-locker/order", {"lockerId": LOCKER, "size": "s"})
            assert status == 200, body
            status, body = await call("PUT", "/palm-locker/order/cancel", {"orderId": json.loads(body)["data"]["id"]})
            assert status == 200, body
        collections = list(started)
        waiting = app.state.pipeline.dispatcher.report()
        await lifespan.stop()
        return {"collections": collections, **waiting}

    gc.callbacks.append(count)
    try:
        found = asyncio.run(run())
    finally:
        gc.callbacks.remove(count)
    assert found["queued"] == 600 and found["delivered"] == 0
    assert found["collections"] == [], f"collections of generations {found['collections']} while deliveries waited"


def test_a_worker_that_outlives_a_cancel_does_not_hold_up_the_stop() -> None:
    """Python 3.11's asyncio.wait_for (Receiver.post_many) returns the result of an exchange that ends as a
    cancel comes in, and the cancel is lost: the worker went on retrying failed deliveries and stop() (the
    mock's shutdown) waited out its 5 s and left the thread running. Every worker is cancelled until done."""

    class Stubborn(Dispatcher):
        def _jobs(self) -> list[Any]:
            return [self._stubborn()]

        async def _stubborn(self) -> None:
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                pass  # as wait_for does when its exchange ends as the cancel comes in
            await asyncio.sleep(3600)

    dispatcher = Stubborn("http://127.0.0.1:9/hooks")
    dispatcher.start()
    thread = dispatcher._thread
    assert thread is not None
    began = time.monotonic()
    dispatcher.stop(timeout=5)
    assert not thread.is_alive() and time.monotonic() - began < 2


def test_kept_signed_bodies_are_bounded_in_bytes_and_reset_lets_them_go(hooks: tuple[str, Hooks]) -> None:
    url, _ = hooks
    app = create_app(["palm-locker"], webhook_url=url)
    mock = app.state.pipeline
    for i in range(12):
        mock.sign_webhook(mock.apis["palm-locker"], "orderUpdated", {"id": str(i), "descripion": "d" * 2**20})
    assert mock.sent_webhooks.bytes <= 4 * 2**20 and 2 <= len(mock.sent_webhooks) <= 4
    assert json.loads(mock.sent_webhooks[-1]["body"])["id"] == "11"
    with running(app) as base:
        created = httpx.post(f"{base}/palm-locker/order", json={"lockerId": LOCKER, "size": "s"}, headers=KEY)
        assert created.status_code == 200
        assert wait_for(lambda: mock.dispatcher.drained(), 10)
        assert all(e.body is None for e in mock.dispatcher.outbox.recent)  # delivered: its body let go
        assert httpx.post(f"{base}/_mock/reset").status_code == 204
        assert len(mock.sent_webhooks) == 0 and mock.sent_webhooks.bytes == 0
        assert httpx.get(f"{base}/_mock/webhooks").json()["recent"] == []
    mock.dispatcher.stop()


# --- fairness across tenants (issue 26, cause 7) and order per resource -------------------------------


def test_a_second_tenants_webhooks_are_delivered_during_a_first_tenants_flood() -> None:
    got = Hooks(delay=0.004)
    with running(Starlette(routes=[Route("/hooks", got.hook, methods=["POST"])])) as url:
        dispatcher = Dispatcher(f"{url}/hooks", connections=2, batch=4)
        flood = [Event("a", "w", json.dumps({"id": f"A{i}"}).encode(), {}, "a:flood", f"A{i}") for i in range(600)]
        dispatcher.submit(flood)
        dispatcher.submit(Event("a", "w", json.dumps({"id": f"B{i}"}).encode(), {}, "a:other", f"B{i}")
                          for i in range(20))
        try:
            assert wait_for(lambda: {f"B{i}" for i in range(20)} <= got.ids(), 30), got.ids()
            flood_delivered = sum(1 for i in got.ids() if i.startswith("A"))
            assert flood_delivered < 200, flood_delivered  # B's 20 went in turn with A's, not after A's 600
            assert wait_for(dispatcher.drained, 60)
        finally:
            dispatcher.stop()
    assert dispatcher.counts["delivered"] == 620 and dispatcher.counts["dropped"] == 0


def test_a_second_connection_opens_only_when_one_does_not_keep_up() -> None:
    """Events appended while a worker is at work wait for it (no wake-up of the dispatcher's thread, which
    would take the GIL from the request loop); more than a batch ready brings the second connection in."""
    ports: list[int] = []

    async def hook(request: Request) -> Response:
        ports.append(request.client.port if request.client else 0)
        await asyncio.sleep(0.002)
        return Response("")

    with running(Starlette(routes=[Route("/hooks", hook, methods=["POST"])])) as url:
        dispatcher = Dispatcher(f"{url}/hooks", connections=2, batch=64, linger=0)
        try:
            for i in range(40):  # one at a time, while the first is being delivered: a batch keeps up
                dispatcher.submit([Event("a", "w", b'{"id":"%d"}' % i, {}, "a:t", str(i))])
                time.sleep(0.0005)
            assert wait_for(dispatcher.drained, 30)
            assert len(set(ports)) == 1, sorted(set(ports))
            ports.clear()
            dispatcher.submit([Event("a", "w", b'{"id":"m%d"}' % i, {}, "a:t", f"m{i}") for i in range(300)])
            assert wait_for(dispatcher.drained, 30)
            assert len(set(ports)) == 2  # 300 ready, batches of 64: both connections
        finally:
            dispatcher.stop()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread priorities: Linux")
def test_the_dispatcher_thread_takes_the_cpu_the_request_loop_leaves() -> None:
    """Its thread at niceness 19 (the request loop's is left as it was)."""
    mine = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    dispatcher = Dispatcher("http://127.0.0.1:9/hooks")
    dispatcher.start()
    try:
        assert dispatcher._thread is not None and dispatcher._thread.native_id is not None
        assert os.getpriority(os.PRIO_PROCESS, dispatcher._thread.native_id) == 19
        assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == mine
    finally:
        dispatcher.stop()


def test_tenants_are_told_apart_by_credential_or_header(hooks: tuple[str, Hooks]) -> None:
    url, _ = hooks
    app = create_app(["palm-locker"], webhook_url=url)
    with running(app) as base:
        for tenant in ("", "team-a", "team-b"):
            headers = {**KEY, "x-mock-tenant": tenant} if tenant else KEY
            assert httpx.post(f"{base}/palm-locker/order", json={"lockerId": LOCKER, "size": "s"},
                              headers=headers).status_code == 200
    dispatcher = app.state.pipeline.dispatcher
    tenants = [e.tenant for e in dispatcher.outbox.recent]
    dispatcher.stop()
    assert len(set(tenants)) == 3 and "test-api-key" not in "".join(tenants)  # a digest, not the key
    assert tenants[1:] == ["palm-locker:team-a", "palm-locker:team-b"]


def test_a_resources_events_are_delivered_in_order_while_others_go_on() -> None:
    """r1's first event fails once (500): r1's second waits for its retry; r2's is not held up."""
    failed: list[bytes] = []

    def status(body: bytes) -> int:
        if body == b'{"id":"r1-1"}' and not failed:
            failed.append(body)
            return 500
        return 200

    got = Hooks(status=status)
    with running(Starlette(routes=[Route("/hooks", got.hook, methods=["POST"])])) as url:
        dispatcher = Dispatcher(f"{url}/hooks", backoff=0.3)
        dispatcher.submit([Event("a", "w", b'{"id":"r1-1"}', {}, "t", "r1"),
                           Event("a", "w", b'{"id":"r1-2"}', {}, "t", "r1"),
                           Event("a", "w", b'{"id":"r2-1"}', {}, "t", "r2")])
        try:
            assert wait_for(dispatcher.drained, 10)
        finally:
            dispatcher.stop()
    order = [json.loads(b)["id"] for b in got.bodies]
    assert order == ["r2-1", "r1-1", "r1-2"], order
    assert dispatcher.counts == {"queued": 3, "delivered": 3, "failed": 0, "dropped": 0, "retried": 1}


def test_a_receiver_that_answers_one_request_per_connection_gets_every_delivery_unretried() -> None:
    """Pipelining is an optimisation, not a requirement: a receiver that answers one request and closes
    (``Connection: close``) gets them one at a time, none charged a failed attempt."""
    got: list[bytes] = []

    async def run() -> Dispatcher:
        async def once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length")))
            got.append(await reader.readexactly(length))
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
            await writer.drain()
            writer.close()

        server = await asyncio.start_server(once, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        dispatcher = Dispatcher(f"http://127.0.0.1:{port}/hooks", connections=1)
        dispatcher.submit([Event("a", "w", b"%d" % i, {}, "t", str(i)) for i in range(10)])
        for _ in range(500):
            if dispatcher.drained():
                break
            await asyncio.sleep(0.01)
        dispatcher.stop()
        server.close()
        return dispatcher

    dispatcher = asyncio.run(run())
    assert sorted(got, key=int) == [b"%d" % i for i in range(10)]
    assert dispatcher.counts == {"queued": 10, "delivered": 10, "failed": 0, "dropped": 0, "retried": 0}


# --- the Redis outbox ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_every_acknowledged_writes_webhook_is_delivered_after_a_kill_9(empty_redis: str) -> None:
    """Creates against 2 workers (--state redis) while a slow receiver falls behind; kill -9 mid-run; start
    again: every order whose create was answered 200 gets its webhook, at least once."""
    got = Hooks(delay=0.03)
    with running(Starlette(routes=[Route("/hooks", got.hook, methods=["POST"])])) as receiver:
        port = free_port()
        process = start_mock(empty_redis, port, 2, "--webhook-url", f"{receiver}/hooks")
        acknowledged: list[str] = []
        stop = threading.Event()

        def load() -> None:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5) as client:
                while not stop.is_set():
                    try:
                        answer = client.post("/palm-locker/order", json={"lockerId": LOCKER, "size": "s"},
                                             headers=KEY)
                    except httpx.HTTPError:
                        return  # killed mid-request: not acknowledged
                    if answer.status_code == 200:
                        acknowledged.append(answer.json()["data"]["id"])
                        try:  # gives the box back (and sends a second webhook about the order)
                            client.put("/palm-locker/order/cancel", json={"orderId": acknowledged[-1]}, headers=KEY)
                        except httpx.HTTPError:
                            return

        threads = [threading.Thread(target=load) for _ in range(4)]
        try:
            for thread in threads:
                thread.start()
            assert wait_for(lambda: len(acknowledged) >= 60, 60)
        finally:
            kill(process)
            stop.set()
            for thread in threads:
                thread.join(10)
        at_kill = len(got.ids() & set(acknowledged))
        assert at_kill < len(acknowledged), "the receiver kept up: nothing was left to resume"
        process = start_mock(empty_redis, port, 2, "--webhook-url", f"{receiver}/hooks")
        try:
            assert wait_for(lambda: set(acknowledged) <= got.ids(), 60), \
                f"{len(set(acknowledged) - got.ids())} of {len(acknowledged)} never delivered"
            report = httpx.get(f"http://127.0.0.1:{port}/_mock/webhooks").json()
        finally:
            kill(process)
    assert report["outbox"] == "redis" and report["dropped"] == 0, report


@pytest.mark.slow
def test_a_separate_dispatch_process_delivers_and_a_failed_one_is_a_dead_letter(empty_redis: str) -> None:
    """The mock appends only (``dispatch: False``); `partner-contracts mock dispatch` delivers: a 2xx is
    acknowledged, an always-500 one goes to the dead-letter stream after its attempts."""
    import redis

    got = Hooks(status=lambda body: 500 if b"fail-me" in body else 200)
    with running(Starlette(routes=[Route("/hooks", got.hook, methods=["POST"])])) as receiver:
        url = f"{receiver}/hooks"
        app = create_app(["palm-locker"], webhook_url=url, state=empty_redis, webhook_options={"dispatch": False})
        with running(app) as base:
            ids = [httpx.post(f"{base}/palm-locker/order", json={"lockerId": LOCKER, "size": "s", **extra},
                              headers=KEY).json()["data"]["id"]
                   for extra in ({}, {}, {"description": "fail-me"})]
            assert got.bodies == []  # nobody delivers yet: the events wait in Redis
            dispatch = subprocess.Popen([sys.executable, "-m", "partner_contracts", "mock", "dispatch", "palm-locker",
                                         "--state", empty_redis, "--webhook-url", url],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
            try:
                assert wait_for(lambda: set(ids[:2]) <= got.ids(), 30)
                with redis.Redis.from_url(empty_redis) as client:
                    # 4 attempts, 0.5 + 1 + 2 s apart
                    assert wait_for(lambda: client.xlen("partner-contracts:palm-locker:outbox:dead") == 1, 30)
                    (dead,) = client.xrange("partner-contracts:palm-locker:outbox:dead")
                    assert json.loads(dead[1][b"b"])["id"] == ids[2]
                report = httpx.get(f"{base}/_mock/webhooks").json()
            finally:
                dispatch.send_signal(signal.SIGTERM)
                out, err = dispatch.communicate(timeout=20)
    assert report["delivered"] == 2 and report["failed"] == 1 and report["queue"] == 0, report
    assert report["dead_letters"] == 1 and report["retried"] >= 3
    assert b"2 delivered, 1 failed" in out, out + err
