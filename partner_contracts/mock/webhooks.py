"""Webhook deliveries to ``--webhook-url``, off the request path.

A state-changing request only queues its deliveries (a deque append); workers on the event loop POST them
through one shared ``httpx.AsyncClient`` (kept-alive connections, built once). The queue is bounded: when
it is full the oldest delivery is dropped and counted. A delivery that fails with a connection error, a
timeout or a 5xx is tried again after an exponential backoff (0.5 s, 1 s, 2 s …, as Stripe, Shopify and
GitHub retry), up to ``attempts`` tries; a 4xx is final. Every attempt is logged with its cause, and the
last ``keep`` deliveries are listed, with their status and attempts, by ``GET /_mock/webhooks``.

Attempts are paced at ``rate`` a second at most: an HTTP POST costs the one event loop far more CPU than
answering a request does, so unpaced deliveries would take the mock's throughput with them; past the
pace the queue fills and its oldest deliveries are dropped (counted, and logged at most every 10 s).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from typing import Any

log = logging.getLogger("partner_contracts.mock.webhooks")


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
        self._client: Any = None

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
        import httpx  # only a mock with --webhook-url needs it

        self._wake = asyncio.Event()
        self._client = httpx.AsyncClient(timeout=self.timeout, limits=httpx.Limits(max_connections=self.workers))
        self._tasks = [asyncio.get_running_loop().create_task(self._work()) for _ in range(self.workers)]

    # the workers ------------------------------------------------------------------------------------
    async def _work(self) -> None:
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
            await self._attempt(self.queue.popleft())

    async def _attempt(self, delivery: Delivery) -> None:
        import httpx

        delivery.attempts += 1
        cause: str | None
        try:
            response = await self._client.post(self.url, content=delivery.body, headers=delivery.headers)
            cause = f"HTTP {response.status_code}" if response.status_code >= 300 else None
            retry = response.status_code >= 500
        except httpx.TimeoutException as exc:
            cause, retry = f"timed out after {self.timeout:g} s ({type(exc).__name__})", True
        except httpx.HTTPError as exc:
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
        if self._client is not None:
            await self._client.aclose()
            self._client = None
