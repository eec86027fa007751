"""The webhook harness against small receivers on loopback, and the listener."""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import httpx
import pytest
from palm_locker_client.errors import WebhookSignatureError
from palm_locker_client.webhooks import unwrap

from partner_contracts.mock.server import running
from partner_contracts.sandbox.webhooks import WebhookListener, Webhooks, send
from tests.test_proxy import api_of

SECRET = "test-webhook-secret"


class Receiver:
    """A consumer's receiver: Palm deliveries must carry a valid x-signature (checked with the generated
    client's verifier); everything else is acknowledged. ``reject`` answers 503 to all."""

    def __init__(self, reject: bool = False) -> None:
        self.reject = reject
        self.got: list[tuple[str, bytes]] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode(): v.decode() for k, v in scope["headers"]}
        status = 200
        if self.reject:
            status = 503
        elif scope["path"].startswith("/palm"):
            try:
                unwrap(body, headers, secret=SECRET)
            except WebhookSignatureError:
                status = 401
        self.got.append((scope["path"], body))
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b""})


@pytest.fixture()
def receiver() -> Iterator[tuple[str, Receiver]]:
    app = Receiver()
    with running(app) as url:
        yield url, app


def test_send_delivers_every_palm_and_pancake_event(receiver: tuple[str, Receiver]) -> None:
    url, app = receiver
    lines: list[str] = []
    palm = send(api_of("palm-locker"), "all", f"{url}/palm", out=lines.append)
    pancake = send(api_of("pancake-pos"), "all", f"{url}/pancake", out=lines.append)
    assert palm and all(o.accepted for o in palm), lines
    assert pancake and all(o.accepted for o in pancake), lines
    assert {o.delivery.event for o in pancake} == set(api_of("pancake-pos").bundled.document["webhooks"])
    assert palm[0].delivery.label.startswith("example")  # the spec's examples first
    assert any(o.delivery.label.startswith("generated") for o in palm + pancake)
    assert len(app.got) == len(palm) + len(pancake)
    assert lines[-1].startswith("pancake-pos: ") and "deliveries accepted" in lines[-1]


def test_a_wrong_secret_or_a_rejecting_receiver_is_reported(receiver: tuple[str, Receiver]) -> None:
    url, _ = receiver
    lines: list[str] = []
    outcomes = send(api_of("palm-locker"), "orderUpdated", f"{url}/palm", secret="not-the-secret", out=lines.append)
    assert outcomes and not any(o.accepted for o in outcomes)
    assert all(o.status == 401 for o in outcomes) and any("REJECTED" in line for line in lines)
    with running(Receiver(reject=True)) as rejecting:
        outcomes = send(api_of("pancake-pos"), "all", rejecting, out=lines.append)
    assert outcomes and all(o.status == 503 and not o.accepted for o in outcomes)
    assert lines[-1] == f"pancake-pos: 0/{len(outcomes)} deliveries accepted by {rejecting}"


def test_listen_rejects_a_bad_signature_and_records_a_good_delivery(tmp_path: Path) -> None:
    lines: list[str] = []
    listener = WebhookListener(api_of("palm-locker"), record=tmp_path, out=lines.append)
    hooks = Webhooks(listener.hooks.contract)
    delivery = hooks.deliveries("orderUpdated")[0]
    with running(listener) as url:
        forged = httpx.post(f"{url}/hooks", content=delivery.body, headers={
            "content-type": "application/json", "x-signature": hmac.new(b"other", delivery.body, "sha256").hexdigest()})
        tampered = httpx.post(f"{url}/hooks", content=delivery.body + b" ", headers=delivery.headers)
        good = httpx.post(f"{url}/hooks", content=delivery.body, headers=delivery.headers)
    assert forged.status_code == 401 and tampered.status_code == 401 and good.status_code == 200
    assert [r.verified for r in listener.received] == [False, False, True]
    rejected = sorted((tmp_path / "palm-locker").glob("*-rejected.json"))
    files = [f for f in (tmp_path / "palm-locker").glob("*.json") if f not in rejected]
    assert len(files) == 1 and listener.received[-1].recorded == files[0]
    assert len(rejected) == 2  # rejected deliveries are kept too, with the reason
    kept = json.loads(rejected[0].read_text())
    assert kept["verified"] is False and "HMAC" in kept["rejected"] and kept["violations"][0]["level"] == "error"
    text = files[0].read_text()
    record = json.loads(text)
    assert record["operation"] == "orderUpdated" and record["verified"] is True and record["violations"] == []
    assert SECRET not in text and delivery.headers["x-signature"] not in text
    assert dict(record["request"]["headers"])["x-signature"] == "<redacted>"
    assert any("REJECTED orderUpdated" in line for line in lines)


def test_send_to_listen_end_to_end_with_pancake(tmp_path: Path) -> None:
    listener = WebhookListener(api_of("pancake-pos"), record=tmp_path, out=lambda line: None)
    events = list(listener.hooks.items)
    with running(listener) as url:  # one URL per event: the listener names a delivery by its last segment
        outcomes = [o for event in events for o in send(api_of("pancake-pos"), event, f"{url}/hooks/{event}",
                                                         out=lambda line: None)]
    assert outcomes and all(o.accepted for o in outcomes)
    assert {r.event for r in listener.received} == {o.delivery.event for o in outcomes}
    assert all(r.violations == [] for r in listener.received)
    assert len(list((tmp_path / "pancake-pos").glob("*.json"))) == len(outcomes)


