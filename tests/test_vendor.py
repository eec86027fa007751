"""The sandbox tools against a fake vendor (tests/vendor.py), not our mock: the generated clients drive
traffic through ``ContractProxy``; every planted deviation is reported with its level, its exact pointer and
the right ledger entry (or none); faithful runs give no finding in every documented setup; evidence says
what the recordings prove."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import sirclo_order_client
from sirclo_order_client import errors as sirclo_errors
from sirclo_order_client.api.order import list_orders as sirclo_list

from partner_contracts.mock.server import running
from partner_contracts.sandbox import evidence
from partner_contracts.sandbox.conformance import Contract, Violation
from partner_contracts.sandbox.proxy import SERVER_OPTIONS, ContractProxy
from tests.test_proxy import api_of
from tests.vendor import PALM_KEY, SIRCLO_PARTNER, SIRCLO_SECRET, FakeVendor, Outcome, palm_flow, sirclo_flow


@contextmanager
def through_proxy(key: str, vendor: FakeVendor, record: Path | None = None, slow: float | None = None,
                  ) -> Iterator[tuple[str, ContractProxy, list[str]]]:
    lines: list[str] = []
    prefix = "palm" if key == "palm-locker" else "sirclo"
    with running(vendor, http="h11") as upstream:
        proxy = ContractProxy(api_of(key), f"{upstream}/{prefix}", record=record, out=lines.append, slow=slow)
        with running(proxy, **SERVER_OPTIONS) as url:
            yield url, proxy, lines


@pytest.fixture()
def proxy_adds(monkeypatch: pytest.MonkeyPatch) -> None:
    """The documented setup where the proxy adds the credentials (from the sandbox variables)."""
    monkeypatch.setenv("PALM_API_KEY", PALM_KEY)
    monkeypatch.setenv("SIRCLO_PARTNER_ID", SIRCLO_PARTNER)
    monkeypatch.setenv("SIRCLO_SECRET", SIRCLO_SECRET)


@pytest.fixture()
def app_sends_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """The documented setup where the app sends its own credentials and the proxy's variables are unset."""
    for name in ("PALM_API_KEY", "SIRCLO_PARTNER_ID", "SIRCLO_SECRET"):
        monkeypatch.delenv(name, raising=False)


def run(key: str, vendor: FakeVendor, own_key: bool = False, record: Path | None = None,
        slow: float | None = None) -> tuple[list[Outcome], list[Violation], list[str]]:
    with through_proxy(key, vendor, record=record, slow=slow) as (url, proxy, lines):
        outcomes = palm_flow(url, own_key) if key == "palm-locker" else sirclo_flow(url, own_key)
    return outcomes, proxy.report.violations, lines


# --- faithful runs: no finding in any documented setup -----------------------------------------------------

SETUPS = [("proxy adds credentials", False, ()), ("app sends its own", True, ()),
          ("gzip", False, ("gzip",)), ("chunked", False, ("chunked",)), ("gzip, chunked, own", True, ("gzip", "chunked"))]


