"""``partner-contracts check`` (partner_contracts/check.py): every stage runs, the summary table, the
closing wall time and slowest stages, and a hung fuzz run named as such. The stages themselves are tested
in their own modules; here generate and fuzz are stand-ins."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from partner_contracts import check
from partner_contracts.fuzz.run import FuzzResult

from .apis import needs_sources


def args(**extra: object) -> argparse.Namespace:
    base = {"apis": ["palm-locker"], "max_examples": None, "seed": None, "workers": "1", "phases": None,
            "jobs": None, "stall_timeout": None, "timeout": None, "force": False}
    return argparse.Namespace(**{**base, **extra})


@pytest.fixture()
def stages(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    seen: dict[str, object] = {}

    def generate_all(keys: list[str], **options: object) -> int:
        seen["generate"] = (keys, options)
        return 0

    def fuzz(apis: list[object], **options: object) -> list[FuzzResult]:
        seen["fuzz"] = options
        hung = str(seen.get("hang", ""))
        return [FuzzResult("palm-locker", "mock", 1234, 1 if hung else 0, 1 if hung else 0, 12.0,
                           Path("j.xml"), Path("s.log"), hung, 20.0)]

    monkeypatch.setattr(check, "generate_all", generate_all)
    monkeypatch.setattr(check, "fuzz", fuzz)
    return seen


@needs_sources
def test_a_clean_run_prints_the_table_the_wall_time_and_the_slowest_stages(
        stages: dict[str, object], capsys: pytest.CaptureFixture[str]) -> None:
    assert check.run_check(args(force=True, stall_timeout=7.0)) == 0
    out = capsys.readouterr().out
    assert stages["generate"] == (["palm-locker"], {"check": True, "verify": True, "force": True})
    assert stages["fuzz"]["stall"] == 7.0  # type: ignore[index]
    row = next(line for line in out.splitlines() if line.startswith("palm-locker "))
    assert row.split()[-2:] == ["1234", "0"]
    tail = out[out.index("wall time"):]
    assert "slowest stages:" in tail and "validate" in tail and "fuzz" in tail
    assert "OK (" in out


def test_a_hung_fuzz_run_fails_the_check_by_name(stages: dict[str, object],
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    stages["hang"] = "no request finished in the last 60s"
    assert check.run_check(args()) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("FAILED (") and last.endswith("fuzz palm-locker (hung)")
