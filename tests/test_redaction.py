"""Issue 26, causes 5, 10 and 11: one redaction module (runtime/redact.py) for the access log, evidence, the
listener, the banner and the 503 that names the state store; log lines cannot be forged."""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import free_port, listening_socket
from partner_contracts.runtime.redact import Redactor, escape_log, redact_urls
from partner_contracts.sandbox.conformance import Contract, Exchange
from partner_contracts.sandbox.record import record_exchange
from partner_contracts.spec.api import select

PASSWORD = "hunter2-Redis-pw"
PHONE_IN_PATH = "0912345678"
# every kind of secret the probe found in evidence, each with a value that must not be written down
SECRETS = {
    "x-access-token": "tok-9f8e7d6c5b4a",
    "x-hub-signature": "sha256=0badc0ffee0badc0ffee",
    "password": "P4ssw0rd-form",
    "otp": "493817",
    "api-key": "ak-live-55aa66bb",
    "private_key": "-----BEGIN KEY-----MIIEv",
    "client_secret": "cs-1234-abcd",
    "refreshToken": "rt-xyz-9876",
    "email": "someone.private@example.org",
    "phone": "+84 912 345 678",
    "receiverPhone": "912 345 678",  # phone members by name anywhere in it, values no text rule would see
    "customerMobile": "84987654321",
}


