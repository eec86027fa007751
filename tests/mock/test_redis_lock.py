"""The Redis store's state lock (``SET NX PX``) and catch-up, held deterministically: another holder is made
by writing the lock key (or by holding a transaction open), never by racing processes. Against the session's
real redis-server (fixture ``empty_redis``); expectations are literal values."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
import redis

from partner_contracts.mock.behaviour import store as store_module
from partner_contracts.mock.behaviour.records import Collection
from partner_contracts.mock.behaviour.store import RedisStore, StateError
from partner_contracts.runtime.values import Record

API = "lock-test"
PREFIX = f"partner-contracts:{API}:"
LOCK = PREFIX + "lock"
VERSION = PREFIX + "version"


def store_on(url: str) -> RedisStore:
    """A store of one collection (seeded with record `a`) and one sequence, as the mock makes per API."""
    store = RedisStore(url, API)
    store.attach({"items": Collection("items", "id", 100, [{"id": "a", "n": 1}])}, {"items": 10})
    return store


@pytest.fixture()
def server(empty_redis: str) -> Iterator[redis.Redis]:
    with redis.Redis.from_url(empty_redis) as client:
        yield client


def state(store: RedisStore) -> tuple[list[tuple[str, Any]], dict[str, int], int]:
    """The local copy: the records in order (key, n), the sequences and the version."""
    records = [(k, dict(r).get("n")) for k, r in store.collections["items"].records.items()]
    return records, dict(store.sequences), store.version


async def blocked(store: RedisStore, token: str, sync: bool, seconds: float = 0.2) -> bool:
    """Whether ``_lock`` is still waiting after ``seconds`` (the lock is another's)."""
    try:
        async with asyncio.timeout(seconds):
            await store._lock(store.client(), token, sync=sync)
    except TimeoutError:
        return True
    return False


@pytest.mark.parametrize("sync", [False, True], ids=["set-nx", "lua-set-nx"])
def test_the_lock_is_not_taken_while_another_holds_it(empty_redis: str, server: redis.Redis, sync: bool) -> None:
    server.set(LOCK, "another-holder", px=60_000)
    store = store_on(empty_redis)

    async def attempt() -> None:
        assert await blocked(store, "mine", sync) is True
        assert server.get(LOCK) == b"another-holder" and 59_000 < server.pttl(LOCK) <= 60_000
        server.delete(LOCK)
        assert await blocked(store, "mine", sync) is False  # free: taken at once
        assert server.get(LOCK) == b"mine"
        assert 4_000 < server.pttl(LOCK) <= 5_000  # the lease: lock_ms(), no longer than a request may wait
        assert await blocked(store_on(empty_redis), "third", sync) is True  # ours now: the next one waits
        assert server.get(LOCK) == b"mine"
        await store.client().aclose()

    asyncio.run(attempt())


def test_a_second_store_waits_while_a_write_transaction_holds_the_lock(empty_redis: str,
                                                                        server: redis.Redis) -> None:
    one, two = store_on(empty_redis), store_on(empty_redis)

    async def both() -> None:
        async with one.transaction(writes=True):
            holder = server.get(LOCK)
            assert holder is not None and len(holder) == 32  # a uuid4 hex token
            assert await blocked(two, "two", sync=True) is True
            assert await blocked(two, "two", sync=False) is True
            one.put("items", Record({"id": "b", "n": 2}))
        assert server.get(LOCK) is None  # released by the write-back script
        assert await blocked(two, "two", sync=True) is False
        assert server.get(LOCK) == b"two"
        await two._unlock(two.client(), "two")
        assert server.get(LOCK) is None
        for s in (one, two):
            await s.client().aclose()

    asyncio.run(both())
    assert state(one) == ([("a", 1), ("b", 2)], {"items": 10}, 2)
    assert state(two) == ([("a", 1), ("b", 2)], {"items": 10}, 2)


def test_unlock_releases_only_our_own_lock(empty_redis: str, server: redis.Redis) -> None:
    store = store_on(empty_redis)
    server.set(LOCK, "another-holder")

    async def unlock() -> None:
        await store._unlock(store.client(), "mine")
        assert server.get(LOCK) == b"another-holder"
        await store._unlock(store.client(), "another-holder")
        assert server.get(LOCK) is None
        await store.client().aclose()

    asyncio.run(unlock())


def test_a_write_waiting_for_a_held_lock_is_a_state_error_and_writes_nothing(
        empty_redis: str, server: redis.Redis, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "STATE_TIMEOUT", 0.3)
    assert store_module.lock_ms() == 300
    store = store_on(empty_redis)

    async def seeded_then_blocked() -> None:
        async with store.transaction(writes=False):  # seeds Redis (version 1)
            pass
        server.set(LOCK, "another-holder")
        with pytest.raises(StateError, match="no answer within 0.3 s"):
            async with store.transaction(writes=True):
                raise AssertionError("ran without the lock")
        await store.client().aclose()

    asyncio.run(seeded_then_blocked())
    assert server.get(LOCK) == b"another-holder" and server.get(VERSION) == b"1"
    assert store.version == -1  # reloaded before the next request


def test_a_transaction_without_changes_releases_the_lock_and_keeps_the_version(empty_redis: str,
                                                                                server: redis.Redis) -> None:
    store = store_on(empty_redis)

    async def nothing() -> None:
        async with store.transaction(writes=True):
            assert server.get(LOCK) is not None
        assert server.get(LOCK) is None
        await store.client().aclose()

    asyncio.run(nothing())
    assert server.get(VERSION) == b"1" and store.version == 1  # the seed only


def test_a_failed_operation_gives_the_lock_back_and_writes_nothing(empty_redis: str, server: redis.Redis) -> None:
    store = store_on(empty_redis)

    async def failing() -> None:
        with pytest.raises(RuntimeError, match="boom"):
            async with store.transaction(writes=True):
                store.put("items", Record({"id": "b", "n": 2}))
                raise RuntimeError("boom")
        await asyncio.gather(*store._unlocking)  # the release runs in the background
        assert server.get(LOCK) is None
        await store.client().aclose()

    asyncio.run(failing())
    assert server.get(VERSION) == b"1" and server.hkeys(PREFIX + "records:items") == [b"a"]
    assert store.version == -1  # the local copy holds the half-made change: reloaded next time


def test_another_process_catches_up_on_puts_moves_deletes_and_sequences(empty_redis: str) -> None:
    one, two = store_on(empty_redis), store_on(empty_redis)

    async def run() -> None:
        async with two.transaction(writes=False):  # loaded at the seed
            pass
        assert state(two) == ([("a", 1)], {"items": 10}, 1)
        async with one.transaction(writes=True):
            one.put("items", Record({"id": "b", "n": 2}))
            one.put("items", Record({"id": "c", "n": 3}))
        async with one.transaction(writes=True):
            one.put("items", Record({"id": "a", "n": 4}))  # put again: moved to the end
            record = one.collections["items"].records["b"]
            record["n"] = 5
            one.changed("items", record)  # changed in place: keeps its position
            one.delete("items", "c")
            one.sequences["items"] = 11
        async with two.transaction(writes=False):
            pass
        for s in (one, two):
            await s.client().aclose()

    asyncio.run(run())
    assert state(one) == ([("b", 5), ("a", 4)], {"items": 11}, 3)
    assert state(two) == ([("b", 5), ("a", 4)], {"items": 11}, 3)


def test_a_copy_too_far_behind_reloads_a_snapshot(empty_redis: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "CATCH_UP", 1)
    one, two = store_on(empty_redis), store_on(empty_redis)
    loads: list[int] = []
    load = RedisStore._load

    async def counted(self: RedisStore, client: Any) -> None:
        loads.append(self.version)
        await load(self, client)

    monkeypatch.setattr(RedisStore, "_load", counted)

    async def run() -> None:
        async with one.transaction(writes=False):  # seeds Redis
            pass
        async with two.transaction(writes=False):  # never loaded: a snapshot
            pass
        assert (state(two), loads) == (([("a", 1)], {"items": 10}, 1), [-1])
        async with one.transaction(writes=True):
            one.put("items", Record({"id": "b", "n": 2}))
        async with two.transaction(writes=False):  # one change behind: replayed from the log
            pass
        assert (state(two), loads) == (([("a", 1), ("b", 2)], {"items": 10}, 2), [-1])
        for n in (3, 4):
            async with one.transaction(writes=True):
                one.put("items", Record({"id": str(n), "n": n}))
        async with two.transaction(writes=True):  # two changes behind: a snapshot, taken with the lock
            two.put("items", Record({"id": "5", "n": 5}))
        for s in (one, two):
            await s.client().aclose()

    asyncio.run(run())
    assert loads == [-1, 2]
    assert state(two) == ([("a", 1), ("b", 2), ("3", 3), ("4", 4), ("5", 5)], {"items": 10}, 5)
