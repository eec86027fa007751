"""Webhook deliveries to ``--webhook-url``, off the request path: an outbox and the dispatcher that sends it.

The request path pays an append (``Outbox.append``: a lock and a deque push); the ``Dispatcher`` runs in
its own thread with its own event loop and POSTs the events. On Linux that thread runs at the lowest
priority (``nice`` 19): the request loop's thread gets the CPU first and deliveries take what it leaves
(its waits between reads), instead of preempting it on every wake-up; under a load that leaves nothing
the scheduler still gives them a share, and the outbox's bound holds what waits. Each of its
``connections`` (the second only while more than a batch waits) keeps one HTTP/1.1 connection to the
receiver (``Receiver``: an asyncio protocol, answers parsed by httptools) and sends up to
``batch`` deliveries in one write (HTTP/1.1 pipelining, answered in order): a delivery costs the process a
few microseconds, not a request's worth of CPU, so the mock keeps its throughput with webhooks on.

Delivery, as Stripe, Shopify and GitHub deliver:
- at least once: a 2xx is delivered; a connection error, a timeout or a 5xx is tried again after an
  exponential backoff (0.5 s, 1 s, 2 s …) up to ``attempts`` tries, then failed; a 4xx is final;
- in order per resource: the next event about a record waits until the one before it is delivered or
  given up (other records' events go on meanwhile);
- fair across tenants (``tenant``: an API and the credential or ``X-Mock-Tenant`` a request came with):
  deliveries are taken from the tenants' queues in turn, so one tenant's flood cannot starve another's.

Backpressure is honest: the outbox is bounded in bytes (``max_bytes``, bodies and headers); only when it
is full — the receiver cannot keep up — does an append drop the oldest waiting delivery of the tenant
holding the most bytes (counted, logged at most every 10 s). ``rate`` (``--webhook-rate``, default off)
paces attempts for a receiver that needs it. ``GET /_mock/webhooks`` shows queued / delivered / retried /
failed / dropped and the last ``keep`` deliveries (their sizes, not their bodies).

With ``--state redis://…`` the outbox is a Redis Stream per API instead (``redis_outbox``), delivered by
the same ``Receiver``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import ssl
import sys
import threading
import time
import urllib.parse
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from typing import Any, cast

import httptools

from partner_contracts.runtime.redact import redact_urls

log = logging.getLogger("partner_contracts.mock.dispatch")

MAX_BYTES = 64 * 1024 * 1024  # the outbox's bound: bodies and headers of the deliveries not yet done
KEEP = 100  # deliveries listed by GET /_mock/webhooks (their summaries: the bodies are not kept)
BATCH = 256  # deliveries pipelined on one connection at a time
CONNECTIONS = 2  # connections to the receiver
LINGER = 0.02  # seconds an idle dispatcher waits after the first append for more (a batch, one wake-up)
# Seconds the answers to a pipelined batch are left to gather before they are read: read as they come, each
# answer is a wake-up of the dispatcher's thread, which takes the GIL from the request loop's (a context
# switch each; 0.67 a request in the state-changing mix with webhooks, 0.26 with this pause).
GATHER_S = 0.005
STOP_POLL_S = 0.05  # seconds between the cancels of a worker that outlived one (``_main``)
NICE = 19  # the dispatcher thread's niceness (Linux; 0 leaves it at the process's)
EVENT_COST = 512  # bytes an event costs beyond its body: its headers (a content type, signatures), the
# object and its queue entries


class DeliveryError(Exception):
    """An attempt that got no HTTP answer; the message is the cause as logged (``ConnectError: …``)."""


class _Connection(asyncio.Protocol):
    """The receiving side of one connection: the answers' statuses, in order (httptools parses them)."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.statuses: list[int] = []
        self.expected = 0
        self.waiter: asyncio.Future[None] | None = None
        self.lost: str | None = None  # why the connection can no longer be used
        self.keep_alive = True

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # (uvloop's is one, not a subclass)

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self.fail(f"RemoteProtocolError: {exc}")

    def on_headers_complete(self) -> None:
        self.keep_alive = self.keep_alive and self.parser.should_keep_alive()

    def on_message_complete(self) -> None:
        self.statuses.append(self.parser.get_status_code())
        if len(self.statuses) >= self.expected:
            self._wake()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.lost is None:
            self.lost = "RemoteProtocolError: the receiver closed the connection" if exc is None \
                else f"{type(exc).__name__}: {exc}"
        self._wake()

    def fail(self, cause: str) -> None:
        self.lost = cause
        if self.transport is not None:
            self.transport.close()
        self._wake()

    def _wake(self) -> None:
        if self.waiter is not None and not self.waiter.done():
            self.waiter.set_result(None)


