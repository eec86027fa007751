"""Connection-level limits uvicorn has no option for, as a small subclass of its httptools protocol.

uvicorn gives the keep-alive timeout (``timeout_keep_alive``) and the graceful-shutdown timeout; this adds

- a header-read timeout: a connection whose request line and headers have not all arrived within
  ``header_timeout`` seconds of the connection opening (or of the request's first byte) is closed —
  idle sockets and headers trickled a byte a second no longer hold a file descriptor for ever;
- a body-read timeout: a body not complete ``body_timeout`` seconds after its headers (trickled, a
  chunked body that never ends, a Content-Length larger than what is sent) closes the connection;
- a header size limit: a request line plus headers over ``max_header_bytes`` is answered 431 and closed;
- a connection limit: past ``max_connections`` open connections a new one is closed at once, so the
  process keeps file descriptors for the clients it serves (uvicorn's ``limit_concurrency`` answers 503);
- on SIGTERM, a request whose body is still arriving is dropped at once instead of holding the exit.

Each costs one timer per request at most (``loop.call_later``), nothing per byte.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

log = logging.getLogger("partner_contracts.mock.guard")


@dataclass
class Limits:
    keep_alive: float = 5.0  # seconds an idle kept-alive connection stays open (uvicorn's option)
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    max_header_bytes: int = 64 * 1024
    max_connections: int = 1000
    shutdown_timeout: float = 3.0  # seconds in-flight requests get after SIGTERM (uvicorn's option)


LIMITS = Limits()  # what the protocol reads (set by server.serve before the server starts)


class GuardedProtocol(HttpToolsProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline: asyncio.TimerHandle | None = None
        self._header_bytes = 0
        self._header_overflow = False

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

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > LIMITS.max_connections:
            log.warning("%s refused: %d connections open (--max-connections)", self.client, len(self.connections))
            transport.abort()
            return
        self._arm(LIMITS.header_timeout, "request headers")

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._header_bytes = 0
        if self._deadline is None:
            self._arm(LIMITS.header_timeout, "request headers")

    def on_url(self, url: bytes) -> None:
        self._count(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4)
        super().on_header(name, value)

    def _count(self, size: int) -> None:
        self._header_bytes += size
        if self._header_bytes > LIMITS.max_header_bytes:
            self._header_overflow = True
            raise ValueError("headers too large")  # stops the parser: data_received answers (431 below)

    def send_400_response(self, msg: str) -> None:
        if not self._header_overflow:
            return super().send_400_response(msg)
        body = (b'{"message":"the request line and headers are larger than '
                + str(LIMITS.max_header_bytes).encode() + b' bytes"}')
        self.transport.write(b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: application/json\r\n"
                             b"content-length: " + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n" + body)
        self.transport.close()

    def on_headers_complete(self) -> None:
        self._disarm()
        super().on_headers_complete()
        if self.headers and any(name in (b"content-length", b"transfer-encoding") for name, _ in self.headers):
            self._arm(LIMITS.body_timeout, "request body")

    def shutdown(self) -> None:
        """SIGTERM: a request whose body is still arriving will not be finished — its connection is closed
        now (the app sees a disconnect), rather than held until the graceful-shutdown timeout."""
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete and cycle.more_body:
            self.transport.close()
            return
        super().shutdown()

    def on_message_complete(self) -> None:
        self._disarm()
        super().on_message_complete()
