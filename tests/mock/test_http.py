"""The HTTP message in and out (partner_contracts/runtime/http.py)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from partner_contracts.runtime.http import (
    MAX_BODY,
    MAX_FIELDS,
    Disconnected,
    Incoming,
    Rejection,
    Reply,
    json_bytes,
    parse_json,
    parse_prefer,
    parse_query,
    read_body,
    reason,
)
from partner_contracts.runtime.redact import redact_query


def test_the_query_is_read_as_parse_qsl_reads_it() -> None:
    assert parse_query(b"a=1&b=&b=x%20y+z&flag&&c=%E1%BA%A1") == {
        "a": ["1"], "b": ["", "x y z"], "flag": [""], "c": ["ạ"]}
    with pytest.raises(Rejection) as too_many:
        parse_query(b"&".join(b"a=1" for _ in range(MAX_FIELDS + 1)))
    assert (too_many.value.kind, too_many.value.status) == ("too_long", 414)


def test_credentials_in_the_query_are_redacted_for_the_log() -> None:
    assert redact_query(b"token=a&Secret=b&x=1") == "?token=***&Secret=***&x=1"
    assert redact_query(b"api%5Fkey=k&page=2") == "?api%5Fkey=***&page=2"
    assert redact_query(b"token&x=1") == "?token&x=1"  # no value: nothing to hide
    assert redact_query(b"") == ""


def test_prefer_and_reason_phrases() -> None:
    assert parse_prefer('code=404, example="empty"; wait=1') == {"code": "404", "example": "empty", "wait": "1"}
    assert parse_prefer("") == {}
    assert reason(404) == "Not Found" and reason(599) == "Error"


def test_json_is_strict_in_and_exact_out() -> None:
    big = 2**70
    assert parse_json(b'{"n": %d}' % big) == {"n": big} and json_bytes({"n": big}) == b'{"n":%d}' % big
    for bad in (b"NaN", b"[1e400]", b'"\\ud800"', b"{"):
        with pytest.raises(ValueError):
            parse_json(bad)


def test_incoming_reads_the_first_header_and_reply_sets_length_and_charset() -> None:
    request = Incoming({"method": "GET", "path": "/x", "headers": [(b"x-a", b"1"), (b"x-a", b"2"),
                                                                  (b"cookie", b"s=v")]}, None)
    assert request.headers["x-a"] == "1" and request.header_list("X-A") == ["1", "2"] and request.cookies == {"s": "v"}
    reply = Reply(200, b"hi", "text/plain", {"X-Y": "z"})
    assert reply.raw_headers == [(b"x-y", b"z"), (b"content-type", b"text/plain; charset=utf-8"),
                                 (b"content-length", b"2")]
    assert Reply(204).raw_headers == []


def test_a_body_is_read_whole_bounded_and_a_disconnect_is_not_a_request() -> None:
    def receiver(*messages: dict[str, Any]) -> Any:
        queue = list(messages)

        async def receive() -> dict[str, Any]:
            return queue.pop(0)
        return receive

    def request(receive: Any, length: str | None = None) -> Incoming:
        headers = [(b"content-length", length.encode())] if length else []
        return Incoming({"method": "POST", "path": "/", "headers": headers}, receive)

    parts = receiver({"type": "http.request", "body": b"ab", "more_body": True}, {"type": "http.request", "body": b"c"})
    assert asyncio.run(read_body(request(parts))) == b"abc"
    with pytest.raises(Rejection) as large:
        asyncio.run(read_body(request(receiver(), str(MAX_BODY + 1))))
    assert large.value.status == 413
    with pytest.raises(Disconnected):
        asyncio.run(read_body(request(receiver({"type": "http.disconnect"}))))
