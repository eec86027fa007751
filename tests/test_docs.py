"""partner_contracts.docs: the annotated specs and pages, the mock's /docs routes, and the rendered pages in
headless Chromium (Debian's `chromium`, driven over the DevTools protocol)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from partner_contracts import docs
from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import running
from partner_contracts.spec.api import discover, iter_operations, load_yaml

APIS = {api.key: api for api in discover()}
PALM = APIS["palm-locker"]


def _ops(key: str) -> list[dict[str, Any]]:
    return [op for *_, op, _pointer in iter_operations(APIS[key].bundled.document)]


def _sections(op: dict[str, Any]) -> list[str]:
    section = (op.get("x-source") or {}).get("section")
    return [str(s) for s in (section if isinstance(section, list) else [section])]


def test_every_operation_carries_its_source_and_ledger_entries() -> None:
    annotated = docs.annotate(PALM, PALM.bundled.document)
    ops = {op["operationId"]: op for *_, op, _p in iter_operations(annotated)}
    assert set(ops) == {op["operationId"] for op in _ops("palm-locker")}
    cancel = ops["cancelOrder"]
    assert "**x-source:** `palm-locker.md` § “Cancel order”" in cancel["description"]
    assert "- **PL-004** (⚠ unverified) — *Cancel order — `id` parameter vs `orderId`" in cancel["description"]
    assert cancel["summary"].startswith("Cancel an order · § Cancel order · ledger ") and "PL-004 ⚠" in cancel["summary"]
    # an entry that names a component reaches every operation using it (PL-003: OrderWebhookPayload)
    webhook = annotated["webhooks"]["orderUpdated"]["post"]
    assert "PL-003" in webhook["summary"] and "PL-001" in webhook["summary"]
    assert annotated["servers"][0] == {"url": "/palm-locker", "description": "the mock (partner-contracts mock)"}
    assert PALM.bundled.document["servers"][0]["url"].startswith("https://")  # the bundle itself is untouched


@pytest.mark.parametrize("key", sorted(APIS))
def test_every_operation_of_every_api_shows_a_source(key: str) -> None:
    api = APIS[key]
    annotated = docs.annotate(api, api.bundled.document)
    for *_, op, pointer in iter_operations(annotated):
        assert "**x-source:**" in op["description"], pointer
        assert "§ " in op["summary"], pointer


def test_pages_fill_in_the_test_credentials() -> None:
    palm = docs.page_html(PALM, PALM.bundled.document)
    assert '"credentials": {"ApiKeyAuth": "test-api-key"}' in palm and 'src="assets/swagger-ui-bundle.js"' in palm
    assert "cdn" not in palm.lower() and "https://" not in palm
    sirclo = docs.page_html(APIS["sirclo-order"], APIS["sirclo-order"].bundled.document)
    assert '"credentials": {"PartnerId": "test-partner"}' in sirclo
    assert '"hmac": [{"header": "Secret", "secret": "test-secret", "hash": "SHA-256"}]' in sirclo
    index = docs.index_html([(a, a.bundled.document) for a in APIS.values()])
    for key in APIS:
        assert f'href="{key}.html"' in index and f'href="/{key}/docs"' in index


def test_mock_serves_the_docs(mock) -> None:  # type: ignore[no-untyped-def]
    index = mock.get("/docs")
    assert index.status_code == 200 and index.headers["content-type"].startswith("text/html")
    assert 'href="palm-locker.html"' in index.text
    page = mock.get("/palm-locker/docs")
    assert page.status_code == 200 and '<base href="/docs/">' in page.text
    assert mock.get("/docs/palm-locker.html").text == page.text
    assert '<base href="/docs/">' in index.text
    spec = mock.get("/docs/palm-locker.json").json()
    assert spec["servers"][0]["url"] == "/palm-locker"
    assert mock.get("/docs/nothing.html").status_code == 404
    assert mock.get("/docs/../specs/palm-locker/ledger.yaml").status_code == 404
    # the API's own paths are still the mock's
    assert mock.get("/palm-locker/locker", headers={"x-api-key": "test-api-key"}).status_code == 200
    assert mock.get("/no-such-api/docs").status_code == 404


# --- in a browser -----------------------------------------------------------------------------------

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1280,1600"]


def _chromium() -> str:
    """Debian's chromium, installed with apt-get when missing; the test is skipped only where that fails."""
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found:
        return found
    if shutil.which("apt-get") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], capture_output=True, env=env, check=False, timeout=600)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], capture_output=True, env=env,
                       check=False, timeout=900)
        found = shutil.which("chromium")
        if found:
            return found
    pytest.skip("chromium is not installed and could not be installed here (apt-get install chromium, as root)")


