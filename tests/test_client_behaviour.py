"""Every generated client off the happy path: typed errors, retries, timeouts, tolerant decoding.

Each API is driven twice: through an ``httpx.MockTransport`` (any status or body on demand) and through
the real mock on loopback (wrapped by a small ASGI layer that can answer the next requests with a fault).
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import importlib
import inspect
import json
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import running
from partner_contracts.spec.api import Api, discover, iter_operations
from partner_contracts.spec.deref import resolve_pointer

from .apis import key_params, per_api

CREDENTIALS: dict[str, dict[str, str]] = {
    "palm-locker": {"api_key": "test-api-key"},
    "sirclo-order": {"partner_id": "test-partner", "secret": "test-secret"},
    "ahamove": {"token": "test-token"},
    "anymaster": {"token": "test-token"},
    "pancake-pos": {"api_key": "test-api-key"},
}
WINDOW = {"since": dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
          "until": dt.datetime(2030, 1, 1, tzinfo=dt.timezone.utc), "limit": 50, "offset": 0}
# The idempotent call (a list where the API has one) and the POST of each API, with their arguments.
CASES: dict[str, dict[str, Any]] = {
    "palm-locker": {"read": ("listOrders", {}), "write": ("createOrder", {})},
    "sirclo-order": {"read": ("listOrders", WINDOW), "write": ("createOrder", {"body": {
        "order_id": "ORD-9", "order_date": "2024-05-01T10:00:00+00:00", "shipment_reference": "",
        "line_items": [{"sku": "A1", "name": "Tea", "quantity": 2, "discount": 0.0, "raw_price": 50000.0}]}})},
    # Ahamove documents no GET, and no request example: the body is the consumer test's.
    "ahamove": {"read": None, "write": ("estimateOrderFee", {"body": {
        "path": [{"address": "A", "lat": 10.7725, "lng": 106.698, "name": "Shop", "mobile": "0901"},
                 {"address": "B", "lat": 10.8185, "lng": 106.6588, "name": "Buyer", "mobile": "0902"}],
        "payment_method": "CASH", "services": [{"_id": "SGN-BIKE", "requests": []}]}})},
    "anymaster": {"read": ("listOrders", {}), "write": ("createPartnerOrder", {"body": {
        "customer": {"phone_number": "+47900", "first_name": "Ola", "last_name": "Nordmann"},
        "partner_details": {"store_id": "s1", "items": [{"id": 1, "count": 1, "delivery": True, "assembly": False}],
                            "instock": True, "delivery_type": "to_pavement"},
        "datetime": [{"date": "2025-03-01", "timeslot": "1217"}], "payment_method": "stripe", "image_uuids": []}})},
    "pancake-pos": {"read": ("listOrders", {"shop_id": 20}), "write": ("createOrder", {"shop_id": 20, "body": {
        "shop_id": 20, "warehouse_id": "630744ef-4614-4a70-988c-52e6d78c953c",
        "items": [{"variation_id": "415040f4-ab63-465e-8699-e9ebfff4c6c7", "quantity": 2}],
        "shipping_address": {"full_name": "Hoang Anh", "phone_number": "0999999999", "address": "1 Trang Tien",
                             "province_id": "101"}}})},
}
# Answers for operations whose spec has no example (AnyMaster's list shape is itself x-unverified).
ANSWERS: dict[tuple[str, str], Any] = {
    ("anymaster", "listOrders"): {"status": "ok", "statusCode": 200, "data": [{
        "_id": 7, "title": "t", "_status": "new", "_substatus": "s", "partner": "p", "created_at": "2024-01-22T13:31:07.908Z",
        "partner_details": {"instock": True, "store_id": "s", "store_title": "S"}}]},
}
STATUS_ERRORS = {400: "BadRequestError", 401: "AuthenticationError", 403: "PermissionDeniedError",
                 404: "NotFoundError", 409: "ConflictError", 422: "UnprocessableEntityError",
                 429: "RateLimitError", 500: "InternalServerError", 503: "InternalServerError"}
UNKNOWN = "a-value-the-spec-does-not-list"
UNKNOWN_NUMBER = 987654
APIS = {api.key: api for api in discover()}
KEY_PARAMS = key_params("client")  # an API with a client and no entry in CASES fails here: give it one
KEYS = [p.values[0] for p in KEY_PARAMS]


def _examples(doc: dict[str, Any], holder: dict[str, Any]) -> list[Any]:
    content = ((holder.get("content") or {}).get("application/json")) or {}
    found = []
    for example in (content.get("examples") or {}).values():
        if "$ref" in example:
            example = resolve_pointer(doc, example["$ref"])
        found.append(example["value"])
    return found


def _resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = resolve_pointer(doc, node["$ref"])
    return node


@dataclass
class Call:
    """One operation of one API, ready to call: its module, method, arguments and the spec's examples."""

    api: Api
    module: ModuleType
    method: str
    schema: dict[str, Any]
    success: Any
    kwargs: dict[str, Any] = field(default_factory=dict)
    error_bodies: dict[int, Any] = field(default_factory=dict)

    def sync(self, client: Any, **options: Any) -> Any:
        return self.module.sync(client=client, **self.kwargs, **options)

    async def asyncio(self, client: Any, **options: Any) -> Any:
        return await self.module.asyncio(client=client, **self.kwargs, **options)

    def error_body(self, status: int) -> Any:
        """The spec's example of this error, else the API's error envelope as the mock writes it."""
        if status in self.error_bodies:
            return self.error_bodies[status]
        return _envelope((self.api.meta.get("mock") or {}).get("errors", {}).get("body"), status)