class Receiver:
    """One kept-alive HTTP/1.1 connection to the webhook URL. ``post_many`` writes several requests at
    once and answers the statuses of those answered, in order, and why the rest were not (``None`` when
    all were). A connection the receiver closed (idle, ``Connection: close``) is opened anew next time."""

    def __init__(self, url: str, timeout: float) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"webhook URL {url!r}: http:// or https:// with a host")
        self.https = parts.scheme == "https"
        self.host = parts.hostname
        self.port = parts.port or (443 if self.https else 80)
        authority = parts.netloc.rsplit("@", 1)[-1]
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.head = (f"POST {target} HTTP/1.1\r\nhost: {authority}\r\nuser-agent: partner-contracts-mock\r\n"
                     ).encode("latin-1")
        self.timeout = timeout
        self.depth = 1 << 30  # requests written at a time: lowered for a receiver that closes after fewer
        self._conn: _Connection | None = None

    def request(self, body: bytes, headers: bytes) -> bytes:
        """One POST as bytes: ``headers`` are ``name: value\\r\\n`` lines (``header_lines``)."""
        return b"%s%scontent-length: %d\r\n\r\n%s" % (self.head, headers, len(body), body)

    async def post(self, body: bytes, headers: dict[str, str]) -> int:
        """One delivery: its status, or ``DeliveryError`` / ``asyncio.TimeoutError``."""
        statuses, cause = await self.post_many([self.request(body, header_lines(headers))])
        if statuses:
            return statuses[0]
        if cause and cause.startswith("timed out"):
            raise asyncio.TimeoutError(cause)
        raise DeliveryError(cause or "no answer")

    async def post_many(self, requests: list[bytes]) -> tuple[list[int], str | None]:
        statuses: list[int] = []
        cause: str | None = None
        reused = self._conn is not None
        while requests:
            try:
                done, cause = await asyncio.wait_for(self._exchange(requests), self.timeout)
            except asyncio.TimeoutError:
                self.close()
                return statuses, f"timed out after {self.timeout:g} s"
            statuses += done
            requests = requests[len(done):]
            if not requests or done or not reused:
                break
            reused = False  # nothing answered on a kept connection: the receiver may have closed it idle
        return statuses, (cause if requests else None)

    async def _exchange(self, requests: list[bytes]) -> tuple[list[int], str | None]:
        loop = asyncio.get_running_loop()
        if self._conn is None or self._conn.lost is not None:
            self.close()
            try:
                _, conn = await loop.create_connection(
                    _Connection, self.host, self.port, ssl=ssl.create_default_context() if self.https else None)
            except OSError as exc:
                return [], f"ConnectError: {exc}"
            self._conn = conn
        conn = self._conn
        assert conn.transport is not None
        conn.statuses, conn.expected = [], len(requests)
        conn.transport.write(b"".join(requests))
        if len(requests) > 1:  # the answers gather in the socket and are read at once (GATHER_S)
            conn.transport.pause_reading()
            await asyncio.sleep(GATHER_S)
            if conn.lost is None:
                conn.transport.resume_reading()
        while len(conn.statuses) < conn.expected and conn.lost is None:
            conn.waiter = loop.create_future()
            await conn.waiter
        statuses, lost = conn.statuses, conn.lost
        if lost is not None or not conn.keep_alive:
            self.close()
        return statuses, (lost or "RemoteProtocolError: the receiver closed the connection") \
            if len(statuses) < len(requests) else None

    def close(self) -> None:
        if self._conn is not None and self._conn.transport is not None:
            self._conn.transport.close()
        self._conn = None


