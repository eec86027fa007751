"""The guard's direct lane (partner_contracts/mock/guard.py): a mock request answered in the parser's
callback, without an ASGI cycle or task — the same bytes as the ASGI lane, in order behind pipelined
neighbours, and the ASGI lane for what it does not take (HEAD, chunked or big bodies, an app that waits)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from benchmarks.cpu import Collecting
from partner_contracts.mock import guard
from partner_contracts.mock.app import MockServer, create_app
from partner_contracts.mock.guard import DIRECT_BODY_MAX, LIMITS, GuardedProtocol
from partner_contracts.runtime.http import Reply

KEY = b"x-api-key: test-api-key\r\n"
LOCKER = b"4b20b55e-b0e2-48d1-b269-82cdc2039288"


def get(path: bytes, extra: bytes = KEY, version: bytes = b"1.1") -> bytes:
    return b"GET /palm-locker" + path + b" HTTP/" + version + b"\r\nHost: 127.0.0.1:4010\r\n" + extra + b"\r\n"


def post(path: bytes, body: bytes, extra: bytes = KEY) -> bytes:
    return (b"POST /palm-locker" + path + b" HTTP/1.1\r\nHost: 127.0.0.1:4010\r\ncontent-type: application/json\r\n"
            + extra + b"content-length: %d\r\n\r\n" % len(body) + body)


# deterministic answers (no ids or clocks in them): the bytes of both lanes must be equal
SAME = [get(b"/locker?size=2"), get(b"/locker/" + LOCKER), get(b"/locker?size=2", extra=b""),
        post(b"/order", b'{"lockerId":5,"size":"xl"}'), post(b"/order", b"{not json"),
        get(b"/nowhere"), get(b"/locker?size=2", version=b"1.0"), b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        b"GET /palm-locker/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n",
        b"DELETE /palm-locker/locker HTTP/1.1\r\nHost: x\r\n" + KEY + b"\r\n"]


class Served:
    """One connection of ``protocol_class`` serving ``app`` over a transport that keeps each write."""

    def __init__(self, app: Any, protocol_class: type[HttpToolsProtocol], loop: asyncio.AbstractEventLoop) -> None:
        config = uvicorn.Config(app, http="httptools", lifespan="off", log_level="warning", access_log=False,
                                server_header=False, date_header=False)
        config.load()
        self.loop, self.state, self.transport = loop, ServerState(), Collecting()
        self.protocol = protocol_class(config, self.state, {}, _loop=loop)
        self.protocol.connection_made(self.transport)

    def feed(self, raw: bytes) -> bool:
        """Feed ``raw``; whether its answers were all written before any task ran (the direct lane)."""
        self.transport.out.clear()

        async def fed() -> bool:  # in the running loop, as a server's protocol is fed
            self.protocol.data_received(raw)
            direct = not self.state.tasks
            while self.state.tasks:
                await asyncio.sleep(0)
            return direct

        return self.loop.run_until_complete(fed())

    @property
    def written(self) -> bytes:
        return b"".join(self.transport.out)


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


def served(loop: asyncio.AbstractEventLoop, protocol_class: type[HttpToolsProtocol] = GuardedProtocol,
           app: MockServer | None = None) -> Served:
    return Served(app or create_app(["palm-locker"]), protocol_class, loop)


def test_the_direct_lane_writes_the_asgi_lanes_bytes(loop: asyncio.AbstractEventLoop) -> None:
    for raw in SAME:
        plain, guarded = served(loop, HttpToolsProtocol), served(loop)
        assert not plain.feed(raw)  # uvicorn's own protocol: a task per request
        assert guarded.feed(raw) == (not raw.startswith(b"GET / ")) or raw.startswith(b"GET / ")
        assert guarded.written == plain.written, raw
        assert len(guarded.transport.out) == 1  # head and body in one write
    http10 = served(loop)
    http10.feed(get(b"/locker?size=2", version=b"1.0"))
    assert b"connection: close\r\n" in http10.written and http10.transport.closed


def test_the_servers_own_headers_start_each_answer_as_uvicorn_writes_them(loop: asyncio.AbstractEventLoop) -> None:
    """uvicorn's ``default_headers`` (date, server, any configured: a new list each second) start every
    answer. The direct lane makes their lines once per list: the same bytes as uvicorn's lane, the new
    date as soon as the list changes, and a configured ``connection: close`` closes on both lanes."""
    plain, guarded = served(loop, HttpToolsProtocol), served(loop)
    for defaults in ([(b"date", b"Mon, 07 Dec 2026 23:00:00 GMT"), (b"server", b"uvicorn")],
                     [(b"date", b"Mon, 07 Dec 2026 23:00:01 GMT"), (b"server", b"uvicorn"), (b"x-team", b"a")],
                     [(b"date", b"Mon, 07 Dec 2026 23:00:02 GMT"), (b"connection", b"close")]):
        plain.state.default_headers = guarded.state.default_headers = defaults
        plain.feed(get(b"/locker?size=2"))
        assert guarded.feed(get(b"/locker?size=2"))
        assert guarded.written == plain.written and b"date: " + defaults[0][1] + b"\r\n" in guarded.written
        assert guarded.transport.closed == plain.transport.closed == (defaults[-1][0] == b"connection")


def test_a_created_order_on_the_direct_lane_is_the_asgi_lanes_answer(loop: asyncio.AbstractEventLoop) -> None:
    body = b'{"lockerId":"' + LOCKER + b'","size":"s","receiverPhone":"0912345678","receiverName":"A"}'
    plain, guarded = served(loop, HttpToolsProtocol), served(loop)
    plain.feed(post(b"/order", body))
    assert guarded.feed(post(b"/order", body))
    theirs, ours = (json.loads(s.written.partition(b"\r\n\r\n")[2]) for s in (plain, guarded))
    assert ours["data"]["orderStatus"] == "init" and set(ours["data"]) == set(theirs["data"])
    assert guarded.written.startswith(b"HTTP/1.1 200 OK\r\n")
    # the record is there: the cancel (its body the created id) finds it
    cancel = b'{"orderId":"' + ours["data"]["id"].encode() + b'"}'
    raw = b"PUT /palm-locker/order/cancel HTTP/1.1\r\nHost: x\r\n" + KEY + b"content-type: application/json\r\n"
    assert guarded.feed(raw + b"content-length: %d\r\n\r\n" % len(cancel) + cancel)
    assert guarded.written.startswith(b"HTTP/1.1 200 OK\r\n"), guarded.written[:200]


def test_what_the_direct_lane_does_not_take_goes_through_uvicorns_cycle(loop: asyncio.AbstractEventLoop) -> None:
    head = b"HEAD /palm-locker/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n"
    chunked = (b"POST /palm-locker/order HTTP/1.1\r\nHost: x\r\n" + KEY + b"content-type: application/json\r\n"
               b"transfer-encoding: chunked\r\n\r\n5\r\n{not \r\n0\r\n\r\n")
    big = post(b"/order", b" " * (DIRECT_BODY_MAX + 1))
    for raw in (head, chunked, big):
        plain, guarded = served(loop, HttpToolsProtocol), served(loop)
        plain.feed(raw)
        assert not guarded.feed(raw), raw[:40]  # a task: uvicorn's cycle
        assert guarded.written == plain.written, raw[:40]


def test_pipelined_requests_are_answered_in_order_and_a_read_takes_a_bounded_run(
        loop: asyncio.AbstractEventLoop) -> None:
    count = LIMITS.max_pipelined + 4
    paths = [b"/locker?size=%d" % (n % 5 + 1) for n in range(count)]
    guarded = served(loop)
    assert not guarded.feed(b"".join(get(p) for p in paths))  # past max_pipelined: the rest through tasks
    answers = split(guarded.written)
    assert len(answers) == count
    for path, (_, body) in zip(paths, answers):
        size = int(path.rsplit(b"=", 1)[1])
        assert len(json.loads(body)["data"]["items"]) == size
    # the direct ones left in one write (the end of the turn, or before the first one on uvicorn's cycle)
    assert len(split(guarded.transport.out[0])) == LIMITS.max_pipelined


def split(written: bytes) -> list[tuple[bytes, bytes]]:
    """The answers in ``written``, each (head, body), by their content-length."""
    answers = []
    while written:
        head, _, rest = written.partition(b"\r\n\r\n")
        length = int(head.lower().partition(b"content-length: ")[2].partition(b"\r\n")[0] or 0)
        answers.append((head, rest[:length]))
        written = rest[length:]
    return answers


def test_the_answers_of_a_turn_are_written_at_its_end_in_order(loop: asyncio.AbstractEventLoop,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Answers wait for the end of the loop's turn (every connection the poll found ready served first),
    and go before anything else the connection writes: an error, an answer of uvicorn's cycle, a close."""
    state = ServerState()
    app = create_app(["palm-locker"])
    first, second = served(loop, app=app), served(loop, app=app)
    for one in (first, second):  # one server: one turn
        assert isinstance(one.protocol, GuardedProtocol) and isinstance(first.protocol, GuardedProtocol)
        one.protocol.server_state = state
        one.protocol._turn = first.protocol._turn
    seen: list[int] = []

    async def turn() -> None:
        first.protocol.data_received(get(b"/locker?size=1") + get(b"/locker?size=2"))
        second.protocol.data_received(get(b"/locker?size=3"))
        seen.append(len(first.transport.out) + len(second.transport.out))  # nothing written during the reads

    loop.run_until_complete(turn())
    assert seen == [0]
    assert len(first.transport.out) == 1 and len(second.transport.out) == 1  # a connection's answers: one write
    assert [len(json.loads(b)["data"]["items"]) for _, b in split(first.written)] == [1, 2]
    # an answer, then a malformed request: the answer first, then uvicorn's 400, then the close
    bad = served(loop)
    bad.feed(get(b"/locker?size=1") + b"NOT HTTP\r\n\r\n")
    answers = split(bad.written)
    assert [h.split(b" ")[1] for h, _ in answers] == [b"200", b"400"] and bad.transport.closed
    # an answer, then one that closes the connection (HTTP/1.0): both, in order, then the close
    closing = served(loop)
    closing.feed(get(b"/locker?size=1") + get(b"/locker?size=2", version=b"1.0"))
    assert [len(json.loads(b)["data"]["items"]) for _, b in split(closing.written)] == [1, 2]
    assert closing.transport.closed
    # an answer, then a HEAD (uvicorn's cycle): in order
    mixed = served(loop)
    mixed.feed(get(b"/locker?size=1") + b"HEAD /palm-locker/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n")
    assert len(mixed.transport.out) == 2 and b'"items"' in mixed.transport.out[0]  # the GET's answer first
    # one connection whose write fails (its socket broken) does not keep the turn's other answers back
    broken, fine = served(loop, app=app), served(loop, app=app)
    assert isinstance(broken.protocol, GuardedProtocol) and isinstance(fine.protocol, GuardedProtocol)
    fine.protocol._turn = broken.protocol._turn

    def refuse(data: Any) -> None:
        raise RuntimeError("unable to perform operation on a closed transport")

    aborted: list[bool] = []
    monkeypatch.setattr(broken.transport, "write", refuse)
    monkeypatch.setattr(broken.transport, "abort", lambda: aborted.append(True))

    async def both() -> None:
        broken.protocol.data_received(get(b"/locker?size=1"))
        fine.protocol.data_received(get(b"/locker?size=2"))

    loop.run_until_complete(both())
    assert aborted and len(split(fine.written)) == 1
    monkeypatch.undo()
    # past JOINED_MAX bytes waiting, they are written at once (what the transport's flow control sees of a
    # client that does not read is at most that far behind)
    monkeypatch.setattr(guard, "JOINED_MAX", 1000)
    eager = served(loop)

    async def three() -> None:
        eager.protocol.data_received(b"".join(get(b"/locker?size=1") for _ in range(3)))
        seen.append(len(split(eager.written)))

    loop.run_until_complete(three())
    assert seen[-1] == 2 and len(split(eager.written)) == 3  # about 500 bytes each: two at once, then the third
    monkeypatch.undo()
    # an answer, then the server shuts down in the same turn: the answer goes out before the close
    stopping = served(loop)

    async def answer_then_stop() -> None:
        stopping.protocol.data_received(get(b"/locker?size=1"))
        stopping.protocol.shutdown()

    loop.run_until_complete(answer_then_stop())
    assert split(stopping.written)[0][0].startswith(b"HTTP/1.1 200 OK") and stopping.transport.closed


