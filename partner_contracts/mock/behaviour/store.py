"""Where the mock's state lives: one ``Store`` per API, chosen by ``--state``.

A store owns the records of every collection, the sequences (``$seq:<name>``), eviction and the
invalidation of a record's kept JSON text; ``behaviour.Behaviour`` changes state only through it
(``put``, ``delete``, ``changed``).

- ``MemoryStore`` (``--state memory``, the default): the records in this process, as fast as a dict.
- ``RedisStore`` (``--state redis://host:port/db``): Redis holds the state, so several workers
  (``--workers N``) or several mock replicas share it and it outlives a restart. Each process keeps a
  copy it brings up to date before every request from a change log (a Redis stream, one entry per record
  changed — collection, key and version, never the record: the catch-up script reads the records' current
  JSON — written in the same Lua script as the change; a process never loaded, or more than ``CATCH_UP``
  changes behind, reads a snapshot instead of replaying the log). A request waits at most
  ``STATE_TIMEOUT`` (5 s) for the state in all — the lock, the catch-up and the write — then gets a 503;
  a write is one Lua script, so it is applied whole or not at all, and the lock's lease is no longer than
  that wait, so a holder that gave up or died cannot keep others out for longer. An operation that changes state runs holding a
  lock (``SET NX PX``, taken in the script that also answers the changes to catch up on; its changes are
  written back, and the lock released, by one script that first checks the lock is still ours, so a
  write by a holder whose lock expired is refused): a reservation or a counter is never a
  read-modify-write race between workers, and a write costs two round trips to Redis.
  ``POST /_mock/reset`` resets the shared state.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import orjson

from partner_contracts.runtime.redact import redact_urls

if TYPE_CHECKING:
    from .records import Collection

log = logging.getLogger("partner_contracts.mock.state")

STATE_TIMEOUT = 5.0  # seconds a request may wait for the shared state in all (lock, reads, write), then a 503
LOG_LENGTH = 100_000  # change-log entries kept (keys and versions only; a process further behind reloads)
CATCH_UP = 1000  # changes a process applies one by one; further behind, it reloads the state instead


def lock_ms() -> int:
    """A lock's lease: no longer than a request may wait, so a holder that gave up (or died) cannot keep it."""
    return max(100, int(STATE_TIMEOUT * 1000))


class StateError(Exception):
    """The shared state could not be reached or written (answered as a 503-like error by the caller)."""


class Store:
    """The state of one API in this process (``--state memory``)."""

    shared = False  # whether other processes see the same state (then requests go through ``transaction``)

    def __init__(self) -> None:
        self.collections: dict[str, Collection] = {}
        self.sequences: dict[str, int] = {}
        self.initial_sequences: dict[str, int] = {}

    def attach(self, collections: dict[str, Collection], sequences: dict[str, int]) -> None:
        self.collections = collections
        self.initial_sequences = dict(sequences)
        self.reset()

    def reset(self) -> None:
        """The seed state: every collection's seed records, every sequence at its start value."""
        for collection in self.collections.values():
            collection.reset()
        self.sequences.clear()
        self.sequences.update(self.initial_sequences)

    def put(self, name: str, record: Any) -> list[str]:
        """Store a new record (or replace one), newest last; the oldest beyond the limits (records, bytes)
        are evicted, giving back what they hold. Answers the evicted keys."""
        return self.collections[name].put(record)

    def delete(self, name: str, key: str) -> None:
        self.collections[name].forget(key)

    def changed(self, name: str, record: Any) -> None:
        """A stored record was changed (through ``update``, or in place: its JSON text is made anew, and
        its size counted again for the collection's byte cap)."""
        changed = getattr(record, "changed", None)
        if changed is not None:
            changed()
        collection = self.collections.get(name)
        if collection is not None:
            key = collection.key_of(record)
            if key in collection.records:
                collection.measure(key, record)

    @asynccontextmanager
    async def transaction(self, writes: bool) -> AsyncIterator[None]:
        """Around one operation: nothing to do when the state is this process's alone."""
        yield

    async def reset_shared(self) -> None:
        self.reset()


def memory() -> Store:
    return Store()


# --- Redis ------------------------------------------------------------------------------------------


