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
from partner_contracts.runtime import redact
from partner_contracts.runtime.http import MOCK_HEADER
from partner_contracts.sandbox import evidence
from partner_contracts.sandbox.conformance import Contract
from partner_contracts.spec.api import REPO, select
from tests.test_proxy import api_of, as_vendor, flow, proxied

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
    assert record["request"]["query"]["api_key"] == [redact.REDACTED]
    assert record["response"]["status"] == 200 and record["response"]["body"]["json"]["shops"]


def test_the_report_lists_every_unverified_entry(recorded: Path) -> None:
    for key in KEYS:
        api = api_of(key)
        lines: list[str] = []
        assert evidence.report(api, recorded, out=lines.append, include_mock=True) == 0
        listed = {line.split()[0] for line in lines if line.startswith("  ") and not line.startswith("   ")}
        unverified = [e.id for e in Contract(api).ledger if e.unverified]
        assert set(unverified) <= listed, set(unverified) - listed
        assert any("confirmed " in line for line in lines), "\n".join(lines)
        assert lines[-1].startswith(f"{key}: ") and f"of {len(unverified)} unverified entries" in lines[-1]


def test_a_broken_field_is_blamed_on_its_own_entry_not_the_enclosing_one(tmp_path: Path) -> None:
    """The vendor's `status` has the wrong type: the finding is about AM-021 (the entry on that field),
    not AM-003 (the entry on the whole authorize answer), so AM-003 is neither contradicted nor confirmed
    by it. (Contradictions of unverified entries: tests/test_vendor.py.)"""
    key = "anymaster"
    faulty = FaultyApp(create_app([key]), Fault(key, "wrong_type", "authorize"))
    with proxied(key, app=as_vendor(faulty), record=tmp_path) as (url, proxy, _lines):
        httpx.post(f"{url}/auth/authorize", json={"login": "test", "password": "test"})
    assert {(v.pointer, tuple(v.ledger)) for v in proxy.report.violations} == {("/body/status", ("AM-021",))}
    _, entries = evidence.summarise(Contract(api_of(key)), tmp_path)
    am003 = next(e for e in entries if e.entry.id == "AM-003")
    assert am003.state == "confirmed" and not am003.contradicting
    with pytest.raises(evidence.PromoteError, match="does not satisfy the spec"):
        evidence.promote(next(tmp_path.glob(f"{key}/*.json")))  # checked before anything is written


def test_recordings_of_our_mock_are_no_evidence(recorded: Path) -> None:
    """Every recording says who answered; the mock's are left out of the report and never promoted."""
    files = sorted((recorded / "palm-locker").glob("*.json"))
    record = json.loads(files[0].read_text())
    assert record["provenance"]["upstream_is_mock"] is True and record["provenance"]["upstream"].startswith("http")
    assert record["provenance"]["spec_version"] and record["provenance"]["tool_version"]
    lines: list[str] = []
    evidence.report(api_of("palm-locker"), recorded, out=lines.append)
    assert lines[0].startswith("palm-locker: 0 recorded exchange(s)") and f"{len(files)} recorded from our own mock" in lines[0]
    assert not any(" confirmed " in line for line in lines)
    with pytest.raises(evidence.PromoteError, match="own mock"):
        evidence.promote(next(recorded.glob("palm-locker/*listOrders-200*")))


@needs_sources
def test_promote_adds_an_example_that_validate_accepts(tmp_path: Path) -> None:
    key = "palm-locker"
    shutil.copytree(REPO / "specs" / key, tmp_path / key)
    folder = tmp_path / "evidence"
    with proxied(key, app=as_vendor(create_app([key])), record=folder) as (url, _proxy, _lines):
        flow(key, url, api_of(key).bundled.document)
    listed = next(folder.glob(f"{key}/*listOrders-200*"))
    conflict = next(folder.glob(f"{key}/*createOrder-409*"))
    assert json.loads(listed.read_text())["provenance"]["upstream_is_mock"] is False
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

    assert main(["evidence", "palm-locker", "--dir", str(recorded), "--include-mock"]) == 0
    out = capsys.readouterr().out
    assert "palm-locker: " in out and "unverified ledger entries:" in out and "createOrder" in out
    assert main(["evidence", "promote"]) == 2
    assert main(["evidence", "promote", str(recorded / "nothing.json")]) == 1


def test_redaction_keeps_types_and_shapes() -> None:
    redactor = redact.Redactor({"x-api-key"}, {"api_key"}, ["s3cr3t-value"])
    body = {"customer": {"phone_number": "+84 912 345 678", "mobile": 84912345678, "email": "a.b@shop.vn",
                         "note": "call 0912 345 678 or mail a.b@shop.vn, key s3cr3t-value. Or 0912-345-678."},
            "access_token": "abc.def", "token_count": 3, "created_at": "2024-05-01T10:00:00+07:00",
            "lat": 10.7725, "ids": ["0123abcd-0000-4000-8000-000000000000"]}
    out = redactor.value(body)
    assert out["customer"] == {"phone_number": redact.PHONE, "mobile": 0, "email": redact.EMAIL,
                               "note": f"call {redact.PHONE} or mail {redact.EMAIL}, key {redact.REDACTED}. "
                                       f"Or {redact.PHONE}."}
    assert out["access_token"] == redact.REDACTED and out["token_count"] == 3
    assert out["created_at"] == body["created_at"] and out["lat"] == 10.7725 and out["ids"] == body["ids"]
    assert redactor.header_list([("X-Api-Key", "k"), ("Accept", "*/*")]) == [["X-Api-Key", "<redacted>"],
                                                                             ["Accept", "*/*"]]
    assert redactor.query_string("api_key=k&page=2") == {"api_key": ["<redacted>"], "page": ["2"]}


def test_promote_keeps_a_nel_and_refuses_a_deeply_nested_file(recorded: Path, tmp_path: Path) -> None:
    """Issue 26, cause 11: before, a NEL (U+0085) in a promoted value came back a space (YAML folds it) and a
    deeply nested file crashed the command with a RecursionError."""
    key = "palm-locker"
    shutil.copytree(REPO / "specs" / key, tmp_path / key)
    record = json.loads(next(recorded.glob(f"{key}/*createOrder-409*")).read_text())
    record["response"]["body"]["json"]["message"] = "no free box\x85try\u2028another locker"
    # as if a vendor had answered: promote refuses our own mock's recordings (its header, its provenance)
    record["provenance"]["upstream_is_mock"] = False
    record["response"]["headers"] = [h for h in record["response"]["headers"] if h[0].lower() != MOCK_HEADER]
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    _, pointer = evidence.promote(odd, name="withNel", specs_dir=tmp_path)
    (api,) = select([key], tmp_path)
    assert api.bundled.resolve(pointer[1:])["value"]["message"] == "no free box\x85try\u2028another locker"
    deep = tmp_path / "deep.json"
    deep.write_text('{"api": "palm-locker", "request": {"method": "GET", "path": "/order"}, "response": '
                    '{"status": 200, "body": {"json": ' + "[" * 100_000 + "]" * 100_000 + "}}}")
    with pytest.raises(evidence.PromoteError, match="nested"):
        evidence.promote(deep, specs_dir=tmp_path)
    from partner_contracts.cli import main

    assert main(["evidence", "promote", str(deep)]) == 1  # a clear error, not a traceback
