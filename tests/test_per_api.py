"""Every test about "each API" has its items for every API under specs/ — a new one included — unless the API
lacks a capability the test declares (tests/apis.py: webhooks, links, paging, a generated client …).

The suite is collected in a subprocess (``--collect-only``) with ``PARTNER_PER_API_REPORT``: conftest.py writes,
per test function, the APIs its items are about and the capabilities it declares. A test is about each API when
its items carry the ``per_api`` mark (tests/apis.py parametrises them), or when they cover every API but one (a
hand-written list of keys that a new API would not be in). Counting items would not do: an API with 72
operations has more than one with 3, rightly.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from partner_contracts.lint import drift
from partner_contracts.lint.scaffold import new_api
from partner_contracts.spec.api import REPO, discover, sources_dir

from .apis import CAPABILITIES, missing_sources_reason
from .conftest import FIXTURES, PER_API_REPORT

pytestmark = pytest.mark.slow


def collect(tmp_path: Path, env: dict[str, str]) -> dict[str, Any]:
    report = tmp_path / "per-api.json"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
         "-n", "0", "tests"], check=False, cwd=REPO, capture_output=True, text=True, timeout=300,
        env={**os.environ, **env, PER_API_REPORT: str(report)})
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    loaded: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return loaded


def shortfalls(report: dict[str, Any], specs: Path) -> list[str]:
    """Each per-API test that leaves out an API without a declared capability the API lacks."""
    apis = {api.key: api for api in discover(specs)}
    assert sorted(apis) == report["apis"]
    problems = []
    for test, group in sorted(report["tests"].items()):
        covered = set(group["apis"])
        per_api = group["marked"] or len(covered) >= len(apis) - 1 >= 2
        if not per_api:
            continue
        for key in sorted(set(apis) - covered):
            lacking = [c for c in group["capabilities"] if not CAPABILITIES[c](apis[key])]
            if not lacking:
                problems.append(f"{test} has no item for {key}"
                                + ("" if group["marked"] else " (a hand-written list of APIs? parametrise it with "
                                   "tests/apis.py: api_params(), key_params(capability))"))
    return problems


@pytest.fixture
def six(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """specs/ as it is plus a throwaway sixth API (the filled scaffold of tests/fixtures/new-api) in a temporary
    folder, and the suite's per-API report collected against it (one collection serves both checks: the five
    real APIs are in it as they are in specs/)."""
    if missing_sources_reason():
        pytest.skip(missing_sources_reason() or "")
    tmp_path = tmp_path_factory.mktemp("six")
    specs, documents = tmp_path / "specs", tmp_path / "sources"
    shutil.copytree(sources_dir(), documents)
    for api in discover():
        shutil.copytree(api.dir, specs / api.key)
    previous = os.environ.get("PARTNER_SOURCES")
    os.environ["PARTNER_SOURCES"] = str(documents)
    try:
        api, _steps = new_api("demo", FIXTURES / "new-api" / "demo-shipping.md", "token", folder=specs)
        for item in (FIXTURES / "new-api" / "filled").iterdir():
            if item.is_dir():
                shutil.rmtree(api.dir / item.name, ignore_errors=True)
                shutil.copytree(item, api.dir / item.name)
            elif item.name != "README.md":
                shutil.copy(item, api.dir / item.name)
        (demo,) = [a for a in discover(specs) if a.key == "demo"]
        drift.write_lock(demo, demo.bundled.document)
    finally:
        if previous is None:
            os.environ.pop("PARTNER_SOURCES", None)
        else:
            os.environ["PARTNER_SOURCES"] = previous
    return specs, collect(tmp_path, {"PARTNER_SPECS": str(specs), "PARTNER_SOURCES": str(documents)})


def test_every_api_gets_every_per_api_test_a_throwaway_sixth_one_included(
        six: tuple[Path, dict[str, Any]]) -> None:
    """One test, not two sharing a module fixture: under xdist's worksteal two tests could land on two
    workers, and each would collect the whole suite again."""
    specs, report = six
    # the five real APIs
    real = {api.key for api in discover()}
    assert [p for p in shortfalls(report, specs) if p.split(" has no item for ")[1].split()[0] in real] == []
    per_api = [t for t, g in report["tests"].items() if g["marked"]]
    assert len(per_api) >= 25  # the mark is in use: tests/apis.py is how the suite says "each API"

    # the sixth
    (demo,) = [a for a in discover(specs) if a.key == "demo"]
    assert shortfalls(report, specs) == []
    tests_of = {key: {t for t, g in report["tests"].items() if key in g["apis"]} for key in report["apis"]}
    # the sixth API is in every per-API test whose capabilities it has: as many as palm-locker less those
    for test in tests_of["palm-locker"] - tests_of["demo"]:
        group = report["tests"][test]
        if not group["marked"] and len(set(group["apis"])) < len(report["apis"]) - 1:
            continue  # cases written for some APIs (test_liberal_answers' pointers), not a test of each API
        assert group["marked"] and any(not CAPABILITIES[c](demo) for c in group["capabilities"]), test
    assert len(tests_of["demo"]) >= 15
