"""The validating proxy in front of our own mock, on loopback: clean flows, injected faults, byte-for-byte
forwarding, SIRCLO signing."""

from __future__ import annotations

import functools
import hmac
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import httpx
import pytest

from partner_contracts.fuzz.selftest import Fault, FaultyApp
from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import running
from partner_contracts.runtime.sample import sample
from partner_contracts.sandbox.proxy import SERVER_OPTIONS, ContractProxy
from partner_contracts.spec.api import Api, select
from partner_contracts.spec.deref import resolve_pointer

from .apis import apis, key_params, per_api


@functools.cache
def api_of(key: str) -> Api:
    """One Api per key for the whole run (its bundle is built once)."""
    (api,) = select([key])
    return api


def _body_example(doc: dict[str, Any], path: str, method: str) -> Any:
    content = doc["paths"][path][method]["requestBody"]["content"]["application/json"]
    examples = content.get("examples") or {}
    if examples:
        example = next(iter(examples.values()))
        return resolve_pointer(doc, example["$ref"])["value"] if "$ref" in example else example["value"]
    return sample(content["schema"], doc)


def as_vendor(app: Any) -> Any:
    """``app`` without the header our mock marks its answers with: a stand-in vendor that answers as
    the spec says (a recording of it is not "from our mock")."""
    from partner_contracts.runtime.http import MOCK_HEADER

    async def vendor(scope: dict[str, Any], receive: Any, send: Any) -> None:
        async def unmarked(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [(k, v) for k, v in message.get("headers", [])
                                                  if k.decode("latin-1").lower() != MOCK_HEADER]}
            await send(message)
        await app(scope, receive, unmarked)
    return vendor


@contextmanager
def proxied(key: str, app: Any = None, record: Path | None = None) -> Iterator[tuple[str, ContractProxy, list[str]]]:
    api = api_of(key)
    lines: list[str] = []
    with running(app or create_app([key])) as upstream:
        proxy = ContractProxy(api, f"{upstream}/{key}", record=record, out=lines.append)
        with running(proxy, **SERVER_OPTIONS) as url:
            yield url, proxy, lines


def dig(value: Any, *path: Any, default: Any = "unknown") -> Any:
    """``value[path...]``, or ``default`` when a (fault-injected) answer lacks it."""
    for part in path:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return default
    return value


def flow(key: str, url: str, doc: dict[str, Any]) -> list[httpx.Response]:
    """A consumer's ordinary session with the API, sent without credentials (the proxy adds them)."""
    answers: list[httpx.Response] = []
    with httpx.Client(base_url=url, timeout=10) as client:
        def call(method: str, path: str, query: dict[str, Any] | None = None, body: Any = None) -> Any:
            answer = client.request(method, path, params=query, json=body)
            answers.append(answer)
            return answer.json() if answer.content else None

        if key == "palm-locker":
            lockers = call("GET", "/locker", {"size": 20})
            call("GET", f"/locker/{dig(lockers, 'data', 'items', 0, 'id')}")
            order = _body_example(doc, "/order", "post")
            call("POST", "/order", body=order)  # the example's box 1 is taken: a documented 409
            call("GET", "/order", {"page": 0, "size": 5})
            free = next(i["id"] for i in lockers["data"]["items"] if any(s.get("availableBox") for s in i["stacks"]))
            created = call("POST", "/order", body={"lockerId": free, "size": "s",
                                                   "receiverPhone": "0911000111"})
            call("GET", f"/order/{dig(created, 'data', 'id')}")
            call("PUT", "/order/cancel", body=_body_example(doc, "/order/cancel", "put"))
        elif key == "sirclo-order":
            call("POST", "/order", body={"order_id": "ORD-1", "order_date": "2024-05-01T10:00:00Z",
                                         "shipment_reference": "", "line_items": [
                                             {"sku": "A1", "name": "Tea", "quantity": 2, "discount": 0,
                                              "raw_price": 50000}]})
            call("GET", "/order", {"since": "2024-01-01T00:00:00Z", "until": "2025-01-01T00:00:00Z",
                                   "limit": 10, "offset": 0})
            call("PATCH", "/order", body=_body_example(doc, "/order", "patch"))
        elif key == "ahamove":
            call("POST", "/v3/orders/estimates", body={
                "path": [{"address": "A", "lat": 10.7725, "lng": 106.698, "name": "Shop", "mobile": "0901"},
                         {"address": "B", "lat": 10.8185, "lng": 106.6588, "name": "Buyer", "mobile": "0902"}],
                "payment_method": "CASH", "services": [{"_id": "SGN-BIKE", "requests": []}]})
        elif key == "anymaster":
            call("POST", "/auth/authorize", body={"login": "test", "password": "test"})
            call("POST", "/partner/order", body=_body_example(doc, "/partner/order", "post"))
            call("GET", "/order/list")
        elif key == "pancake-pos":
            shops = call("GET", "/shops")
            shop = dig(shops, "shops", 0, "pages", 0, "shop_id", default=20)
            call("GET", "/geo/provinces", {"country_code": 84})
            orders = call("GET", f"/shops/{shop}/orders")
            call("GET", f"/shops/{shop}/orders/{dig(orders, 'data', 0, 'id')}")
            call("GET", f"/shops/{shop}/warehouses")
            call("GET", f"/shops/{shop}/customers")
        else:  # an API with no hand-written session: its operations without path parameters, with their examples
            for method, path, body, _op_id in generic_calls(doc):
                call(method, path, body=body)
    return answers


