"""The webhook outbox in Redis (``--state redis://…`` with ``--webhook-url``): durable, shared by workers.

Per API, ``SHARDS`` Redis Streams (``partner-contracts:<api>:outbox:<shard>``; an event's shard is chosen by
the resource it is about, so one record's events stay in one stream, in order) with one consumer group.

- The request path (``RedisOutbox.append``) adds a write's events in one script, before the answer goes
  out: an acknowledged write's events are in Redis. The outbox is bounded in bytes (``max_bytes``, counted
  in Redis): past it the event is dropped and counted (the receiver cannot keep up).
- Any process delivers (``RedisDispatcher``: every mock worker, or ``partner-contracts mock dispatch``): a
  shard is delivered by the process that holds its lease (``SET NX PX``, renewed; a killed holder's lease
  runs out after ``LEASE_MS``), which first takes over the entries read but never acknowledged (the
  group's pending list: delivery resumes after a restart), then reads new ones. Each goes through the
  in-memory dispatcher (fair turns across tenants, per-resource order, retries with backoff) and is
  acknowledged (``XACK`` + ``XDEL``) after a 2xx; after the last attempt it moves to the dead-letter stream
  (``partner-contracts:<api>:outbox:dead``, last ``DEAD_LENGTH`` kept). At least once: a delivery whose
  acknowledgement a crash lost is sent again.

Kept apart from ``behaviour/store.py`` (its own keys, scripts and connections): the state and the outbox
share only the Redis URL.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
import zlib
from collections.abc import Iterable
from typing import Any

import orjson

from partner_contracts.runtime.redact import redact_urls

from .behaviour.store import StateError
from .dispatch import MAX_BYTES, Dispatcher, Event

log = logging.getLogger("partner_contracts.mock.dispatch")

SHARDS = 4
GROUP = "dispatchers"
CONSUMER = "owner"  # one name for every process: the lease holder of a shard takes over its pending list
LEASE_MS = 3000
RENEW_S = 1.0
READ_AHEAD = 8 * 1024 * 1024  # bytes of events a dispatcher holds in memory at most (read from its shards)
DEAD_LENGTH = 10_000
TIMEOUT = 5.0

# KEYS: bytes, stats, then one stream per event. ARGV: max_bytes, then per event: webhook, body, headers
# (JSON), tenant, resource, size. Answers how many were dropped (the outbox full).
_APPEND = """
local bytes = tonumber(redis.call('GET', KEYS[1]) or '0')
local max = tonumber(ARGV[1])
local dropped = 0
for i = 1, #KEYS - 2 do
  local a = 1 + (i - 1) * 6
  local size = tonumber(ARGV[a + 6])
  redis.call('HINCRBY', KEYS[2], 'queued', 1)
  if bytes + size > max then
    dropped = dropped + 1
    redis.call('HINCRBY', KEYS[2], 'dropped', 1)
  else
    redis.call('XADD', KEYS[2 + i], '*', 'w', ARGV[a + 1], 'b', ARGV[a + 2], 'h', ARGV[a + 3], 't', ARGV[a + 4],
               'r', ARGV[a + 5], 'n', ARGV[a + 6])
    bytes = bytes + size
  end
end
redis.call('SET', KEYS[1], bytes)
return dropped
"""

# Done events. KEYS: bytes, stats, dead, then one stream per event. ARGV: status (delivered|failed), dead
# length, then per event: entry id, size. A failed event is copied to the dead-letter stream first.
_DONE = """
local n = 0
local size = 0
for i = 1, #KEYS - 3 do
  local stream, id = KEYS[3 + i], ARGV[1 + 2 * i]
  if ARGV[1] == 'failed' then
    local entry = redis.call('XRANGE', stream, id, id)
    if #entry == 1 then
      local fields = entry[1][2]
      table.insert(fields, 'from'); table.insert(fields, stream .. ' ' .. id)
      redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[2], '*', unpack(fields))
    end
  end
  if redis.call('XACK', stream, 'dispatchers', id) == 1 then
    redis.call('XDEL', stream, id)
    n = n + 1
    size = size + tonumber(ARGV[2 + 2 * i])
  end
end
if n > 0 then
  redis.call('HINCRBY', KEYS[2], ARGV[1], n)
  if tonumber(redis.call('DECRBY', KEYS[1], size)) < 0 then redis.call('SET', KEYS[1], 0) end
