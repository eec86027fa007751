"""Golden record: regenerating every client reproduces generated/ byte for byte; ruff and mypy --strict pass.

The full run is remembered in build/generate/ (partner_contracts/clients/cache.py) and skipped while the
client's inputs and generated/ stay the same; a clean clone (CI) has no build/, so every CI run does it
once. PARTNER_CONTRACTS_REGENERATE=1 forces it."""

from __future__ import annotations

from pathlib import Path

import pytest

from partner_contracts.clients.generate import drift, package_version, regenerate
from partner_contracts.spec.api import discover


@pytest.mark.slow
@pytest.mark.parametrize("api", discover(), ids=lambda a: a.key)
def test_generated_client_has_not_drifted(api) -> None:  # type: ignore[no-untyped-def]
    ok, message = regenerate(api, check=True, verify=True)
    assert ok, message


def test_drift_names_the_changed_file(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.py").write_text("1")
    (tmp_path / "b" / "x.py").write_text("2")
    (tmp_path / "a" / "new.py").write_text("")
    assert drift(tmp_path / "a", tmp_path / "b") == ["new.py (missing)", "x.py"]


def test_package_versions_are_pep440() -> None:
    assert package_version("2024-02-09") == "2024.2.9"
    assert package_version("1.0.0") == "1.0.0"