class DevTools:
    """One page of a headless Chromium, driven over the DevTools protocol (websocket-client)."""

    def __init__(self, binary: str, profile: Path) -> None:
        import websocket

        self.process = subprocess.Popen([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                                         "--remote-debugging-port=0", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not port_file.is_file() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        pages = [t for t in httpx.get(f"http://127.0.0.1:{port}/json/list", timeout=10).json() if t["type"] == "page"]
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=60)
        self.next_id = 0

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        return result.get("result", {}).get("value")

    def open(self, url: str, ready: str, timeout: float = 90) -> None:
        self.call("Page.navigate", url=url)
        self.wait(ready, timeout, what=url)

    def wait(self, ready: str, timeout: float = 30, what: str = "") -> None:
        deadline = time.monotonic() + timeout
        while not self.evaluate(ready):
            if time.monotonic() > deadline:
                raise AssertionError(f"{what or ready}: not ready within {timeout:.0f} s")
            time.sleep(0.2)

    def close(self) -> None:
        """Stop the browser and its helper processes (its own process group, started above)."""
        self.ws.close()
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.process.pid, sig)
                self.process.wait(timeout=10)
                break
            except (ProcessLookupError, subprocess.TimeoutExpired):
                continue


@pytest.fixture(scope="module")
def browser() -> Iterator[DevTools]:
    binary = _chromium()
    with tempfile.TemporaryDirectory(prefix="pc-chromium-", ignore_cleanup_errors=True) as profile:
        tools = DevTools(binary, Path(profile))
        try:
            yield tools
        finally:
            tools.close()


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    try:
        docs.vendor()
    except docs.DocsError as exc:
        pytest.skip(f"the docs renderer could not be vendored: {exc}")
    with running(create_app()) as url:
        yield url


RENDERED = ("document.body.getAttribute('data-rendered') === 'true' && "
            "document.querySelectorAll('.opblock').length > 0")


def try_it(browser: DevTools, block_id: str) -> tuple[str, str]:
    """Open an operation, press Execute (try-it is on), and read the live status code and the curl line."""
    op = f"#{block_id}"
    browser.evaluate(f"document.querySelector('{op} .opblock-summary-control').click()")
    browser.wait(f"!!document.querySelector('{op} .execute')")
    answered = f"!!document.querySelector('{op} .live-responses-table tr.response .response-col_status')"
    for attempt in range(3):  # a click that lands while the form still renders is lost: press again
        time.sleep(1)
        browser.evaluate(f"document.querySelector('{op} .execute').click()")
        try:
            browser.wait(answered, timeout=20)
            break
        except AssertionError:
            if attempt == 2:
                raise
    status = browser.evaluate(f"document.querySelector('{op} .live-responses-table tr.response .response-col_status')"
                              ".innerText.trim()")
    return str(status), str(browser.evaluate(f"(document.querySelector('{op} .curl') || {{}}).innerText"))


@pytest.mark.slow
def test_rendered_docs_show_every_operation_source_and_ledger(browser: DevTools, served: str) -> None:
    browser.open(f"{served}/docs", "document.querySelectorAll('a').length > 5")
    index = browser.evaluate("document.body.innerText")
    links = browser.evaluate("Array.from(document.links).map(a => a.href)")
    for key in APIS:
        assert key in index
        assert f"{served}/docs/{key}.html" in links and f"{served}/{key}/docs" in links
    tried: list[str] = []
    for key in sorted(APIS):
        browser.open(f"{served}/{key}/docs", RENDERED)
        text = browser.evaluate("document.body.innerText")
        missing = [op["operationId"] for op in _ops(key) if op["operationId"] not in text]
        assert not missing, f"{key}: operations not shown: {missing}"
        unsourced = [op["operationId"] for op in _ops(key) if not all(s in text for s in _sections(op))]
        assert not unsourced, f"{key}: x-source not shown for {unsourced}"
        ledger = [e["id"] for e in (load_yaml(APIS[key].ledger_path) or {}).get("entries") or []]
        assert any(entry_id in text for entry_id in ledger), f"{key}: no ledger entry visible"
        # try-it is pre-authorised with the test credentials
        authorized = browser.evaluate("JSON.stringify(window.ui.authSelectors.authorized().toJS())")
        for name, value in docs.credentials(APIS[key]).items():
            if name in json.loads(browser.evaluate("JSON.stringify(PC.credentials)")):
                assert value in authorized, f"{key}: {name} not filled in"
        # "try it out" → "execute" on the first GET: the mock answers 2xx to the filled-in credentials
        # (sirclo-order's Secret HMAC is computed in the page); ahamove has no GET operation
        first = browser.evaluate("(document.querySelector('.opblock-get') || {}).id")
        if first:
            status, curl = try_it(browser, first)
            assert status.startswith("2"), f"{key}: try-it answered {status}:\n{curl}"
            assert f"{served}/{key}/" in curl
            tried.append(key)
        if key == "palm-locker":
            shot = browser.call("Page.captureScreenshot", format="png")
            target = docs.DOCS_DIR / "palm-locker.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(base64.b64decode(shot["data"]))
            assert target.stat().st_size > 10_000
        if key == "sirclo-order":  # the Secret header is signed in the browser as the mock checks it
            signed = browser.evaluate("pcSign({method: 'POST', body: '{\"a\":1}', headers: {}})"
                                      ".then(r => r.headers.Secret)")
            assert signed == hmac.new(b"test-secret", b'{"a":1}', hashlib.sha256).hexdigest()
    assert {"palm-locker", "sirclo-order"} <= set(tried)