def generic_calls(doc: dict[str, Any]) -> list[tuple[str, str, Any, str]]:
    """(method, path, body, operationId) of each operation without path parameters: a GET as is, a body
    operation with its first request example."""
    found = []
    for path, item in (doc.get("paths") or {}).items():
        for method in ("get", "post", "put", "patch"):
            op = item.get(method)
            if not isinstance(op, dict) or "{" in path:
                continue
            body = _body_example(doc, path, method) if "requestBody" in op else None
            found.append((method.upper(), path, body, str(op.get("operationId"))))
    return found


@pytest.mark.parametrize("key", key_params())
def test_a_clean_mock_gives_no_violation(key: str, tmp_path: Path) -> None:
    api = api_of(key)
    with proxied(key) as (url, proxy, lines):
        answers = flow(key, url, api.bundled.document)
    assert answers and all(a.status_code < 500 for a in answers)
    assert [a.status_code for a in answers if a.status_code == 401] == [], "the proxy added no credentials"
    assert lines == [] and proxy.report.violation_count == 0
    assert proxy.exchanges == len(answers)
    report, junit = proxy.finish(tmp_path)
    saved = json.loads(report.read_text())
    assert saved["exchanges"] == len(answers) and saved["violations"] == 0
    suite = ElementTree.parse(junit).getroot()
    assert suite.get("failures") == "0" and int(suite.get("tests", "0")) >= 1


FAULT_CASES = [
    ("pancake-pos", "wrong_type", "listShops"),
    ("pancake-pos", "missing_field", "listOrders"),
    ("palm-locker", "undocumented_status", "listLockers"),
    ("palm-locker", "missing_field", "createOrder"),
    ("sirclo-order", "wrong_type", "createOrder"),
    ("sirclo-order", "undocumented_status", "updateOrders"),
    ("ahamove", "wrong_type", "estimateOrderFee"),
    ("anymaster", "missing_field", "listOrders"),
]


def fault_cases() -> list[Any]:
    """The hand-picked cases, and for an API that has none an undocumented status on the first operation its
    generic session calls."""
    cases = [pytest.param(*case, marks=per_api(case[0])) for case in FAULT_CASES]
    for api in apis():
        if api.key not in {case[0] for case in FAULT_CASES}:
            (first, *_rest) = generic_calls(api.bundled.document)
            cases.append(pytest.param(api.key, "undocumented_status", first[3], marks=per_api(api.key)))
    return cases


@pytest.mark.parametrize(("key", "kind", "op_id"), fault_cases())
def test_each_injected_fault_is_reported(key: str, kind: str, op_id: str) -> None:
    faulty = FaultyApp(create_app([key]), Fault(key, kind, op_id))
    with proxied(key, app=faulty) as (url, proxy, lines):
        answers = flow(key, url, api_of(key).bundled.document)
    assert faulty.state.triggered >= 1
    assert lines, "the fault was not reported"
    violations = proxy.report.violations
    assert {v.operation for v in violations} == {op_id} and all(v.where == "response" for v in violations)
    if kind == "undocumented_status":
        assert violations[0].pointer == "/status"
        assert violations[0].observed in {str(a.status_code) for a in answers}
    else:
        assert violations[0].pointer.startswith("/body") and violations[0].spec.endswith("/schema")
    assert lines[0].startswith(f"{violations[0].level.upper()} {op_id} response {violations[0].pointer}")
    expected_level = "warning" if kind == "undocumented_status" and not 200 <= int(violations[0].observed) < 300 \
        else "error"
    assert violations[0].level == expected_level


