"""Connection-level limits uvicorn has no option for, as a small subclass of its httptools protocol.

uvicorn gives the keep-alive timeout (``timeout_keep_alive``) and the graceful-shutdown timeout; this adds

- a header-read timeout: a connection whose request line and headers have not all arrived within
  ``header_timeout`` seconds of the connection opening (or of the request's first byte) is closed —
  idle sockets and headers trickled a byte a second no longer hold a file descriptor for ever;
- a body-read timeout: a body not complete ``body_timeout`` seconds after its headers (trickled, a
  chunked body that never ends, a Content-Length larger than what is sent) closes the connection;
- a header size limit, enforced as the bytes arrive (counted before the parser sees them): a request
  line plus headers over ``max_header_bytes`` is answered 431 and closed at once — a 60 MB header value
  is refused after its first ``max_header_bytes``, never gathered whole (httptools joins a value's parts
  by repeated concatenation: quadratic in its size);
- pipelining bounded: at most ``max_pipelined`` requests wait per connection; past it the parser is fed
  no further (the unparsed bytes, at most one read chunk, are held, counted in the memory budget, and
  reading stops) until answers go out;
- a write deadline: an answer the client does not read (the write buffer above its high-water mark) for
  ``write_timeout`` seconds closes the connection — a slow link taking at least ``MIN_PROGRESS`` bytes a
  period gets another; the answer is counted in the memory budget until it has gone;
- a connection limit with fair admission: past ``max_connections`` open connections a new one takes the
  place of the longest-idle connection of the peer holding the most idle ones (idle: no request being
  answered), so a stream of idle sockets cannot keep real clients out; with none idle it is closed at once;
- on SIGTERM, a request whose body is still arriving is dropped at once instead of holding the exit.

Each costs one timer per request at most (``loop.call_later``) and a ``bytes.find`` per read chunk;
choosing a connection to close at the limit looks at every open one (only then).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from uvicorn.protocols.http.flow_control import FlowControl
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from partner_contracts.runtime.budget import BUDGET, DEFAULT_BUDGET

log = logging.getLogger("partner_contracts.mock.guard")


@dataclass
class Limits:
    keep_alive: float = 5.0  # seconds an idle kept-alive connection stays open (uvicorn's option)
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    max_header_bytes: int = 64 * 1024
    max_connections: int = 1000
    shutdown_timeout: float = 3.0  # seconds in-flight requests get after SIGTERM (uvicorn's option)
    write_timeout: float = 10.0  # seconds an answer may wait for a client that does not read it
    max_pipelined: int = 8  # requests waiting on one connection before its parser is fed no further
    memory_budget: int = DEFAULT_BUDGET  # bytes (runtime/budget.py)


LIMITS = Limits()  # what the protocol reads (set by server.serve before the server starts)

HEAD_END = b"\r\n\r\n"
MIN_PROGRESS = 64 * 1024  # bytes a client must take per --write-timeout period to keep a big answer coming


class _Flow(FlowControl):
    """uvicorn's flow control, except that reading stays paused while pipelined bytes are held
    (uvicorn resumes reading whenever the app waits for its body, and after each answer)."""

    def __init__(self, transport: asyncio.Transport, protocol: GuardedProtocol) -> None:
        super().__init__(transport)
        self.protocol = protocol

    def resume_reading(self) -> None:
        if not self.protocol.held:
            super().resume_reading()


class GuardedProtocol(HttpToolsProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._write_deadline: asyncio.TimerHandle | None = None
        self._header_bytes = 0
        self._header_overflow = False
        self._in_head = True  # the parser is reading a request line and headers (not a body)
        self._body_left = 0  # bytes of the current body still to come (-1: chunked)
        self.held = b""  # pipelined bytes not fed to the parser yet, from ``_held_at`` (in the memory budget)
        self._held_at = 0
        self._held_charged = 0
        self._write_charged = 0  # bytes of an unread answer counted in the memory budget
        self._write_left = 0  # bytes waiting when the write deadline was armed
        self.idle_since: float | None = None  # when the connection last had no request being answered

    def _arm(self, seconds: float, what: str) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(seconds, self._expired, what)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expired(self, what: str) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            log.info("%s: %s not received in time; connection closed", self.client, what)
            self.transport.close()

    # -- admission --
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.flow = _Flow(transport, self)
        self.idle_since = self.loop.time()
        if len(self.connections) > LIMITS.max_connections:
            victim = self._longest_idle()
            if victim is None:
                log.warning("%s refused: %d connections open, none idle (--max-connections)", self.client,
                            len(self.connections))
                transport.abort()
                return
            log.warning("%s admitted in place of %s, idle longest of the peer with the most idle connections "
                        "(%d open, --max-connections)", self.client, victim.client, len(self.connections))
            victim.transport.abort()
        self._arm(LIMITS.header_timeout, "request headers")

    def _longest_idle(self) -> GuardedProtocol | None:
        """The longest-idle connection of the peer that holds the most idle ones (fair admission)."""
        by_peer: dict[str, list[GuardedProtocol]] = {}
        for other in self.connections:
            if other is self or not isinstance(other, GuardedProtocol) or other.idle_since is None \
                    or other.transport.is_closing():
                continue
            by_peer.setdefault(other.client[0] if other.client else "", []).append(other)
        if not by_peer:
            return None
        crowd = max(by_peer.values(), key=len)
        return min(crowd, key=lambda c: c.idle_since or 0.0)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        self._release_write()
        self._release_held()
        for cycle, _ in self.pipeline:
            BUDGET.give(getattr(cycle, "charged", 0), "held")
        self.pipeline.clear()
        super().connection_lost(exc)

    # -- reading: heads counted as they arrive, pipelining bounded --
    def data_received(self, data: bytes) -> None:
        if self.held:  # reading is paused; what was already on its way waits with the rest
            self.held += data
            BUDGET.force(len(data), "held")
            self._held_charged += len(data)
            return
        self._feed(data, 0)

    def _feed(self, data: bytes, at: int) -> None:
        """Feed ``data[at:]`` to the parser a message head (or body) at a time: a head's size is checked
        before the parser sees it, and feeding stops while ``max_pipelined`` requests wait (no copies:
        slices of a memoryview)."""
        size = len(data)
        while at < size:
            if len(self.pipeline) >= LIMITS.max_pipelined:
                self.held, self._held_at = data, at
                self._held_charged = size - at
                BUDGET.force(self._held_charged, "held")
                self.flow.pause_reading()
                return
            if self._in_head:
                end = data.find(HEAD_END, at)
                upto = size if end < 0 else end + 4
                self._header_bytes += upto - at
                if self._header_bytes > LIMITS.max_header_bytes:
                    self._header_overflow = True
                    self.send_400_response("headers too large")
                    return
            elif self._body_left > 0:
                upto = min(size, at + self._body_left)
                self._body_left -= upto - at
            else:  # a chunked body: up to the next blank line (where a chunked body ends)
                end = data.find(HEAD_END, at)
                upto = size if end < 0 else end + 4
            if at == 0 and upto == size:  # the usual case: one message, or part of one
                super().data_received(data)
                return
            super().data_received(memoryview(data)[at:upto])  # type: ignore[arg-type]  # httptools takes it
            if self.transport.is_closing():
                return
            at = upto

    def _release_held(self) -> tuple[bytes, int]:
        held, at = self.held, self._held_at
        self.held, self._held_at = b"", 0
        if self._held_charged:
            BUDGET.give(self._held_charged, "held")
            self._held_charged = 0
        return held, at

    def send_400_response(self, msg: str) -> None:
        if not self._header_overflow:
            return super().send_400_response(msg)
        body = (b'{"message":"the request line and headers are larger than '
                + str(LIMITS.max_header_bytes).encode() + b' bytes"}')
        self.transport.write(b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: application/json\r\n"
                             b"content-length: " + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n" + body)
        self.transport.close()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.scope["guard"] = self  # type: ignore[typeddict-unknown-key]  # the app charges big answers here
        if self._deadline is None:
            self._arm(LIMITS.header_timeout, "request headers")

    def on_headers_complete(self) -> None:
        self._disarm()
        self._in_head = False
        self.idle_since = None
        super().on_headers_complete()
        if self.pipeline and self.pipeline[0][0] is self.cycle:  # queued behind another: its head is counted
            self.cycle.charged = self._header_bytes  # type: ignore[attr-defined]
            BUDGET.force(self._header_bytes, "held")
        self._body_left = 0
        for name, value in self.headers:
            if name == b"content-length":
                self._body_left = int(value) if value.isdigit() else 0
                self._arm(LIMITS.body_timeout, "request body")
            elif name == b"transfer-encoding":
                self._body_left = -1
                self._arm(LIMITS.body_timeout, "request body")

    def on_message_complete(self) -> None:
        self._disarm()
        self._in_head = True
        self._header_bytes = 0
        self._body_left = 0
        super().on_message_complete()

    def on_response_complete(self) -> None:
        if self.pipeline and not self.transport.is_closing():
            BUDGET.give(getattr(self.pipeline[-1][0], "charged", 0), "held")  # the one about to start
        super().on_response_complete()  # starts the next pipelined request, if any
        if self.cycle is None or self.cycle.response_complete:
            self.idle_since = self.loop.time()
        if self.held and not self.transport.is_closing() and len(self.pipeline) < LIMITS.max_pipelined:
            self._feed(*self._release_held())
            if not self.held:
                self.flow.resume_reading()

    # -- writing: an unread answer is counted, and has a deadline --
    def charge_answer(self, size: int, refusable: bool) -> bool:
        """The app is about to write an answer of ``size`` bytes: counted in the memory budget until the
        client has taken it (False, nothing counted, when ``refusable`` and the budget cannot hold it)."""
        if refusable:
            if not BUDGET.take(size, "answer"):
                return False
        else:
            BUDGET.force(size, "answer")
        self._write_charged += size
        return True

    def answer_written(self) -> None:
        """The answer is in the transport: given back now unless the client is not reading it."""
        if not self.flow.write_paused:
            self._release_write()

    def pause_writing(self) -> None:
        super().pause_writing()
        if not self._write_charged:  # an answer the app did not announce: what waits is counted
            self._write_charged = self.transport.get_write_buffer_size()
            BUDGET.force(self._write_charged, "answer")
        if self._write_deadline is None:
            self._write_left = self.transport.get_write_buffer_size()
            self._write_deadline = self.loop.call_later(LIMITS.write_timeout, self._write_expired)

    def resume_writing(self) -> None:
        super().resume_writing()
        self._release_write()

    def _release_write(self) -> None:
        if self._write_deadline is not None:
            self._write_deadline.cancel()
            self._write_deadline = None
        if self._write_charged:
            BUDGET.give(self._write_charged, "answer")
            self._write_charged = 0

    def _write_expired(self) -> None:
        """No drain for ``write_timeout`` seconds: a client still taking at least MIN_PROGRESS bytes per
        period (a slow link) gets another period; one that does not read is closed."""
        self._write_deadline = None
        left = self.transport.get_write_buffer_size()
        if self._write_left - left >= MIN_PROGRESS and not self.transport.is_closing():
            self._write_left = left
            self._write_deadline = self.loop.call_later(LIMITS.write_timeout, self._write_expired)
            return
        log.info("%s: an answer of %d bytes unread for %gs (--write-timeout); connection closed", self.client,
                 left, LIMITS.write_timeout)
        self.transport.abort()  # what it did not read is dropped at once

    def shutdown(self) -> None:
        """SIGTERM: a request whose body is still arriving will not be finished — its connection is closed
        now (the app sees a disconnect), rather than held until the graceful-shutdown timeout; so is one
        whose client is not reading its answer."""
        cycle = self.cycle
        if (cycle is not None and not cycle.response_complete and cycle.more_body) or self.flow.write_paused:
            self.transport.abort() if self.flow.write_paused else self.transport.close()  # an unread answer: dropped
            return
        super().shutdown()