end
return n
"""

# A shard's lease: taken when free, renewed when ours. KEYS: lease. ARGV: token, ms. 1 when ours.
_LEASE = """
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0
"""


def prefix(api: str) -> str:
    return f"partner-contracts:{api}:outbox:"


def shard_of(resource: str, shards: int = SHARDS) -> int:
    return zlib.crc32(resource.encode()) % shards


def _client(url: str) -> Any:
    import redis.asyncio

    return redis.asyncio.from_url(url, socket_timeout=TIMEOUT, socket_connect_timeout=TIMEOUT)


class RedisOutbox:
    """The request side: appends a write's events (one round trip), and the counts for GET /_mock/webhooks."""

    def __init__(self, url: str, max_bytes: int = MAX_BYTES, shards: int = SHARDS) -> None:
        self.url, self.max_bytes, self.shards = url, max_bytes, shards
        self._loop: Any = None
        self._client: Any = None
        self._append: Any = None

    def client(self) -> Any:
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            self._client = _client(self.url)
            self._append = self._client.register_script(_APPEND)
            self._loop = loop
        return self._client

    async def append(self, events: Iterable[Event]) -> int:
        """Add ``events`` (of one API or several); answers how many were dropped (the outbox full).
        ``StateError`` when Redis does not take them (the write is then not acknowledged: a 503)."""
        import redis.exceptions

        try:
            return await self._add(events)
        except (redis.exceptions.RedisError, OSError) as exc:
            raise StateError(f"the webhook outbox in Redis: {exc}") from None

    async def _add(self, events: Iterable[Event]) -> int:
        client = self.client()
        by_api: dict[str, list[Event]] = {}
        for event in events:
            by_api.setdefault(event.api, []).append(event)
        dropped = 0
        for api, mine in by_api.items():
            p = prefix(api)
            keys = [p + "bytes", p + "stats"] + [f"{p}{shard_of(e.resource, self.shards)}" for e in mine]
            args: list[Any] = [self.max_bytes]
            for e in mine:
                args += [e.webhook, e.body or b"", orjson.dumps(e.headers), e.tenant, e.resource, e.size]
            dropped += int(await self._append(keys=keys, args=args, client=client))
        return dropped

    async def report(self, apis: Iterable[str]) -> dict[str, Any]:
        import redis.exceptions

        try:
            return await self._report(apis)
        except (redis.exceptions.RedisError, OSError) as exc:
            raise StateError(f"the webhook outbox in Redis does not answer: {exc}") from None

    async def _report(self, apis: Iterable[str]) -> dict[str, Any]:
        client = self.client()
        totals = {"queued": 0, "delivered": 0, "retried": 0, "failed": 0, "dropped": 0, "bytes": 0, "queue": 0,
                  "dead_letters": 0}
        async with client.pipeline(transaction=False) as pipe:
            for api in apis:
                p = prefix(api)
                pipe.hgetall(p + "stats")
                pipe.get(p + "bytes")
                pipe.xlen(p + "dead")
                for shard in range(self.shards):
                    pipe.xlen(f"{p}{shard}")
            replies = await pipe.execute()
        step = 3 + self.shards
        for i in range(0, len(replies), step):
            stats, size, dead, *lengths = replies[i:i + step]
            for key, value in (stats or {}).items():
                name = key.decode()
                if name in totals:
                    totals[name] += int(value)
            totals["bytes"] += int(size or 0)
            totals["dead_letters"] += int(dead or 0)
            totals["queue"] += sum(int(n or 0) for n in lengths)
        return {"outbox": "redis", "max_bytes": self.max_bytes, **totals}


