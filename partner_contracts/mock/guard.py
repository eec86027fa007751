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
- on SIGTERM, a request whose body is still arriving is dropped at once instead of holding the exit;
- the direct lane: a request to an app that takes it (mock/app.py's ``MockServer.direct``: its state in
  this process's memory, no access log) is answered in the parser's ``on_message_complete`` — the app's
  coroutine run by hand to its end, the answer written when the loop's turn has served every read its
  poll found ready (``_Turn``: one wake-up of the client for many answers, a connection's pipelined
  answers in one write) — with no ASGI cycle, task or messages:
  when nothing else is in flight on the connection, the client reads its answers, the body (if any) has
  a Content-Length up to DIRECT_BODY_MAX, and fewer than ``max_pipelined`` were answered so since the
  parser was last fed (one read cannot hold the loop for more). Anything else takes uvicorn's cycle; an
  app that does wait after all finishes on uvicorn's cycle as a task, the requests behind it queued.

The read deadlines (headers, body, and uvicorn's keep-alive, taken over here) are numbers one sweep per
server checks a few times a second (``_Sweep``), not a timer made and cancelled per request; a connection
is closed at most a quarter of its timeout (and at most a second) late. Each answer leaves in one write,
head and body together (``_Cycle``). Per request: a few attribute writes and a ``bytes.find`` per read
chunk; choosing a connection to close at the limit looks at every open one (only then).
"""

from __future__ import annotations

import asyncio
import logging
import urllib.parse
from collections.abc import Callable, Coroutine, Generator, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

import httptools
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware
from uvicorn.protocols.http.flow_control import FlowControl
from uvicorn.protocols.http.httptools_impl import (
    HEADER_RE,
    HEADER_VALUE_RE,
    STATUS_LINE,
    HttpToolsProtocol,
    RequestResponseCycle,
)
from uvicorn.protocols.utils import get_client_addr, get_path_with_query_string

from partner_contracts.runtime.budget import BUDGET, DEFAULT_BUDGET
from partner_contracts.runtime.http import SERVED_BY, Incoming, Reply

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
KEEP_ALIVE = "keep-alive"  # the deadline of an idle connection between requests (--keep-alive-timeout)
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


JOINED_MAX = 64 * 1024  # a first body part up to this size is copied behind the head; a larger one is not


TYPE_LINES_MAX = 64  # content types whose head line head_lines keeps (the spec's media types, a handful)
_TYPE_LINES: dict[bytes, bytes] = {}


def head_lines(content: list[bytes], *header_lists: Iterable[tuple[bytes, bytes]]) -> tuple[bool, int, bool | None]:
    """Append the ``name: value`` lines of an answer's head to ``content`` as uvicorn 0.54 writes them
    (names lower-cased; a name or value no HTTP message may carry is a RuntimeError). Answers whether
    they say ``connection: close``, and the framing they choose: the content length and chunked (True),
    sized (False) or neither (None) — the first content-length counts, unless a chunked transfer-encoding
    follows. The one home of the framing of both lanes (``_Cycle.send`` and the direct lane)."""
    if len(header_lists) == 1 and type(header_lists[0]) is list and len(header_lists[0]) == 2:
        # the usual answer (a Reply): its content type, checked once per value, and its length in digits
        (type_name, media), (length_name, length) = header_lists[0]
        if type_name == b"content-type" and length_name == b"content-length" and length.isdigit():
            line = _TYPE_LINES.get(media)
            if line is None and len(_TYPE_LINES) < TYPE_LINES_MAX and not HEADER_VALUE_RE.search(media):
                line = _TYPE_LINES[media] = b"content-type: " + media + b"\r\n"
            if line is not None:
                content.extend((line, b"content-length: ", length, b"\r\n"))
                return False, int(length), False
    pairs = [pair for headers in header_lists for pair in headers]
    # uvicorn's checks, header by header, made on all names (joined by "-") and all values (by a tab) at once
    if HEADER_RE.search(b"-".join([name for name, _ in pairs])) or \
            HEADER_VALUE_RE.search(b"\t".join([value for _, value in pairs])):
        for name, value in pairs:  # which one, as uvicorn tells it
            if HEADER_RE.search(name):
                raise RuntimeError("Invalid HTTP header name.")
            if HEADER_VALUE_RE.search(value):
                raise RuntimeError("Invalid HTTP header value.")
    close, length, chunked = False, 0, None
    for name, value in pairs:
        name = name.lower()
        if name == b"content-length" and chunked is None:
            length, chunked = int(value.decode()), False
        elif name == b"transfer-encoding" and value.lower() == b"chunked":
            length, chunked = 0, True
        elif name == b"connection" and b"close" in [t.lower().strip() for t in value.split(b",")]:
            close = True
        content.extend((name, b": ", value, b"\r\n"))
    return close, length, chunked


class _Cycle(RequestResponseCycle):
    """uvicorn's request/response cycle with its ``send`` (uvicorn 0.54's: the same checks of the messages
    and the headers, the same framing), except that a response's head is not written on its own: it goes
    out with the first body part, so a response leaves in one write — one system call, and one TCP
    segment when it fits — instead of two. (A HEAD answer, which has no body part, writes its head at once.)
    Set as the class of the cycle uvicorn makes, by ``GuardedProtocol.on_headers_complete``."""

    held_head = b""

    async def send(self, message: Any) -> None:
        if self.flow.write_paused and not self.disconnected:
            await self.flow.drain()
        if self.disconnected:
            return
        if not self.response_started:
            if message["type"] != "http.response.start":
                raise RuntimeError(f"Expected ASGI message 'http.response.start', but got '{message['type']}'.")
            self.response_started = True
            self.waiting_for_100_continue = False
            status_code = message["status"]
            if self.access_log:
                self.access_logger.info('%s - "%s %s HTTP/%s" %d', get_client_addr(self.scope), self.scope["method"],
                                        get_path_with_query_string(self.scope), self.scope["http_version"], status_code)
            content = [STATUS_LINE[status_code]]
            has_connection_close, length, chunked = head_lines(content, self.default_headers, message.get("headers", ()))
            if chunked is not None:
                self.expected_content_length, self.chunked_encoding = length, chunked
            if has_connection_close:
                self.keep_alive = False
            if not self.keep_alive and not has_connection_close:
                content.append(b"connection: close\r\n")
            head_only = self.scope["method"] == "HEAD"
            if self.chunked_encoding is None and not head_only and status_code not in (204, 304):
                self.chunked_encoding = True  # neither content-length nor transfer-encoding given
                content.append(b"transfer-encoding: chunked\r\n")
            content.append(b"\r\n")
            if head_only:
                self.transport.write(b"".join(content))
            else:
                self.held_head = b"".join(content)
        elif not self.response_complete:
            if message["type"] != "http.response.body":
                raise RuntimeError(f"Expected ASGI message 'http.response.body', but got '{message['type']}'.")
            body = message.get("body", b"")
            more_body = message.get("more_body", False)
            head, self.held_head = self.held_head, b""
            if self.scope["method"] == "HEAD":
                self.expected_content_length = 0
            elif self.chunked_encoding:
                parts = [head, b"%x\r\n" % len(body), body, b"\r\n"] if body else [head]
                if not more_body:
                    parts.append(b"0\r\n\r\n")
                self.transport.write(b"".join(parts))
            else:
                num_bytes = len(body)
                if num_bytes > self.expected_content_length:
                    raise RuntimeError("Response content longer than Content-Length")
                self.expected_content_length -= num_bytes
                if not head:
                    self.transport.write(body)
                elif num_bytes <= JOINED_MAX:
                    self.transport.write(head + body)
                else:
                    self.transport.writelines((head, body))
            if not more_body:
                if self.expected_content_length != 0:
                    raise RuntimeError("Response content shorter than Content-Length")
                self.response_complete = True
                self.message_event.set()
                if not self.keep_alive:
                    self.transport.close()
                self.on_response()
        else:
            raise RuntimeError(f"Unexpected ASGI message '{message['type']}' sent, after response already completed.")


SERVER_ERROR = ((b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"21"), (b"connection", b"close"))
DIRECT_BODY_MAX = 64 * 1024  # a body (Content-Length) up to this size is gathered for the direct lane


class DirectApp(Protocol):
    """What the direct lane needs of the app (mock/app.py's MockServer)."""

    direct: bool

    def reply_to(self, request: Incoming, server: str = "") -> Coroutine[Any, Any, Reply | None]: ...

    def answered(self, request: Incoming, response: Reply, started: float, client: Any) -> None: ...


def direct_app(app: Any) -> DirectApp | None:
    """The app behind uvicorn's proxy-headers middleware (which only sets the client address and scheme:
    the mock reads them for its access log alone, off on the direct lane) if it takes the direct lane."""
    while isinstance(app, ProxyHeadersMiddleware):
        app = app.app
    return app if getattr(app, "direct", False) and hasattr(app, "reply_to") else None


class _Resume:
    """Awaitable: the rest of a coroutine that was started by hand and waits (on ``first``, what it yielded)."""

    def __init__(self, coro: Coroutine[Any, Any, Any], first: Any) -> None:
        self.coro, self.first = coro, first

    def __await__(self) -> Generator[Any, Any, Any]:
        value = self.first
        while True:
            try:
                sent = yield value
            except BaseException as exc:  # noqa: BLE001 - handed on to the coroutine, as a task does
                try:
                    value = self.coro.throw(exc)
                except StopIteration as done:
                    return done.value
            else:
                try:
                    value = self.coro.send(sent)
                except StopIteration as done:
                    return done.value


@dataclass
class _Lane:
    """A request on the direct lane while its body arrives."""

    method: str
    path: str
    query: bytes
    keep_alive: bool
    raw_path: bytes
    body: list[bytes] = field(default_factory=list)


class _Sweep:
    """The read deadlines of one server's connections, checked every ``period`` seconds by one timer
    (a quarter of the shortest timeout armed, between 50 ms and 1 s): a connection is closed at most a
    period after its deadline, and a request costs a float written, not a timer made and cancelled.
    The timer stops when no connection awaits anything, and the next deadline armed starts it again."""

    def __init__(self, loop: asyncio.AbstractEventLoop, connections: set[Any]) -> None:
        self.loop, self.connections = loop, connections
        self.period = 1.0
        self.handle: asyncio.TimerHandle | None = None

    def wake(self, seconds: float) -> None:
        if seconds >= 4 * self.period and self.handle is not None:  # every request's case: nothing to change
            return
        period = min(1.0, max(0.05, seconds / 4))
        if period < self.period:
            self.period = period
            if self.handle is not None:
                self.handle.cancel()
                self.handle = None
        if self.handle is None:
            self.handle = self.loop.call_later(self.period, self.sweep)

    def sweep(self) -> None:
        self.handle = None
        now, waiting = self.loop.time(), False
        for connection in list(self.connections):
            due = getattr(connection, "_deadline_at", 0.0)
            if due:
                if now >= due:
                    connection._expired(connection._deadline_what)
                else:
                    waiting = True
        if waiting:
            self.handle = self.loop.call_later(self.period, self.sweep)


SERVED_BY_LINE = b"%s: %s\r\n" % SERVED_BY


class _FixedHead:
    """The lines of the headers every answer starts with (uvicorn's ``default_headers``: ``date``, then
    ``server`` and any configured, a new list each second), made and checked once per list rather than per
    answer, and whether they say ``connection: close`` (the direct lane frames its answers itself: a
    content length they might carry changes nothing it writes)."""

    def __init__(self) -> None:
        self.of: list[tuple[bytes, bytes]] | None = None
        self.made = (b"", False)

    def lines(self, headers: list[tuple[bytes, bytes]]) -> tuple[bytes, bool]:
        if headers is not self.of:
            content: list[bytes] = []
            close, _, _ = head_lines(content, headers)
            self.of, self.made = headers, (b"".join(content), close)
        return self.made


class _Turn:
    """The direct lane's answers of one turn of the loop, written when the turn's reads have all been
    served (a callback the loop runs before it next polls the sockets). Written one by one as each is
    made, every answer woke the load generator (or the client) on its own; written together, one wake-up
    serves many, and a connection's pipelined answers leave in one write. An answer waits at most the
    rest of the turn: the reads the loop's last poll found ready, each bounded (``max_pipelined``).

    Order: what uvicorn's cycle writes for a later request of the connection is written from a task,
    which the loop runs after this callback (scheduled before it); whatever a connection writes or closes
    at once (a 400, a 500, an answer that closes the connection or is too big to wait, the shutdown)
    writes its waiting answers first (``GuardedProtocol.write_unsent``)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.waiting: list[GuardedProtocol] = []

    def add(self, connection: GuardedProtocol) -> None:
        if not self.waiting:
            self.loop.call_soon(self.write)
        self.waiting.append(connection)

    def write(self) -> None:
        waiting, self.waiting = self.waiting, []
        for connection in waiting:
            try:
                connection.write_unsent()
            except Exception:  # one connection's broken write is not the others'
                log.exception("%s: an answer could not be written; connection closed", connection.client)
                connection.transport.abort()


class GuardedProtocol(HttpToolsProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._deadline_at = 0.0  # loop time by which the awaited headers or body must be in (0: none awaited)
        self._deadline_what = ""
        self._sweep: _Sweep = self._shared("guard_sweep", lambda: _Sweep(self.loop, self.connections))
        self._turn: _Turn = self._shared("guard_turn", lambda: _Turn(self.loop))
        self._fixed: _FixedHead = self._shared("guard_fixed_head", _FixedHead)
        self._unsent: list[bytes] = []  # direct answers this turn, written by the turn (or before any other write)
        self._unsent_bytes = 0
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
        # the app, if it takes the direct lane
        self._direct: DirectApp | None = self._shared("guard_direct", lambda: direct_app(self.app))
        self._lane: _Lane | None = None  # the request being read for the direct lane
        self._direct_run = 0  # answers given on the direct lane since the parser was last fed
        self._head_begun = False  # a request's head has begun and is not all in yet

    def _shared(self, name: str, make: Callable[[], Any]) -> Any:
        """What one server's connections share, kept on its ``server_state``: made by its first connection."""
        shared = self.server_state.__dict__
        if name not in shared:
            shared[name] = make()
        return shared[name]

    def _arm(self, seconds: float, what: str) -> None:
        """The connection must get on (its headers, its body) within ``seconds``: a deadline the sweep
        reads, not a timer of its own (no timer made and cancelled per request)."""
        self._deadline_at = self.loop.time() + seconds
        self._deadline_what = what
        self._sweep.wake(seconds)

    def _disarm(self) -> None:
        self._deadline_at = 0.0

    def _expired(self, what: str) -> None:
        self._deadline_at = 0.0
        self.write_unsent()
        if not self.transport.is_closing():
            if what is not KEEP_ALIVE:
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
        self._unsent.clear()  # nobody to write to
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
        slices of a memoryview). A head begun and not all in by then gets its deadline, unless another
        than the idle connection's already runs."""
        self._feed_parts(data, at)
        if self._head_begun and (not self._deadline_at or self._deadline_what is KEEP_ALIVE):
            self._arm(LIMITS.header_timeout, "request headers")

    def _feed_parts(self, data: bytes, at: int) -> None:
        size = len(data)
        self._direct_run = 0
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
        self.write_unsent()  # the answers before it first
        if not self._header_overflow:
            return super().send_400_response(msg)
        body = (b'{"message":"the request line and headers are larger than '
                + str(LIMITS.max_header_bytes).encode() + b' bytes"}')
        self.transport.write(b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: application/json\r\n"
                             b"content-length: " + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n" + body)
        self.transport.close()

    def on_message_begin(self) -> None:
        # uvicorn's, except that the ASGI scope is made only for a request that takes uvicorn's cycle
        # (``_scope``), and the head's deadline is armed once the read has been fed (``_feed``), if the head
        # is not all in by then
        self.url = b""
        self.expect_100_continue = False
        self.headers = []
        self._head_begun = True

    def _scope(self) -> None:
        """The request's ASGI scope, as uvicorn 0.54's ``on_message_begin`` makes it (its ``method`` and
        path are set by ``on_headers_complete``), and the connection, where the app charges big answers."""
        self.scope = {  # type: ignore[typeddict-item]
            "type": "http",
            "asgi": {"version": self.asgi_version, "spec_version": "2.3"},
            "http_version": "1.1",
            "server": self.server,
            "client": self.client,
            "scheme": self.scheme,  # type: ignore[typeddict-item]
            "root_path": self.root_path,
            "headers": self.headers,
            "state": self.app_state.copy(),
            "guard": self,
        }

    def on_headers_complete(self) -> None:
        self._disarm()
        self._in_head = False
        self.idle_since = None
        self._head_begun = False
        announced = self._announced_body()
        if self._direct is not None and self._take_direct(announced):
            return
        self._scope()
        super().on_headers_complete()
        if type(self.cycle) is RequestResponseCycle:  # its head and first body part written at once
            self.cycle.__class__ = _Cycle
        if self.pipeline and self.pipeline[0][0] is self.cycle:  # queued behind another: its head is counted
            self.cycle.charged = self._header_bytes  # type: ignore[attr-defined]
            BUDGET.force(self._header_bytes, "held")
        self._body_left = 0 if announced is None else announced
        if announced is not None:
            self._arm(LIMITS.body_timeout, "request body")

    def _announced_body(self) -> int | None:
        """The body the request's headers announce: its Content-Length, -1 for a chunked one, None for none.
        (httptools has refused a duplicate or malformed Content-Length, and one beside Transfer-Encoding.)"""
        announced = None
        for name, value in self.headers:
            if name == b"content-length":
                announced = int(value) if value.isdigit() else 0
            elif name == b"transfer-encoding":
                announced = -1
        return announced

    def on_body(self, body: bytes) -> None:
        if self._lane is not None:
            self._lane.body.append(body)
        else:
            super().on_body(body)

    def on_message_complete(self) -> None:
        self._disarm()
        self._in_head = True
        self._header_bytes = 0
        self._body_left = 0
        lane = self._lane
        if lane is not None:
            self._lane = None
            self._answer_direct(lane)
            return
        super().on_message_complete()
        if self.cycle is not None and self.cycle.response_complete and not self.pipeline:
            self._arm(self.timeout_keep_alive, KEEP_ALIVE)  # answered before its body was all in: idle now

    # -- the direct lane: a request answered in the parser's callback, without an ASGI cycle or task --
    def _take_direct(self, announced: int | None) -> bool:
        """Whether this request takes the direct lane: nothing else in flight on the connection, at most
        ``max_pipelined`` answers per read, the client reading its answers, a GET/POST/… with no body or
        a Content-Length up to DIRECT_BODY_MAX (no Expect, no upgrade, no chunked body). Anything else
        goes through uvicorn's cycle, as before. ``announced``: ``_announced_body``. Sets up ``_lane`` when
        it does."""
        if (self.pipeline or self._direct_run >= LIMITS.max_pipelined or self.expect_100_continue
                or self.flow.write_paused or (self.cycle is not None and not self.cycle.response_complete)
                or self.root_path or self.limit_concurrency is not None):
            return False
        parser = self.parser
        method = parser.get_method()
        if method == b"HEAD" or parser.should_upgrade():
            return False
        length = announced or 0
        if length < 0 or length > DIRECT_BODY_MAX:  # chunked, or more than the lane gathers
            return False
        try:
            parsed = httptools.parse_url(self.url)
            path = parsed.path.decode("ascii")
        except Exception:  # noqa: BLE001 - uvicorn's own handling of a bad URL, on its lane
            return False
        if "%" in path:
            path = urllib.parse.unquote(path)
        http_version = parser.get_http_version()
        self._lane = _Lane(method.decode("ascii"), path, parsed.query or b"",
                           http_version != "1.0" and parser.should_keep_alive(), parsed.path)
        self._body_left = length
        if length:
            self._arm(LIMITS.body_timeout, "request body")
        return True

    def _answer_direct(self, lane: _Lane) -> None:
        assert self._direct is not None
        self._direct_run += 1
        body = b"".join(lane.body)

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": body, "more_body": False}

        request = Incoming({"method": lane.method, "path": lane.path, "query_string": lane.query,
                            "headers": self.headers, "guard": self}, receive)
        coro = self._direct.reply_to(request, str(self.server[0]) if self.server else "")
        try:
            waits = coro.send(None)
        except StopIteration as done:
            response = done.value
        except Exception as exc:  # a bug in the app: as uvicorn answers one
            self.logger.error("Exception in ASGI application\n", exc_info=exc)
            request.release()
            self._write_500()
            return
        else:  # it waits on something: the rest runs as a task, on uvicorn's cycle
            self._direct_waits(lane, request, coro, waits)
            return
        if response is None:  # the client went away (no body is awaited here: not expected)
            self.write_unsent()
            self.transport.close()
            return
        try:
            keep_alive = self._write_reply(response, lane.keep_alive)
        except RuntimeError as exc:  # a header no HTTP message may carry
            self.logger.error("Exception in ASGI application\n", exc_info=exc)
            self._direct.answered(request, response, 0.0, self.client)
            self._write_500()
            return
        self._direct.answered(request, response, 0.0, self.client)
        if not keep_alive:
            self.transport.close()
        self.on_response_complete()

    def _write_reply(self, reply: Reply, keep_alive: bool) -> bool:
        """The answer's head and body in one write, framed as _Cycle.send frames them; whether the
        connection stays open."""
        content = [STATUS_LINE[reply.status]]
        fixed, fixed_close = self._fixed.lines(self.server_state.default_headers)
        content.append(fixed)
        has_close, _, _ = head_lines(content, reply.raw_headers)
        has_close = has_close or fixed_close
        content.append(SERVED_BY_LINE)
        if has_close:
            keep_alive = False
        if not keep_alive and not has_close:
            content.append(b"connection: close\r\n")
        content.append(b"\r\n")
        if len(reply.body) > JOINED_MAX:  # not copied, and not kept back (it is counted: ANSWER_COUNTED)
            self.write_unsent()
            self.transport.writelines((b"".join(content), reply.body))
            return keep_alive
        content.append(reply.body)
        if keep_alive:
            self._write_later(b"".join(content))
        else:  # the close follows at once
            self.write_unsent()
            self.transport.write(b"".join(content))
        return keep_alive

    def _write_later(self, answer: bytes) -> None:
        """``answer`` written at the end of the loop's turn (``_Turn``), or now once what waits here and in
        the transport passes JOINED_MAX (asyncio's and uvloop's write high-water mark): a client that does
        not read pauses the lane (``flow.write_paused``) as soon as before, and what is held for it
        uncounted stays within the bound docs/mock.md gives."""
        if not self._unsent:
            self._turn.add(self)
        self._unsent.append(answer)
        self._unsent_bytes += len(answer)
        if self._unsent_bytes + self.transport.get_write_buffer_size() > JOINED_MAX:
            self.write_unsent()

    def write_unsent(self) -> None:
        """Write the direct answers waiting for the end of the turn, in one write (before any other write
        or close of the connection, and by the turn)."""
        if self._unsent:
            unsent = self._unsent
            self._unsent, self._unsent_bytes = [], 0
            if not self.transport.is_closing():
                self.transport.write(unsent[0] if len(unsent) == 1 else b"".join(unsent))

    def _write_500(self) -> None:
        """uvicorn's answer to an app that failed before it answered (``send_500_response``)."""
        self.write_unsent()
        content = [STATUS_LINE[500]]
        head_lines(content, self.server_state.default_headers, SERVER_ERROR)
        content.append(b"\r\nInternal Server Error")
        self.transport.write(b"".join(content))
        self.transport.close()
        self.on_response_complete()

    def _direct_waits(self, lane: _Lane, request: Incoming, coro: Coroutine[Any, Any, Reply | None], waits: Any) -> None:
        """The app awaited something real (not expected of an app that takes the direct lane): the rest of
        the answer is a task on uvicorn's cycle, so a request behind it waits its turn as pipelined ones do."""
        self._scope()
        scope = self.scope
        scope.update({"method": lane.method, "path": lane.path, "raw_path": lane.raw_path,
                      "query_string": lane.query})
        cycle = _Cycle(scope=scope, transport=self.transport, flow=self.flow, logger=self.logger,
                       access_logger=self.access_logger, access_log=self.access_log,
                       default_headers=self.server_state.default_headers, message_event=asyncio.Event(),
                       expect_100_continue=False, keep_alive=lane.keep_alive, on_response=self.on_response_complete)
        cycle.more_body = False
        self.cycle = cycle
        task = self.loop.create_task(self._direct_rest(cycle, request, coro, waits))
        task.add_done_callback(self.tasks.discard)
        self.tasks.add(task)

    async def _direct_rest(self, cycle: _Cycle, request: Incoming, coro: Coroutine[Any, Any, Reply | None],
                           waits: Any) -> None:
        assert self._direct is not None
        response: Reply | None = None
        try:
            response = await _Resume(coro, waits)
            if response is None:
                self.transport.close()
            else:
                await response.send_to(cycle.send, SERVED_BY)
        except BaseException as exc:  # as uvicorn's run_asgi: a 500 if nothing went out yet
            self.logger.error("Exception in ASGI application\n", exc_info=exc)
            if not cycle.response_started:
                await cycle.send_500_response()
            else:
                self.transport.close()
        finally:
            if response is not None:
                self._direct.answered(request, response, 0.0, self.client)
            else:
                request.release()
            cycle.on_response = lambda: None

    def on_response_complete(self) -> None:
        # uvicorn's, except that the keep-alive timeout is a deadline of the sweep, not a timer per answer
        self.server_state.total_requests += 1
        if self.transport.is_closing():
            return
        self.flow.resume_reading()
        if self.pipeline:  # the next pipelined request starts
            BUDGET.give(getattr(self.pipeline[-1][0], "charged", 0), "held")
            cycle, app = self.pipeline.pop()
            self._start_asgi_task(cycle, app)
        elif self._in_head and not self._header_bytes:  # idle: no byte of a next request has come yet (its
            self._arm(self.timeout_keep_alive, KEEP_ALIVE)  # head or body keeps its own deadline)
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
        self.write_unsent()
        cycle = self.cycle
        if (cycle is not None and not cycle.response_complete and cycle.more_body) or self.flow.write_paused:
            self.transport.abort() if self.flow.write_paused else self.transport.close()  # an unread answer: dropped
            return
        super().shutdown()