def background(nice: int) -> None:
    """The calling thread at niceness ``nice`` (at least the one it has: lowering a priority needs no
    privilege, raising one does). Linux only, where a thread is a task the scheduler weighs on its own:
    at 19 it weighs 15 against the request loop's 1024, and a wake-up of it no longer preempts that loop."""
    if not nice or not sys.platform.startswith("linux"):
        return
    tid = threading.get_native_id()
    try:
        os.setpriority(os.PRIO_PROCESS, tid, max(nice, os.getpriority(os.PRIO_PROCESS, tid)))
    except OSError as exc:  # a sandbox that forbids it: deliveries at the process's own priority
        log.info("webhook dispatcher: priority left as it is (%s)", exc)


def header_lines(headers: dict[str, str]) -> bytes:
    return ("\r\n".join(map(": ".join, headers.items())) + "\r\n").encode("latin-1") if headers else b""


class Event:
    """One delivery: what to send, whose it is (``tenant``), what it is about (``resource``) and how it
    went. Its body is let go once it is done (delivered, failed or dropped)."""

    __slots__ = ("api", "attempts", "body", "causes", "headers", "queued", "ref", "resource", "size", "status",
                 "tenant", "webhook")

    def __init__(self, api: str, webhook: str, body: bytes, headers: dict[str, str], tenant: str = "",
                 resource: str = "") -> None:
        self.api, self.webhook, self.tenant = api, webhook, tenant or api
        self.body: bytes | None = body
        self.headers = headers
        self.resource = f"{api}:{resource or webhook}"  # events about one resource are delivered in order
        self.size = len(body) + EVENT_COST
        self.attempts = 0
        self.causes: tuple[str, ...] = ()  # (not a list: no container for the collector to track)
        self.status = "queued"  # queued | retrying | delivered | failed | dropped
        self.queued = time.time()
        self.ref: tuple[str, bytes] | None = None  # where a durable outbox keeps it (stream, entry id)

    @classmethod
    def of(cls, record: dict[str, Any]) -> Event:
        return cls(record["api"], record["webhook"], record["body"], record["headers"], record.get("tenant", ""),
                   record.get("resource", ""))

    def summary(self) -> dict[str, Any]:
        return {"api": self.api, "webhook": self.webhook, "status": self.status, "attempts": self.attempts,
                "causes": list(self.causes[-5:]), "queued_at": round(self.queued, 3), "bytes": self.size}