def _envelope(template: Any, status: int) -> Any:
    """The mock's error envelope (api.yaml) filled in: $status a number, every other $-value a word."""
    if isinstance(template, dict):
        if "$first" in template:
            return next(v for v in (_envelope(x, status) for x in template["$first"]) if isinstance(v, str))
        if any(k.startswith("$") for k in template):
            return None
        return {k: _envelope(v, status) for k, v in template.items()}
    if isinstance(template, str) and template.startswith("$"):
        return status if template == "$status" else "failed"
    return template


def call_for(key: str, which: str) -> Call | None:
    case = CASES[key][which]
    if case is None:
        return None
    operation_id, arguments = case
    api = APIS[key]
    doc = api.bundled.document
    for kind, _name, method, op, _pointer in iter_operations(doc):
        if kind == "paths" and op.get("operationId") == operation_id:
            break
    else:
        raise AssertionError(f"{key}: no operation {operation_id}")
    module = importlib.import_module(
        f"{api.package}.api.{PythonIdentifier(op['tags'][0], 'tag')}.{PythonIdentifier(operation_id, 'op')}")
    kwargs = dict(arguments)
    if "requestBody" in op:
        body_type = inspect.signature(module.sync).parameters["body"].annotation
        kwargs["body"] = body_type.from_dict(kwargs.get("body") or _examples(doc, _resolve(doc, op["requestBody"]))[0])
    responses = {int(s): _resolve(doc, r) for s, r in op["responses"].items() if s.isdigit()}
    ok = responses[200]
    schema = _resolve(doc, ((ok.get("content") or {}).get("application/json") or {}).get("schema") or {})
    errors = {s: e[0] for s, r in responses.items() if s >= 400 and (e := _examples(doc, r))}
    success = ANSWERS.get((key, operation_id)) or next(iter(_examples(doc, ok)), None)
    return Call(api, module, method, schema, success, kwargs, errors)


def a_call(key: str) -> Call:
    """The idempotent call of the API, else its POST."""
    found = call_for(key, "read") or call_for(key, "write")
    assert found is not None
    return found


def package(key: str) -> ModuleType:
    return importlib.import_module(APIS[key].package)


def connect(key: str, base_url: str = "http://api.test", **options: Any) -> Any:
    return package(key).connect(**CREDENTIALS[key], base_url=base_url, **options)