# The version and every change after ``mine`` (or 'reload' when this copy was never loaded, when the log
# no longer reaches back that far, or when more than CATCH_UP changes are missing), read atomically: the
# log holds collection, key and whether it moved; each changed record's current JSON is read here, from its
# hash ('' when it is gone), so the log never holds a record. ARGV: mine, the key prefix, CATCH_UP.
_SYNC = """
local v = tonumber(redis.call('GET', KEYS[1]) or '0')
local mine = tonumber(ARGV[1])
if v == mine then return {v} end
if v < mine or mine < 0 or v - mine > tonumber(ARGV[3]) then return {v, 'reload'} end
local most = tonumber(ARGV[3]) * 4
local entries = redis.call('XRANGE', KEYS[2], tostring(mine + 1) .. '-0', '+', 'COUNT', most)
if #entries == 0 or #entries >= most or tonumber(string.match(entries[1][1], '^(%d+)')) ~= mine + 1 then return {v, 'reload'} end
local values = {}
for i, entry in ipairs(entries) do
  local f = entry[2]
  local fields = {}
  for j = 1, #f, 2 do fields[f[j]] = f[j + 1] end
  if fields['reset'] then return {v, 'reload'} end
  if fields['c'] then
    values[i] = redis.call('HGET', ARGV[2] .. 'records:' .. fields['c'], fields['k']) or ''
  else
    values[i] = ''
  end
end
return {v, entries, values}
"""

# The lock (``SET NX PX``) and, when it is taken, what ``_SYNC`` answers: ``{-1}`` when another holds it.
# ARGV: those of _SYNC, then the token and the lease in milliseconds.
_LOCK_AND_SYNC = """
if not redis.call('SET', KEYS[3], ARGV[4], 'NX', 'PX', ARGV[5]) then return {-1} end
""" + _SYNC

_UNLOCK = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"

# One operation's changes, the change log and the new version, written only while the lock is ``token``'s
# (else the error ``LOCKLOST``), then the lock released. KEYS: lock, version, log, sequences, then each
# change's records hash and order set. ARGV: token, number of changes, log length, whether the sequences
# changed (1/0), the sequences as JSON, then name, key, JSON ('' when deleted), moved (1/0) per change,
# then the sequences as name, value pairs.
_COMMIT = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return redis.error_reply('LOCKLOST the state lock expired') end
local version = tonumber(redis.call('GET', KEYS[2]) or '0') + 1
local n = tonumber(ARGV[2])
local maxlen = ARGV[3]
for i = 1, n do
  local a = 5 + (i - 1) * 4
  local name, key, json, moved = ARGV[a + 1], ARGV[a + 2], ARGV[a + 3], ARGV[a + 4]
  local records, order = KEYS[3 + 2 * i], KEYS[4 + 2 * i]
  local score = string.format('%d', version * 1000000 + i - 1)
  if json == '' then
    redis.call('HDEL', records, key)
    redis.call('ZREM', order, key)
  else
    redis.call('HSET', records, key, json)
    if moved == '1' then
      redis.call('ZADD', order, score, key)
    else
      redis.call('ZADD', order, 'NX', score, key)
    end
  end
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', maxlen, string.format('%d-%d', version, i),
             'c', name, 'k', key, 'm', moved)
