"""Webhook deliveries to ``--webhook-url``, off the request path.

A state-changing request only queues its deliveries (a deque append); workers on the event loop POST them,
each over one kept-alive HTTP/1.1 connection (``Receiver``: h11 over asyncio streams — an httpx request
costs this machine about 1.4 ms of CPU, ten times what answering a request does, and the mock pays for each
delivery on its one event loop). The queue is bounded: when
it is full the oldest delivery is dropped and counted. A delivery that fails with a connection error, a
timeout or a 5xx is tried again after an exponential backoff (0.5 s, 1 s, 2 s …, as Stripe, Shopify and
GitHub retry), up to ``attempts`` tries; a 4xx is final. Every attempt is logged with its cause, and the
last ``keep`` deliveries are listed, with their status and attempts, by ``GET /_mock/webhooks``.

Attempts are paced at ``rate`` a second at most: deliveries share the one event loop with the requests,
so unpaced they would take the mock's throughput with them; past the pace the queue fills and its oldest
deliveries are dropped (counted, and logged at most every 10 s).
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
import urllib.parse
from collections import deque
from typing import Any

log = logging.getLogger("partner_contracts.mock.dispatch")


class DeliveryError(Exception):
    """An attempt that got no HTTP answer; the message is the cause as logged (``ConnectError: …``)."""


class Receiver:
    """One kept-alive HTTP/1.1 connection to the webhook URL (h11 over asyncio streams): ``post`` answers
    the status, or raises ``DeliveryError`` / ``asyncio.TimeoutError``. A reused connection the receiver closed
    while idle is opened again once, as an HTTP client's pool does."""

    def __init__(self, url: str, timeout: float) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"webhook URL {url!r}: http:// or https:// with a host")
        self.https = parts.scheme == "https"
        self.host = parts.hostname
        self.port = parts.port or (443 if self.https else 80)
        self.authority = parts.netloc.rsplit("@", 1)[-1]
        self.target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.timeout = timeout
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        self._conn: Any = None

    async def post(self, body: bytes, headers: dict[str, str]) -> int:
        try:
            return await asyncio.wait_for(self._post(body, headers), self.timeout)
        except BaseException:
            self.close()
            raise

    async def _post(self, body: bytes, headers: dict[str, str]) -> int:
        if self._streams is not None:
            try:
                return await self._exchange(body, headers)
            except (DeliveryError, OSError):
                self.close()  # the receiver may have closed it while idle: once more on a new one
        return await self._exchange(body, headers)

    async def _exchange(self, body: bytes, headers: dict[str, str]) -> int:
        import h11

        if self._streams is None:
            try:
                self._streams = await asyncio.open_connection(
                    self.host, self.port, ssl=ssl.create_default_context() if self.https else None)
            except OSError as exc:
                raise DeliveryError(f"ConnectError: {exc}") from None
            self._conn = h11.Connection(h11.CLIENT)
        elif self._conn.our_state is h11.DONE and self._conn.their_state is h11.DONE:
            self._conn.start_next_cycle()
        reader, writer = self._streams
        conn = self._conn
        fields = [("host", self.authority), ("content-length", str(len(body))),
                  ("user-agent", "partner-contracts-mock"), *headers.items()]
        try:
            writer.write(conn.send(h11.Request(method="POST", target=self.target, headers=fields))
                         + conn.send(h11.Data(data=body)) + conn.send(h11.EndOfMessage()))
            await writer.drain()
            status = 0
            while True:
                event = conn.next_event()
                if event is h11.NEED_DATA:
                    conn.receive_data(await reader.read(65536))  # b"": the receiver closed it
                elif isinstance(event, h11.Response):
                    status = event.status_code
                elif isinstance(event, h11.EndOfMessage):
                    break
                elif isinstance(event, h11.ConnectionClosed):
                    raise DeliveryError("RemoteProtocolError: the receiver closed the connection")
        except h11.ProtocolError as exc:
            raise DeliveryError(f"RemoteProtocolError: {exc}") from None
        if conn.our_state is h11.MUST_CLOSE or conn.their_state is h11.MUST_CLOSE:
            self.close()
        return status

    def close(self) -> None:
        if self._streams is not None:
            self._streams[1].close()
        self._streams, self._conn = None, None


class Delivery:
    __slots__ = ("api", "attempts", "body", "causes", "headers", "queued", "status", "webhook")

    def __init__(self, record: dict[str, Any]) -> None:
        self.api: str = record["api"]
        self.webhook: str = record["webhook"]
        self.body: bytes = record["body"]
        self.headers: dict[str, str] = record["headers"]
        self.attempts = 0
        self.causes: list[str] = []
        self.status = "queued"  # queued | retrying | delivered | failed | dropped
        self.queued = time.time()

    def summary(self) -> dict[str, Any]:
        return {"api": self.api, "webhook": self.webhook, "status": self.status, "attempts": self.attempts,
                "causes": self.causes[-5:], "queued_at": round(self.queued, 3), "bytes": len(self.body)}