class Script:
    """An ``httpx.MockTransport`` handler answering from a list of (status, headers, body), then the last."""

    def __init__(self, *answers: tuple[int, dict[str, str], Any]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, headers, body = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(body, (bytes, str)):
            return httpx.Response(status, headers=headers, content=body)
        return httpx.Response(status, headers=headers, json=body)

    def client(self, key: str, **options: Any) -> Any:
        return connect(key, httpx_args={"transport": httpx.MockTransport(self)}, **options)

    def async_client(self, key: str, **options: Any) -> Any:
        return connect(key, httpx_args={"transport": httpx.MockTransport(self)}, **options)


@pytest.fixture()
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry waits, recorded instead of slept (in every client package)."""
    recorded: list[float] = []

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    for key in KEYS:
        client_module = importlib.import_module(f"{APIS[key].package}.client")
        monkeypatch.setattr(client_module, "_sleep", recorded.append)
        monkeypatch.setattr(client_module, "_async_sleep", async_sleep)
    return recorded


def plant_unknown_enum(doc: dict[str, Any], schema: Any, value: Any, path: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
    """Replace one enum value of ``value`` (inside an array when there is one) by a value the spec does not list."""
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict):
        return None
    for branch in (schema.get("anyOf") or []) + (schema.get("oneOf") or []) + (schema.get("allOf") or []):
        found = plant_unknown_enum(doc, branch, value, path)
        if found:
            return found
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = plant_unknown_enum(doc, schema.get("items") or {}, item, (*path, index))
            if found:
                return found
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        for name in sorted(value, key=lambda n: not isinstance(value[n], list)):
            sub = _resolve(doc, props.get(name) or {})
            # A closed enum, an open one (anyOf enum|string), or documented values (x-enum-descriptions).
            enums = [sub.get("enum"), list(sub.get("x-enum-descriptions") or [])]
            enums += [_resolve(doc, b).get("enum") for b in sub.get("anyOf") or []]
            if isinstance(value[name], (str, int)) and not isinstance(value[name], bool) \
                    and any(isinstance(e, list) and value[name] in e for e in enums):
                value[name] = UNKNOWN if isinstance(value[name], str) else UNKNOWN_NUMBER
                return (*path, name)
            found = plant_unknown_enum(doc, sub, value[name], (*path, name))
            if found:
                return found
        for name, sub in props.items():  # an enum property the example leaves out
            sub = _resolve(doc, sub)
            if name not in value and isinstance(sub, dict) and isinstance(sub.get("enum"), list) \
                    and all(isinstance(v, str) for v in sub["enum"]):
                value[name] = UNKNOWN
                return (*path, name)
    return None


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def _same(call: Call, result: Any) -> bool:
    """``result`` is the spec's example decoded (datetimes may be re-written: compare decoded forms)."""
    expected = call.module._parse_success(httpx.Response(200, json=call.success))
    return bool(_json(result) == _json(expected))


def _json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [_json(p) for p in parsed]
    return parsed.to_dict()


# --- httpx.MockTransport ----------------------------------------------------------------------------


@pytest.mark.parametrize("key", KEY_PARAMS)
def test_each_status_raises_its_error_with_the_vendor_body(key: str) -> None:
    errors = importlib.import_module(f"{APIS[key].package}.errors")
    call = a_call(key)
    for status, name in STATUS_ERRORS.items():
        body = call.error_body(status)
        script = Script((status, {}, body))
        with pytest.raises(getattr(errors, name)) as caught:
            call.sync(script.client(key), max_retries=0)
        error = caught.value
        assert isinstance(error, errors.APIStatusError) and isinstance(error, errors.APIError)
        assert error.status_code == status and error.response.status_code == status
        if status in call.error_bodies:  # a documented error: the vendor's envelope, typed
            assert hasattr(error.body, "to_dict"), f"{key} {status}: body {error.body!r}"
            assert error.body.to_dict() == body
        else:
            assert hasattr(error.body, "to_dict") or json.loads(error.body) == body, error.body
        assert len(script.requests) == 1


@pytest.mark.parametrize("key", KEY_PARAMS)
def test_a_non_json_502_page_is_an_internal_server_error_with_its_text(key: str) -> None:
    errors = importlib.import_module(f"{APIS[key].package}.errors")
    page = "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"
    script = Script((502, {"content-type": "text/html"}, page))
    with pytest.raises(errors.InternalServerError) as caught:
        a_call(key).sync(script.client(key, max_retries=0))
    assert caught.value.body == page and caught.value.status_code == 502
    # sync_detailed still answers a Response (nothing parsed) rather than raising on the HTML.
    call = a_call(key)
    detailed = call.module.sync_detailed(client=script.client(key), **call.kwargs, max_retries=0)
    assert detailed.status_code == 502 and detailed.parsed is None and detailed.content == page.encode()


@pytest.mark.parametrize("key", KEY_PARAMS)
def test_503_then_200_succeeds_after_one_retry_honouring_retry_after(key: str, sleeps: list[float]) -> None:
    call = a_call(key)
    script = Script((503, {"retry-after": "0.25"}, call.error_body(503)), (200, {}, call.success))
    options = {} if call.method in ("get", "put", "delete") else {"max_retries": 2}  # POST: opted in
    result = call.sync(script.client(key), **options)
    assert _same(call, result)
    assert len(script.requests) == 2 and sleeps == [0.25]


@pytest.mark.parametrize("key", KEY_PARAMS)
def test_backoff_grows_with_jitter_when_there_is_no_retry_after(key: str, sleeps: list[float]) -> None:
    errors = importlib.import_module(f"{APIS[key].package}.errors")
    call = a_call(key)
    script = Script((500, {}, call.error_body(500)))
    with pytest.raises(errors.InternalServerError):
        call.sync(script.client(key), max_retries=3)
    assert len(script.requests) == 4 and len(sleeps) == 3
    assert 0.375 <= sleeps[0] <= 0.5 and 0.75 <= sleeps[1] <= 1.0 and 1.5 <= sleeps[2] <= 2.0


@pytest.mark.parametrize("key", KEY_PARAMS)
def test_a_post_is_not_retried_unless_asked(key: str, sleeps: list[float]) -> None:
    errors = importlib.import_module(f"{APIS[key].package}.errors")
    call = call_for(key, "write")
    assert call is not None and call.method == "post"
    script = Script((503, {}, call.error_body(503)))
    with pytest.raises(errors.InternalServerError):
        call.sync(script.client(key))
    if call.module._IDEMPOTENT:  # x-idempotent in the spec (Ahamove's estimate): retried like a GET
        assert len(script.requests) == 3
        return
    assert len(script.requests) == 1 and sleeps == []
    asked = Script((503, {"retry-after": "0"}, call.error_body(503)))
    with pytest.raises(errors.InternalServerError):
        call.sync(asked.client(key), max_retries=2)  # opted in for this call
    assert len(asked.requests) == 3


@pytest.mark.parametrize("key", KEY_PARAMS)
def test_connection_errors_are_retried_then_raised_as_api_connection_error(key: str, sleeps: list[float]) -> None:
    errors = importlib.import_module(f"{APIS[key].package}.errors")
    attempts: list[httpx.Request] = []

    def refuse(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        raise httpx.ConnectError("connection refused", request=request)

    client = connect(key, httpx_args={"transport": httpx.MockTransport(refuse)})
    call = a_call(key)
    with pytest.raises(errors.APIConnectionError) as caught:
        call.sync(client, max_retries=2)
    assert not isinstance(caught.value, errors.APITimeoutError)
    assert len(attempts) == 3 and len(sleeps) == 2


@pytest.mark.parametrize("key", KEY_PARAMS)
def test_an_unknown_enum_value_in_a_list_answer_parses(key: str) -> None:
    call = a_call(key)
    answer = copy.deepcopy(call.success)
    path = plant_unknown_enum(call.api.bundled.document, call.schema, answer)
    assert path is not None, f"{key}: no enum value in the example to replace"
    result = call.sync(Script((200, {}, answer)).client(key))
    assert _at(_json(result), path) == _at(answer, path) in (UNKNOWN, UNKNOWN_NUMBER)
    detailed = call.module.sync_detailed(client=Script((200, {}, answer)).client(key), **call.kwargs)
    assert _at(_json(detailed.parsed), path) == _at(answer, path)


@pytest.mark.parametrize("key", KEY_PARAMS)
def test_an_answer_that_does_not_decode_is_one_validation_error_with_the_raw_response(key: str) -> None:
    errors = importlib.import_module(f"{APIS[key].package}.errors")
    call = a_call(key)
    for broken in ("not json at all", [1, 2, 3] if isinstance(call.success, dict) else {"x": 1}):
        with pytest.raises(errors.APIResponseValidationError) as caught:
            call.sync(Script((200, {}, broken)).client(key))
        assert caught.value.response.status_code == 200
        assert caught.value.body == (broken if isinstance(broken, str) else caught.value.response.text)


@pytest.mark.parametrize("key", KEY_PARAMS)
def test_async_calls_raise_and_retry_the_same_way(key: str, sleeps: list[float]) -> None:
    errors = importlib.import_module(f"{APIS[key].package}.errors")
    call = a_call(key)

    async def scenario() -> None:
        script = Script((503, {"retry-after": "0.5"}, call.error_body(503)), (200, {}, call.success))
        result = await call.asyncio(script.async_client(key), max_retries=1)
        assert _same(call, result) and sleeps == [0.5]
        failing = Script((404, {}, call.error_body(404)))
        with pytest.raises(errors.NotFoundError):
            await call.asyncio(failing.async_client(key))

    asyncio.run(scenario())


@pytest.mark.parametrize("key", KEY_PARAMS)
def test_auth_survives_a_custom_httpx_client_and_with_headers_does_not_leak(key: str) -> None:
    call = a_call(key)
    script = Script((200, {}, call.success))
    client = connect(key)
    client.set_httpx_client(httpx.Client(base_url="http://api.test", transport=httpx.MockTransport(script)))
    call.sync(client)
    plain = script.requests[-1]
    assert _authenticated(key, plain), f"{key}: no credentials on {plain.url} {dict(plain.headers)}"
    tagged = client.with_headers({"x-trace": "1"})
    call.sync(tagged, extra_headers={"x-call": "2"})
    assert script.requests[-1].headers.get("x-trace") == "1" and script.requests[-1].headers.get("x-call") == "2"
    assert _authenticated(key, script.requests[-1])
    call.sync(client)
    assert "x-trace" not in script.requests[-1].headers and "x-call" not in script.requests[-1].headers
    # The pools are built on first use, shared by copies: a copy that calls first builds them, and its
    # headers still go with its own requests only.
    fresh = connect(key, httpx_args={"transport": httpx.MockTransport(script)})
    call.sync(fresh.with_headers({"x-trace": "1"}))
    assert script.requests[-1].headers.get("x-trace") == "1"
    call.sync(fresh)
    assert "x-trace" not in script.requests[-1].headers and _authenticated(key, script.requests[-1])


def _authenticated(key: str, request: httpx.Request) -> bool:
    headers = request.headers
    checks: dict[str, bool] = {
        "palm-locker": headers.get("x-api-key") == "test-api-key",
        "sirclo-order": headers.get("partner_id") == "test-partner" and len(headers.get("secret", "")) == 64,
        "ahamove": headers.get("authorization") == "Bearer test-token",
        "anymaster": headers.get("token") == "test-token",
        "pancake-pos": request.url.params.get("api_key") == "test-api-key",
    }
    return checks[key]


def test_the_same_public_names_in_every_package() -> None:
    names = {"APIError", "APIConnectionError", "APITimeoutError", "APIStatusError", "APIResponseValidationError",
             "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError", "ConflictError",
             "UnprocessableEntityError", "RateLimitError", "InternalServerError", "WebhookSignatureError"}
    for key in KEYS:
        pkg = package(key)
        assert {"Client", "connect", "errors"} <= set(pkg.__all__)
        assert names <= set(dir(pkg.errors)), key
        parameters = inspect.signature(pkg.connect).parameters
        assert [p for p in ("base_url", "timeout", "max_retries", "httpx_args") if p not in parameters] == []
        assert parameters["timeout"].default.read == 30.0 and parameters["max_retries"].default == 2
        assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())


# --- a stalled server and the real mock -----------------------------------------------------------


@pytest.fixture()
def stalled_url() -> Iterator[str]:
    """A server that accepts connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(32)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"


@pytest.mark.parametrize("key", KEY_PARAMS)
def test_a_stalled_server_raises_api_timeout_error_within_the_timeout(key: str, stalled_url: str) -> None:
    errors = importlib.import_module(f"{APIS[key].package}.errors")
    client = connect(key, base_url=stalled_url, timeout=0.3, max_retries=0)
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError):
        a_call(key).sync(client)
    assert time.monotonic() - started < 1.5
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError):  # a per-call timeout beats the client's
        a_call(key).sync(connect(key, base_url=stalled_url, max_retries=0), timeout=0.2)
    assert time.monotonic() - started < 1.5


class Faults:
    """ASGI layer in front of the mock: answers the next requests with queued faults, then lets them through."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.queue: list[tuple[int, dict[str, str], bytes]] = []
        self.seen = 0

    async def __call__(self, scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        if scope["type"] == "http":
            self.seen += 1
            if self.queue:
                status, headers, body = self.queue.pop(0)
                await send({"type": "http.response.start", "status": status,
                            "headers": [(k.encode(), v.encode()) for k, v in headers.items()]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def faulty_mock() -> Iterator[tuple[str, Faults]]:
    faults = Faults(create_app())
    with running(faults) as url:
        yield url, faults


@pytest.mark.parametrize("key", KEY_PARAMS)
def test_against_the_mock_errors_retries_and_pages(key: str, faulty_mock: tuple[str, Faults],
                                                   sleeps: list[float]) -> None:
    url, faults = faulty_mock
    errors = importlib.import_module(f"{APIS[key].package}.errors")
    call = a_call(key)
    base = f"{url}/{key}"
    retry = {} if call.method == "get" else {"max_retries": 1}
    # The real mock's 401 is the vendor's envelope, typed.
    wrong = package(key).connect(**{k: "wrong" for k in CREDENTIALS[key]}, base_url=base)
    with pytest.raises(errors.AuthenticationError) as caught:
        call.sync(wrong, **retry)
    assert caught.value.status_code == 401 and hasattr(caught.value.body, "to_dict"), caught.value.body
    client = connect(key, base_url=base)
    # 503 with Retry-After, then the mock's own answer.
    faults.queue = [(503, {"retry-after": "1", "content-type": "application/json"}, b'{"message": "busy"}')]
    before = faults.seen
    result = call.sync(client, **retry)
    assert result is not None and faults.seen - before == 2 and sleeps == [1.0]
    # The mock's answer to an invalid body: 400 or 422 with the vendor's envelope, typed.
    write = call_for(key, "write")
    assert write is not None
    invalid = write.module._get_kwargs(**write.kwargs)
    invalid["json"] = {}
    with pytest.raises((errors.BadRequestError, errors.UnprocessableEntityError)) as rejected:
        write.module._parse_success(client.request(invalid))
    assert rejected.value.status_code in (400, 422) and hasattr(rejected.value.body, "to_dict"), rejected.value.body
    # A proxy's HTML 502 page.
    faults.queue = [(502, {"content-type": "text/html"}, b"<html>Bad Gateway</html>")]
    with pytest.raises(errors.InternalServerError) as failed:
        call.sync(client, max_retries=0)
    assert failed.value.body == "<html>Bad Gateway</html>"


# --- pagination, time formats, repr, lazy imports --------------------------------------------------


class Pages:
    """A server holding ``count`` items, answering pages of ``per_page`` (``page_param``: page number or offset)."""

    def __init__(self, call: Call, items_key: str, page_param: str, total: tuple[str, int], per_page: int,
                 count: int, fail_at: int | None = None) -> None:
        self.call, self.items_key, self.page_param, self.total = call, items_key, page_param, total
        self.per_page, self.fail_at = per_page, fail_at
        self.template = copy.deepcopy(call.success)
        item = self.template[items_key][0]
        self.items = [{**item, "id": f"item-{n}"} for n in range(count)]
        self.first = 0 if page_param == "offset" or call.api.key == "palm-locker" else 1
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        value = int(request.url.params.get(self.page_param, self.first))
        start = value if self.page_param == "offset" else (value - self.first) * self.per_page
        if self.fail_at is not None and len(self.requests) == self.fail_at:
            return httpx.Response(503, json=self.call.error_body(503))
        page = {**self.template, self.items_key: self.items[start:start + self.per_page], self.total[0]: self.total[1]}
        return httpx.Response(200, json=page)

    def client(self, key: str, **options: Any) -> Any:
        return connect(key, httpx_args={"transport": httpx.MockTransport(self)}, **options)


PAGED = [("pancake-pos", "page_number", ("total_pages", 3), 2, 6),
         ("sirclo-order", "offset", ("total_record", 5), 2, 5),
         ("palm-locker", "page", ("totalPages", 3), 2, 5)]


@pytest.mark.parametrize(("key", "page_param", "total", "per_page", "count"),
                         [pytest.param(*p, id=p[0], marks=per_api(p[0], "paging")) for p in PAGED])
def test_pagination_yields_typed_items_sync_and_async_and_raises_on_a_failed_page(
        key: str, page_param: str, total: tuple[str, int], per_page: int, count: int) -> None:
    pagination = importlib.import_module(f"{APIS[key].package}.pagination")
    errors = importlib.import_module(f"{APIS[key].package}.errors")
    call = a_call(key)
    items_key = {"pancake-pos": "data", "sirclo-order": "data", "palm-locker": "orders"}[key]
    size_param = {"pancake-pos": "page_size", "sirclo-order": "limit", "palm-locker": "size"}[key]
    kwargs = {**call.kwargs, size_param: per_page}
    pages = Pages(call, items_key, page_param, total, per_page, count)
    got = list(pagination.iter_list_orders(client=pages.client(key), **kwargs))
    assert [g.to_dict()["id"] for g in got] == [i["id"] for i in pages.items]
    assert len(pages.requests) == -(-count // per_page)  # no extra request after the last page

    async def collect() -> list[Any]:
        return [item async for item in pagination.aiter_list_orders(client=pages.client(key), **kwargs)]

    assert [g.to_dict()["id"] for g in asyncio.run(collect())] == [i["id"] for i in pages.items]
    failing = Pages(call, items_key, page_param, total, per_page, count, fail_at=2)
    with pytest.raises(errors.InternalServerError):
        list(pagination.iter_list_orders(client=failing.client(key, max_retries=0), **kwargs))
    assert len(failing.requests) == 2


def test_no_pagination_module_where_nothing_pages() -> None:
    for key in ("ahamove", "anymaster"):
        with pytest.raises(ModuleNotFoundError):
            importlib.import_module(f"{APIS[key].package}.pagination")


def test_vendor_time_formats_parse_to_aware_datetimes() -> None:
    from palm_locker_client.types import parse_datetime

    utc = dt.timezone.utc
    assert parse_datetime("2025-07-01T19:23:53.081Z") == dt.datetime(2025, 7, 1, 19, 23, 53, 81000, tzinfo=utc)
    assert parse_datetime("2024-05-01 10:00:00") == dt.datetime(2024, 5, 1, 10, tzinfo=utc)
    plus7 = parse_datetime("2024-05-01T10:00:00+07:00")
    assert plus7.utcoffset() == dt.timedelta(hours=7)
    assert parse_datetime(1699635600) == parse_datetime(1699635600000) == parse_datetime("1699635600") \
        == dt.datetime(2023, 11, 10, 17, 0, tzinfo=utc)
    with pytest.raises(ValueError):
        parse_datetime("yesterday")


def test_a_model_repr_hides_unset_fields() -> None:
    from palm_locker_client.models import OrderSummary

    assert repr(OrderSummary(id="1", order_status="init")) == "OrderSummary(id='1', order_status='init')"
    summary = OrderSummary.from_dict({"id": "2", "orderStatus": "Delivered", "vendorExtra": 1})
    assert repr(summary) == "OrderSummary(id='2', order_status='Delivered', additional_properties={'vendorExtra': 1})"


def test_parse_uuid_is_uuid_faster() -> None:
    """types.parse_uuid (what models decode a ``format: uuid`` field with) builds the very UUID ``uuid.UUID``
    does, for every form UUID takes, and fails where it fails."""
    import pickle
    import uuid

    from pancake_pos_client.types import parse_uuid

    canonical = "4b20b55e-b0e2-48d1-b269-82cdc2039288"
    for text in (canonical, canonical.upper(), canonical.replace("-", ""), "{" + canonical + "}",
                 "urn:uuid:" + canonical, "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"):
        parsed, expected = parse_uuid(text), uuid.UUID(text)
        assert type(parsed) is uuid.UUID and parsed == expected and hash(parsed) == hash(expected)
        assert str(parsed) == str(expected) and parsed.version == expected.version and parsed.is_safe is expected.is_safe
        assert pickle.loads(pickle.dumps(parsed)) == expected
    for bad in ("4b20b55e-b0e2-48d1-b269-82cdc203928g", "4b20b55e-b0e2-48d1-b269-82cdc20392", "-" * 36, "", 7, None):
        with pytest.raises((ValueError, TypeError, AttributeError)) as raised:
            parse_uuid(bad)
        with pytest.raises(raised.type):
            uuid.UUID(bad)  # type: ignore[arg-type]


def test_importing_a_package_imports_no_model_until_used() -> None:
    import subprocess
    import sys

    code = ("import sys, pancake_pos_client; n = lambda: sum(m.startswith('pancake_pos_client.models.') "
            "for m in sys.modules); a = n(); from pancake_pos_client.models import Order; "
            "print(a, n(), Order.__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "0" and 0 < int(out[1]) < 40 and out[2] == "Order"


def test_retry_after_forms() -> None:
    from email.utils import format_datetime

    from palm_locker_client.client import retry_after, retry_delay

    def answer(**headers: str) -> httpx.Response:
        return httpx.Response(503, headers=headers)

    assert retry_after(answer(**{"retry-after": "2"})) == 2.0
    assert retry_after(answer(**{"retry-after-ms": "150"})) == 0.15
    in_3s = format_datetime(dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=3), usegmt=True)
    assert 1.0 < (retry_after(answer(**{"retry-after": in_3s})) or 0) <= 3.0
    assert retry_after(answer(**{"retry-after": "soon"})) is None
    assert retry_after(answer(**{"retry-after": "3600"})) is None  # not sane: our own backoff instead
    assert 0.375 <= retry_delay(0, answer(**{"retry-after": "3600"})) <= 0.5
    assert retry_delay(10, None) <= 8.0


def test_docstrings_describe_parameters_and_packages_declare_their_dependencies() -> None:
    from palm_locker_client.api.orders import list_orders

    assert "page (int | Unset): The index of the page, from 0." in (list_orders.sync.__doc__ or "")
    assert "errors.APIStatusError" in (list_orders.sync.__doc__ or "")
    for key in KEYS:
        import tomllib

        project = tomllib.loads((APIS[key].client_dir / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        assert any(d.startswith("typing_extensions") for d in project["dependencies"]), key
        assert not (APIS[key].client_dir / "setup.py").exists(), key
        readme = (APIS[key].client_dir / "README.md").read_text(encoding="utf-8")
        assert "AuthenticatedClient" not in readme and f"{APIS[key].package}.connect(" in readme, key