@pytest.mark.parametrize("key", ["palm-locker", "sirclo-order"])
@pytest.mark.parametrize(("setup", "own_key", "deviations"), SETUPS, ids=[s[0] for s in SETUPS])
def test_a_faithful_vendor_gives_no_finding(key: str, setup: str, own_key: bool, deviations: tuple[str, ...],
                                            monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    if own_key:
        for name in ("PALM_API_KEY", "SIRCLO_PARTNER_ID", "SIRCLO_SECRET"):
            monkeypatch.delenv(name, raising=False)
    else:
        monkeypatch.setenv("PALM_API_KEY", PALM_KEY)
        monkeypatch.setenv("SIRCLO_PARTNER_ID", SIRCLO_PARTNER)
        monkeypatch.setenv("SIRCLO_SECRET", SIRCLO_SECRET)
    outcomes, found, lines = run(key, FakeVendor(*deviations), own_key, record=tmp_path)
    expected_errors = {"getLocker 404": "NotFoundError", "getOrder 404": "NotFoundError",
                       "createOrder 409": "ConflictError"} if key == "palm-locker" else {}
    assert {name: result for name, result in outcomes if result != "ok"} == expected_errors, outcomes
    assert found == [] and lines == [], "\n".join(lines)
    # the recordings of a faithful vendor contradict nothing (gzip included) and say who answered
    _, entries = evidence.summarise(Contract(api_of(key)), tmp_path)
    assert [e.entry.id for e in entries if e.contradicting] == []
    record = json.loads(next((tmp_path / key).glob("*.json")).read_text())
    assert record["provenance"]["upstream_is_mock"] is False and record["provenance"]["upstream"].startswith("http")
    if "gzip" in deviations:
        assert record["response"]["decoded_from"] == "gzip" and "json" in record["response"]["body"]


# --- each planted deviation: level, exact pointer, the right ledger entry (or none) ------------------------

# (deviation, api, operation, level, pointer, ledger entries): the only finding of the run
PLANTED = [
    ("extra_field", "palm-locker", "getLocker", "info", "/body/data/firmware", []),
    ("open_enum", "palm-locker", "getOrder", "info", "/body/data/orderStatus", ["PL-027"]),
    ("slow", "palm-locker", "listLockers", "info", "", []),
    ("missing_order_id", "palm-locker", "createOrder", "error", "/body/data/id", ["PL-039"]),  # the answer policy: ids stay required
    ("truncated", "palm-locker", "getLocker", "error", "/body", []),
    ("created_201", "palm-locker", "createOrder", "error", "/status", ["PL-020"]),
    ("null_in_item", "palm-locker", "listLockers", "error", "/body/data/items/0/name", []),
    ("missing_example", "palm-locker", "listOrders", "warning", "/body/totalOrders", ["PL-005"]),
    ("undocumented_4xx", "palm-locker", "cancelOrder", "warning", "/status", []),
]


@pytest.mark.parametrize(("deviation", "key", "operation", "level", "pointer", "ledger"), PLANTED,
                         ids=[p[0] for p in PLANTED])
def test_each_planted_deviation_is_reported_exactly(deviation: str, key: str, operation: str, level: str,
                                                    pointer: str, ledger: list[str], proxy_adds: None) -> None:
    _, found, lines = run(key, FakeVendor(deviation), slow=0.3)
    assert [(v.operation, v.level, v.pointer, v.ledger) for v in found] == [(operation, level, pointer, ledger)], \
        "\n".join(lines)
    assert lines[0].startswith(f"{level.upper()} {operation} response {pointer or '/'}")


def test_null_inside_an_anyof_item_names_the_field(proxy_adds: None) -> None:
    _, found, _ = run("palm-locker", FakeVendor("null_in_item"))
    assert found[0].observed == "null" and "string" in found[0].expected and len(found[0].expected) < 80


def test_the_201_and_the_open_enum_in_evidence(proxy_adds: None, tmp_path: Path) -> None:
    """The 201 contradicts PL-020 (which assumes 200); an unknown value of the open enum is only observed:
    it never confirms PL-027."""
    outcomes, _, _ = run("palm-locker", FakeVendor("created_201", "open_enum"), record=tmp_path)
    assert ("createOrder", "ok") in outcomes  # the generated client decodes any 2xx (docs/clients.md)
    _, entries = evidence.summarise(Contract(api_of("palm-locker")), tmp_path)
    state = {e.entry.id: e for e in entries}
    assert state["PL-020"].state == "CONTRADICTED"
    assert [v.pointer for _, v in state["PL-020"].contradicting] == ["/status"]
    # the answer with the unknown value is an observation, never among the confirmations (other answers,
    # with listed values, may confirm PL-027)
    observed = state["PL-027"].observed
    assert [(v.level, v.observed) for _, v in observed] == [("info", "archived")]
    assert observed[0][0].name.split("-", 2)[2].startswith("getOrder-200")
    assert observed[0][0] not in state["PL-027"].confirming
    lines: list[str] = []
    assert evidence.report(api_of("palm-locker"), tmp_path, out=lines.append) == 1
    assert any(line.strip().startswith("PL-020") and "CONTRADICTED" in line for line in lines)


@pytest.mark.parametrize("own_key", [False, True], ids=["proxy signs", "consumer signs"])
def test_a_refused_documented_signature_contradicts_its_entries(own_key: bool, proxy_adds: None,
                                                                tmp_path: Path) -> None:
    """The vendor refuses every request signed as SO-001 says (the HMAC of the raw body): a finding on
    the Secret scheme's entries, whoever signed; the refusals confirm nothing."""
    outcomes, found, lines = run("sirclo-order", FakeVendor("refuse_signature"), own_key, record=tmp_path)
    assert {result for _, result in outcomes} == {"AuthenticationError"}
    assert {(v.level, v.pointer, v.check) for v in found} == {("error", "/status", "credentials-refused")}, lines
    assert all("SO-001" in v.ledger and "SO-018" in v.ledger for v in found)
    assert len(found) == 3 and "refused the request signed as the spec says" in found[0].observed
    _, entries = evidence.summarise(Contract(api_of("sirclo-order")), tmp_path)
    state = {e.entry.id: e.state for e in entries}
    assert state["SO-001"] == "CONTRADICTED"
    assert "confirmed" not in state.values(), state  # only accepted exchanges confirm


def test_a_faithful_sirclo_confirms_its_signature_entry(proxy_adds: None, tmp_path: Path) -> None:
    run("sirclo-order", FakeVendor(), record=tmp_path)
    _, entries = evidence.summarise(Contract(api_of("sirclo-order")), tmp_path)
    assert {e.entry.id: e.state for e in entries}["SO-001"] == "confirmed"


def test_the_callers_wrong_key_is_the_callers_finding(app_sends_own: None) -> None:
    """Both the proxy's check and the vendor refuse the caller's key: the request is at fault, not SO-001."""
    with through_proxy("sirclo-order", FakeVendor()) as (url, proxy, _lines):
        client = sirclo_order_client.connect(SIRCLO_PARTNER, "not-the-secret", base_url=url)
        with pytest.raises(sirclo_errors.AuthenticationError):
            sirclo_list.sync(client=client, since=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc),
                             until=dt.datetime(2024, 2, 1, tzinfo=dt.timezone.utc), limit=1, offset=0)
    assert [(v.where, v.pointer, v.check) for v in proxy.report.violations] == [("request", "/security", "credentials")]