def test_a_stale_read_is_reported_with_its_operation() -> None:
    key = "palm-locker"
    faulty = FaultyApp(create_app([key]), Fault(key, "stale_read", "*"))
    with proxied(key, app=faulty) as (url, proxy, lines):
        lockers = httpx.get(f"{url}/locker", params={"size": 20}).json()["data"]["items"]
        free = next(i["id"] for i in lockers if any(s.get("availableBox") for s in i["stacks"]))
        created = httpx.post(f"{url}/order", json={"lockerId": free, "size": "s", "receiverPhone": "0911000111"})
        order_id = created.json()["data"]["id"]
        stale = httpx.get(f"{url}/order/{order_id}")
    assert stale.status_code == 404 and faulty.state.triggered == 1
    assert len(lines) == 1, lines
    violation = proxy.report.violations[0]
    assert (violation.operation, violation.pointer) == ("getOrder", "/status")
    assert violation.spec.endswith("/responses/200/links/GetOrder") and order_id in violation.expected


def test_an_invalid_request_is_forwarded_and_answered_byte_for_byte() -> None:
    key = "palm-locker"
    with running(create_app([key])) as upstream:
        direct = httpx.post(f"{upstream}/{key}/order", json={"lockerId": 5}, headers={"x-api-key": "test-api-key"})
        lines: list[str] = []
        proxy = ContractProxy(api_of(key), f"{upstream}/{key}", out=lines.append)
        with running(proxy, **SERVER_OPTIONS) as url:
            through = httpx.post(f"{url}/order", json={"lockerId": 5}, headers={"x-api-key": "test-api-key"})
    assert through.status_code == direct.status_code == 422
    assert through.content == direct.content
    drop = {"date"}
    assert [(k, v) for k, v in through.headers.raw if k.decode().lower() not in drop] == \
        [(k, v) for k, v in direct.headers.raw if k.decode().lower() not in drop]
    assert any(line.startswith("ERROR createOrder request /body") for line in lines)


