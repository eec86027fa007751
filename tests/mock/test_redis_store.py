"""The shared state (`--state redis://…`): the same behaviour as the memory store, across processes, atomic
reservations, and state that outlives the mock. Against a real redis-server (fixture `redis_url`)."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from starlette.testclient import TestClient

from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import free_port

KEY = {"x-api-key": "test-api-key"}
BASE = "/palm-locker"
FREE_LOCKER = "4b20b55e-b0e2-48d1-b269-82cdc2039288"  # "Test 125HN": 36 s, 25 m, 6 l, 2 xl free


def boxes(client: httpx.Client | TestClient, size: str = "xl") -> int:
    items = client.get(f"{BASE}/locker", params={"size": 50}, headers=KEY).json()["data"]["items"]
    (locker,) = [i for i in items if i["id"] == FREE_LOCKER]
    available: dict[str, int] = {s["boxSize"]: s["availableBox"] for s in locker["stacks"]}
    return available[size]


def order(size: str = "xl") -> dict[str, str]:
    return {"lockerId": FREE_LOCKER, "size": size, "receiverPhone": "0912345678"}


@pytest.fixture(params=["memory", "redis"])
def palm(request: pytest.FixtureRequest) -> Iterator[TestClient]:
    """Palm's mock on either store, from its seed state."""
    state = request.getfixturevalue("empty_redis") if request.param == "redis" else "memory"
    with TestClient(create_app(["palm-locker"], state=state)) as client:
        yield client


def test_an_order_takes_a_box_and_cancelling_gives_it_back(palm: TestClient) -> None:
    assert boxes(palm) == 2
    created = palm.post(f"{BASE}/order", json=order(), headers=KEY)
    assert created.status_code == 200, created.text
    order_id = created.json()["data"]["id"]
    assert boxes(palm) == 1
    assert palm.get(f"{BASE}/order/{order_id}", headers=KEY).json()["data"]["orderStatus"] == "init"
    listed = palm.get(f"{BASE}/order", headers=KEY).json()
    assert [o["id"] for o in listed["orders"]] == [order_id] and listed["totalOrders"] == 1
    cancelled = palm.put(f"{BASE}/order/cancel", json={"orderId": order_id}, headers=KEY)
    assert cancelled.json()["data"]["orderStatus"] == "failed"
    assert boxes(palm) == 2


def test_the_last_box_is_taken_once(palm: TestClient) -> None:
    statuses = [palm.post(f"{BASE}/order", json=order(), headers=KEY).status_code for _ in range(3)]
    assert statuses == [200, 200, 409]
    assert boxes(palm) == 0


def test_reset_restores_the_seed(palm: TestClient) -> None:
    order_id = palm.post(f"{BASE}/order", json=order(), headers=KEY).json()["data"]["id"]
    assert palm.post("/_mock/reset").status_code == 204
    assert palm.get(f"{BASE}/order/{order_id}", headers=KEY).status_code == 404
    assert boxes(palm) == 2


def test_two_apps_on_one_redis_share_state(empty_redis: str) -> None:
    """Two mocks (as two processes would be) see each other's changes, including a reset."""
    with TestClient(create_app(["palm-locker"], state=empty_redis)) as one, \
            TestClient(create_app(["palm-locker"], state=empty_redis)) as two:
        order_id = one.post(f"{BASE}/order", json=order(), headers=KEY).json()["data"]["id"]
        assert two.get(f"{BASE}/order/{order_id}", headers=KEY).status_code == 200
        assert boxes(two) == 1
        two.put(f"{BASE}/order/cancel", json={"orderId": order_id}, headers=KEY)
        assert one.get(f"{BASE}/order/{order_id}", headers=KEY).json()["data"]["orderStatus"] == "failed"
        assert boxes(one) == 2
        one.post("/_mock/reset")
        assert two.get(f"{BASE}/order/{order_id}", headers=KEY).status_code == 404


