"""The README's Python examples run as pasted against a mock (its port swapped for a free one)."""

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
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_readme_example_runs(index: int, capsys: pytest.CaptureFixture[str]) -> None:
    with running(create_app()) as url:
        code = BLOCKS[index].replace("http://127.0.0.1:4010", url)
        namespace: dict[str, object] = {"__name__": "readme_example"}
        exec(compile(code, f"README.md python block {index + 1}", "exec"), namespace)  # noqa: S102
    printed = capsys.readouterr().out
    if re.search(r"^print\(", code, flags=re.MULTILINE):
        assert printed.strip(), "the example printed nothing"


@pytest.mark.slow
def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    """Every Python block, as pasted, type-checks under ``mypy --strict`` (one run over all blocks)."""
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
    assert result.returncode == 0, f"mypy --strict on the README's Python blocks:\n{result.stdout}{result.stderr}"