def test_redis_url_password_is_never_echoed(caplog: pytest.LogCaptureFixture) -> None:
    """Before: the 503 carried the whole URL, password included, to every client, and the log too."""
    silent = listening_socket()  # takes the connection, never answers
    url = f"redis://:{PASSWORD}@127.0.0.1:{silent.getsockname()[1]}/0"
    from partner_contracts.mock.behaviour import store

    saved, store.STATE_TIMEOUT = store.STATE_TIMEOUT, 0.2
    try:
        with caplog.at_level(logging.INFO), TestClient(create_app(["palm-locker"], state=url)) as client:
            answer = client.get("/palm-locker/order", headers={"x-api-key": "test-api-key"})
        assert answer.status_code == 503 and answer.headers["retry-after"]
        assert PASSWORD not in answer.text and "redis://:***@127.0.0.1" in answer.text
        assert PASSWORD not in caplog.text and caplog.text
    finally:
        store.STATE_TIMEOUT = saved
        silent.close()
    assert redact_urls(f"redis://user:{PASSWORD}@h:1/0 and rediss://:{PASSWORD}@h/1") == \
        "redis://user:***@h:1/0 and rediss://:***@h/1"


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed")
def test_the_banner_and_the_refusal_to_start_hide_the_password(tmp_path: Path) -> None:
    port = free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                              "--appendonly", "no", "--dir", str(tmp_path), "--requirepass", PASSWORD],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    mock_port = free_port()
    try:
        time.sleep(0.3)
        mock = subprocess.Popen([sys.executable, "-m", "partner_contracts.cli", "mock", "palm-locker", "--port",
                                 str(mock_port), "--state", f"redis://:{PASSWORD}@127.0.0.1:{port}/0"],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            banner = b""
            end = time.monotonic() + 30
            while b"memory held" not in banner and time.monotonic() < end and mock.stdout:
                banner += mock.stdout.readline()
        finally:
            mock.kill()
            mock.wait()
        assert b"state: redis://:***@127.0.0.1" in banner and PASSWORD.encode() not in banner
        wrong = subprocess.run([sys.executable, "-m", "partner_contracts.cli", "mock", "palm-locker", "--state",
                                f"redis://:{PASSWORD}@127.0.0.1:{free_port()}/0"], check=False, capture_output=True,
                               timeout=60)
        assert wrong.returncode == 2 and b"not started" in wrong.stderr
        assert PASSWORD.encode() not in wrong.stderr + wrong.stdout
    finally:
        redis.kill()
        redis.wait()


def test_evidence_keeps_no_secret_of_any_kind(tmp_path: Path) -> None:
    """Before: X-Access-Token, X-Hub-Signature, a form password, otp/api-key/private_key fields and phone
    numbers in the path and in the file name were written as they came."""
    (api,) = select(["palm-locker"])
    contract = Contract(api)
    body = json.dumps({"otp": SECRETS["otp"], "api-key": SECRETS["api-key"], "private_key": SECRETS["private_key"],
                       "nested": [{"client_secret": SECRETS["client_secret"], "refreshToken": SECRETS["refreshToken"],
                                   "contact": {"email": SECRETS["email"], "phone": SECRETS["phone"]}}],
                       "receiverPhone": SECRETS["receiverPhone"], "customerMobile": SECRETS["customerMobile"]}).encode()
    form = f"user=a&password={SECRETS['password']}&otp={SECRETS['otp']}".encode()
    exchanges = [
        Exchange("palm-locker", None, "GET", f"/customers/{PHONE_IN_PATH}/orders", f"email={SECRETS['email']}&"
                 f"access_token={SECRETS['x-access-token']}", [("X-Access-Token", SECRETS["x-access-token"]),
                                                                ("X-Hub-Signature", SECRETS["x-hub-signature"])],
                 b"", 200, [("content-type", "application/json")], body, []),
        Exchange("palm-locker", None, "POST", "/login", "", [("content-type", "application/x-www-form-urlencoded")],
                 form, 200, [("Set-Cookie", "sid=abcdef123456")], b"", []),
    ]
    written = [record_exchange(tmp_path, exchange, contract) for exchange in exchanges]
    for path in written:
        text = path.read_text()
        assert PHONE_IN_PATH not in path.name
        for kind, value in SECRETS.items():
            assert value not in text, f"{kind} kept in {path.name}"
        assert "abcdef123456" not in text  # the Set-Cookie value
    first = json.loads(written[0].read_text())
    assert first["request"]["path"] == "/customers/0000000000/orders"
    assert first["response"]["body"]["json"]["nested"][0]["contact"]["email"] == "redacted@example.com"
    assert "password=***" in json.loads(written[1].read_text())["request"]["body"]["text"]


def test_the_redactor_knows_the_specs_schemes_and_the_well_known_names() -> None:
    (api,) = select(["sirclo-order"])
    redactor = Redactor.for_document(Contract(api).doc)
    names = ["Authorization", "Cookie", "X-Auth-Token", "X-Hub-Signature-256", "client_secret", "api_key", "apiKey",
             "x-api-key", "private-key", "OTP", "Password", "partner_id"]
    assert all(redactor.secret(name, "header") for name in names)
    assert not any(redactor.secret(name) for name in ("page", "size", "status", "orderId"))


def test_access_log_redacts_by_pattern_and_cannot_be_forged(caplog: pytest.LogCaptureFixture) -> None:
    """Before: exact names only (``X-Auth-Token`` or ``refresh_token`` were written), and an encoded CR/LF
    in the path wrote a second, forged line."""
    app = create_app(["pancake-pos"], log_access=True)
    with caplog.at_level(logging.INFO, logger="partner_contracts.mock.access"), TestClient(app) as http:
        http.get("/pancake-pos/shops%0d%0a127.0.0.1:1 \"GET /admin\" 200", params={"api_key": "test-api-key"})
        http.get(f"/pancake-pos/customers/{PHONE_IN_PATH}", params={"refresh_token": "rt-secret-1",
                                                                  "x_otp": "1", "otp": "778899", "api_key": "k"})
    lines = [r.getMessage() for r in caplog.records if r.name == "partner_contracts.mock.access"]
    assert len(lines) == 2 and all("\n" not in line and "\r" not in line for line in lines)
    assert "\\x0d\\x0a" in lines[0]
    assert "rt-secret-1" not in lines[1] and "778899" not in lines[1] and PHONE_IN_PATH not in lines[1]
    assert escape_log("a\x1b[31mb\n") == "a\\x1b[31mb\\x0a"