class Dispatcher:
    def __init__(self, url: str, queue_size: int = 1000, attempts: int = 4, backoff: float = 0.5,
                 timeout: float = 5.0, workers: int = 2, keep: int = 100, rate: float = 100.0) -> None:
        self.url = url
        self.rate = rate
        self._next_slot = 0.0  # loop time of the next attempt the pace allows
        self._drop_logged = 0.0
        self.queue_size, self.attempts, self.backoff, self.timeout = queue_size, attempts, backoff, timeout
        self.queue: deque[Delivery] = deque()
        self.waiting_retry = 0  # deliveries sleeping before their next attempt (bounded with the queue)
        self.recent: deque[Delivery] = deque(maxlen=keep)
        self.counts = {"queued": 0, "delivered": 0, "failed": 0, "dropped": 0, "retried": 0}
        self.workers = workers
        self._tasks: list[asyncio.Task[None]] = []
        self._wake: asyncio.Event | None = None
        self._receivers: list[Receiver] = []

    # the request path: O(1), no I/O -----------------------------------------------------------------
    def submit(self, records: list[dict[str, Any]]) -> None:
        for record in records:
            delivery = Delivery(record)
            self.counts["queued"] += 1
            self.recent.append(delivery)
            self._enqueue(delivery)
        self._start()

    def _enqueue(self, delivery: Delivery) -> None:
        while len(self.queue) + self.waiting_retry >= self.queue_size and self.queue:
            oldest = self.queue.popleft()
            oldest.status = "dropped"
            self.counts["dropped"] += 1
            now = time.monotonic()
            if now - self._drop_logged >= 10:
                self._drop_logged = now
                log.warning("webhook deliveries dropped: the queue is full (%d; %d dropped so far; see GET "
                            "/_mock/webhooks)", self.queue_size, self.counts["dropped"])
        self.queue.append(delivery)
        if self._wake is not None:
            self._wake.set()

    def _start(self) -> None:
        if self._tasks:
            return
        self._wake = asyncio.Event()
        self._receivers = [Receiver(self.url, self.timeout) for _ in range(self.workers)]  # a connection each
        self._tasks = [asyncio.get_running_loop().create_task(self._work(receiver)) for receiver in self._receivers]

    # the workers ------------------------------------------------------------------------------------
    async def _work(self, receiver: Receiver) -> None:
        assert self._wake is not None
        while True:
            if not self.queue:
                self._wake.clear()
                await self._wake.wait()
                continue
            if self.rate > 0:  # the pace: one attempt per 1/rate seconds over all workers
                loop = asyncio.get_running_loop()
                slot = max(loop.time(), self._next_slot)
                self._next_slot = slot + 1 / self.rate
                if slot > loop.time():
                    await asyncio.sleep(slot - loop.time())
                if not self.queue:
                    continue
            await self._attempt(self.queue.popleft(), receiver)

    async def _attempt(self, delivery: Delivery, receiver: Receiver) -> None:
        delivery.attempts += 1
        cause: str | None
        try:
            status = await receiver.post(delivery.body, delivery.headers)
            cause = f"HTTP {status}" if status >= 300 else None
            retry = status >= 500
        except asyncio.TimeoutError:
            cause, retry = f"timed out after {self.timeout:g} s", True
        except DeliveryError as exc:
            cause, retry = str(exc), True
        except OSError as exc:  # reset or refused mid-exchange
            cause, retry = f"{type(exc).__name__}: {exc or 'connection failed'}", True
        if cause is None:
            delivery.status = "delivered"
            self.counts["delivered"] += 1
            log.info("webhook %s/%s delivered to %s (attempt %d)", delivery.api, delivery.webhook, self.url,
                     delivery.attempts)
            return
        delivery.causes.append(cause)
        if retry and delivery.attempts < self.attempts:
            delay = self.backoff * 2 ** (delivery.attempts - 1)
            delivery.status = "retrying"
            self.counts["retried"] += 1
            log.warning("webhook %s/%s to %s: attempt %d failed (%s); retrying in %g s", delivery.api,
                        delivery.webhook, self.url, delivery.attempts, cause, delay)
            self.waiting_retry += 1
            asyncio.get_running_loop().call_later(delay, self._retry, delivery)
            return
        delivery.status = "failed"
        self.counts["failed"] += 1
        log.warning("webhook %s/%s to %s failed after %d attempt(s): %s", delivery.api, delivery.webhook,
                    self.url, delivery.attempts, cause)

    def _retry(self, delivery: Delivery) -> None:
        self.waiting_retry -= 1
        if delivery.status == "retrying":
            self._enqueue(delivery)

    # GET /_mock/webhooks ----------------------------------------------------------------------------
    def report(self) -> dict[str, Any]:
        return {"url": self.url, "queue": len(self.queue), "waiting_retry": self.waiting_retry,
                "queue_size": self.queue_size, **self.counts,
                "recent": [d.summary() for d in reversed(self.recent)]}

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._tasks = []
        for receiver in self._receivers:
            receiver.close()
        self._receivers = []