def test_a_recorded_delivery_is_evidence_for_the_webhook_ledger_entries(tmp_path: Path) -> None:
    from partner_contracts.sandbox import evidence

    api = api_of("palm-locker")
    listener = WebhookListener(api, record=tmp_path, out=lambda line: None)
    delivery = Webhooks(listener.hooks.contract).deliveries("orderUpdated")[0]
    with running(listener) as url:
        assert httpx.post(f"{url}/hooks/orderUpdated", content=delivery.body, headers=delivery.headers).is_success
    _, entries = evidence.summarise(listener.hooks.contract, tmp_path)
    state = {found.entry.id: found.state for found in entries}
    signature_entries = [e.id for e in listener.hooks.contract.ledger if e.unverified
                         and any(p.startswith("/webhooks/orderUpdated/post/parameters/0") for p in e.pointers)]
    assert signature_entries and all(state[i] == "confirmed" for i in signature_entries), state


def test_the_send_command(receiver: tuple[str, Receiver], capsys: pytest.CaptureFixture[str]) -> None:
    from partner_contracts.cli import main

    url, _ = receiver
    assert main(["webhooks", "send", "palm-locker", "orderUpdated", "--to", f"{url}/palm"]) == 0
    assert main(["webhooks", "send", "palm-locker", "orderUpdated", "--to", f"{url}/palm", "--secret", "x"]) == 1
    assert main(["webhooks", "send", "palm-locker", "orderUpdated"]) == 2
    with pytest.raises(SystemExit, match="no webhook 'nope'"):
        main(["webhooks", "send", "palm-locker", "nope", "--to", url])
    assert "deliveries accepted" in capsys.readouterr().out


@pytest.mark.parametrize("stop", ["SIGINT", "SIGTERM"])
def test_listen_writes_its_report_when_stopped_and_fails_under_strict(stop: str, tmp_path: Path) -> None:
    """`webhooks listen --strict`: a forged delivery is rejected, recorded with its reason and fails the
    run; SIGTERM and SIGINT both leave a complete report.json and junit.xml."""
    import signal
    import subprocess
    import sys
    import time

    from partner_contracts.mock.server import free_port
    from tests.test_proxy import stop_and_collect

    port = free_port()
    delivery = Webhooks(WebhookListener(api_of("palm-locker"), out=lambda line: None).hooks.contract) \
        .deliveries("orderUpdated")[0]
    command = [sys.executable, "-m", "partner_contracts", "webhooks", "listen", "palm-locker", "--port", str(port),
               "--record", str(tmp_path / "evidence"), "--report-dir", str(tmp_path), "--strict"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                good = httpx.post(f"http://127.0.0.1:{port}/hooks/orderUpdated", content=delivery.body,
                                  headers=delivery.headers)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None, "the listener did not start"
                time.sleep(0.1)
        resigned = json.dumps(json.loads(delivery.body)).encode()  # what a Node JSON.stringify-style signer hashes
        node_style = httpx.post(f"http://127.0.0.1:{port}/hooks/orderUpdated", content=delivery.body, headers={
            "content-type": "application/json", "x-signature": hmac.new(SECRET.encode(), resigned, "sha256").hexdigest()})
        output = stop_and_collect(process, getattr(signal, stop))
    finally:
        if process.poll() is None:
            process.kill()
    assert good.status_code == 200 and node_style.status_code == 401
    assert "re-serialised JSON" in node_style.json()["message"], node_style.text
    assert process.returncode == 1, output
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["tool"] == "webhooks" and report["exchanges"] == 2 and report["levels"]["error"] == 1
    finding = report["operations"]["orderUpdated"]["violations"][0]
    assert finding["pointer"] == "/headers/x-signature" and "PL-002" in finding["ledger"]
    suite = ElementTree.parse(tmp_path / "junit.xml").getroot()
    assert suite.get("failures") == "1"
    rejected = list((tmp_path / "evidence" / "palm-locker").glob("*-rejected.json"))
    assert len(rejected) == 1 and "re-serialised JSON" in json.loads(rejected[0].read_text())["rejected"]


def test_a_rejected_delivery_contradicts_the_signature_entries(tmp_path: Path) -> None:
    """Rejected deliveries are recorded: the signature's unverified entries read CONTRADICTED, not
    "confirmed" by the deliveries that passed."""
    from partner_contracts.sandbox import evidence

    listener = WebhookListener(api_of("palm-locker"), record=tmp_path, out=lambda line: None)
    delivery = Webhooks(listener.hooks.contract).deliveries("orderUpdated")[0]
    with running(listener) as url:
        assert httpx.post(f"{url}/hooks/orderUpdated", content=delivery.body, headers=delivery.headers).is_success
        forged = {**delivery.headers, "x-signature": hmac.new(b"other", delivery.body, "sha256").hexdigest()}
        assert httpx.post(f"{url}/hooks/orderUpdated", content=delivery.body, headers=forged).status_code == 401
    _, entries = evidence.summarise(listener.hooks.contract, tmp_path)
    state = {found.entry.id: found.state for found in entries}
    assert state["PL-002"] == "CONTRADICTED" and state["PL-035"] == "CONTRADICTED", state
