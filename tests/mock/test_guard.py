"""The guard's protocol (partner_contracts/mock/guard.py) against uvicorn's own: the same bytes on the wire,
in one write per answer; the keep-alive timeout kept by the deadline sweep."""

from __future__ import annotations

import asyncio
import socket
import time
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from benchmarks.cpu import Collecting  # a transport that keeps each write (writelines: one write)
from partner_contracts.mock.guard import JOINED_MAX, GuardedProtocol, Limits, _Sweep
from partner_contracts.mock.server import running

BIG = b"x" * (JOINED_MAX + 1)


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An answer of each framing: sized (``/sized``, also to HEAD), big, chunked, streamed in parts, empty."""
    path = scope["path"]
    if path == "/chunked":  # no content-length: uvicorn frames it chunked
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"hello"})
    elif path == "/parts":
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"6")]})
        await send({"type": "http.response.body", "body": b"abc", "more_body": True})
        await send({"type": "http.response.body", "body": b"def"})
    elif path == "/empty":
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})
    else:
        body = BIG if path == "/big" else b'{"ok":true}'
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


REQUESTS = [b"GET /sized HTTP/1.1\r\nHost: x\r\n\r\n", b"HEAD /sized HTTP/1.1\r\nHost: x\r\n\r\n",
            b"GET /big HTTP/1.1\r\nHost: x\r\n\r\n", b"GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n",
            b"GET /parts HTTP/1.1\r\nHost: x\r\n\r\n", b"GET /empty HTTP/1.1\r\nHost: x\r\n\r\n",
            b"GET /sized HTTP/1.0\r\nHost: x\r\n\r\n"]


def answers(protocol_class: type[HttpToolsProtocol]) -> list[list[bytes]]:
    """The writes of each of REQUESTS, each on its own connection, served by ``protocol_class``."""
    config = uvicorn.Config(app, http="httptools", lifespan="off", log_level="warning", access_log=False,
                            server_header=False, date_header=False)
    config.load()
    loop = asyncio.new_event_loop()
    out = []
    try:
        for raw in REQUESTS:
            state = ServerState()
            transport = Collecting()
            protocol = protocol_class(config, state, {}, _loop=loop)
            protocol.connection_made(transport)
            protocol.data_received(raw)

            async def done(state: ServerState = state) -> None:
                while state.tasks:
                    await asyncio.sleep(0)

            loop.run_until_complete(done())
            out.append(transport.out)
            protocol.connection_lost(None)
    finally:
        loop.close()
    return out


def test_every_answer_is_uvicorns_bytes_in_one_write_but_streamed_parts() -> None:
    plain, guarded = answers(HttpToolsProtocol), answers(GuardedProtocol)
    for raw, theirs, ours in zip(REQUESTS, plain, guarded):
        assert b"".join(ours) == b"".join(theirs), raw  # the same bytes on the wire
        assert len(theirs) >= 2 or raw.startswith(b"HEAD"), raw  # uvicorn writes the head on its own
        if b"/parts" in raw:  # the first part goes with the head, the next on its own
            assert ours == [theirs[0] + theirs[1], theirs[2]]
        else:
            assert len(ours) == 1, (raw, ours)
    head, _, body = b"".join(guarded[2]).partition(b"\r\n\r\n")
    assert body == BIG and b"content-length: %d" % len(BIG) in head
    assert b"".join(guarded[1]).endswith(b"\r\n\r\n") and b"content-length: 11" in b"".join(guarded[1])


def _closed_by_server(sock: socket.socket, within: float) -> bool:
    sock.settimeout(within)
    try:
        return sock.recv(1) == b""
    except TimeoutError:
        return False
    except ConnectionError:
        return True


def _answer(sock: socket.socket) -> bytes:
    """One answer's head (its body, ``content-length`` bytes, read and dropped)."""
    answer = b""
    while b"\r\n\r\n" not in answer:
        answer += sock.recv(65536)
    head, _, body = answer.partition(b"\r\n\r\n")
    length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
    while len(body) < length:
        body += sock.recv(65536)
    return head


def test_the_sweep_runs_as_often_as_the_shortest_timeout_armed_needs() -> None:
    """A quarter of the shortest timeout armed (50 ms to 1 s): a longer one leaves the timer as it is (every
    request's case, answered before any arithmetic), a shorter one brings the next sweep closer."""
    loop = asyncio.new_event_loop()
    try:
        sweep = _Sweep(loop, set())
        sweep.wake(60.0)
        first = sweep.handle
        assert sweep.period == 1.0 and first is not None
        sweep.wake(5.0)
        assert sweep.handle is first and sweep.period == 1.0
        sweep.wake(0.4)
        assert sweep.period == 0.1 and sweep.handle is not first and first.cancelled()
        sweep.wake(2.0)
        assert sweep.period == 0.1
        sweep.wake(0.1)
        assert sweep.period == 0.05
    finally:
        loop.close()


def test_keep_alive_closes_an_idle_connection_not_one_whose_next_request_has_begun() -> None:
    """keep-alive 1 s, header timeout 2.5 s. A: idle after its answer, closed after 1 s, not before.
    B: answered, with the head of its next request begun: that head keeps its own deadline (2.5 s), the
    keep-alive does not cut it short. C: answered before its body came (the app did not read it): idle once
    the body is in, closed after the keep-alive."""
    limits = Limits(keep_alive=1, header_timeout=2.5, body_timeout=5)
    with running(app, limits=limits) as url:
        port = int(url.rsplit(":", 1)[1])
        a, b, c = (socket.create_connection(("127.0.0.1", port)) for _ in range(3))
        with a, b, c:
            a.sendall(b"GET /sized HTTP/1.1\r\nHost: x\r\n\r\n")
            b.sendall(b"GET /sized HTTP/1.1\r\nHost: x\r\n\r\nGET /sized HTTP/1.1\r\nHost: x\r\n")
            c.sendall(b"POST /sized HTTP/1.1\r\nHost: x\r\ncontent-length: 10\r\n\r\n")
            assert all(_answer(sock).startswith(b"HTTP/1.1 200") for sock in (a, b, c))
            c.sendall(b"0123456789")
            answered = time.monotonic()
            assert not _closed_by_server(a, 0.6)  # idle, but within its keep-alive
            assert _closed_by_server(a, 2)  # closed by the sweep: 1 s, and at most a quarter more
            assert 0.9 < time.monotonic() - answered < 2.5
            assert _closed_by_server(c, 1)  # its keep-alive began when its body was in
            assert not _closed_by_server(b, 1.8 - (time.monotonic() - answered))  # its next head's deadline
            assert _closed_by_server(b, 3)
            assert 2.3 < time.monotonic() - answered < 4
