"""`partner-contracts coverage`: documented operations found in the sources, matched to spec operations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from partner_contracts.lint import coverage
from partner_contracts.spec.api import Api, discover, select

from .apis import api_params, needs_sources
from .conftest import FIXTURES


@needs_sources
def test_palm_locker_eleven_operations_and_the_webhook() -> None:
    report = coverage.check(select(["palm-locker"])[0])
    assert report.ok, report.missing
    assert len(report.covered) == report.documented == 11
    assert report.webhooks_covered == ["orderUpdated"]
    assert {c.operation_id for c in report.covered} >= {"getUserToken", "cancelOrder", "renewPartnerCode"}


@needs_sources
@pytest.mark.parametrize("api", api_params())
def test_every_api_is_fully_covered(api: Api) -> None:
    report = coverage.check(api)
    assert report.ok, report.missing
    assert report.covered


def test_a_missing_operation_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(FIXTURES / "mini", tmp_path / "mini")
    monkeypatch.setenv("PARTNER_SOURCES", str(tmp_path / "mini" / "sources"))
    source = tmp_path / "mini" / "sources" / "mini-source.md"
    source.write_text(source.read_text() + "\n## Delete thing\n\n`POST /things/{id}/delete`\n")
    (api,) = discover(tmp_path / "mini" / "specs")
    report = coverage.check(api)
    assert [m for m in report.missing if "POST /things/{}/delete" in m and "Delete thing" in m]
    monkeypatch.setattr(coverage, "select", lambda keys: [api])
    assert coverage.coverage_cli(None) == 1
