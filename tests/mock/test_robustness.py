"""Hostile input on every API prefix: always a 4xx in the API's own envelope, never a 5xx or a hang,
and the state intact afterwards."""

from __future__ import annotations

import json
import re
import socket
import threading
from dataclasses import dataclass

import httpx
import pytest
from starlette.testclient import TestClient

from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import running
from partner_contracts.spec.api import Api, select
from partner_contracts.spec.auth import request_credentials
from partner_contracts.spec.schemas import SchemaSet

from ..apis import apis, json_post, per_api


@dataclass
class Target:
    key: str
    path: str  # an operation that takes a JSON object body
    body: dict  # type: ignore[type-arg]


HAND_TARGETS = [
    Target("palm-locker", "/order", {"lockerId": "4b20b55e-b0e2-48d1-b269-82cdc2039288", "size": "s"}),
    Target("sirclo-order", "/order", {"order_id": "R", "order_date": "2024-01-01T00:00:00Z",
                                      "shipment_reference": "", "line_items": []}),
    Target("ahamove", "/v3/orders/estimates", {"path": [], "payment_method": "CASH", "services": []}),
    Target("anymaster", "/partner/order", {"payment_method": "cash"}),
    Target("pancake-pos", "/shops/20/orders", {"bill_full_name": "A"}),
]


def target_of(api: Api) -> Target:
    """The hand-picked target of an API, else its first POST with a JSON object body (path parameters "1",
    the body its first request example)."""
    hand = {t.key: t for t in HAND_TARGETS}
    if api.key in hand:
        return hand[api.key]
    found = json_post(api)
    assert found is not None
    path, op = found
    content = op["requestBody"]["content"]["application/json"]
    examples = [e.get("value") for e in (content.get("examples") or {}).values() if isinstance(e, dict)]
    body = next((e for e in examples if isinstance(e, dict)), {})
    return Target(api.key, re.sub(r"\{[^}]+\}", "1", path), body)


TARGETS = [pytest.param(target_of(api), id=api.key, marks=per_api(api.key, "json-post")) for api in apis("json-post")]


def auth(key: str, body: bytes) -> tuple[dict[str, str], dict[str, str]]:
    """Headers and query that authenticate `body` for API `key` (SIRCLO: its HMAC)."""
    (api,) = select([key])
    return request_credentials(api, body)


class Envelope:
    """Checks a response is the API's documented error body (the schema of its 401 response)."""

    def __init__(self, key: str) -> None:
        (api,) = select([key])
        self.schemas = SchemaSet(api.bundled.document)

    def check(self, response: httpx.Response, statuses: tuple[int, ...] = ()) -> None:
        assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
        if statuses:
            assert response.status_code in statuses, (response.status_code, response.text[:300])
        problems = self.schemas.problems("/components/responses/Unauthorized/content/application~1json/schema",
                                         response.json())
        assert problems == [], (response.text[:300], problems)


@pytest.fixture(scope="module")
def app():  # type: ignore[no-untyped-def]
    return create_app()


@pytest.fixture()
def client(app) -> TestClient:  # type: ignore[no-untyped-def]
    app.state.pipeline.reset()
    return TestClient(app)


def send(client: TestClient, target: Target, raw: bytes, content_type: str = "application/json",
         extra: dict[str, str] | None = None) -> httpx.Response:
    headers, query = auth(target.key, raw)
    url = f"/{target.key}{target.path}"
    response: httpx.Response = client.post(url, content=raw, params={**query, **(extra or {})},
                                           headers={**headers, "content-type": content_type})
    return response


HOSTILE = {
    "malformed JSON": (b'{"a": ', "application/json"),
    "array for object": (b"[1, 2, 3]", "application/json"),
    "scalar body": (b'"text"', "application/json"),
    "wrong content type": (b"a=1&b=2", "application/x-www-form-urlencoded"),
    "no content type": (b"{}", ""),
    "nested 1000 deep": (b"[" * 1000 + b"]" * 1000, "application/json"),
    "nested objects 1000 deep": (b'{"a":' * 1000 + b"1" + b"}" * 1000, "application/json"),
    "invalid UTF-8": (b'{"a": "\xff\xfe\xfa"}', "application/json"),
    "NaN and Infinity": (b'{"a": NaN, "b": Infinity}', "application/json"),
}


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_bodies_get_a_4xx_envelope(client: TestClient, target: Target, case: str) -> None:
    raw, content_type = HOSTILE[case]
    Envelope(target.key).check(send(client, target, raw, content_type))


@pytest.mark.parametrize("target", TARGETS)
def test_ten_megabyte_body_413(client: TestClient, target: Target) -> None:
    raw = b'{"x": "' + b"a" * (10 * 1024 * 1024) + b'"}'
    Envelope(target.key).check(send(client, target, raw), (413,))


@pytest.mark.parametrize("target", TARGETS)
def test_huge_query_string_414(client: TestClient, target: Target) -> None:
    Envelope(target.key).check(send(client, target, b"{}", extra={"q": "x" * 40_000}), (414,))