def test_sirclo_unsigned_request_arrives_signed_and_tampered_one_is_reported() -> None:
    key = "sirclo-order"
    body = json.dumps({"order_id": "S-1", "order_date": "2024-05-01T10:00:00Z", "shipment_reference": "",
                       "line_items": []}).encode()
    seen: list[dict[str, str]] = []
    mock = create_app([key])

    async def spy(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            seen.append({k.decode(): v.decode() for k, v in scope["headers"]})
        await mock(scope, receive, send)

    with proxied(key, app=spy) as (url, _proxy, lines):
        unsigned = httpx.post(f"{url}/order", content=body, headers={"content-type": "application/json"})
        assert unsigned.status_code == 200, unsigned.text
        assert seen[-1]["secret"] == hmac.new(b"test-secret", body, "sha256").hexdigest()
        assert seen[-1]["partner_id"] == "test-partner"
        assert lines == []
        signature = hmac.new(b"test-secret", body, "sha256").hexdigest()
        tampered = httpx.post(f"{url}/order", content=body.replace(b"S-1", b"S-2"), headers={
            "content-type": "application/json", "partner_id": "test-partner", "Secret": signature})
    assert tampered.status_code == 401  # forwarded: the upstream's answer
    assert seen[-1]["secret"] == signature  # not re-signed
    assert len(lines) == 1 and "createOrder request /security" in lines[0] and "HMAC" in lines[0]


def test_an_unreachable_upstream_is_a_502_and_a_violation() -> None:
    lines: list[str] = []
    proxy = ContractProxy(api_of("ahamove"), "http://127.0.0.1:9", out=lines.append, timeout=2)
    with running(proxy, **SERVER_OPTIONS) as url:
        answer = httpx.post(f"{url}/v3/orders/estimates", json={})
    assert answer.status_code == 502 and "upstream" in answer.json()["message"]
    assert any("expected an answer from the upstream" in line for line in lines)


def test_a_field_every_example_shows_is_expected_even_where_the_schema_allows_its_absence() -> None:
    from partner_contracts.sandbox.conformance import Contract

    contract = Contract(api_of("pancake-pos"))
    checked = 0
    for route in contract.served.router.routes:
        for op in route.operations.values():
            key, pointer, response = contract.response_for(op, 200)
            media = (response.get("content") or {}).get("application/json") or {}
            examples = [resolve_pointer(contract.doc, e["$ref"]) if "$ref" in e else e
                        for e in (media.get("examples") or {}).values()]
            if key is None or len(examples) != 1 or not isinstance(examples[0].get("value"), dict):
                continue
            body = examples[0]["value"]
            assert [v for v in contract.check_response(op, op.method, 200, [("content-type", "application/json")],
                                                       json.dumps(body).encode()) if v.level != "info"] == []
            schema = f"{pointer}/content/application~1json/schema"
            for field in body:
                lacking = {k: v for k, v in body.items() if k != field}
                if contract.served.schemas.problems(schema, lacking, limit=1):
                    continue  # required: the schema check reports it
                found = [v for v in contract.check_response(op, op.method, 200, [("content-type", "application/json")],
                                                            json.dumps(lacking).encode()) if v.level != "info"]
                assert [(v.pointer, v.observed) for v in found] == [(f"/body/{field}", "absent")]
                assert found[0].spec.endswith("/examples") and found[0].level == "warning"
                checked += 1
    assert checked >= 3


def stop_and_collect(process: Any, sig: int) -> str:
    """Send ``sig`` to a running command, wait for it and return what it printed."""
    process.send_signal(sig)
    output: str = process.communicate(timeout=20)[0]
    return output


@pytest.mark.parametrize("stop", ["SIGINT", "SIGTERM"])
def test_the_command_writes_its_report_when_stopped(stop: str, tmp_path: Path) -> None:
    """Ctrl-C and SIGTERM (how CI stops a background server) both write the complete report and JUnit file,
    and the exit status is the verdict (``--strict``: 1 on an error)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from partner_contracts.mock.server import free_port

    port = free_port()
    with running(create_app(["ahamove"])) as upstream:
        command = [sys.executable, "-m", "partner_contracts", "proxy", "ahamove", "--upstream", f"{upstream}/ahamove",
                   "--port", str(port), "--report-dir", str(tmp_path), "--record", str(tmp_path / "evidence"),
                   "--strict"]
        env = {k: v for k, v in os.environ.items() if k != "AHAMOVE_TOKEN"}
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        try:
            assert process.stdout is not None
            banner = process.stdout.readline() + process.stdout.readline()
            token = banner.rsplit("x-proxy-token: ", 1)[1].strip()  # credentials only for this session's requests
            deadline = time.monotonic() + 20
            while True:
                try:
                    answer = httpx.post(f"http://127.0.0.1:{port}/v3/orders/estimates", json={"path": []},
                                        headers={"x-proxy-token": token})
                    break
                except httpx.TransportError:
                    assert time.monotonic() < deadline and process.poll() is None, "the proxy did not start"
                    time.sleep(0.1)
            output = banner + stop_and_collect(process, getattr(signal, stop))
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == 1, output  # --strict, and an error was seen
    assert answer.status_code in (400, 422)
    assert "credentials added when the caller sends none: the mock's test credentials" in output
    assert "ERROR estimateOrderFee request /body" in output
    assert "ahamove: 1 exchange(s), 1 operation(s), 1 error(s), 0 warning(s), 0 info" in output
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["levels"] == {"error": 1, "warning": 0, "info": 0} and report["exchanges"] == 1
    finding = report["operations"]["estimateOrderFee"]["violations"][0]
    assert finding["pointer"].startswith("/body") and finding["level"] == "error"
    suite = ElementTree.parse(tmp_path / "junit.xml").getroot()
    assert suite.get("failures") == "1" and len(suite.findall("testcase/failure")) == 1
    assert len(list((tmp_path / "evidence" / "ahamove").glob("*.json"))) == 1


def test_credentials_the_upstream_refuses_or_accepts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The vendor's SIRCLO secret differs from the one the proxy signs with: the refusal is a finding on
    the Secret scheme (ledger SO-001 covers it). A caller's own key, accepted upstream, is not reported."""
    monkeypatch.setenv("SIRCLO_MOCK_SECRET", "the-vendors-secret")
    monkeypatch.setenv("PALM_MOCK_API_KEY", "my-own-key")
    sirclo, palm = create_app(["sirclo-order"]), create_app(["palm-locker"])
    monkeypatch.delenv("SIRCLO_MOCK_SECRET")
    monkeypatch.delenv("PALM_MOCK_API_KEY")
    with proxied("sirclo-order", app=sirclo) as (url, proxy, lines):
        refused = httpx.get(f"{url}/order", params={"since": "2024-01-01T00:00:00Z", "until": "2024-02-01T00:00:00Z"})
    assert refused.status_code == 401
    finding = next(v for v in proxy.report.violations if v.where == "response")
    assert finding.pointer == "/status" and finding.spec == "/components/securitySchemes/Secret"
    assert "SO-001" in finding.ledger and "SIRCLO_SECRET" in finding.observed
    with proxied("palm-locker", app=palm) as (url, proxy, lines):
        accepted = httpx.get(f"{url}/locker", headers={"x-api-key": "my-own-key"})
    assert accepted.status_code == 200 and lines == []


def test_a_compressed_answer_is_checked_decoded_and_forwarded_compressed() -> None:
    import gzip

    doc = api_of("palm-locker").bundled.document
    example = doc["paths"]["/locker"]["get"]["responses"]["200"]["content"]["application/json"]["examples"]
    value = next(iter(example.values()))
    value = resolve_pointer(doc, value["$ref"])["value"] if "$ref" in value else value["value"]
    broken = json.loads(json.dumps(value))
    broken["data"] = "not an object"
    packed = gzip.compress(json.dumps(broken).encode())

    async def upstream(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", b"application/json"), (b"content-encoding", b"gzip"),
            (b"content-length", str(len(packed)).encode()), (b"x-vendor", b"kept")]})
        await send({"type": "http.response.body", "body": packed})

    with proxied("palm-locker", app=upstream) as (url, proxy, lines), httpx.Client() as client, \
            client.stream("GET", f"{url}/locker") as answer:
        raw = b"".join(answer.iter_raw())
        headers = answer.headers
    assert raw == packed and headers["content-encoding"] == "gzip" and headers["x-vendor"] == "kept"
    assert [(v.level, v.pointer) for v in proxy.report.violations] == [("info", "/headers/x-vendor"),
                                                                       ("error", "/body/data")]
    assert len(lines) == 2


