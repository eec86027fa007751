"""`partner-contracts new KEY --source FILE`: a scaffold that passes `validate` with only TODO findings, each saying
what to fill in; filled in (tests/fixtures/new-api/filled/), an API that passes validate, coverage and the fuzz."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from partner_contracts.cli import main
from partner_contracts.fuzz.run import fuzz
from partner_contracts.lint import coverage, drift
from partner_contracts.lint import rules as lint
from partner_contracts.lint.scaffold import AUTH, new_api, operation_id, prefix_for, suggest
from partner_contracts.spec.api import discover

from .conftest import FIXTURES

DOCUMENT = FIXTURES / "new-api" / "demo-shipping.md"
FILLED = FIXTURES / "new-api" / "filled"


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "specs").mkdir()
    monkeypatch.setenv("PARTNER_SPECS", str(tmp_path / "specs"))
    monkeypatch.setenv("PARTNER_SOURCES", str(tmp_path / "sources"))
    return tmp_path


def test_the_operations_come_from_the_headings_as_coverage_reads_them() -> None:
    style, found = suggest(DOCUMENT)
    assert style == "markdown"
    assert [(s.method, s.path, s.section) for s in found] == [
        ("POST", "/shipments", "Create shipment"),
        ("GET", "/shipments/{code}", "Shipment detail"),
        ("POST", "/shipments/{code}/cancel", "Cancel shipment"),
    ]
    assert operation_id("GET", "/shipments/{code}") == "getShipmentsByCode"
    assert prefix_for("ghn-shipping") == "GS" and prefix_for("demo") == "DE"


@pytest.mark.parametrize("auth", AUTH)
def test_the_scaffold_validates_with_only_todo_findings(workspace: Path, auth: str,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "demo", "--source", str(DOCUMENT), "--auth", auth]) == 0
    out = capsys.readouterr().out
    assert "next:" in out and "partner-contracts validate demo" in out
    assert (workspace / "sources" / DOCUMENT.name).is_file()  # the document joins the others
    folder = workspace / "specs" / "demo"
    assert sorted(p.name for p in folder.iterdir()) == [
        "api.yaml", "behaviour.yaml", "components", "ledger.yaml", "openapi.yaml", "paths", "sources.lock.yaml"]
    (api,) = discover()
    report = lint.validate(api)
    assert report.ok and report.operations == 3
    assert {f.rule for f in report.findings} == {"todo"}
    # each says what to fill in, where
    assert all(f.file and f.line and len(f.message) > 15 for f in report.findings)
    messages = [f.message for f in report.findings]
    assert "the API name as the vendor writes it" in messages
    assert any("documents `weight` in a table of 'Create shipment'" in m for m in messages)
    assert coverage.check(api).ok
    assert main(["validate", "demo"]) == 0
    assert f"ok, {len(report.findings)} TODO(s) left" in capsys.readouterr().out


def test_an_existing_api_or_a_bad_key_is_refused(workspace: Path) -> None:
    new_api("demo", DOCUMENT)
    with pytest.raises(SystemExit, match="exists already"):
        new_api("demo", DOCUMENT)
    with pytest.raises(SystemExit, match="not an API key"):
        new_api("Demo_API", DOCUMENT)


@pytest.mark.slow
def test_the_filled_scaffold_passes_validate_coverage_and_the_fuzz(workspace: Path) -> None:
    api, _steps = new_api("demo", DOCUMENT, "token")
    for item in FILLED.iterdir():
        if item.name == "README.md":
            continue
        target = api.dir / item.name
        if item.is_dir():
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(item, target)
        else:
            shutil.copy(item, target)
    (api,) = discover()
    # the ledger cites two more sections: reviewed, so recorded (`sources accept demo`)
    assert {f.rule for f in lint.validate(api).findings} == {"source-drift"}
    drift.write_lock(api, api.bundled.document)
    report = lint.validate(api)
    assert report.findings == [] and report.examples == 6
    assert coverage.check(api).ok
    (result,) = fuzz([api], max_examples=10, echo=False, build=workspace / "build")
    assert result.ok and result.cases > 20, result.log.read_text()[-2000:]
