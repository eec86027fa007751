"""The clients' retry, backoff and timeout runtime (partner_contracts/clients/templates/opc/client.py.jinja), held
through one generated client (palm-locker's) against ``httpx.MockTransport``: which answers are retried, how
long each wait is, what a retry carries, the total budget, the errors raised. Expectations are literal values
(the README's promise: connection errors, 408, 429 and 5xx are retried when the call is safe to repeat)."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Callable
from typing import Any, ClassVar

import httpx
import palm_locker_client
import pytest
from palm_locker_client import client as runtime
from palm_locker_client import errors
from palm_locker_client.api.orders import create_order, list_orders
from palm_locker_client.models import OrderCreateRequest

Answer = tuple[int, dict[str, str]] | Exception


class Vendor:
    """A handler answering (status, headers) or raising, from a list (the last one repeats)."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        status, headers = answer
        return httpx.Response(status, headers=headers, json={"message": "m"})

    def client(self, **options: Any) -> Any:
        return palm_locker_client.connect(
            "key-1",
            base_url="http://api.test",
            httpx_args={"transport": httpx.MockTransport(self)},
            **options,
        )

    @property
    def counts(self) -> list[str | None]:
        return [r.headers.get("x-retry-count") for r in self.requests]


@pytest.fixture()
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between attempts, recorded instead of slept."""
    recorded: list[float] = []

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr(runtime, "_sleep", recorded.append)
    monkeypatch.setattr(runtime, "_async_sleep", async_sleep)
    monkeypatch.setattr(random, "random", lambda: 0.0)  # no jitter: the backoff's upper bound
    return recorded


GET = {"method": "get", "url": "/order"}


@pytest.mark.parametrize(
    ("status", "retried"),
    [
        (408, True),
        (429, True),
        (500, True),
        (502, True),
        (503, True),
        (504, True),
        (599, True),
        (200, False),
        (201, False),
        (400, False),
        (401, False),
        (403, False),
        (404, False),
        (409, False),
        (422, False),
        (499, False),
    ],
)
def test_which_statuses_are_retried(status: int, retried: bool, sleeps: list[float]) -> None:
    vendor = Vendor((status, {}))
    answer = vendor.client().request(dict(GET))
    assert answer.status_code == status
    assert len(vendor.requests) == (3 if retried else 1)  # max_retries 2 by default
    assert sleeps == ([0.5, 1.0] if retried else [])
    assert vendor.counts == ([None, "1", "2"] if retried else [None])


def test_429_is_retried_by_a_generated_operation_then_raised_as_rate_limit(sleeps: list[float]) -> None:
    vendor = Vendor((429, {"retry-after": "1"}))
    with pytest.raises(errors.RateLimitError):
        list_orders.sync(client=vendor.client())
    assert len(vendor.requests) == 3 and sleeps == [1.0, 1.0]
    recovered = Vendor((429, {}), (200, {}))
    assert recovered.client().request(dict(GET)).status_code == 200
    assert len(recovered.requests) == 2 and recovered.counts == [None, "1"]


def test_the_server_may_say_whether_to_retry(sleeps: list[float]) -> None:
    for status, header, attempts in (
        (400, "true", 3),
        (503, "false", 1),
        (503, "maybe", 3),
        (400, "TRUE", 1),
    ):
        vendor = Vendor((status, {"x-should-retry": header}))
        vendor.client().request(dict(GET))
        assert len(vendor.requests) == attempts, (status, header)


def test_a_call_not_safe_to_repeat_is_retried_only_when_asked(sleeps: list[float]) -> None:
    body = OrderCreateRequest.from_dict({"lockerId": 1, "size": "s"})
    vendor = Vendor((503, {}))
    with pytest.raises(errors.InternalServerError):
        create_order.sync(client=vendor.client(), body=body)
    assert len(vendor.requests) == 1 and sleeps == []
    with pytest.raises(errors.InternalServerError):
        create_order.sync(client=vendor.client(), body=body, max_retries=1)
    assert len(vendor.requests) == 3 and sleeps == [0.5]
    with pytest.raises(errors.InternalServerError):
        create_order.sync(client=vendor.client(retry_non_idempotent=True), body=body)
    assert len(vendor.requests) == 6
    post = {"method": "post", "url": "/order", "json": {}}
    vendor.client().request(dict(post), idempotent=True)
    assert len(vendor.requests) == 9
    vendor.client().request(dict(GET), idempotent=False)
    assert len(vendor.requests) == 10
    vendor.client().request(dict(GET), max_retries=-3)  # never below none
    assert len(vendor.requests) == 11
    vendor.client(max_retries=0).request(dict(GET))
    assert len(vendor.requests) == 12
    vendor.client(max_retries=4).request({"method": "HEAD", "url": "/order"})
    assert len(vendor.requests) == 17


@pytest.mark.parametrize(
    ("attempt", "seconds"), [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (9, 8.0)]
)
def test_backoff_doubles_from_half_a_second_up_to_eight(
    attempt: int, seconds: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(random, "random", lambda: 0.0)
    assert runtime.retry_delay(attempt, None) == seconds
    monkeypatch.setattr(random, "random", lambda: 1.0)  # the most jitter takes a quarter off
    assert runtime.retry_delay(attempt, None) == seconds * 0.75
    assert runtime.retry_delay(attempt, httpx.Response(503, headers={"retry-after": "3"})) == 3.0


def answer(**headers: str) -> httpx.Response:
    return httpx.Response(503, headers=headers)


def test_retry_after_forms_and_limits() -> None:
    assert runtime.retry_after(None) is None
    assert runtime.retry_after(answer()) is None
    assert [
        runtime.retry_after(answer(**{"retry-after-ms": v})) for v in ("150", "0", "60000", "2500.5")
    ] == [0.15, 0.0, 60.0, 2.5005]
    # a retry-after-ms that is not sane falls back to retry-after
    assert [
        runtime.retry_after(answer(**{"retry-after-ms": v, "retry-after": "2"}))
        for v in ("60001", "-1", "soon", "")
    ] == [2.0, 2.0, 2.0, 2.0]
    assert runtime.retry_after(answer(**{"retry-after-ms": "60001"})) is None
    assert [runtime.retry_after(answer(**{"retry-after": v})) for v in ("2", "0", "60", "0.25", "-3")] == [
        2.0,
        0.0,
        60.0,
        0.25,
        0.0,
    ]
    assert [runtime.retry_after(answer(**{"retry-after": v})) for v in ("61", "3600", "soon", "", " ")] == [
        None,
        None,
        None,
        None,
        None,
    ]
    in_3s = email.utils.formatdate(time.time() + 3, usegmt=True)
    assert 1.5 < (runtime.retry_after(answer(**{"retry-after": in_3s})) or 0) <= 3.0
    past = email.utils.formatdate(time.time() - 30, usegmt=True)
    assert runtime.retry_after(answer(**{"retry-after": past})) == 0.0
    far = email.utils.formatdate(time.time() + 600, usegmt=True)
    assert runtime.retry_after(answer(**{"retry-after": far})) is None


def test_retry_after_is_honoured_between_attempts(sleeps: list[float]) -> None:
    vendor = Vendor((503, {"retry-after": "0.25"}), (503, {"retry-after-ms": "40"}), (200, {}))
    assert vendor.client().request(dict(GET)).status_code == 200
    assert sleeps == [0.25, 0.04] and vendor.counts == [None, "1", "2"]
    vendor = Vendor((503, {"retry-after": "3600"}), (200, {}))  # not sane: our own backoff instead
    assert vendor.client().request(dict(GET)).status_code == 200
    assert sleeps[2:] == [0.5]


def test_connection_errors_are_retried_then_raised_by_kind(sleeps: list[float]) -> None:
    refused = Vendor(httpx.ConnectError("refused"))
    with pytest.raises(errors.APIConnectionError) as caught:
        list_orders.sync(client=refused.client())
    assert type(caught.value) is errors.APIConnectionError and "Connection error: refused" in str(
        caught.value
    )
    assert len(refused.requests) == 3 and sleeps == [0.5, 1.0] and refused.counts == [None, "1", "2"]
    slow = Vendor(httpx.ReadTimeout("slow"))
    with pytest.raises(errors.APITimeoutError):
        slow.client(max_retries=1).request(dict(GET))
    assert len(slow.requests) == 2
    flaky = Vendor(httpx.ConnectError("refused"), (200, {}))
    assert flaky.client().request(dict(GET)).status_code == 200 and len(flaky.requests) == 2


def test_the_total_budget_ends_the_retries_and_caps_each_attempt(sleeps: list[float]) -> None:
    vendor = Vendor((503, {"retry-after": "5"}))
    assert vendor.client(total_timeout=4.0).request(dict(GET)).status_code == 503
    assert len(vendor.requests) == 1 and sleeps == []  # the wait would outlast the budget
    vendor = Vendor((503, {"retry-after": "1"}))
    vendor.client(total_timeout=4.0).request(dict(GET))
    assert len(vendor.requests) == 3
    spent = Vendor((200, {}))
    with pytest.raises(errors.APITimeoutError, match="total_timeout spent"):
        spent.client(total_timeout=0.0).request(dict(GET))
    assert spent.requests == []
    assert spent.client(total_timeout=0.5).request(dict(GET)).status_code == 200  # half a second left: sent
    assert len(spent.requests) == 1 and all(
        0.4 < v <= 0.5 for v in spent.requests[0].extensions["timeout"].values()
    )
    # each attempt's phases are capped to what is left of the budget, and only then
    timeouts = Vendor((200, {}))
    timeouts.client(total_timeout=10.0).request(dict(GET))
    phases = timeouts.requests[0].extensions["timeout"]
    assert set(phases) == {"connect", "read", "write", "pool"}
    assert all(9.0 < phases[p] <= 10.0 for p in phases), phases
    timeouts.client(total_timeout=None).request(dict(GET))
    assert timeouts.requests[1].extensions["timeout"] == {
        "connect": 10.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }
    timeouts.client(total_timeout=20.0).request(dict(GET))
    phases = timeouts.requests[2].extensions["timeout"]
    assert phases["connect"] == 10.0 and all(19.0 < phases[p] <= 20.0 for p in ("read", "write", "pool"))
    timeouts.client(timeout=5.0, total_timeout=20.0).request(dict(GET))
    assert timeouts.requests[3].extensions["timeout"] == dict.fromkeys(
        ("connect", "read", "write", "pool"), 5.0
    )
    timeouts.client(timeout=None, total_timeout=20.0).request(dict(GET))
    assert all(19.0 < v <= 20.0 for v in timeouts.requests[4].extensions["timeout"].values())
    timeouts.client().request(dict(GET), timeout=httpx.Timeout(2.0, read=7.0))
    assert timeouts.requests[5].extensions["timeout"] == {
        "connect": 2.0,
        "read": 7.0,
        "write": 2.0,
        "pool": 2.0,
    }


def test_within_caps_every_phase() -> None:
    capped = runtime._within(httpx.Timeout(30.0, connect=10.0), 12.0)
    assert (capped.connect, capped.read, capped.write, capped.pool) == (10.0, 12.0, 12.0, 12.0)
    capped = runtime._within(httpx.Timeout(None), 3.0)
    assert (capped.connect, capped.read, capped.write, capped.pool) == (3.0, 3.0, 3.0, 3.0)
    assert runtime._as_timeout(4.0) == httpx.Timeout(4.0)
    given = httpx.Timeout(1.0)
    assert runtime._as_timeout(given) is given


class QueryKey(httpx.Auth):
    query_params: ClassVar[dict[str, str]] = {"key": "k-1"}

    def auth_flow(self, request: httpx.Request) -> Any:
        yield request


def test_a_call_adds_its_extra_headers_query_and_body_and_query_credentials(sleeps: list[float]) -> None:
    vendor = Vendor((200, {}))
    client = runtime.Client(
        "http://api.test",
        auth=QueryKey(),
        headers={"x-a": "1"},
        httpx_args={"transport": httpx.MockTransport(vendor)},
    )
    client.request(
        {"method": "post", "url": "/o", "params": {"p": "1"}, "json": {"a": 1}, "headers": {"x-b": "2"}},
        extra_headers={"x-c": "3"},
        extra_query={"q": "2"},
        extra_body={"b": 2},
    )
    sent = vendor.requests[0]
    assert (sent.headers["x-a"], sent.headers["x-b"], sent.headers["x-c"]) == ("1", "2", "3")
    assert dict(sent.url.params) == {"p": "1", "q": "2", "key": "k-1"}
    assert sent.content == b'{"a":1,"b":2}' or sent.read() in (b'{"a": 1, "b": 2}', b'{"a":1,"b":2}')
    assert sent.extensions.get("auth_applied") is True
    with pytest.raises(TypeError, match="extra_body needs an operation whose body is a JSON object"):
        client.request({"method": "get", "url": "/o"}, extra_body={"b": 2})
    plain = runtime.Client("http://api.test", httpx_args={"transport": httpx.MockTransport(vendor)})
    plain.request({"method": "get", "url": "/o"})
    assert dict(vendor.requests[1].url.params) == {} and "auth_applied" not in vendor.requests[1].extensions


def test_retries_are_logged_with_the_status_or_error(
    sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="palm_locker_client")
    Vendor((503, {"retry-after": "0.25"}), (200, {})).client().request(dict(GET))
    assert "GET /order: 503; retry 1 of 2 in 0.25 s" in caplog.text
    with pytest.raises(errors.APIConnectionError):
        Vendor(httpx.ConnectError("refused")).client(max_retries=1).request(dict(GET))
    assert "GET /order: ConnectError; retry 1 of 1 in 0.50 s" in caplog.text
    assert "GET http://api.test/order failed: ConnectError" in caplog.text


def test_answers_are_not_logged_when_logging_is_off(
    sleeps: list[float], monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    logged: list[int] = []
    monkeypatch.setattr(
        runtime, "_log_response", lambda response, started: logged.append(response.status_code)
    )
    caplog.set_level(logging.WARNING, logger="palm_locker_client")
    vendor = Vendor((503, {}), (200, {}))
    vendor.client().request(dict(GET))

    async def call() -> None:
        await vendor.client().arequest(dict(GET))

    run(call)
    assert logged == []
    caplog.set_level(logging.INFO, logger="palm_locker_client")
    vendor.client().request(dict(GET))
    run(call)
    assert logged == [200, 200]


def run(scenario: Callable[[], Any]) -> Any:
    return asyncio.run(scenario())


def test_async_calls_retry_the_same_way(sleeps: list[float]) -> None:
    vendor = Vendor((429, {}), (503, {"retry-after": "0.25"}), (200, {}))

    async def scenario() -> None:
        async with vendor.client() as client:
            answer = await client.arequest(dict(GET))
        assert answer.status_code == 200

    run(scenario)
    assert sleeps == [0.5, 0.25] and vendor.counts == [None, "1", "2"]
    refused = Vendor(httpx.ConnectError("refused"))

    async def failing() -> None:
        with pytest.raises(errors.APIConnectionError):
            await list_orders.asyncio(client=refused.client())

    run(failing)
    assert len(refused.requests) == 3 and sleeps[2:] == [0.5, 1.0]
    flaky = Vendor(httpx.ConnectError("refused"), (404, {}))

    async def not_found() -> None:
        answer = await flaky.client().arequest(dict(GET))
        assert answer.status_code == 404

    run(not_found)
    assert len(flaky.requests) == 2 and sleeps[4:] == [0.5]


def test_a_call_keeps_the_extensions_it_brings_and_the_clients_timeout_wins(sleeps: list[float]) -> None:
    vendor = Vendor((200, {}))
    client = runtime.Client("http://api.test", httpx_args={"transport": httpx.MockTransport(vendor)})
    client.request({"method": "get", "url": "/o", "extensions": {"trace": "t-1", "timeout": {"read": 1.0}}})
    sent = vendor.requests[0]
    assert sent.extensions["trace"] == "t-1"
    assert sent.extensions["timeout"] == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}
