"""The Redis store's state lock (``SET NX PX``) and catch-up, held deterministically: another holder is made
by writing the lock key (or by holding a transaction open), never by racing processes. Against the session's
real redis-server (fixture ``empty_redis``); expectations are literal values."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Iterator
from typing import Any

import pytest
import redis

from partner_contracts.mock.behaviour import store as store_module
from partner_contracts.mock.behaviour.records import ActionError, Collection
from partner_contracts.mock.behaviour.store import RedisStore, StateError
from partner_contracts.runtime.values import Record

API = "lock-test"
PREFIX = f"partner-contracts:{API}:"
LOCK = PREFIX + "lock"
VERSION = PREFIX + "version"


def store_on(url: str) -> RedisStore:
    """A store of one collection (seeded with record `a`) and one sequence, as the mock makes per API."""
    store = RedisStore(url, API)
    store.attach(
        {
            "items": Collection("items", "id", 100, [{"id": "a", "n": 1}]),
            "boxes": Collection("boxes", "id", 100, [{"id": "x", "n": 0}]),
        },
        {"items": 10},
    )
    return store


@pytest.fixture()
def server(empty_redis: str) -> Iterator[redis.Redis]:
    with redis.Redis.from_url(empty_redis) as client:
        yield client


def state(store: RedisStore) -> tuple[list[tuple[str, Any]], dict[str, int], int]:
    """The local copy: the records of `items` in order (key, n), the sequences and the version (`boxes`
    holds its seed record throughout)."""
    assert [(k, dict(r)) for k, r in store.collections["boxes"].records.items()] == [
        ("x", {"id": "x", "n": 0})
    ]
    records = [(k, dict(r).get("n")) for k, r in store.collections["items"].records.items()]
    return records, dict(store.sequences), store.version


async def waiting(store: RedisStore, token: str, sync: bool) -> asyncio.Task[None]:
    """``_lock`` started and still waiting 0.2 s later (the lock is another's); the task goes on waiting.
    (Never cancelled mid-command: the caller releases the lock and the task then ends.)"""
    task = asyncio.create_task(store._lock(store.client(), token, sync=sync))
    done, _ = await asyncio.wait({task}, timeout=0.2)
    assert not done, "the lock was taken while another held it"
    return task


@pytest.mark.parametrize("sync", [False, True], ids=["set-nx", "lua-set-nx"])
def test_the_lock_is_not_taken_while_another_holds_it(
    empty_redis: str, server: redis.Redis, sync: bool
) -> None:
    server.set(LOCK, "another-holder", px=60_000)
    store, third = store_on(empty_redis), store_on(empty_redis)

    async def attempt() -> None:
        mine = await waiting(store, "mine", sync)
        assert server.get(LOCK) == b"another-holder" and 59_000 < server.pttl(LOCK) <= 60_000
        server.delete(LOCK)  # released: taken at once
        await asyncio.wait_for(mine, 5)
        assert server.get(LOCK) == b"mine"
        assert 4_000 < server.pttl(LOCK) <= 5_000  # the lease: lock_ms(), no longer than a request may wait
        theirs = await waiting(third, "third", sync)  # ours now: the next one waits
        assert server.get(LOCK) == b"mine"
        await store._unlock(store.client(), "mine")
        await asyncio.wait_for(theirs, 5)
        assert server.get(LOCK) == b"third"
        for s in (store, third):
            await s.client().aclose()

    asyncio.run(attempt())


def test_a_second_store_waits_while_a_write_transaction_holds_the_lock(
    empty_redis: str, server: redis.Redis
) -> None:
    one, two = store_on(empty_redis), store_on(empty_redis)

    async def both() -> None:
        async with one.transaction(writes=True):
            holder = server.get(LOCK)
            assert holder is not None and len(holder) == 32  # a uuid4 hex token
            two_waits = await waiting(two, "two", sync=True)
            one.put("items", Record({"id": "b", "n": 2}))
        await asyncio.wait_for(two_waits, 5)  # released by the write-back script: two takes it, caught up
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


def test_a_transaction_without_changes_releases_the_lock_and_keeps_the_version(
    empty_redis: str, server: redis.Redis
) -> None:
    store = store_on(empty_redis)

    async def nothing() -> None:
        async with store.transaction(writes=True):
            assert server.get(LOCK) is not None
        assert server.get(LOCK) is None
        await store.client().aclose()

    asyncio.run(nothing())
    assert server.get(VERSION) == b"1" and store.version == 1  # the seed only


def test_a_failed_operation_gives_the_lock_back_and_writes_nothing(
    empty_redis: str, server: redis.Redis
) -> None:
    store = store_on(empty_redis)

    async def failing() -> None:
        with pytest.raises(RuntimeError, match="boom"):
            async with store.transaction(writes=True):
                store.put("items", Record({"id": "b", "n": 2}))
                raise RuntimeError("boom")
        assert server.get(LOCK) is not None and len(store._unlocking) == 1  # released in the background,
        await asyncio.gather(*store._unlocking)  # not awaited by the failing request
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


def test_a_lock_is_polled_often_so_a_released_one_is_taken_within_milliseconds(
    empty_redis: str, server: redis.Redis
) -> None:
    server.set(LOCK, "another-holder")
    store = store_on(empty_redis)

    async def release_later() -> None:
        await asyncio.sleep(0.1)
        server.delete(LOCK)

    async def wait() -> float:
        releasing = asyncio.create_task(release_later())
        started = time.monotonic()
        await store._lock(store.client(), "mine")
        waited = time.monotonic() - started
        await releasing
        await store.client().aclose()
        return waited

    assert asyncio.run(wait()) < 0.6 and server.get(LOCK) == b"mine"


def test_the_lease_is_the_wait_a_request_allows_and_never_under_a_tenth_of_a_second(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert store_module.lock_ms() == 5000
    for seconds, lease in ((0.01, 100), (0.1, 100), (0.101, 101), (2.5, 2500)):
        monkeypatch.setattr(store_module, "STATE_TIMEOUT", seconds)
        assert store_module.lock_ms() == lease, seconds


def test_a_write_whose_lock_was_taken_over_is_refused_whole(empty_redis: str, server: redis.Redis) -> None:
    store = store_on(empty_redis)

    async def taken_over() -> None:
        with pytest.raises(
            StateError, match="the state lock expired during an operation; the change was not written"
        ):
            async with store.transaction(writes=True):
                store.put("items", Record({"id": "b", "n": 2}))
                server.set(LOCK, "another-holder")  # ours expired; another process took it
        await store.client().aclose()

    asyncio.run(taken_over())
    assert server.get(LOCK) == b"another-holder" and server.get(VERSION) == b"1"
    assert server.hkeys(PREFIX + "records:items") == [b"a"] and store.version == -1


def test_a_refusal_that_changed_nothing_keeps_the_copy_and_any_other_failure_reloads_it(
    empty_redis: str,
) -> None:
    """A business refusal (ActionError) before any change leaves the local copy as it is; any other exception,
    or a refusal after a change, makes the next request reload it."""
    store = store_on(empty_redis)

    async def failing(exc: Exception, change: bool) -> int:
        async with store.transaction(writes=False):  # up to date (version 1, the seed)
            pass
        with pytest.raises(type(exc)):
            async with store.transaction(writes=True):
                if change:
                    store.put("items", Record({"id": "b", "n": 2}))
                raise exc
        await asyncio.gather(*store._unlocking)
        return store.version

    async def run() -> list[int]:
        versions = [
            await failing(ActionError(409, "taken"), False),
            await failing(RuntimeError("boom"), False),
            await failing(ActionError(409, "taken"), True),
        ]
        await store.client().aclose()
        return versions

    assert asyncio.run(run()) == [1, -1, -1]


def test_a_new_process_reads_the_sequences_written_by_another(empty_redis: str) -> None:
    one, late = store_on(empty_redis), store_on(empty_redis)

    async def run() -> None:
        async with one.transaction(writes=True):
            one.sequences["items"] = 12
        async with late.transaction(writes=False):  # never loaded: the snapshot, not the log
            pass
        for s in (one, late):
            await s.client().aclose()

    asyncio.run(run())
    assert state(late) == ([("a", 1)], {"items": 12}, 2)


def test_the_lock_is_polled_with_a_doubling_wait_of_at_most_two_milliseconds(
    empty_redis: str, server: redis.Redis, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While another holds the lock, the waits between attempts start at 0.5 ms and double up to 2 ms, each
    stretched by up to as much again (jitter; here half as much again)."""
    server.set(LOCK, "another-holder")
    store = store_on(empty_redis)
    waits: list[float] = []
    real_sleep = asyncio.sleep

    async def sleep(seconds: float, *args: Any) -> Any:
        if seconds > 0:
            waits.append(round(seconds, 9))
            if len(waits) == 5:
                server.delete(LOCK)
        return await real_sleep(0)

    monkeypatch.setattr(random, "random", lambda: 0.5)
    monkeypatch.setattr(asyncio, "sleep", sleep)

    async def take() -> None:
        await store._lock(store.client(), "mine")
        await store.client().aclose()

    asyncio.run(take())
    assert waits == [0.00075, 0.0015, 0.003, 0.003, 0.003] and server.get(LOCK) == b"mine"


@pytest.fixture()
def acl_user(empty_redis: str, server: redis.Redis) -> Iterator[tuple[str, str]]:
    """(name, URL) of a Redis user of its own, allowed everything until a test takes commands away (ACL
    SETUSER applies to its open connections too); deleted afterwards."""
    user = f"lock-test-{random.randrange(1 << 30)}"
    server.acl_setuser(user, enabled=True, passwords=["+pw"], keys=["*"], commands=["+@all"])
    try:
        yield user, empty_redis.replace("redis://", f"redis://{user}:pw@", 1)
    finally:
        server.acl_deluser(user)


def test_a_redis_that_refuses_the_lock_is_a_state_error_naming_it_and_the_copy_is_reloaded(
    acl_user: tuple[str, str], server: redis.Redis
) -> None:
    """Redis answering an error (here ACL: the store's user may no longer run scripts) while a write takes the
    lock: a StateError naming Redis and its answer, nothing to release (the lock was never ours), and the
    local copy marked for a reload, which the next request does once Redis accepts it again."""
    user, url = acl_user
    store = store_on(url)

    async def refused() -> tuple[str, int, int, int]:
        async with store.transaction(writes=False):  # seeded and up to date: version 1
            pass
        before = store.version
        server.acl_setuser(user, commands=["-evalsha", "-eval"])
        with pytest.raises(StateError) as failed:
            async with store.transaction(writes=True):
                store.put("items", Record({"id": "b", "n": 2}))
        after, unlocking = store.version, len(store._unlocking)
        server.acl_setuser(user, commands=["+@all"])
        async with store.transaction(writes=False):  # reloaded from Redis
            pass
        await store.client().aclose()
        return str(failed.value), before, after, unlocking

    message, before, after, unlocking = asyncio.run(refused())
    assert (before, after, unlocking) == (1, -1, 0)  # reload next time; no release in the background
    assert message.startswith(f"Redis at redis://{user}:***@127.0.0.1:"), message
    assert "no permissions to run the 'evalsha' command" in message, message
    assert state(store) == ([("a", 1)], {"items": 10}, 1)
    assert server.get(LOCK) is None and server.get(VERSION) == b"1"


def test_a_release_that_fails_in_the_background_is_logged_and_the_lease_ends_the_lock(
    acl_user: tuple[str, str], server: redis.Redis, caplog: pytest.LogCaptureFixture
) -> None:
    """A failed operation gives the lock back in the background; when Redis refuses that too, the task logs
    why (with the URL's password hidden) and ends quietly: the lock's lease ends it."""
    user, url = acl_user
    store = store_on(url)

    async def failing() -> None:
        with pytest.raises(RuntimeError, match="boom"):
            async with store.transaction(writes=True):
                server.acl_setuser(
                    user, commands=["-evalsha", "-eval"]
                )  # the lock is ours; the release refused
                raise RuntimeError("boom")
        (task,) = store._unlocking
        await asyncio.wait_for(asyncio.shield(task), 5)
        assert task.exception() is None
        server.acl_setuser(user, commands=["+@all"])
        await store.client().aclose()

    with caplog.at_level(logging.INFO, logger="partner_contracts.mock.state"):
        asyncio.run(failing())
    (logged,) = [r.getMessage() for r in caplog.records if "could not be released" in r.getMessage()]
    assert logged.startswith("the state lock could not be released (") and logged.endswith(
        "its lease ends it"
    )
    assert "no permissions" in logged and ":pw@" not in logged
    assert 0 < server.pttl(LOCK) <= 5_000 and server.get(VERSION) == b"1"


def test_a_write_on_an_up_to_date_copy_is_two_round_trips(empty_redis: str) -> None:
    """The lock taken and the copy brought up to date in one script, the change written and the lock released
    in another: what keeps a write at two round trips to Redis (none to catch up, none to unlock), once
    the scripts are loaded."""
    store = store_on(empty_redis)
    sent: list[str] = []

    async def run() -> list[list[str]]:
        async with store.transaction(writes=False):  # seeded: version 1
            pass
        client = store.client()
        execute = client.execute_command

        async def counted(*args: Any, **kwargs: Any) -> Any:
            sent.append(str(args[0]).upper())
            return await execute(*args, **kwargs)

        client.execute_command = counted
        trips = []
        for n in (2, 3, 4):
            sent.clear()
            async with store.transaction(writes=True):
                store.put("items", Record({"id": "a", "n": n}))
            trips.append(list(sent))
        await client.aclose()
        return trips

    first, second, third = asyncio.run(run())  # the first may load the scripts: Redis may not know them yet
    assert [c for c in first if c != "SCRIPT LOAD"] in (["EVALSHA"] * 2, ["EVALSHA"] * 4)
    assert second == third == ["EVALSHA", "EVALSHA"]
    assert state(store) == ([("a", 4)], {"items": 10}, 4)