@pytest.mark.parametrize("target", TARGETS)
def test_thousands_of_query_fields_414(client: TestClient, target: Target) -> None:
    """Under the length limit but over 1,000 fields (parse_qsl's own limit raised a 500 here once)."""
    fields = {f"f{i}": "" for i in range(1500)}
    Envelope(target.key).check(send(client, target, b"{}", extra=fields), (414,))


@pytest.mark.parametrize("target", TARGETS)
def test_unknown_paths_and_methods(client: TestClient, target: Target) -> None:
    envelope = Envelope(target.key)
    headers, query = auth(target.key, b"")
    envelope.check(client.get(f"/{target.key}/no/such/path", headers=headers, params=query), (404,))
    envelope.check(client.get(f"/{target.key}/%0d%0aX-Injected:%201", headers=headers, params=query), (404,))
    response = client.request("TRACE", f"/{target.key}{target.path}", headers=headers, params=query)
    envelope.check(response, (405,))
    assert "POST" in response.headers["allow"]


@pytest.mark.parametrize("target", TARGETS)
def test_odd_credentials_are_refused_not_crashed(client: TestClient, target: Target) -> None:
    envelope = Envelope(target.key)
    raw = json.dumps(target.body).encode()
    headers, query = auth(target.key, raw)
    odd = {k: "tëst-ключ-🔑".encode() for k in headers}  # raw UTF-8 bytes in the header value
    response = client.post(f"/{target.key}{target.path}", content=raw,
                           headers={**odd, "content-type": "application/json"},
                           params={k: "\u0000\ud7ff" for k in query})
    envelope.check(response, (401, 403))


def test_raw_header_injection_never_reaches_a_5xx() -> None:
    """CR/LF smuggled into a header over a real socket: the server refuses, the mock keeps serving."""
    with running(create_app(["palm-locker"])) as url:
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(b"GET /palm-locker/locker HTTP/1.1\r\nHost: x\r\nx-api-key: test-api-key\rX-Evil: 1\r\n\r\n")
            reply = sock.recv(4096)
        assert reply.startswith(b"HTTP/1.1 4"), reply[:80]
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(b"GET /palm-locker/locker?q=" + b"x" * 40_000 + b" HTTP/1.1\r\nHost: x\r\n"
                         b"x-api-key: test-api-key\r\nConnection: close\r\n\r\n")
            reply = b""
            while chunk := sock.recv(65536):
                reply += chunk
        head, _, body = reply.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 414"), head[:80]
        assert json.loads(body)["statusCode"] == 414
        assert httpx.get(f"{url}/palm-locker/locker", headers={"x-api-key": "test-api-key"}).status_code == 200


def test_state_is_intact_after_hostile_input(client: TestClient) -> None:
    key = {"x-api-key": "test-api-key"}
    before = client.get("/palm-locker/locker", params={"size": 50}, headers=key).json()
    for raw, content_type in HOSTILE.values():
        client.post("/palm-locker/order", content=raw, headers={**key, "content-type": content_type})
    assert client.get("/palm-locker/locker", params={"size": 50}, headers=key).json() == before
    assert client.get("/palm-locker/order", headers=key).json()["totalOrders"] == 0


def test_concurrent_writes_to_one_locker() -> None:
    """40 orders race for one locker's boxes: every free box is taken once, never twice."""
    locker = "4b20b55e-b0e2-48d1-b269-82cdc2039288"  # 36 s, 25 m, 6 l, 2 xl free
    key = {"x-api-key": "test-api-key"}
    statuses: list[int] = []
    with running(create_app(["palm-locker"])) as url:
        def create() -> None:
            with httpx.Client(base_url=f"{url}/palm-locker", headers=key, timeout=10) as http:
                for _ in range(5):
                    statuses.append(http.post("/order", json={"lockerId": locker, "size": "l"}).status_code)

        threads = [threading.Thread(target=create) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        stacks = httpx.get(f"{url}/palm-locker/locker", params={"size": 50}, headers=key).json()["data"]["items"]
        orders = httpx.get(f"{url}/palm-locker/order", params={"size": 100}, headers=key).json()
    assert sorted(set(statuses)) == [200, 409] and statuses.count(200) == 6
    (free,) = [s["availableBox"] for i in stacks if i["id"] == locker for s in i["stacks"] if s["boxSize"] == "l"]
    assert free == 0 and orders["totalOrders"] == 6


def test_text_that_looks_private_is_echoed_not_looped(client: TestClient) -> None:
    """A value starting with "__" is data, not a private key: the mock must answer, not recurse."""
    response = client.post("/palm-locker/order", json={"lockerId": "__nope", "size": "s"},
                           headers={"x-api-key": "test-api-key"})
    Envelope("palm-locker").check(response, (404,))
    assert "__nope" in response.json()["message"]


def test_query_value_of_a_string_or_integer_parameter_is_coerced(client: TestClient) -> None:
    response = client.get("/pancake-pos/shops/20/orders", params={"api_key": "test-api-key", "updateStatus": "5"})
    assert response.status_code == 200, response.text
