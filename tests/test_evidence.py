"""Evidence recorded through the proxy: redaction, the ledger report, promote → validate."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest

from partner_contracts.fuzz.selftest import Fault, FaultyApp
from partner_contracts.lint import rules as lint
from partner_contracts.mock.app import create_app
from partner_contracts.sandbox import evidence
from partner_contracts.sandbox.conformance import Contract
from partner_contracts.spec.api import REPO, select
from tests.test_proxy import api_of, flow, proxied

from .apis import apis, needs_sources

KEYS = [api.key for api in apis()]

# every test credential and secret of README (api.yaml's mock credentials)
SECRETS = ["test-api-key", "test-webhook-secret", "test-partner", "test-secret", "test-token"]


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every API's consumer flow through a recording proxy, plus requests that carry credentials,
    cookies, phone numbers and e-mail addresses of their own."""
    folder = tmp_path_factory.mktemp("evidence")
    for key in KEYS:
        api = api_of(key)
        with proxied(key, record=folder) as (url, _proxy, _lines):
            flow(key, url, api.bundled.document)
            if key == "palm-locker":
                httpx.get(f"{url}/locker", headers={"x-api-key": "test-api-key", "cookie": "session=test-token"})
                httpx.post(f"{url}/partner/user/token", json={"email": "ana.buyer@example.org",
                                                               "phone": "+84 912 345 678"})
            if key == "pancake-pos":
                httpx.get(f"{url}/shops", params={"api_key": "test-api-key"})
    return folder


def test_evidence_holds_no_credential_phone_or_email(recorded: Path) -> None:
    files = sorted(recorded.rglob("*.json"))
    assert len(files) >= 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        json.loads(text)
        for secret in SECRETS:
            assert secret not in text, f"{secret} in {path}"
        for private in ("ana.buyer@example.org", "912 345 678", "0911000111", "session="):
            assert private not in text, f"{private} in {path}"
    record = json.loads(next(recorded.glob("pancake-pos/*listShops*")).read_text())
    assert record["request"]["query"]["api_key"] == [evidence.REDACTED]
    assert record["response"]["status"] == 200 and record["response"]["body"]["json"]["shops"]


def test_the_report_lists_every_unverified_entry(recorded: Path) -> None:
    for key in KEYS:
        api = api_of(key)
        lines: list[str] = []
        assert evidence.report(api, recorded, out=lines.append) == 0
        listed = {line.split()[0] for line in lines if line.startswith("  ") and not line.startswith("   ")}
        unverified = [e.id for e in Contract(api).ledger if e.unverified]
        assert set(unverified) <= listed, set(unverified) - listed
        assert any("confirmed " in line for line in lines), "\n".join(lines)
        assert lines[-1].startswith(f"{key}: ") and f"of {len(unverified)} unverified entries" in lines[-1]


def test_a_contradicted_entry_is_reported(tmp_path: Path) -> None:
    key = "anymaster"
    faulty = FaultyApp(create_app([key]), Fault(key, "wrong_type", "authorize"))
    with proxied(key, app=faulty, record=tmp_path) as (url, proxy, _lines):
        httpx.post(f"{url}/auth/authorize", json={"login": "test", "password": "test"})
    assert proxy.report.violation_count >= 1
    lines: list[str] = []
    assert evidence.report(api_of(key), tmp_path, out=lines.append) == 1
    contradicted = [line for line in lines if "CONTRADICTED" in line]
    assert contradicted and any("✗" in line and "/body" in line for line in lines)
    with pytest.raises(evidence.PromoteError, match="does not satisfy the spec"):
        evidence.promote(next(tmp_path.glob(f"{key}/*.json")))  # checked before anything is written


@needs_sources
def test_promote_adds_an_example_that_validate_accepts(recorded: Path, tmp_path: Path) -> None:
    key = "palm-locker"
    shutil.copytree(REPO / "specs" / key, tmp_path / key)
    listed = next(recorded.glob(f"{key}/*listOrders-200*"))
    conflict = next(recorded.glob(f"{key}/*createOrder-409*"))
    source, pointer = evidence.promote(listed, specs_dir=tmp_path)
    assert source == tmp_path / key / "paths" / "order.yaml"
    evidence.promote(conflict, name="fullLocker", specs_dir=tmp_path)  # a shared components/responses file
    (api,) = select([key], tmp_path)
    report = lint.validate(api)
    assert report.ok, [str(f) for f in report.findings]
    example = api.bundled.resolve(pointer[1:])
    assert example["x-source"].endswith(listed.name) and example["x-recorded"] == json.loads(
        listed.read_text())["recorded"][:10]
    assert example["value"] == json.loads(listed.read_text())["response"]["body"]["json"]
    full = api.bundled.resolve("/components/responses/Conflict/content/application~1json/examples/fullLocker")
    assert full["value"]["statusCode"] == 409
    with pytest.raises(evidence.PromoteError, match="exists already"):
        evidence.promote(conflict, name="fullLocker", specs_dir=tmp_path)


def test_the_command(recorded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from partner_contracts.cli import main

    assert main(["evidence", "palm-locker", "--dir", str(recorded)]) == 0
    out = capsys.readouterr().out
    assert "palm-locker: " in out and "unverified ledger entries:" in out and "createOrder" in out
    assert main(["evidence", "promote"]) == 2
    assert main(["evidence", "promote", str(recorded / "nothing.json")]) == 1


def test_redaction_keeps_types_and_shapes() -> None:
    redactor = evidence.Redactor({"x-api-key"}, {"api_key"}, ["s3cr3t-value"])
    body = {"customer": {"phone_number": "+84 912 345 678", "mobile": 84912345678, "email": "a.b@shop.vn",
                         "note": "call 0912 345 678 or mail a.b@shop.vn, key s3cr3t-value. Or 0912-345-678."},
            "access_token": "abc.def", "token_count": 3, "created_at": "2024-05-01T10:00:00+07:00",
            "lat": 10.7725, "ids": ["0123abcd-0000-4000-8000-000000000000"]}
    out = redactor.value(body)
    assert out["customer"] == {"phone_number": evidence.PHONE, "mobile": 0, "email": evidence.EMAIL,
                               "note": f"call {evidence.PHONE} or mail {evidence.EMAIL}, key {evidence.REDACTED}. "
                                       f"Or {evidence.PHONE}."}
    assert out["access_token"] == evidence.REDACTED and out["token_count"] == 3
    assert out["created_at"] == body["created_at"] and out["lat"] == 10.7725 and out["ids"] == body["ids"]
    assert redactor.header_list([("X-Api-Key", "k"), ("Accept", "*/*")]) == [["X-Api-Key", "<redacted>"],
                                                                             ["Accept", "*/*"]]
    assert redactor.query_string("api_key=k&page=2") == {"api_key": ["<redacted>"], "page": ["2"]}
