"""The clients off the happy path, measured as openai-python's behaviour (issue 22): non-strict decoding,
pagination that cannot truncate, pool lifecycle, retries by meaning, logging with redaction, every status,
the total time budget, typed options, webhook payload errors and the package identity.

Against ``httpx.MockTransport`` (any answer on demand) and the real mock on loopback.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import json
import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import running
from tests.apis import key_params
from tests.test_client_behaviour import (  # noqa: F401 (fixtures)
    APIS,
    CREDENTIALS,
    KEYS,
    Script,
    a_call,
    call_for,
    connect,
    package,
    sleeps,
    stalled_url,
)

# Paged lists: (key, items key, page parameter, size parameter, totals the page reports)
PAGED = {
    "palm-locker": ("orders", "page", "size", {"totalPages": None, "totalOrders": None}),
    "pancake-pos": ("data", "page_number", "page_size", {"total_pages": None, "total_entries": None}),
    "sirclo-order": ("data", "offset", "limit", {"total_record": None}),
}


def errors_of(key: str) -> Any:
    return importlib.import_module(f"{APIS[key].package}.errors")


def _items_key(key: str) -> str:
    return PAGED[key][0]


# --- non-strict decoding ----------------------------------------------------------------------------


def _required_of_item(key: str) -> str:
    """A required property of the paged list's item (from the spec, not guessed): a string or a model where
    there is one, else any (the answer policy leaves some items only their id required)."""
    call = a_call(key)
    doc = call.api.bundled.document
    items = call.schema["properties"][_items_key(key)]["items"]
    while "$ref" in items:
        items = json.loads(json.dumps(doc))["components"]["schemas"][items["$ref"].rsplit("/", 1)[1]]
    required = [str(name) for name in items.get("required") or []]
    for name in required:
        prop = items["properties"][name]
        if prop.get("type") == "string" or "$ref" in prop:
            return name
    if required:
        return required[0]
    raise AssertionError(f"{key}: no required property on the list item")


@pytest.mark.parametrize("key", sorted(PAGED))
def test_an_item_missing_a_required_field_does_not_lose_the_page_and_strict_raises(
        key: str, caplog: pytest.LogCaptureFixture) -> None:
    call = a_call(key)
    answer = copy.deepcopy(call.success)
    items = answer[_items_key(key)]
    items.append(copy.deepcopy(items[0]))
    name = _required_of_item(key)
    del items[-1][name]
    items[0][name] = None if name != "id" else items[0][name]  # null where the spec says string: kept too
    # the warning is logged once per field and process: forget what an earlier test of this worker saw
    importlib.import_module(f"{APIS[key].package}.types")._WARNED.clear()
    with caplog.at_level(logging.WARNING, logger=APIS[key].package):
        result = call.sync(Script((200, {}, answer)).client(key))
        detailed = call.module.sync_detailed(client=Script((200, {}, answer)).client(key), **call.kwargs)
    got = getattr(result, _python(key, _items_key(key)))
    assert len(got) == len(items), "a page is never lost to one item"
    assert name not in got[-1].to_dict() and got[0].to_dict()[name] == items[0][name]
    assert len(getattr(detailed.parsed, _python(key, _items_key(key)))) == len(items)
    assert any("does not decode" in r.getMessage() and name in r.getMessage() for r in caplog.records)
    errors = errors_of(key)
    with pytest.raises(errors.APIResponseValidationError):
        call.sync(Script((200, {}, answer)).client(key, strict=True))
    with pytest.raises(errors.APIResponseValidationError):
        call.module.sync_detailed(client=Script((200, {}, answer)).client(key, strict=True), **call.kwargs)
    # strict=False again on a copy: the same answer decodes
    strict = Script((200, {}, answer)).client(key, strict=True)
    assert len(getattr(call.sync(strict.with_options(strict=False)), _python(key, _items_key(key)))) == len(items)


def _python(key: str, name: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, prefix="field"))


@pytest.mark.parametrize("key", sorted(PAGED))
def test_an_item_that_is_not_an_object_is_kept_and_the_page_is_not_lost(key: str) -> None:
    call = a_call(key)
    answer = copy.deepcopy(call.success)
    items = answer[_items_key(key)]
    items.extend([None, "junk"])
    result = call.sync(Script((200, {}, answer)).client(key))
    got = getattr(result, _python(key, _items_key(key)))
    assert len(got) == len(items) and got[-2:] == [None, "junk"] and hasattr(got[0], "to_dict")
    with pytest.raises(errors_of(key).APIResponseValidationError):
        call.sync(Script((200, {}, answer)).client(key, strict=True))


def test_a_wrong_typed_value_is_kept_and_warned_once_and_strict_raises(caplog: pytest.LogCaptureFixture) -> None:
    from palm_locker_client import types
    from palm_locker_client.models import OrderSummary

    with caplog.at_level(logging.WARNING, logger="palm_locker_client"):
        first = OrderSummary.from_dict({"id": None, "orderStatus": "init", "cost": "12"})
        OrderSummary.from_dict({"id": 5, "orderStatus": "init", "cost": "13"})
    assert first.id is None and first.cost == "12"
    warned = [r.getMessage() for r in caplog.records if "OrderSummary" in r.getMessage()]
    assert len([w for w in warned if "OrderSummary.cost" in w]) <= 1 and len([w for w in warned if ".id " in w]) <= 1
    with pytest.raises(TypeError):
        types.strictly(OrderSummary.from_dict, {"id": None, "orderStatus": "init"})
    with pytest.raises(KeyError):
        types.strictly(OrderSummary.from_dict, {"orderStatus": "init"})


# --- pagination ---------------------------------------------------------------------------------------


class CappedPages:
    """A server holding ``count`` items that never answers more than ``cap`` per page, whatever was asked."""

    def __init__(self, key: str, count: int, cap: int, totals: bool = True) -> None:
        self.key, self.cap, self.totals = key, cap, totals
        self.items_key, self.page_param, self.size_param, _ = PAGED[key]
        self.call = a_call(key)
        self.template = copy.deepcopy(self.call.success)
        item = self.template[self.items_key][0]
        self.items = [{**item, "id": f"item-{n}"} for n in range(count)]
        self.first = 0 if self.page_param == "offset" or key == "palm-locker" else 1
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        value = int(request.url.params.get(self.page_param, self.first))
        start = value if self.page_param == "offset" else (value - self.first) * self.cap
        page = {**self.template, self.items_key: self.items[start:start + self.cap]}
        for name in PAGED[self.key][3]:
            page.pop(name, None)
            if self.totals:
                page[name] = -(-len(self.items) // self.cap) if "pages" in name.lower() else len(self.items)
        return httpx.Response(200, json=page)

    def client(self) -> Any:
        return connect(self.key, httpx_args={"transport": httpx.MockTransport(self)})


@pytest.mark.parametrize("key", sorted(PAGED))
def test_a_server_capping_the_page_size_still_yields_every_item(key: str) -> None:
    pagination = importlib.import_module(f"{APIS[key].package}.pagination")
    server = CappedPages(key, count=95, cap=10)
    kwargs = {**a_call(key).kwargs, server.size_param: 20}
    got = [item.to_dict()["id"] for item in pagination.iter_list_orders(client=server.client(), **kwargs)]
    assert got == [i["id"] for i in server.items]
    assert len(server.requests) == 10

    async def collect() -> list[Any]:
        return [i async for i in pagination.aiter_list_orders(client=server.client(), **kwargs)]

    assert [i.to_dict()["id"] for i in asyncio.run(collect())] == got
    # Without totals: pages are read until one comes back empty (one request more), never cut short.
    bare = CappedPages(key, count=25, cap=10, totals=False)
    got = [item.to_dict()["id"] for item in pagination.iter_list_orders(client=bare.client(), **kwargs)]
    assert got == [i["id"] for i in bare.items] and len(bare.requests) == 4


def test_page_objects_sync_and_async() -> None:
    from palm_locker_client import pagination

    server = CappedPages("palm-locker", count=25, cap=10)
    page = pagination.list_orders_page(client=server.client(), size=10)
    assert len(page.items) == 10 and page.has_next_page()
    second = page.next_page()
    third = second.next_page()
    assert len(third.items) == 5 and not third.has_next_page()
    with pytest.raises(RuntimeError):
        third.next_page()
    assert len([p for p in page.iter_pages()]) == 3 and len(list(page)) == 25

    async def scenario() -> tuple[int, int]:
        first = await pagination.alist_orders_page(client=server.client(), size=10)
        pages = [p async for p in first.iter_pages()]
        return len(pages), len([i async for i in first])

    assert asyncio.run(scenario()) == (3, 25)


# --- lifecycle --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mock_url() -> Any:
    with running(create_app()) as url:
        yield url


def test_with_client_after_calls_works_and_closes_both_pools(mock_url: str) -> None:
    from palm_locker_client.api.orders import list_orders

    client = connect("palm-locker", base_url=f"{mock_url}/palm-locker")
    assert list_orders.sync(client=client) is not None
    sync_pool = client.get_httpx_client()

    async def use() -> httpx.AsyncClient:
        assert await list_orders.asyncio(client=client) is not None
        pool: httpx.AsyncClient = client.get_async_httpx_client()
        return pool

    async_pool = asyncio.run(use())
    with client:  # after calls: no RuntimeError
        assert list_orders.sync(client=client) is not None
    assert sync_pool.is_closed and async_pool.is_closed or _sockets_closed(async_pool)
    assert list_orders.sync(client=client) is not None  # a later call opens a new pool
    client.close()

    async def scoped() -> httpx.AsyncClient:
        async with client:
            assert await list_orders.asyncio(client=client) is not None
            pool: httpx.AsyncClient = client.get_async_httpx_client()
        return pool

    assert asyncio.run(scoped()).is_closed


def _sockets_closed(pool: httpx.AsyncClient) -> bool:
    connections = pool._transport._pool.connections  # type: ignore[attr-defined]
    return all(c._connection._network_stream.get_extra_info("socket").fileno() == -1 for c in connections
               if c._connection is not None)


def test_a_second_event_loop_closes_the_first_loops_pool(mock_url: str) -> None:
    from palm_locker_client.api.orders import list_orders

    client = connect("palm-locker", base_url=f"{mock_url}/palm-locker")

    async def use() -> httpx.AsyncClient:
        assert await list_orders.asyncio(client=client) is not None
        pool: httpx.AsyncClient = client.get_async_httpx_client()
        return pool

    first = asyncio.run(use())
    assert not _sockets_closed(first) or not first._transport._pool.connections  # type: ignore[attr-defined]
    second = asyncio.run(use())
    assert second is not first and _sockets_closed(first)
    asyncio.run(client.aclose())


def test_two_threads_with_their_own_event_loops_share_a_client_safely(mock_url: str) -> None:
    """A loop still running elsewhere keeps its pool (closed with the client), not closed under its feet."""
    from palm_locker_client.api.orders import list_orders

    client = connect("palm-locker", base_url=f"{mock_url}/palm-locker")
    pools: list[httpx.AsyncClient] = []
    failures: list[BaseException] = []
    barrier = threading.Barrier(2)

    async def calls() -> None:
        barrier.wait(10)
        for _ in range(10):
            assert await list_orders.asyncio(client=client) is not None
            pools.append(client.get_async_httpx_client())
            await asyncio.sleep(0.005)

    def work() -> None:
        try:
            asyncio.run(calls())
        except BaseException as exc:  # noqa: BLE001 (reported below)
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == [] and len(pools) == 20
    client.close()
    assert all(pool.is_closed or _sockets_closed(pool) for pool in set(pools))


def test_sixteen_threads_on_a_fresh_client_share_one_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[Any] = []
    real = httpx.Client

    class Counting(real):  # type: ignore[misc,valid-type]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            time.sleep(0.01)  # widen the race window
            built.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(httpx, "Client", Counting)
    call = a_call("palm-locker")
    client = Script((200, {}, call.success)).client("palm-locker")
    barrier = threading.Barrier(16)
    results: list[Any] = []

    def work() -> None:
        barrier.wait()
        results.append(call.sync(client))

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(results) == 16 and len(built) == 1
    client.close()
    assert built[0].is_closed


# --- retries by meaning -----------------------------------------------------------------------------


def _palm(name: str) -> Any:
    return importlib.import_module(f"palm_locker_client.api.orders.{name}")


def test_renew_partner_code_is_not_retried_by_default_but_get_and_x_idempotent_are(
        sleeps: list[float]) -> None:  # noqa: F811
    from palm_locker_client.models import OrderIdRequest, PaymentStatusRequest

    errors = errors_of("palm-locker")
    body = {"statusCode": 503, "message": "busy", "error": "Service Unavailable"}
    renew = Script((503, {}, body))
    with pytest.raises(errors.InternalServerError):
        _palm("renew_partner_code").sync(client=renew.client("palm-locker"), body=OrderIdRequest(order_id="o1"))
    assert len(renew.requests) == 1 and sleeps == []
    listing = Script((503, {}, body))
    with pytest.raises(errors.InternalServerError):
        _palm("list_orders").sync(client=listing.client("palm-locker"))
    assert len(listing.requests) == 3
    assert [r.headers.get("x-retry-count") for r in listing.requests] == [None, "1", "2"]
    payment = Script((503, {}, body))
    with pytest.raises(errors.InternalServerError):
        _palm("update_payment_status").sync(client=payment.client("palm-locker"),
                                            body=PaymentStatusRequest(order_id="o1", payment_status=True))
    assert len(payment.requests) == 3  # x-idempotent: true in the spec (ledger PL-041)
    # with_options(max_retries=5) raises the budget of what is safe to repeat, not of the renew
    more = Script((503, {}, body))
    with pytest.raises(errors.InternalServerError):
        _palm("renew_partner_code").sync(client=more.client("palm-locker").with_options(max_retries=5),
                                         body=OrderIdRequest(order_id="o1"))
    assert len(more.requests) == 1


@pytest.mark.parametrize("key", key_params("client"))
def test_a_post_is_retried_on_a_refused_connection_only_when_asked(key: str, sleeps: list[float]) -> None:  # noqa: F811
    errors = errors_of(key)
    call = call_for(key, "write")
    assert call is not None and call.method == "post"
    attempts: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("connection refused", request=request)

    client = connect(key, httpx_args={"transport": httpx.MockTransport(refuse)})
    with pytest.raises(errors.APIConnectionError):
        call.sync(client)
    if call.module._IDEMPOTENT:  # x-idempotent in the spec (Ahamove's estimate): retried like a GET
        assert len(attempts) == 3
        return
    assert len(attempts) == 1
    with pytest.raises(errors.APIConnectionError):
        call.sync(client, max_retries=2)  # asked on the call
    assert len(attempts) == 4
    with pytest.raises(errors.APIConnectionError):
        call.sync(client.with_options(retry_non_idempotent=True))  # asked on the client
    assert len(attempts) == 7


# --- logging ------------------------------------------------------------------------------------------


def test_pkg_log_debug_logs_a_retried_call_with_the_api_key_redacted() -> None:
    script = """