end
if ARGV[4] == '1' then
  redis.call('DEL', KEYS[4])
  local first = 6 + n * 4
  if #ARGV >= first then redis.call('HSET', KEYS[4], unpack(ARGV, first)) end
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', maxlen, string.format('%d-%d', version, n + 1), 'seq', ARGV[5])
end
redis.call('SET', KEYS[2], string.format('%d', version))
redis.call('DEL', KEYS[1])
return version
"""


def _record_json(record: Any) -> bytes:
    from partner_contracts.runtime.values import Record, _plain

    def default(value: Any) -> Any:
        if isinstance(value, Record):  # a record inside a record: its mapping, as it is sent
            return dict(value)
        return _plain(value)

    private = getattr(record, "private", None) or {}
    try:
        return orjson.dumps({"f": dict(record), "p": private}, default=default,
                            option=orjson.OPT_PASSTHROUGH_SUBCLASS)
    except TypeError:  # an integer beyond 64 bits (fuzzers send 10**400): the standard library keeps it exact
        return b"=" + json.dumps({"f": dict(record), "p": private}, default=default).encode()


def _record_from(raw: bytes) -> Any:
    from partner_contracts.runtime.values import Record

    loaded = json.loads(raw[1:]) if raw[:1] == b"=" else orjson.loads(raw)
    record = Record(loaded["f"])
    record.private = loaded["p"]
    return record


class RedisStore(Store):
    """The state of one API in Redis, shared by every process that names the same URL."""

    shared = True

    def __init__(self, url: str, api: str) -> None:
        super().__init__()
        self.url = url
        self.prefix = f"partner-contracts:{api}:"
        self.version = -1  # of the local copy; -1: not loaded
        self.dirty: dict[tuple[str, str], bool] = {}  # (collection, key) -> moved to the end (a put)
        self.sequences_before: dict[str, int] = {}
        self._client: Any = None
        self._loop: Any = None
        self._local: asyncio.Lock | None = None
        self._sync: Any = None
        self._lock_and_sync: Any = None
        self._commit: Any = None
        self._unlocking: set[asyncio.Task[None]] = set()

    def key(self, *parts: str) -> str:
        return self.prefix + ":".join(parts)

    # -- the connection, one per event loop (uvicorn's, or a test client's) --
    def client(self) -> Any:
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            import redis.asyncio

            self._client = redis.asyncio.from_url(self.url, socket_timeout=STATE_TIMEOUT,
                                                  socket_connect_timeout=STATE_TIMEOUT)
            self._sync = self._client.register_script(_SYNC)
            self._lock_and_sync = self._client.register_script(_LOCK_AND_SYNC)
            self._commit = self._client.register_script(_COMMIT)
            self._local = asyncio.Lock()
            self._loop = loop
            self.version = -1  # another loop may have left the copy behind
        return self._client

    # -- the changes an operation makes (recorded, written back when it ends) --
    def put(self, name: str, record: Any) -> list[str]:
        collection = self.collections[name]
        key = collection.key_of(record)
        gone = collection.put(record)
        for evicted in gone:  # the oldest go: gone from Redis too
            self.dirty[(name, evicted)] = False
        self.dirty[(name, key)] = True
        return gone

    def delete(self, name: str, key: str) -> None:
        super().delete(name, key)
        self.dirty[(name, key)] = False

    def changed(self, name: str, record: Any) -> None:
        super().changed(name, record)
        key = self.collections[name].key_of(record)
        self.dirty.setdefault((name, key), False)

    # -- one operation --
    @asynccontextmanager
    async def transaction(self, writes: bool) -> AsyncIterator[None]:
        import redis.exceptions

        try:
            async with asyncio.timeout(STATE_TIMEOUT):  # the whole wait (lock, catch-up, write) is bounded
                async with self._transaction_in_redis(writes):
                    yield
        except (redis.exceptions.RedisError, TimeoutError) as exc:  # Redis down, stalled or refusing: a 503
            self.version = -1
            cause = redact_urls(str(exc)) or f"no answer within {STATE_TIMEOUT:g} s"
            raise StateError(f"Redis at {redact_urls(self.url)}: {cause}") from None

    @asynccontextmanager
    async def _transaction_in_redis(self, writes: bool) -> AsyncIterator[None]:
        client = self.client()
        if not writes:
            await self._bring_up_to_date(client)
            yield
            return
        assert self._local is not None
        async with self._local:  # one writer per process at a time; then one across processes
            token = uuid.uuid4().hex
            locked = False
            try:
                await self._lock(client, token, sync=True)
                locked = True
                self.dirty.clear()
                self.sequences_before = dict(self.sequences)
                try:
                    yield
                except BaseException as exc:
                    from .records import ActionError

                    if not isinstance(exc, ActionError) or self.dirty:
                        self.version = -1  # the local copy may hold a half-made change: reload it
                    raise
                locked = not await self._write_back(client, token)
            except BaseException:
                if locked:  # failed or out of time: the lock is given back without waiting (its lease ends anyway)
                    self._unlock_later(client, token)
                    locked = False
                raise
            finally:
                self.dirty.clear()
                if locked:
                    await self._unlock(client, token)

    async def reset_shared(self) -> None:
        import redis.exceptions

        client = self.client()
        assert self._local is not None
        try:
            async with asyncio.timeout(STATE_TIMEOUT), self._local:
                token = uuid.uuid4().hex
                await self._lock(client, token)
                try:
                    self.reset()
                    await self._write_all(client, token)
                except BaseException:
                    self._unlock_later(client, token)
                    raise
                await self._unlock(client, token)
        except (redis.exceptions.RedisError, TimeoutError) as exc:
            self.version = -1
            raise StateError(f"Redis at {redact_urls(self.url)}: {redact_urls(str(exc)) or 'no answer'}") from None

    def _unlock_later(self, client: Any, token: str) -> None:
        """Release our lock in the background, bounded (a stalled Redis cannot hold the request)."""

        async def unlock() -> None:
            try:
                async with asyncio.timeout(STATE_TIMEOUT):
                    await self._unlock(client, token)
            except Exception as exc:  # noqa: BLE001 - the lease (lock_ms) ends it anyway
                log.info("the state lock could not be released (%s); its lease ends it", redact_urls(str(exc)))

        task = asyncio.get_running_loop().create_task(unlock())
        self._unlocking.add(task)
        task.add_done_callback(self._unlocking.discard)

    async def _lock(self, client: Any, token: str, sync: bool = False) -> None:
        """Take the state lock; with ``sync``, in the same round trip bring the local copy up to date."""
        delay = 0.0005
        while True:
            if sync:
                mine = self.version
                answer = await self._lock_and_sync(
                    keys=[self.key("version"), self.key("log"), self.key("lock")],
                    args=[mine, self.prefix, CATCH_UP, token, lock_ms()],
                    client=client)
                if int(answer[0]) != -1:
                    if self.version != mine:  # a reader of this process brought the copy further meanwhile
                        await self._bring_up_to_date(client, token)
                    else:
                        await self._catch_up(client, answer, token)
                    return
            elif await client.set(self.key("lock"), token, nx=True, px=lock_ms()):
                return
            await asyncio.sleep(delay * (1 + random.random()))
            delay = min(delay * 2, 0.002)  # a lock is held for a few milliseconds: poll often

    async def _unlock(self, client: Any, token: str) -> None:
        await client.eval(_UNLOCK, 1, self.key("lock"), token)

    async def _bring_up_to_date(self, client: Any, token: str | None = None) -> None:
        mine = self.version
        args = [mine, self.prefix, CATCH_UP]
        answer = await self._sync(keys=[self.key("version"), self.key("log")], args=args, client=client)
        while self.version != mine:  # another request of this process brought the copy further meanwhile
            mine = args[0] = self.version
            answer = await self._sync(keys=[self.key("version"), self.key("log")], args=args, client=client)
        await self._catch_up(client, answer, token)

    async def _catch_up(self, client: Any, answer: list[Any], token: str | None) -> None:
        """Apply what ``_SYNC`` answered for this copy's version."""
        version = int(answer[0])
        if version == 0:  # nothing in Redis yet: this process seeds it
            if token is None:
                token = uuid.uuid4().hex
                await self._lock(client, token)
                try:
                    await self._bring_up_to_date(client, token)
                finally:
                    await self._unlock(client, token)
                return
            self.reset()
            await self._write_all(client, token)
            return
        if len(answer) == 1:
            return
        entries = answer[1]
        if entries == b"reload":
            await self._load(client)
            return
        for (_, fields), current in zip(entries, answer[2]):
            self._apply(dict(zip(fields[::2], fields[1::2])), current)
        self.version = version

    def _apply(self, entry: dict[bytes, bytes], current: bytes) -> None:
        """One change-log entry, with the record's JSON as it is now in Redis (b'' when it is gone)."""
        if b"seq" in entry:
            self.sequences.clear()
            self.sequences.update(orjson.loads(entry[b"seq"]))
            return
        collection = self.collections[entry[b"c"].decode()]
        key = entry[b"k"].decode()
        if not current:
            collection.records.pop(key, None)
            return
        collection.records[key] = _record_from(current)
        if entry.get(b"m") == b"1":
            collection.records.move_to_end(key)

    async def _load(self, client: Any) -> None:
        """The whole state, read in one MULTI/EXEC (a consistent snapshot)."""
        names = list(self.collections)
        mine = self.version
        async with client.pipeline(transaction=True) as pipe:
            pipe.get(self.key("version"))
            pipe.hgetall(self.key("sequences"))
            for name in names:
                pipe.zrange(self.key("order", name), 0, -1)
                pipe.hgetall(self.key("records", name))
            replies = await pipe.execute()
        if self.version != mine:
            return  # another request of this process loaded it meanwhile
        self.version = int(replies[0] or 0)
        self.sequences.clear()
        self.sequences.update({k.decode(): int(v) for k, v in replies[1].items()})
        for index, name in enumerate(names):
            order, records = replies[2 + 2 * index], replies[3 + 2 * index]
            collection = self.collections[name]
            collection.records.clear()
            for key in order:
                raw = records.get(key)
                if raw is not None:
                    collection.records[key.decode()] = _record_from(raw)

    async def _transaction(self, client: Any, token: str, write: Callable[[Any, int], None]) -> None:
        """Run ``write(pipe, new_version)`` in a MULTI/EXEC that holds only while our lock does."""
        import redis.exceptions

        async with client.pipeline(transaction=True) as pipe:
            try:
                await pipe.watch(self.key("lock"))
                if (await pipe.get(self.key("lock"))) != token.encode():
                    raise StateError("the state lock expired during an operation; the change was not written")
                version = int(await pipe.get(self.key("version")) or 0) + 1
                pipe.multi()
                write(pipe, version)
                pipe.set(self.key("version"), version)
                await pipe.execute()
            except redis.exceptions.WatchError:
                self.version = -1
                raise StateError("the state lock was taken over during an operation; the change was not written") \
                    from None
        self.version = version

    async def _write_back(self, client: Any, token: str) -> bool:
        """Write this operation's changes and release the lock, in one script; False (the lock still held)
        when there was nothing to write."""
        import redis.exceptions

        seq_changed = self.sequences != self.sequences_before
        if not self.dirty and not seq_changed:
            return False
        keys = [self.key("lock"), self.key("version"), self.key("log"), self.key("sequences")]
        changes: list[Any] = []
        for (name, key), moved in self.dirty.items():
            record = self.collections[name].records.get(key)
            keys += [self.key("records", name), self.key("order", name)]
            changes += [name, key, b"" if record is None else _record_json(record), b"1" if moved else b"0"]
        args: list[Any] = [token, len(self.dirty), LOG_LENGTH, b"1" if seq_changed else b"0",
                           orjson.dumps(self.sequences) if seq_changed else b"", *changes]
        if seq_changed:
            for name, value in self.sequences.items():
                args += [name, value]
        try:
            version = await self._commit(keys=keys, args=args, client=client)
        except redis.exceptions.ResponseError as exc:
            self.version = -1
            if "LOCKLOST" in str(exc):
                raise StateError("the state lock expired during an operation; the change was not written") \
                    from None
            raise
        self.version = int(version)
        return True

    async def _write_all(self, client: Any, token: str) -> None:
        """The local state as the whole shared state (seeding, reset): other processes reload it."""

        def write(pipe: Any, version: int) -> None:
            for name, collection in self.collections.items():
                pipe.delete(self.key("records", name), self.key("order", name))
                if collection.records:
                    pipe.hset(self.key("records", name),
                              mapping={k: _record_json(r) for k, r in collection.records.items()})
                    pipe.zadd(self.key("order", name),
                              {k: version * 1_000_000 + i for i, k in enumerate(collection.records)})
            pipe.delete(self.key("sequences"), self.key("log"))
            if self.sequences:
                pipe.hset(self.key("sequences"), mapping=self.sequences)
            pipe.xadd(self.key("log"), {"reset": b"1"}, id=f"{version}-1")

        await self._transaction(client, token, write)


def open_store(state: str, api: str) -> Store:
    """The store ``--state`` names: ``memory`` or ``redis://host:port/db``."""
    if state in ("", "memory"):
        return Store()
    if state.startswith(("redis://", "rediss://", "unix://")):
        return RedisStore(state, api)
    raise ValueError(f"--state {state!r}: use `memory` or `redis://host:port/db`")


def check_reachable(state: str) -> None:
    """Fail early, with the URL, when ``--state`` names a Redis that does not answer."""
    if not state.startswith(("redis://", "rediss://", "unix://")):
        return
    import redis

    try:
        redis.Redis.from_url(state, socket_connect_timeout=3).ping()
    except redis.exceptions.RedisError as exc:
        raise StateError(f"--state {redact_urls(state)}: Redis does not answer ({redact_urls(str(exc))}); start "
                         "redis-server or fix the URL") from None
