"""``partner-contracts stress`` (partner_contracts/load/stress.py), a short run: 0 errors, only expected statuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partner_contracts.cli import build_parser
from partner_contracts.load import stress


@pytest.mark.slow
def test_a_short_stress_run_passes_and_writes_its_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(stress, "BUILD", tmp_path)
    args = build_parser().parse_args(["stress", "--connections", "4", "--duration", "2", "--generator", "python"])
    assert stress.stress_cli(args) == 0
    out = capsys.readouterr().out
    assert "stress: ok" in out and "5xx 0" in out
    report = json.loads((tmp_path / "stress.json").read_text())
    assert report["requests"] > 0 and report["errors"] == 0