import httpx, pancake_pos_client
from pancake_pos_client.api.shops import list_shops
calls = []
def answer(request):
    calls.append(request)
    if len(calls) == 1:
        return httpx.Response(503, headers={"retry-after": "0"}, json={"success": False, "message": "busy"})
    return httpx.Response(200, json={"shops": [], "success": True})
client = pancake_pos_client.connect(api_key="SECRET-KEY-123", httpx_args={"transport": httpx.MockTransport(answer)})
list_shops.sync(client=client)
print("calls", len(calls))
"""
    env = {**os.environ, "PANCAKE_POS_CLIENT_LOG": "debug"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "calls 2" in done.stdout
    log = done.stderr
    assert "SECRET-KEY-123" not in log, log
    assert "api_key=%2A%2A%2A" in log or "api_key=***" in log, log
    assert "retry 1 of 2" in log and "-> 503" in log and "-> 200" in log, log
    assert "HTTP Request:" in log  # httpx's own line, redacted too
    quiet = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False,
                           env={k: v for k, v in env.items() if k != "PANCAKE_POS_CLIENT_LOG"}, timeout=60)
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_log_switch_needs_no_client_and_no_setup_at_import() -> None:
    """The logging setup happens when the first client is built, not at ``import <pkg>``; models decoding
    without a client (a webhook receiver's ``webhooks.unwrap``) still honour ``<PKG>_LOG``."""
    script = ("import logging, palm_locker_client\n"
              "assert not logging.getLogger('palm_locker_client').handlers, 'set up at import'\n"
              "from palm_locker_client.models import OrderSummary\n"
              "OrderSummary.from_dict({'orderStatus': 'init'})\n")
    env = {**os.environ, "PALM_LOCKER_CLIENT_LOG": "debug"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "palm_locker_client - WARNING] OrderSummary.id does not decode (missing)" in done.stderr, done.stderr


def test_httpx_info_line_never_shows_the_api_key(caplog: pytest.LogCaptureFixture) -> None:
    client = Script((200, {}, {"shops": [], "success": True})).client("pancake-pos")
    from pancake_pos_client.api.shops import list_shops

    with caplog.at_level(logging.INFO):
        list_shops.sync(client=client)
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert lines and not any("test-api-key" in line for line in lines), lines


# --- every status, total timeout --------------------------------------------------------------------


@pytest.mark.parametrize("key", key_params("client"))
def test_an_undocumented_status_raises_its_error_and_any_2xx_decodes(key: str) -> None:
    errors = errors_of(key)
    call = a_call(key)
    with pytest.raises(errors.InternalServerError) as caught:
        call.sync(Script((520, {}, "origin error")).client(key, max_retries=0))
    assert caught.value.status_code == 520
    detailed = call.module.sync_detailed(client=Script((520, {}, "x")).client(key, max_retries=0), **call.kwargs)
    assert detailed.status_code == 520 and detailed.parsed is None
    with pytest.raises(errors.APIStatusError) as teapot:
        call.sync(Script((418, {}, "short and stout")).client(key))
    assert type(teapot.value) is errors.APIStatusError and teapot.value.status_code == 418
    created = call.sync(Script((201, {}, call.success)).client(key))
    expected = call.module._parse_success(httpx.Response(200, json=call.success))
    assert _dicts(created) == _dicts(expected)


def _dicts(parsed: Any) -> Any:
    return [p.to_dict() for p in parsed] if isinstance(parsed, list) else parsed.to_dict()


@pytest.mark.parametrize("key", ["palm-locker", "pancake-pos"])
def test_a_hung_server_fails_within_total_timeout(key: str, stalled_url: str) -> None:  # noqa: F811
    errors = errors_of(key)
    client = connect(key, base_url=stalled_url, timeout=0.4, max_retries=10, total_timeout=1.0)
    call = a_call(key)  # outside the timed window: it reads the spec and imports the operation's module
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError):
        call.sync(client)
    assert time.monotonic() - started < 1.6


# --- typed options, identity, webhooks, base_url -----------------------------------------------------


@pytest.mark.parametrize("key", key_params("client"))
def test_httpx_args_are_checked_at_connect_and_extra_query_and_body_reach_the_wire(key: str) -> None:
    pkg = package(key)
    with pytest.raises(TypeError, match="timeout"):
        connect(key, httpx_args={"timeout": 3})
    with pytest.raises(TypeError, match="unknown"):
        connect(key, httpx_args={"transprot": None})
    call = call_for(key, "write")
    assert call is not None
    script = Script((200, {}, call.success or {}))
    call.module.sync_detailed(client=script.client(key), **call.kwargs, extra_query={"trace": "1"},
                              extra_body={"note": "x"})
    sent = script.requests[-1]
    assert sent.url.params["trace"] == "1" and json.loads(sent.content)["note"] == "x"
    agent = sent.headers["user-agent"]
    version = APIS[key].meta["client"]["version"]
    assert pkg.__version__ == version
    assert agent == f"{APIS[key].key}-client/{version} python-httpx/{httpx.__version__}", agent
    assert pkg.__spec_version__ == str(APIS[key].bundled.document["info"]["version"])


def test_a_signed_but_unexpected_webhook_is_a_payload_error() -> None:
    import hashlib
    import hmac

    from palm_locker_client import errors
    from palm_locker_client.webhooks import unwrap

    body = b'{"hello": "world"}'
    signature = hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()
    with pytest.raises(errors.WebhookPayloadError) as caught:
        unwrap(body, {"x-signature": signature}, secret="s3cret")
    assert isinstance(caught.value, errors.APIError)
    with pytest.raises(errors.WebhookPayloadError):
        unwrap(b"not json", {"x-signature": hmac.new(b"k", b"not json", hashlib.sha256).hexdigest()}, secret="k")


def test_base_url_is_required_where_the_spec_server_is_a_guess() -> None:
    import inspect

    for key, required in {"palm-locker": True, "sirclo-order": True, "anymaster": True,
                          "pancake-pos": False, "ahamove": False}.items():
        parameter = inspect.signature(package(key).connect).parameters["base_url"]
        assert (parameter.default is inspect.Parameter.empty) is required, key


# --- the package READMEs ----------------------------------------------------------------------------


@pytest.mark.parametrize("key", key_params("client"))
def test_each_package_readme_shows_every_topic_and_every_operation(key: str) -> None:
    from partner_contracts.clients.generate import operations

    readme = (APIS[key].client_dir / "README.md").read_text(encoding="utf-8")
    for heading in ("## Install", "## Connect", "## Errors", "## Retries and timeouts", "## Logging",
                    "## Raw responses", "### Every operation"):
        assert heading in readme, f"{key}: {heading}"
    if key in PAGED:
        assert "## Pagination" in readme and "has_next_page()" in readme
    if APIS[key].bundled.document.get("webhooks"):
        assert "## Webhooks" in readme and "WebhookPayloadError" in readme
    for operation in operations(APIS[key]):
        assert f"| `{operation['module']}` | `{operation['method']} {operation['path']}` |" in readme, operation
    assert f"{APIS[key].package.upper()}_LOG=" in readme


def test_the_readme_webhook_receiver_answers_400_to_a_signed_unexpected_body() -> None:
    import hashlib
    import hmac
    import re

    from starlette.applications import Starlette
    from starlette.routing import Route
    from starlette.testclient import TestClient

    readme = (APIS["palm-locker"].client_dir / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL) if "async def receive" in b)
    namespace: dict[str, Any] = {}
    exec(compile(block.replace('secret="..."', 'secret="s3cret"'), "README receiver", "exec"), namespace)  # noqa: S102
    app = Starlette(routes=[Route("/hooks", namespace["receive"], methods=["POST"])])
    body = b'{"unexpected": true}'
    signed = {"x-signature": hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()}
    with TestClient(app) as http:
        assert http.post("/hooks", content=body, headers=signed).status_code == 400
        assert http.post("/hooks", content=body, headers={"x-signature": "00"}).status_code == 401