def test_header_names_are_forwarded_byte_for_byte(proxy_adds: None) -> None:
    with through_proxy("palm-locker", FakeVendor()) as (url, _proxy, _lines):
        answer = httpx.get(f"{url}/locker")
    names = [name for name, _ in answer.headers.raw]
    assert b"Content-Type" in names and b"Content-Length" in names and b"content-type" not in names


def test_two_concurrent_callers_never_see_each_others_cookies(proxy_adds: None) -> None:
    vendor = FakeVendor("cookies")
    with through_proxy("palm-locker", vendor) as (url, _proxy, _lines):
        results: dict[str, list[Outcome]] = {}

        def session(name: str) -> None:
            outcomes: list[Outcome] = []
            for _ in range(3):
                outcomes += palm_flow(url, caller=name)
            results[name] = outcomes

        threads = [threading.Thread(target=session, args=(name,)) for name in ("alice", "bob")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        anonymous = httpx.get(f"{url}/locker")  # a third caller, with no cookie of its own
    assert set(results) == {"alice", "bob"}
    seen = vendor.cookies_seen
    assert len(seen) >= 2 * 3 * 9 and {who for who, _ in seen} == {"alice", "bob", "anonymous"}
    for who, cookie in seen:
        others = {"alice", "bob"} - {who}
        assert not any(f"session-{other}" in cookie for other in others), (who, cookie)
    # each caller's own client keeps its own cookie and sends it back: the proxy forwards it untouched
    assert any(who == "alice" and "session-alice=alice" in cookie for who, cookie in seen)
    assert anonymous.status_code == 200 and seen[-1] == ("anonymous", "")


def test_blame_follows_the_subject_and_the_declaring_schema() -> None:
    """Status entries only for statuses, field entries only for fields, and for a field only the schema
    that declares it: PL-020 (the assumed 200 of createOrder) is never blamed for its body's fields, PL-011
    (a path prefix) never for a body, PL-033 (the two formats of List devices' items) never for a field
    the item's own schema declares."""
    from partner_contracts.sandbox.conformance import subject

    contract = Contract(api_of("palm-locker"))
    assert [subject(p) for p in ("/paths/~1order/post/responses/200", "/components/responses/Conflict",
                                 "/components/securitySchemes/Secret", "/servers/0", "/paths/~1partner~1payment",
                                 "/components/schemas/Order/properties/orderCode")] == \
        ["status", "status", "security", "server", "path", "field"]
    inline = "/paths/~1order/post/responses/200/content/application~1json/schema"
    assert contract.ledger_for([inline, f"{inline}/properties/data"]) == []
    assert contract.ledger_for([["/paths/~1order/post/responses/200"]], "status") == ["PL-020"]
    assert contract.ledger_for(["/paths/~1partner~1payment/put"], "field") == []
    items = "/components/schemas/LockerListResponse/properties/data/properties/items"
    assert contract.ledger_for([items, f"{items}/items", "/components/schemas/LockerCompact",
                                "/components/schemas/LockerCompact/properties/name"]) == []
    assert contract.ledger_for([items, f"{items}/items"]) == ["PL-033"]


def test_strict_levels_and_the_junit_failures() -> None:
    """`--strict` fails on errors, `--strict=warning` on warnings too, info never; JUnit fails an
    operation at the failing level and lists the rest as output."""
    from xml.etree import ElementTree

    from partner_contracts.cli import build_parser
    from partner_contracts.sandbox.conformance import Report

    def finding(level: str) -> Violation:
        return Violation("listOrders", "response", "/body/x", "e", "o", "/s", [], level)

    report = Report("palm-locker")
    report.add_findings("listOrders", "200", [finding("warning"), finding("info")])
    assert (report.verdict(None), report.verdict("error"), report.verdict("warning")) == (0, 0, 1)
    assert ElementTree.fromstring(report.junit()).get("failures") == "0"
    report.failing = "warning"
    suite = ElementTree.fromstring(report.junit())
    failure, output = suite.find("testcase/failure"), suite.find("testcase/system-out")
    assert suite.get("failures") == "1" and failure is not None and failure.get("type") == "contract-warning"
    assert output is not None and "INFO listOrders" in (output.text or "")
    report.add_findings("listOrders", "200", [finding("error")])
    assert report.verdict("error") == 1 and report.to_json()["levels"] == {"error": 1, "warning": 1, "info": 1}
    parse = build_parser().parse_args
    assert parse(["proxy", "palm-locker", "--upstream", "u", "--strict"]).strict == "error"
    assert parse(["proxy", "palm-locker", "--upstream", "u", "--strict=warning"]).strict == "warning"
    assert parse(["proxy", "palm-locker", "--upstream", "u"]).strict is None
    assert parse(["webhooks", "listen", "palm-locker", "--strict"]).strict == "error"


def test_a_callers_refused_mistake_contradicts_nothing(app_sends_own: None, tmp_path: Path) -> None:
    """A wrong key the vendor refuses is the caller's finding: in evidence it contradicts no entry (and
    the refusal confirms none)."""
    with through_proxy("palm-locker", FakeVendor(), record=tmp_path) as (url, proxy, _lines):
        assert httpx.get(f"{url}/locker", headers={"x-api-key": "wrong"}).status_code == 401
    assert [v.check for v in proxy.report.violations] == ["credentials"]
    _, entries = evidence.summarise(Contract(api_of("palm-locker")), tmp_path)
    assert {e.state for e in entries} == {"no evidence yet"}
