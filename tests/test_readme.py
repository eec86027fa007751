"""The Python examples of README.md and docs/*.md run as pasted against a mock (its port swapped for a free
one), and pass ``mypy --strict``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from partner_contracts.mock.app import create_app
from partner_contracts.mock.server import running

README = Path(__file__).resolve().parent.parent / "README.md"
PAGES = [README, *sorted((README.parent / "docs").glob("*.md"))]
EXAMPLES = {
    f"{page.relative_to(README.parent)}#{number}": code
    for page in PAGES
    for number, code in enumerate(re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.DOTALL), 1)
}
BLOCKS = list(EXAMPLES.values())


def test_readme_has_examples() -> None:
    assert any(name.startswith("README.md#") for name in EXAMPLES)
    assert len(BLOCKS) >= 6


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_readme_example_runs(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with running(create_app()) as url:
        code = EXAMPLES[name].replace("http://127.0.0.1:4010", url)
        namespace: dict[str, object] = {"__name__": "readme_example"}
        exec(compile(code, f"{name} (python block)", "exec"), namespace)  # noqa: S102
    printed = capsys.readouterr().out
    if re.search(r"^print\(", code, flags=re.MULTILINE):
        assert printed.strip(), "the example printed nothing"


@pytest.mark.slow
def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    """Every Python block of README.md and docs/, as pasted, type-checks under ``mypy --strict`` (one run)."""
    for index, block in enumerate(BLOCKS):
        (tmp_path / f"readme_block_{index + 1}.py").write_text(block, encoding="utf-8")
    cache = README.parent / "build" / "mypy-readme"  # incremental: later runs check only what changed
    # The clients are editable installs (a meta-path finder mypy cannot follow): point mypy at their folders.
    clients = sorted(str(p) for p in (README.parent / "generated").glob("*-client") if p.is_dir())
    env = {**os.environ, "MYPYPATH": os.pathsep.join(clients)}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "--no-error-summary",
         *sorted(str(p) for p in tmp_path.glob("readme_block_*.py"))],
        capture_output=True, text=True, check=False, timeout=280, env=env,
    )
    assert result.returncode == 0, f"mypy --strict on the Python blocks of README.md and docs/:\n{result.stdout}{result.stderr}"


# --- the README's API table and test credentials, against specs/ ----------------------------------------

def _table(heading_cells: str) -> dict[str, str]:
    """The rows (first cell without backticks -> the whole row) of the README table whose header starts so."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(heading_cells))
    rows = {}
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows[line.split("|")[1].strip().strip("`")] = line
    return rows


def test_the_api_table_lists_every_api_under_specs_with_its_auth() -> None:
    from partner_contracts.spec.api import discover

    rows = _table("| key | vendor document | auth |")
    apis = {api.key: api for api in discover()}
    assert sorted(rows) == sorted(apis), "README's API table and specs/ disagree: add or remove a row"
    for key, api in apis.items():
        row = rows[key]
        assert f"(specs/{key})" in row
        for scheme in ((api.bundled.document.get("components") or {}).get("securitySchemes") or {}).values():
            shown = "Bearer" if scheme.get("type") == "http" else str(scheme.get("name"))
            assert shown in row, f"README's API table: {key}'s auth should name {shown!r}"


def test_the_credentials_table_matches_api_yaml() -> None:
    from partner_contracts.spec.api import discover

    rows = _table("| API | credential the mock accepts |")
    apis = {api.key: api for api in discover()}
    assert sorted(rows) == sorted(apis), "README's credentials table and specs/ disagree: add or remove a row"
    for key, api in apis.items():
        mock = api.meta.get("mock") or {}
        settings = list((mock.get("credentials") or {}).values())
        if mock.get("webhook_secret"):
            settings.append(mock["webhook_secret"])
        for setting in settings:
            assert str(setting["value"]) in rows[key], f"README: {key}'s credential {setting['value']!r}"
            assert f"`{setting['env']}`" in rows[key], f"README: {key}'s variable {setting['env']}"