@pytest.mark.slow
def test_mypy_rejects_a_typo_in_a_request_enum_and_answers_stay_open(tmp_path: Path) -> None:
    """A request enum is a closed ``Literal`` for mypy; an enum an answer carries keeps ``| str``."""
    good = tmp_path / "good.py"
    good.write_text(
        "import palm_locker_client\n"
        "from palm_locker_client.api.orders import list_orders\n"
        "from palm_locker_client.models import OrderSummary\n"
        "client = palm_locker_client.connect(api_key='k', base_url='http://127.0.0.1:1')\n"
        "list_orders.sync(client=client, order_status='success')\n"
        "from palm_locker_client.types import Unset\n"
        "answered = OrderSummary.from_dict({'id': 'o', 'orderStatus': 'Delivered'}).order_status\n"
        "assert not isinstance(answered, Unset)  # optional in answers (the answer policy)\n"
        "status: str = answered\n",
        encoding="utf-8")
    bad = tmp_path / "bad.py"
    bad.write_text(good.read_text(encoding="utf-8").replace("order_status='success'", "order_status='sucess'"),
                   encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "MYPYPATH": os.pathsep.join(sorted(str(p) for p in (root / "generated").glob("*-client")))}
    cache = root / "build" / "mypy-readme"
    outcomes = {}
    for path in (good, bad):
        done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), str(path)],
                              capture_output=True, text=True, env=env, timeout=280, check=False)
        outcomes[path.name] = (done.returncode, done.stdout)
    assert outcomes["good.py"][0] == 0, outcomes["good.py"][1]
    assert outcomes["bad.py"][0] == 1 and "sucess" in outcomes["bad.py"][1], outcomes["bad.py"][1]