def test_an_app_that_waits_finishes_on_uvicorns_cycle_in_order(loop: asyncio.AbstractEventLoop,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(["palm-locker"])
    handle = app.pipeline.handle
    waited: list[str] = []

    async def slow(request: Any) -> Any:
        if request.query_string.endswith(b"size=1"):  # this one waits on the loop
            waited.append(request.path)
            await asyncio.sleep(0.01)
        return await handle(request)

    monkeypatch.setattr(app.pipeline, "handle", slow)
    guarded = served(loop, app=app)
    assert not guarded.feed(get(b"/locker?size=1") + get(b"/locker?size=3"))
    assert waited and len(guarded.transport.out) == 2
    first, second = (json.loads(w.partition(b"\r\n\r\n")[2]) for w in guarded.transport.out)
    assert (len(first["data"]["items"]), len(second["data"]["items"])) == (1, 3)  # the one behind waited its turn
    assert guarded.feed(get(b"/locker?size=2"))  # and the connection is back on the direct lane


def test_a_bug_in_the_app_is_uvicorns_500_on_either_lane(loop: asyncio.AbstractEventLoop,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    outs = []
    for protocol_class in (HttpToolsProtocol, GuardedProtocol):
        app = create_app(["palm-locker"])

        async def broken(request: Any, server: str = "") -> Any:
            raise RuntimeError("a bug")

        monkeypatch.setattr(app, "reply_to", broken)
        one = served(loop, protocol_class, app)
        one.feed(get(b"/locker?size=1"))
        outs.append(one.written)
        assert one.transport.closed
    assert outs[0] == outs[1] and outs[0].startswith(b"HTTP/1.1 500 ")


def test_a_header_no_http_message_may_carry_is_never_written(
        loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch) -> None:
    """uvicorn refuses it (and closes, having started the answer); the direct lane answers uvicorn's 500."""
    for bad in ({"x-bad": "a\nb"}, {"x bad": "1"}, {"x-ok": "1", "x(bad)": "a\x01"}):
        for protocol_class in (HttpToolsProtocol, GuardedProtocol):
            app = create_app(["palm-locker"])

            async def answer(request: Any, server: str = "", headers: dict[str, str] = bad) -> Reply:
                return Reply(200, b"{}", "application/json", headers)

            monkeypatch.setattr(app, "reply_to", answer)
            one = served(loop, protocol_class, app)
            one.feed(get(b"/locker?size=1"))
            assert b"200 OK" not in one.written and one.transport.closed, (bad, protocol_class)
            if protocol_class is GuardedProtocol:
                assert one.written.startswith(b"HTTP/1.1 500 Internal Server Error\r\n"), bad


def test_the_direct_lane_is_off_with_the_access_log_or_shared_state() -> None:
    assert create_app(["palm-locker"]).direct
    assert not create_app(["palm-locker"], log_access=True).direct  # the log reads the proxy-headers client


@pytest.mark.parametrize("headers", [
    [(b"content-type", b"application/json"), (b"content-length", b"140")],
    [(b"content-type", b"application/problem+json; charset=utf-8"), (b"content-length", b"0")],
    [(b"content-type", b"text/plain\x01"), (b"content-length", b"3")],  # a value no message may carry
    [(b"content-type", b"text/plain"), (b"content-length", b"-3")],
    [(b"Content-Type", b"text/plain"), (b"content-length", b"3")],
    [(b"content-length", b"3"), (b"content-type", b"text/plain")],
    [(b"content-type", b"text/plain"), (b"content-length", b"3"), (b"connection", b"close")],
], ids=["json", "charset", "control-char", "negative", "capitalised", "swapped", "three"])
def test_a_reply_s_head_is_written_as_the_general_rule_writes_it(headers: list[tuple[bytes, bytes]]) -> None:
    """head_lines' short way for a Reply's two headers (its content type kept once per value) writes what
    its general rule writes (given a tuple, not a list, head_lines takes the general rule), and raises
    where it raises."""
    results: list[tuple[object, bytes]] = []
    for given in (headers, tuple(headers), headers):  # the second list: the kept content-type line
        content: list[bytes] = [b"HTTP/1.1 200 OK\r\n"]
        try:
            results.append((guard.head_lines(content, given), b"".join(content)))
        except RuntimeError as exc:
            results.append((str(exc), b""))
    assert results[0] == results[1] == results[2]
    if headers[0] == (b"content-type", b"text/plain\x01"):
        assert results[0][0] == "Invalid HTTP header value." and b"text/plain\x01" not in guard._TYPE_LINES
