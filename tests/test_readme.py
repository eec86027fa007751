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