class RedisDispatcher(Dispatcher):
    """Delivers the Redis outbox of ``apis`` from its own thread: the shards whose lease it holds."""

    def __init__(self, state_url: str, url: str, apis: list[str], shards: int = SHARDS, **options: Any) -> None:
        # the local outbox never drops (what it holds is in Redis, unacknowledged): the feeder stops reading
        # past READ_AHEAD bytes instead
        super().__init__(url, **{**options, "max_bytes": 1 << 62})
        self.state_url, self.apis, self.shards = state_url, list(apis), shards
        self.token = uuid.uuid4().hex
        self.owned: set[tuple[str, int]] = set()
        self._acks: dict[str, list[Event]] = {"delivered": [], "failed": []}
        self._ack_wake: asyncio.Event | None = None
        self.retried_reported = 0

    def _jobs(self) -> list[Any]:
        return [self._feed(), self._acknowledge()]

    def _done(self, events: list[Event], status: str) -> None:
        self._acks[status].extend(e for e in events if e.ref is not None)
        if self._ack_wake is not None:
            self._ack_wake.set()

    async def _feed(self) -> None:
        """Hold leases, take over what a previous holder left pending, read new events into the outbox."""
        import redis.exceptions

        client = _client(self.state_url)
        lease = client.register_script(_LEASE)
        for api in self.apis:
            for shard in range(self.shards):
                try:
                    await client.xgroup_create(f"{prefix(api)}{shard}", GROUP, id="0", mkstream=True)
                except redis.exceptions.ResponseError as exc:  # BUSYGROUP: another process made it
                    if "BUSYGROUP" not in str(exc):
                        raise
        loop = asyncio.get_running_loop()
        renewed = 0.0
        pending: dict[tuple[str, int], bytes] = {}  # shard -> the last pending entry taken over
        while True:
            try:
                if loop.time() - renewed >= RENEW_S:
                    renewed = loop.time()
                    for api in self.apis:
                        for shard in range(self.shards):
                            key = (api, shard)
                            ours = await lease(keys=[f"{prefix(api)}lease:{shard}"], args=[self.token, LEASE_MS],
                                               client=client)
                            if ours and key not in self.owned:
                                self.owned.add(key)
                                pending[key] = b"0"  # first what the last holder read and never acknowledged
                            elif not ours:
                                self.owned.discard(key)
                                pending.pop(key, None)
                if not self.owned or self.outbox.bytes > READ_AHEAD:
                    await asyncio.sleep(0.05)
                    continue
                if pending:
                    (api, shard), after = next(iter(pending.items()))
                    stream = f"{prefix(api)}{shard}"
                    answer = await client.xreadgroup(GROUP, CONSUMER, {stream: after}, count=64)
                    entries = answer[0][1] if answer else []
                    if entries:
                        pending[(api, shard)] = entries[-1][0]
                        self._take(api, stream, entries)
                    else:
                        del pending[(api, shard)]
                    continue
                streams = {f"{prefix(api)}{shard}": ">" for api, shard in sorted(self.owned)}
                answer = await client.xreadgroup(GROUP, CONSUMER, streams, count=64, block=50)
                for stream, entries in answer or []:
                    name = stream.decode()
                    self._take(name[len("partner-contracts:"):].split(":", 1)[0], name, entries)
            except (redis.exceptions.RedisError, OSError) as exc:  # Redis away: again later, the outbox is there
                log.warning("webhook outbox: Redis at %s: %s; retrying in 1 s", redact_urls(self.state_url), exc)
                self.owned.clear()
                pending.clear()
                renewed = 0.0
                await asyncio.sleep(1)

    def _take(self, api: str, stream: str, entries: list[Any]) -> None:
        events = []
        for entry_id, fields in entries:
            if not fields:  # deleted meanwhile (acknowledged by an earlier holder)
                continue
            event = Event(api, fields[b"w"].decode(), fields[b"b"], orjson.loads(fields[b"h"]), fields[b"t"].decode(),
                          "")
            event.resource = fields[b"r"].decode()
            event.size = int(fields[b"n"])
            event.ref = (stream, entry_id)
            events.append(event)
        if events:
            self.send(events)

    async def _acknowledge(self) -> None:
        import redis.exceptions

        client = _client(self.state_url)
        done = client.register_script(_DONE)
        self._ack_wake = wake = asyncio.Event()
        while True:
            await wake.wait()
            wake.clear()
            await asyncio.sleep(0.005)  # a batch
            retried = self.outbox.counts["retried"]
            if retried > self.retried_reported:
                try:
                    await client.hincrby(prefix(self.apis[0]) + "stats", "retried", retried - self.retried_reported)
                    self.retried_reported = retried
                except (redis.exceptions.RedisError, OSError) as exc:
                    log.warning("webhook outbox: counting retries in Redis failed (counted next time): %s", exc)
            for status in ("delivered", "failed"):
                events, self._acks[status] = self._acks[status], []
                by_api: dict[str, list[Event]] = {}
                for event in events:
                    by_api.setdefault(event.api, []).append(event)
                for api, mine in by_api.items():
                    p = prefix(api)
                    keys = [p + "bytes", p + "stats", p + "dead"] + [e.ref[0] for e in mine if e.ref]
                    args: list[Any] = [status, DEAD_LENGTH]
                    for e in mine:
                        assert e.ref is not None
                        args += [e.ref[1], e.size]
                    try:
                        await done(keys=keys, args=args, client=client)
                    except (redis.exceptions.RedisError, OSError) as exc:  # delivered again later (at least once)
                        log.warning("webhook outbox: acknowledging %d deliveries in Redis failed: %s", len(mine), exc)