def test_sequences_are_shared(empty_redis: str) -> None:
    """$seq counters are part of the shared state: two mocks number anymaster's orders as one."""
    from .test_anymaster import new_order

    headers = {"token": "test-token"}
    with TestClient(create_app(["anymaster"], state=empty_redis)) as one, \
            TestClient(create_app(["anymaster"], state=empty_redis)) as two:
        ids = [client.post("/anymaster/partner/order", json=new_order(), headers=headers).json()["data"]["_id"]
               for client in (one, two, one, two)]
        assert ids == [1, 2, 3, 4]
        assert len(two.get("/anymaster/order/list", headers=headers).json()["data"]) == 4


def test_a_write_whose_lock_expired_is_not_written(empty_redis: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The lock expired mid-operation and another process took it: the change is refused (a 503 in the
    envelope), Redis keeps the state before it, and this process reloads its copy."""
    import redis

    from partner_contracts.mock.behaviour import store

    lock = "partner-contracts:palm-locker:lock"
    write_back = store.RedisStore._write_back

    async def after_takeover(self: store.RedisStore, client: object, token: str) -> bool:
        with redis.Redis.from_url(empty_redis) as other:
            other.set(lock, "another-holder")  # what the other process's SET NX does once ours expired
        return await write_back(self, client, token)

    with TestClient(create_app(["palm-locker"], state=empty_redis)) as client:
        assert boxes(client) == 2
        monkeypatch.setattr(store.RedisStore, "_write_back", after_takeover)
        refused = client.post(f"{BASE}/order", json=order(), headers=KEY)
        assert refused.status_code == 503, refused.text
        assert "lock expired" in refused.json()["message"]
        monkeypatch.undo()
        with redis.Redis.from_url(empty_redis) as other:
            assert other.get(lock) == b"another-holder"  # not released by the refused writer
            other.delete(lock)
        assert boxes(client) == 2
        assert client.get(f"{BASE}/order", headers=KEY).json()["totalOrders"] == 0
        assert client.post(f"{BASE}/order", json=order(), headers=KEY).status_code == 200
        assert boxes(client) == 1


# --- several worker processes -------------------------------------------------------------------------


def start_mock(url: str, port: int, workers: int = 4, *options: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "partner_contracts", "mock", "palm-locker", "--port", str(port), "--state", url,
         "--workers", str(workers), *options],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            os.killpg(process.pid, signal.SIGKILL)
            raise RuntimeError(f"the mock did not start: {process.stderr.read().decode() if process.stderr else ''}")
        time.sleep(0.1)


def kill(process: subprocess.Popen[bytes]) -> None:
    os.killpg(process.pid, signal.SIGKILL)  # the supervisor and its workers, with no chance to clean up
    process.wait(timeout=10)


@pytest.fixture()
def workers(empty_redis: str) -> Iterator[tuple[str, str, int]]:
    port = free_port()
    process = start_mock(empty_redis, port)
    try:
        yield f"http://127.0.0.1:{port}", empty_redis, port
    finally:
        kill(process)


@pytest.mark.slow
def test_with_four_workers_fifty_connections_agree(workers: tuple[str, str, int]) -> None:
    url, _, _ = workers
    with httpx.Client(base_url=url) as first:
        order_id = first.post(f"{BASE}/order", json=order("s"), headers=KEY).json()["data"]["id"]
    others = [httpx.Client(base_url=url) for _ in range(50)]  # 50 more connections, spread over the workers
    try:
        for client in others:
            assert client.get(f"{BASE}/order/{order_id}", headers=KEY).json()["data"]["orderStatus"] == "init"
            assert order_id in [o["id"] for o in client.get(f"{BASE}/order", headers=KEY).json()["orders"]]
            assert boxes(client, "s") == 35
        cancelled = others[17].put(f"{BASE}/order/cancel", json={"orderId": order_id}, headers=KEY)
        assert cancelled.json()["data"]["orderStatus"] == "failed"
        for client in others:
            assert client.get(f"{BASE}/order/{order_id}", headers=KEY).json()["data"]["orderStatus"] == "failed"
            assert boxes(client, "s") == 36
    finally:
        for client in others:
            client.close()


@pytest.mark.slow
def test_two_hundred_concurrent_reservations_of_the_last_boxes_never_oversell(workers: tuple[str, str, int]) -> None:
    url, _, _ = workers

    async def storm() -> list[int]:
        limits = httpx.Limits(max_connections=200)
        async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
            answers = await asyncio.gather(*(client.post(f"{BASE}/order", json=order("xl"), headers=KEY)
                                             for _ in range(200)))
        return [a.status_code for a in answers]

    statuses = asyncio.run(storm())
    assert sorted(set(statuses)) == [200, 409]
    assert statuses.count(200) == 2  # the locker had 2 free xl boxes
    with httpx.Client(base_url=url) as client:
        assert boxes(client, "xl") == 0
        assert client.get(f"{BASE}/order", headers=KEY).json()["totalOrders"] == 2


@pytest.mark.slow
def test_an_order_outlives_a_killed_mock(empty_redis: str) -> None:
    port = free_port()
    process = start_mock(empty_redis, port, workers=2)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            order_id = client.post(f"{BASE}/order", json=order("l"), headers=KEY).json()["data"]["id"]
    finally:
        kill(process)
    process = start_mock(empty_redis, port, workers=2)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            assert client.get(f"{BASE}/order/{order_id}", headers=KEY).json()["data"]["id"] == order_id
            assert boxes(client, "l") == 5
    finally:
        kill(process)


def test_redis_gone_is_a_503_in_the_envelope() -> None:
    """A Redis that does not answer: the API's error envelope with 503, naming the store, not a 500."""
    url = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    with TestClient(create_app(["palm-locker"], state=url)) as client:
        answer = client.get(f"{BASE}/order", headers=KEY)
        assert answer.status_code == 503
        body = answer.json()
        assert body["statusCode"] == 503 and "state store is unavailable" in body["message"] and url in body["message"]


def test_a_stalled_redis_is_a_503_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Redis that takes the connection and never answers (stopped, or a wrong service on the port): each
    request waits at most the store's timeout, then gets the envelope's 503; the mock keeps serving."""
    from partner_contracts.mock.behaviour import store
    from partner_contracts.mock.server import listening_socket

    monkeypatch.setattr(store, "STATE_TIMEOUT", 0.3)
    silent = listening_socket()  # the kernel completes the handshake; nothing ever reads or answers
    url = f"redis://127.0.0.1:{silent.getsockname()[1]}/0"
    try:
        with TestClient(create_app(["palm-locker"], state=url)) as client:
            requests: tuple[Callable[[], httpx.Response], ...] = (
                lambda: client.get(f"{BASE}/order", headers=KEY),
                lambda: client.post(f"{BASE}/order", json=order(), headers=KEY))
            for request in requests:
                started = time.monotonic()
                answer = request()
                assert answer.status_code == 503, answer.text
                assert "state store is unavailable" in answer.json()["message"]
                # the store's timeout (0.3 s here) bounds the wait, not redis-py's default (5 s) nor pytest's
                assert time.monotonic() - started < 3
            assert client.get("/").status_code == 200  # the mock itself still answers
    finally:
        silent.close()


# --- issue 26: the change log, a new worker, a stalled Redis, lock leases -------------------------------


def big_order(i: int) -> dict[str, str]:
    return {**order("s"), "receiverName": f"{i}-" + "r" * 50_000, "description": "d" * 50_000}


def test_the_change_log_holds_keys_not_records_and_redis_grows_with_what_is_kept(empty_redis: str) -> None:
    """Before: every change-log entry held the whole record (150 × 1 MB records: +176 MB of Redis for 17
    kept). Now an entry is collection, key and version; Redis holds the records kept and little more."""
    import redis

    with TestClient(create_app(["palm-locker"], state=empty_redis)) as client, \
            redis.Redis.from_url(empty_redis) as direct:
        client.get(f"{BASE}/order", headers=KEY)
        orders = client.app.state.pipeline.apis["palm-locker"].behaviour.collections["orders"]  # type: ignore[attr-defined]
        orders.limit = 5  # evicted orders give their box back: 60 orders of 100 KB fit
        before = direct.info("memory")["used_memory"]
        for i in range(60):
            assert client.post(f"{BASE}/order", json=big_order(i), headers=KEY).status_code == 200
        grown = direct.info("memory")["used_memory"] - before
        log = direct.xrange("partner-contracts:palm-locker:log")
    kept = 5 * 100_000
    print(f"Redis grew {grown / 1e6:.1f} MB for {kept / 1e6:.1f} MB of records kept (60 written)")
    assert all(b"j" not in fields for _, fields in log)
    assert grown < 3 * kept  # before: more than 6 MB (every record in the log)


def test_a_new_process_loads_a_snapshot_instead_of_replaying_the_log(empty_redis: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from partner_contracts.mock.behaviour import store

    with TestClient(create_app(["palm-locker"], state=empty_redis)) as one:
        for _ in range(30):
            order_id = one.post(f"{BASE}/order", json=order("s"), headers=KEY).json()["data"]["id"]
            one.put(f"{BASE}/order/cancel", json={"orderId": order_id}, headers=KEY)
    applied: list[object] = []
    monkeypatch.setattr(store.RedisStore, "_apply", lambda self, *a: applied.append(a))
    with TestClient(create_app(["palm-locker"], state=empty_redis)) as two:
        assert two.get(f"{BASE}/order", headers=KEY).json()["totalOrders"] == 30
    assert applied == []  # the first request read the state, not 60 log entries


@pytest.mark.slow
def test_a_six_second_stall_is_a_503_within_the_bound_and_nothing_is_half_applied(empty_redis: str) -> None:
    """Redis stops answering for 6 s (CLIENT PAUSE). Before: requests waited the stall plus 10 s (16–22 s),
    then most got a 200; queued writes waited 5 s apiece. Now each waits at most STATE_TIMEOUT (5 s) in all
    and gets a 503; afterwards the state is whole and no lock is left behind."""
    import threading

    import redis

    from partner_contracts.mock.behaviour.store import STATE_TIMEOUT

    with TestClient(create_app(["palm-locker"], state=empty_redis)) as client, \
            redis.Redis.from_url(empty_redis) as direct:
        assert boxes(client) == 2
        calls: tuple[Callable[[], httpx.Response], ...] = (
            lambda: client.post(f"{BASE}/order", json=order(), headers=KEY),
            lambda: client.get(f"{BASE}/order", headers=KEY))
        for request in calls:
            stall = threading.Thread(target=lambda: direct.execute_command("CLIENT", "PAUSE", 6000, "ALL"))
            stall.start()
            time.sleep(0.2)
            started = time.monotonic()
            answer = request()
            waited = time.monotonic() - started
            assert answer.status_code == 503, answer.text
            assert waited < STATE_TIMEOUT + 0.5, f"waited {waited:.1f} s"
            stall.join()
            time.sleep(max(0.0, 6.0 - (time.monotonic() - started)))  # the stall is over
        orders_made = client.get(f"{BASE}/order", headers=KEY).json()["totalOrders"]
        assert boxes(client) == 2 - orders_made  # a write is whole or absent
        started = time.monotonic()
        assert client.post(f"{BASE}/order", json=order(), headers=KEY).status_code == 200
        assert time.monotonic() - started < 1  # no orphaned lock to wait out


def test_a_lock_lease_is_no_longer_than_a_request_may_wait() -> None:
    from partner_contracts.mock.behaviour import store

    assert store.lock_ms() <= store.STATE_TIMEOUT * 1000