class Outbox:
    """The deliveries not yet done, bounded in bytes, in one queue per tenant; thread-safe (the request
    loop appends, the dispatcher's loop takes). Of the events about one resource only the oldest is in its
    tenant's queue (or in flight, or waiting to be retried); the others wait behind it in ``held``."""

    def __init__(self, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
        self.max_bytes = max_bytes
        self.lock = threading.Lock()
        self.tenants: OrderedDict[str, deque[Event]] = OrderedDict()  # tenants with a ready event, in turn
        self.held: dict[str, deque[Event]] = {}  # resource -> its later events, in order
        self.pending: dict[str, int] = {}  # resource -> its events not done
        self.tenant_bytes: dict[str, int] = {}
        self.bytes = 0
        self.events = 0  # not done
        self.in_flight = 0
        self.retrying = 0
        self.recent: deque[Event] = deque(maxlen=keep)
        self.counts = {"queued": 0, "delivered": 0, "failed": 0, "dropped": 0, "retried": 0}
        self.on_ready: Callable[[], None] | None = None  # the dispatcher's wake-up (any thread)
        self._drop_logged = 0.0

    # the request path --------------------------------------------------------------------------------
    def append(self, events: Iterable[Event]) -> None:
        with self.lock:
            for event in events:
                self.counts["queued"] += 1
                self.recent.append(event)
                if self.bytes + event.size > self.max_bytes and not self._make_room(event):
                    continue
                self.bytes += event.size
                self.events += 1
                self.tenant_bytes[event.tenant] = self.tenant_bytes.get(event.tenant, 0) + event.size
                waiting = self.pending.get(event.resource, 0)
                self.pending[event.resource] = waiting + 1
                if waiting:
                    self.held.setdefault(event.resource, deque()).append(event)
                else:
                    self._ready(event)
        if self.on_ready is not None:
            self.on_ready()

    def _make_room(self, event: Event) -> bool:
        """Drop the oldest waiting deliveries of the tenant holding the most bytes until ``event`` fits;
        False (``event`` dropped) when what is left is in flight or waiting for a retry."""
        while self.bytes + event.size > self.max_bytes:
            candidates = [t for t in self.tenants if self.tenants[t]]
            if not candidates:
                self._drop(event)
                return False
            tenant = max(candidates, key=lambda t: self.tenant_bytes.get(t, 0))
            oldest = self.tenants[tenant].popleft()
            if not self.tenants[tenant]:
                del self.tenants[tenant]
            self._drop(oldest)
            self._finish(oldest)
        return True

    def _drop(self, event: Event) -> None:
        event.status, event.body = "dropped", None
        self.counts["dropped"] += 1
        now = time.monotonic()
        if now - self._drop_logged >= 10:
            self._drop_logged = now
            log.warning("webhook deliveries dropped: the receiver does not keep up and the outbox is full "
                        "(%d bytes; %d dropped so far; see GET /_mock/webhooks)", self.max_bytes,
                        self.counts["dropped"])

    def _ready(self, event: Event, first: bool = False) -> None:
        queue = self.tenants.get(event.tenant)
        if queue is None:
            queue = self.tenants[event.tenant] = deque()
        if first:
            queue.appendleft(event)
        else:
            queue.append(event)

    def _finish(self, event: Event) -> None:
        """``event`` is done: its bytes are given back and its resource's next event becomes ready."""
        self.bytes -= event.size
        self.events -= 1
        left = self.tenant_bytes[event.tenant] - event.size
        if left:
            self.tenant_bytes[event.tenant] = left
        else:
            del self.tenant_bytes[event.tenant]
        waiting = self.pending[event.resource] - 1
        if waiting:
            self.pending[event.resource] = waiting
            held = self.held[event.resource]
            self._ready(held.popleft(), first=True)
            if not held:
                del self.held[event.resource]
        else:
            del self.pending[event.resource]

    # the dispatcher ----------------------------------------------------------------------------------
    def take(self, most: int) -> list[Event]:
        """Up to ``most`` ready events, one from each tenant in turn."""
        taken: list[Event] = []
        with self.lock:
            tenants = self.tenants
            if len(tenants) == 1:  # one tenant: its oldest, at C speed
                tenant, queue = next(iter(tenants.items()))
                taken = [queue.popleft() for _ in range(min(most, len(queue)))]
                if not queue:
                    del tenants[tenant]
            while tenants and len(taken) < most:
                tenant, queue = next(iter(tenants.items()))
                taken.append(queue.popleft())
                if queue:
                    tenants.move_to_end(tenant)
                else:
                    del tenants[tenant]
            self.in_flight += len(taken)
        return taken

    def settle(self, event: Event, status: str) -> None:
        """An attempt's outcome: ``delivered``/``failed`` (done) or ``retrying`` (it keeps its place)."""
        with self.lock:
            self._settle(event, status)

    def delivered(self, events: list[Event]) -> None:
        with self.lock:
            for event in events:
                self._settle(event, "delivered")

    def _settle(self, event: Event, status: str) -> None:
        self.in_flight -= 1
        event.status = status
        if status == "retrying":
            self.counts["retried"] += 1
            self.retrying += 1
            return
        self.counts[status] += 1
        event.body = None
        self._finish(event)

    def retry(self, event: Event) -> None:
        """A retried event's backoff is over: first in its tenant's queue."""
        with self.lock:
            self.retrying -= 1
            self._ready(event, first=True)

    def untake(self, events: list[Event]) -> None:
        """Events taken but not attempted (their connection closed before them): ready again, in order."""
        with self.lock:
            self.in_flight -= len(events)
            for event in reversed(events):
                self._ready(event, first=True)

    def clear_kept(self) -> None:
        with self.lock:
            self.recent.clear()

    def report(self) -> dict[str, Any]:
        with self.lock:
            return {"queue": self.events - self.in_flight - self.retrying, "in_flight": self.in_flight,
                    "waiting_retry": self.retrying, "bytes": self.bytes, "max_bytes": self.max_bytes,
                    "tenants": len(self.tenant_bytes), **self.counts,
                    "recent": [e.summary() for e in reversed(self.recent)]}


class Dispatcher:
    """Delivers an ``Outbox`` to ``url`` from its own thread and event loop (started on the first submit)."""

    def __init__(self, url: str, max_bytes: int = MAX_BYTES, attempts: int = 4, backoff: float = 0.5,
                 timeout: float = 5.0, connections: int = CONNECTIONS, batch: int = BATCH, keep: int = KEEP,
                 rate: float = 0.0, linger: float = LINGER, nice: int = NICE) -> None:
        Receiver(url, timeout)  # a bad URL fails now, not in the thread
        self.linger = linger
        self.nice = nice
        self.url = url
        self.attempts, self.backoff, self.timeout, self.rate = attempts, backoff, timeout, rate
        self.connections, self.batch = connections, batch
        self.outbox = Outbox(max_bytes, keep)
        self.outbox.on_ready = self._ready
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._idle: deque[asyncio.Future[None]] = deque()  # the workers waiting for events (the loop's own)
        self._next_slot = 0.0  # loop time of the next attempt the pace allows
        self._waiting = 0  # len(_idle), read from other threads
        self._wake_pending = False
        self._started = threading.Event()
        self._start_lock = threading.Lock()
        self._stop: asyncio.Future[None] | None = None

    @property
    def counts(self) -> dict[str, int]:
        return self.outbox.counts

    # the request path: an append, no I/O -------------------------------------------------------------
    def submit(self, records: Iterable[dict[str, Any] | Event]) -> None:
        self.send([r if isinstance(r, Event) else Event.of(r) for r in records])

    def send(self, events: list[Event]) -> None:
        self.outbox.append(events)
        if self._thread is None:
            self.start()

    def _ready(self) -> None:
        """Events were appended (on the request thread): a worker is woken only when every one is idle. A
        worker at work takes them when its attempt is done, and wakes another when it leaves more than a
        batch behind, so a second connection opens up only when one does not keep up — each wake-up of
        this thread is a switch of the GIL away from the request loop."""
        if self._waiting == self.connections and not self._wake_pending and self._loop is not None:
            self._wake_pending = True  # one wake-up per idle spell, not one per append
            self._loop.call_soon_threadsafe(self._wake_one)

    def _wake_one(self) -> None:
        """On the dispatcher's loop: one idle worker goes to take what is ready (it wakes another when it
        leaves more than a batch behind)."""
        self._wake_pending = False
        while self._idle:
            waiter = self._idle.popleft()
            self._waiting = len(self._idle)
            if not waiter.done():
                waiter.set_result(None)
                return

    def start(self) -> None:
        with self._start_lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="webhook-dispatcher", daemon=True)
            self._thread.start()
        self._started.wait(10)

    # the dispatcher's thread -------------------------------------------------------------------------
    def _run(self) -> None:
        background(self.nice)
        try:
            import uvloop

            loop: asyncio.AbstractEventLoop = uvloop.new_event_loop()
        except ImportError:  # pragma: no cover - Windows
            loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        finally:
            loop.close()

    async def _main(self) -> None:
        loop = asyncio.get_running_loop()
        self._stop = loop.create_future()
        receivers = [Receiver(self.url, self.timeout) for _ in range(self.connections)]
        tasks = [loop.create_task(self._work(r)) for r in receivers]
        tasks += [loop.create_task(job) for job in self._jobs()]
        self._started.set()
        try:
            await self._stop
        finally:
            # Cancelled until done: a cancel can be lost — Python 3.11's asyncio.wait_for (Receiver.post_many)
            # returns the result of an exchange that ends as the cancel comes in, and the worker then went on
            # (retrying failed deliveries, waiting for more) while stop() waited out its timeout.
            pending = set(tasks)
            while pending:
                for task in pending:
                    task.cancel()
                _, pending = await asyncio.wait(pending, timeout=STOP_POLL_S)
            for receiver in receivers:
                receiver.close()

    def _jobs(self) -> list[Any]:
        """Further coroutines to run on the dispatcher's loop (a subclass feeding its outbox)."""
        return []

    def _done(self, events: list[Event], status: str) -> None:
        """``events`` are done (``delivered`` or ``failed``): a subclass acknowledges them."""

    async def _work(self, receiver: Receiver) -> None:
        outbox = self.outbox
        loop = asyncio.get_running_loop()
        while True:
            most = min(self.batch, receiver.depth)
            if self.rate > 0:  # the opt-in pace: one attempt per 1/rate seconds over all connections
                slot = max(loop.time(), self._next_slot)
                self._next_slot = slot + 1 / self.rate
                if slot > loop.time():
                    await asyncio.sleep(slot - loop.time())
                most = 1
            events = outbox.take(most)
            if not events:
                waiter = loop.create_future()
                self._idle.append(waiter)
                self._waiting = len(self._idle)
                if outbox.tenants:  # appended between take and now: no wake-up will come for it
                    self._idle.remove(waiter)
                    self._waiting = len(self._idle)
                    continue
                await waiter
                if self.linger:  # let a batch gather: one wake-up of this thread for many appends
                    await asyncio.sleep(self.linger)
                continue
            if outbox.tenants and self._idle:  # more than a batch ready: another connection takes some
                self._wake_one()
            await self._attempt(receiver, events)

    async def _attempt(self, receiver: Receiver, events: list[Event]) -> None:
        request = receiver.request
        requests = [request(event.body or b"", header_lines(event.headers)) for event in events]
        statuses, cause = await receiver.post_many(requests)
        delivered = []
        for event, status in zip(events, statuses):
            event.attempts += 1
            if status < 300:
                delivered.append(event)
            else:
                self._failed(event, f"HTTP {status}", retry=status >= 500)
        self.outbox.delivered(delivered)
        if delivered:
            self._done(delivered, "delivered")
        rest = events[len(statuses):]
        if rest and statuses and cause and not cause.startswith("timed out"):
            # answered some, then closed: a receiver that takes one request per connection (or a few): no
            # attempt is charged, and it gets as many at a time from now on
            receiver.depth = max(1, len(statuses))
            self.outbox.untake(rest)
        elif rest:  # the first unanswered one is charged the attempt; the others were not tried
            rest[0].attempts += 1
            self._failed(rest[0], cause or "no answer", retry=True)
            self.outbox.untake(rest[1:])

    def _failed(self, event: Event, cause: str, retry: bool) -> None:
        event.causes += (cause,)
        if retry and event.attempts < self.attempts:
            delay = self.backoff * 2 ** (event.attempts - 1)
            log.warning("webhook %s/%s to %s: attempt %d failed (%s); retrying in %g s", event.api, event.webhook,
                        redact_urls(self.url), event.attempts, cause, delay)
            self.outbox.settle(event, "retrying")
            asyncio.get_running_loop().call_later(delay, self._retry, event)
            return
        log.warning("webhook %s/%s to %s failed after %d attempt(s): %s", event.api, event.webhook, redact_urls(self.url),
                    event.attempts, cause)
        self.outbox.settle(event, "failed")
        self._done([event], "failed")

    def _retry(self, event: Event) -> None:
        self.outbox.retry(event)
        self._wake_one()

    # GET /_mock/webhooks ------------------------------------------------------------------------------
    def report(self) -> dict[str, Any]:
        return {"url": self.url, "rate": self.rate or None, **self.outbox.report()}

    def stop(self, timeout: float = 5.0) -> None:
        thread, loop, stop = self._thread, self._loop, self._stop
        if thread is None or loop is None or stop is None:
            return
        def finish() -> None:
            if not stop.done():
                stop.set_result(None)

        if not loop.is_closed():
            loop.call_soon_threadsafe(finish)
        thread.join(timeout)
        self._thread = None

    async def close(self) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.stop)

    def drained(self) -> bool:
        """Nothing left to deliver (tests and the bench wait on it)."""
        return self.outbox.events == 0
