"""``partner-contracts fuzz`` (partner_contracts/fuzz/run.py): how each API is split into runs, how their
results add up, and the watchdog that reports a hung mock instead of waiting on it forever."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path
from typing import Any

import pytest

from partner_contracts.fuzz import run as fuzz_module
from partner_contracts.fuzz.run import FuzzResult, fuzz, merge, plan, write_config
from partner_contracts.spec.api import iter_operations, select


def hung_app(keys: list[str]) -> Any:
    """A mock that accepts connections and never answers: the deliberately hung mock."""

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            await asyncio.Event().wait()

    return app


def result(cases: int, failures: int = 0, code: int = 0, hung: str = "", log: str = "a.log") -> FuzzResult:
    return FuzzResult("k", "t", cases, failures, code, float(cases), Path("j.xml"), Path(log), hung)


def test_one_run_per_api_unless_api_yaml_splits_it() -> None:
    (palm,) = select(["palm-locker"])
    palm.meta = {**palm.meta, "fuzz": {}}
    assert plan(palm, None) == [("palm-locker", "", None, ())]
    assert plan(palm, "examples") == [("palm-locker", "", "examples", ())]


def test_split_operations_cover_every_operation_once_and_keep_the_stateful_phase() -> None:
    (api,) = select(["pancake-pos"])
    api.meta = {**api.meta, "fuzz": {**(api.meta.get("fuzz") or {}), "split_operations": 3}}
    runs = plan(api, None)
    assert [name for name, *_ in runs] == ["pancake-pos ops 1/3", "pancake-pos ops 2/3", "pancake-pos ops 3/3",
                                           "pancake-pos stateful"]
    ids = [op["operationId"] for kind, _n, _m, op, _p in iter_operations(api.bundled.document) if kind == "paths"]
    covered: list[str] = []
    for _name, _folder, phases, extra in runs[:3]:
        assert phases == "examples,coverage,fuzzing" and extra[0] == "--include-operation-id-regex"
        covered += [op for op in ids if re.fullmatch(extra[1], op)]
    assert sorted(covered) == sorted(ids)  # each operation in exactly one group
    sizes = [sum(1 for op in ids if re.fullmatch(extra[1], op)) for *_, extra in runs[:3]]
    assert max(sizes) - min(sizes) <= len(ids) // 3  # groups of about equal size
    assert runs[3][2:] == ("stateful", ())
    # asked for fewer phases, the split follows
    assert [r[2] for r in plan(api, "coverage")] == ["coverage"] * 3
    assert plan(api, "stateful") == [("pancake-pos", "", "stateful", ())]


def test_stateful_apart() -> None:
    (api,) = select(["sirclo-order"])
    api.meta = {**api.meta, "fuzz": {"stateful_apart": True}}
    assert [(n, p) for n, _f, p, _e in plan(api, None)] == [
        ("sirclo-order stateless", "examples,coverage,fuzzing"), ("sirclo-order stateful", "stateful")]


def test_results_of_a_split_api_add_up() -> None:
    merged = merge("k", [result(10), result(5, failures=2, code=1, log="b.log"), result(1, hung="stuck")])
    assert (merged.cases, merged.failures, merged.returncode, merged.hung) == (16, 2, 1, "stuck")
    assert merged.log == Path("b.log") and not merged.ok
    assert merge("k", [result(3)]).ok


def test_the_config_carries_credentials_and_dictionaries(tmp_path: Path) -> None:
    (api,) = select(["palm-locker"])
    text = write_config(api, tmp_path, False).read_text()
    assert '[auth.openapi.ApiKeyAuth]\napi_key = "test-api-key"' in text
    assert "[dictionaries.lockers]" in text


@pytest.mark.slow
def test_a_hung_mock_is_reported_as_hung_not_waited_on(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(fuzz_module, "PROBE_SECONDS", 1.0)
    (api,) = select(["palm-locker"])
    started = time.monotonic()
    (outcome,) = fuzz([api], phases="examples", max_examples=1, stall=3.0, app_factory=hung_app,
                      build=tmp_path)
    assert time.monotonic() - started < 60
    assert not outcome.ok and outcome.returncode != 0
    assert "no request finished in the last" in outcome.hung and "the mock is hung" in outcome.hung
    printed = capsys.readouterr().out
    assert "fuzz palm-locker: HUNG: no request finished" in printed


@pytest.mark.slow
def test_progress_counts_calls_and_a_short_run_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (api,) = select(["palm-locker"])
    (outcome,) = fuzz([api], phases="examples", max_examples=1, build=tmp_path)
    assert outcome.ok and outcome.cases > 0, outcome.log.read_text()
    calls = int((outcome.log.parent / "progress").read_text())
    assert calls > 0  # the hook counted requests as they went out
    assert outcome.cpu > 0  # schemathesis' and the mock's CPU time were collected
    assert f"fuzz palm-locker: {outcome.cases} cases, 0 failures" in capsys.readouterr().out
    assert not (outcome.log.parent / "mock.log").read_text().strip()  # the mock logged no error


@pytest.mark.slow
def test_a_proxy_in_the_environment_does_not_carry_loopback_traffic(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # a developer's shell with a proxy and no NO_PROXY: requests would send 127.0.0.1 through it (port 9:
    # nothing listens, every call failed)
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    (api,) = select(["palm-locker"])
    (outcome,) = fuzz([api], phases="examples", max_examples=1, echo=False, build=tmp_path)
    assert outcome.ok and outcome.cases > 0, outcome.log.read_text()


@pytest.mark.slow
def test_the_stage_timeout_stops_a_run_that_goes_on(tmp_path: Path) -> None:
    (api,) = select(["palm-locker"])
    (outcome,) = fuzz([api], phases="fuzzing", max_examples=500, timeout=4.0, echo=False, build=tmp_path)
    assert not outcome.ok and "stage timeout of 4s" in outcome.hung
    assert outcome.log.is_relative_to(tmp_path) and outcome.log.exists()