def test_a_deleted_resource_may_answer_404() -> None:
    from dataclasses import replace

    from partner_contracts.sandbox.conformance import Created

    proxy = ContractProxy(api_of("palm-locker"), "http://127.0.0.1:9", out=lambda line: None)
    get_order, _ = proxy.contract.served.router.route("GET", "/order/o-1")
    proxy.created.append(Created("createOrder", "getOrder", {"orderId": "o-1"}, "/paths/~1order/post"))
    assert proxy._check_state(get_order, {"orderId": "o-2"}, 404, b"") == []
    assert len(proxy._check_state(get_order, {"orderId": "o-1"}, 404, b"")) == 1
    delete = replace(get_order, method="DELETE", op_id="deleteOrder")  # no spec here has one yet
    assert proxy._check_state(delete, {"orderId": "o-1"}, 204, b"") == []
    assert proxy._check_state(get_order, {"orderId": "o-1"}, 404, b"") == [] and not proxy.created


def test_a_body_over_the_limit_is_refused_before_it_is_read_or_forwarded() -> None:
    """The proxy reads a request body with the mock's own reader and limit (runtime.http.read_body)."""
    from partner_contracts.sandbox.conformance import MAX_REQUEST_BODY

    with proxied("palm-locker") as (url, proxy, _lines):
        announced = httpx.post(f"{url}/order", content=b"x" * (MAX_REQUEST_BODY + 1), timeout=30)
        assert announced.status_code == 413 and announced.json()["error"] == "too_large"

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
            for _ in range(MAX_REQUEST_BODY // 65536 + 2):
                yield b"x" * 65536

        streamed = httpx.post(f"{url}/order", content=chunks(), timeout=30)
        assert streamed.status_code == 413
        assert not proxy.report.operations  # nothing was checked or forwarded
        assert httpx.post(f"{url}/order", json={}, timeout=30).status_code != 413


def test_an_error_answer_whose_body_breaks_its_schema_is_reported() -> None:
    """A 404 is held to its documented body like a 200: a vendor answering errors in another shape breaks
    every client that reads the error (the proxy must not skip the body check on >= 400)."""

    async def vendor(scope: dict[str, Any], receive: Any, send: Any) -> None:
        body = b'["not", "the", "error", "envelope"]'
        await send({"type": "http.response.start", "status": 404,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    with proxied("palm-locker", app=vendor) as (url, proxy, _lines):
        answer = httpx.get(f"{url}/order/1", headers={"x-api-key": "test-api-key"})
    assert answer.status_code == 404 and answer.json() == ["not", "the", "error", "envelope"]
    found = [(v.operation, v.pointer, v.level, v.check) for v in proxy.report.violations if v.where == "response"]
    assert found == [("getOrder", "/body", "error", "schema")], found
